import type { Template, TemplateSection } from './types.js';
import { MST_2026_TABLES } from './mst-2026-tables.js';
import { MST_2026_DOCUMENTS } from './mst-2026-documents.js';

/**
 * MST's framework for the 2026 ministry/province digital transformation plans
 * ("Khung Kế hoạch chuyển đổi số cấp Bộ, tỉnh năm 2026"), as data.
 *
 * Titles are copied from shared/reference/khung-ke-hoach-cds-2026.md exactly as
 * printed (Phần and roman sections in capitals). `guidance` holds MST's italic
 * paragraphs verbatim: a plan that still contains them has not been filled in.
 */

/** The guidance line MST repeats under most P2.III areas. */
const P2_III_AREA_GUIDANCE = 'Xác định nội dung, dự kiến kết quả, thời gian, đơn vị thực hiện cụ thể; yêu cầu bám sát văn bản hướng dẫn.';

/** What every P2.III area must name (PRODUCT.md: content, expected result, timeline, unit). */
const AREA_REQUIRES: TemplateSection['requires'] = ['content', 'expectedResult', 'timeline', 'implementingUnit'];

const sections: TemplateSection[] = [
  // ── Phần I ───────────────────────────────────────────────────────────────
  { id: 'P1', level: 0, number: 'I', title: 'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025' },
  {
    id: 'P1.I',
    parent: 'P1',
    level: 1,
    number: 'I',
    title: 'TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2025',
    // No a)/b) items are printed here: the section carries the 2025 indicator
    // results as free text (or a table of its own), so only content is required.
    hasResultItems: false,
    requires: ['content'],
  },
  { id: 'P1.II', parent: 'P1', level: 1, number: 'II', title: 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2025' },
  {
    id: 'P1.II.1',
    parent: 'P1.II',
    level: 2,
    number: '1',
    title: 'Công tác lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát hoạt động chuyển đổi số tại các bộ, ngành, địa phương',
    titleVariants: ['Công tác lãnh đạo, chỉ đạo, điều hành'],
    hasResultItems: true,
  },
  {
    id: 'P1.II.2',
    parent: 'P1.II',
    level: 2,
    number: '2',
    title: 'Về công tác hoàn thiện thể chế số',
    titleVariants: ['Công tác hoàn thiện thể chế số', 'Hoàn thiện thể chế số', 'Thể chế số'],
    // The a)/b) items sit under 2.1 and 2.2.
    hasResultItems: false,
  },
  {
    id: 'P1.II.2.1',
    parent: 'P1.II.2',
    level: 3,
    number: '2.1',
    title: 'Công tác xây dựng, ban hành các chương trình/đề án/kế hoạch, chính sách để thúc đẩy chuyển đổi số',
    hasResultItems: true,
  },
  {
    id: 'P1.II.2.2',
    parent: 'P1.II.2',
    level: 3,
    number: '2.2',
    title: 'Công tác tổ chức triển khai thực hiện',
    // The original prints no a)/b) lines under 2.2; MST treats it like its siblings.
    hasResultItems: true,
  },
  { id: 'P1.II.3', parent: 'P1.II', level: 2, number: '3', title: 'Hạ tầng số', hasResultItems: true },
  {
    id: 'P1.II.4',
    parent: 'P1.II',
    level: 2,
    number: '4',
    title: 'Về công tác bồi dưỡng, phát triển nhân lực',
    titleVariants: ['Công tác bồi dưỡng, phát triển nhân lực', 'Bồi dưỡng, phát triển nhân lực'],
    hasResultItems: true,
  },
  { id: 'P1.II.5', parent: 'P1.II', level: 2, number: '5', title: 'Dữ liệu số', hasResultItems: true },
  { id: 'P1.II.6', parent: 'P1.II', level: 2, number: '6', title: 'An toàn thông tin mạng', hasResultItems: true },
  {
    id: 'P1.II.7',
    parent: 'P1.II',
    level: 2,
    number: '7',
    title: 'Chính phủ số',
    guidance: [
      'Đánh giá các nội dung về cung cấp DVC trực tuyến, phát triển các nền tảng ứng dụng phục vụ quản trị, điều hành, nâng cao năng lực quản trị, điều hành, năng lực thực thi; ứng dụng, triển khai trí tuệ nhân tạo, ...',
    ],
    hasResultItems: true,
  },
  { id: 'P1.II.8', parent: 'P1.II', level: 2, number: '8', title: 'Kinh tế số và Xã hội số', hasResultItems: true },
  {
    id: 'P1.II.9',
    parent: 'P1.II',
    level: 2,
    number: '9',
    title: 'Công tác tuyên truyền, truyền thông về chuyển đổi số',
    titleVariants: ['Tuyên truyền, truyền thông về chuyển đổi số'],
    // The a)/b) items sit under 9.1–9.3.
    hasResultItems: false,
  },
  { id: 'P1.II.9.1', parent: 'P1.II.9', level: 3, number: '9.1', title: 'Ngày Chuyển đổi số', hasResultItems: true },
  {
    id: 'P1.II.9.2',
    parent: 'P1.II.9',
    level: 3,
    number: '9.2',
    title: 'Chia sẻ bài toán, sáng kiến, cách làm về chuyển đổi số',
    hasResultItems: true,
  },
  {
    id: 'P1.II.9.3',
    parent: 'P1.II.9',
    level: 3,
    number: '9.3',
    title: 'Công tác truyền thông về chuyển đổi số',
    hasResultItems: true,
  },
  {
    id: 'P1.II.10',
    parent: 'P1.II',
    level: 2,
    number: '10',
    title: 'Kinh phí thực hiện',
    guidance: [
      'Nêu tình hình bố trí kinh phí cho các nhiệm vụ, dự án phát triển Chính phủ điện tử, Chính phủ số, chính quyền số, chuyển đổi số của các cơ quan nhà nước năm 2025 (Danh mục các dự án được nêu trong một phụ lục riêng, thông tin về mỗi dự án bao gồm: Tên, mục tiêu, tổng mức đầu tư, nguồn vốn đầu tư, thời gian thực hiện, hiệu quả/hiện trạng); tỷ lệ chi so với tổng chi ngân sách nhà nước; ...',
    ],
    // The template prints no a)/b) under 10: it asks for a funding narrative and
    // the 2025 project list, so it is not an a)/b) area.
    hasResultItems: false,
    table: 'projects2025',
    requires: ['content'],
  },

  // ── Phần II ──────────────────────────────────────────────────────────────
  { id: 'P2', level: 0, number: 'II', title: 'NỘI DUNG KẾ HOẠCH NĂM 2026' },
  {
    id: 'P2.I',
    parent: 'P2',
    level: 1,
    number: 'I',
    title: 'CĂN CỨ LẬP KẾ HOẠCH',
    titleVariants: ['CĂN CỨ XÂY DỰNG KẾ HOẠCH'],
    guidance: ['Xác định những căn cứ để xây dựng Kế hoạch, trong đó lưu ý một số văn bản như:'],
    requires: ['content'],
  },
  { id: 'P2.II', parent: 'P2', level: 1, number: 'II', title: 'MỤC TIÊU' },
  { id: 'P2.II.1', parent: 'P2.II', level: 2, number: '1', title: 'Mục tiêu chung', requires: ['content'] },
  {
    id: 'P2.II.2',
    parent: 'P2.II',
    level: 2,
    number: '2',
    title: 'Mục tiêu, chỉ tiêu cụ thể',
    titleVariants: ['Mục tiêu cụ thể', 'Chỉ tiêu cụ thể'],
    guidance: [
      'Mục tiêu kế hoạch đặt ra phải thiết thực, bám sát thực tiễn, điều kiện thực tế, có tính đột phá; các mục tiêu cần rõ ràng, định lượng, có tính khả thi, rõ phương pháp đánh giá, đo lường kết quả; gắn liền với thực hiện mục tiêu theo kế hoạch 05 năm của bộ, ngành, địa phương, chương trình, kế hoạch của quốc gia.',
    ],
    table: 'indicators',
  },
  {
    id: 'P2.III',
    parent: 'P2',
    level: 1,
    number: 'III',
    title: 'NHIỆM VỤ',
    titleVariants: ['NHIỆM VỤ TRỌNG TÂM', 'NHIỆM VỤ, GIẢI PHÁP'],
    guidance: ['Các nhiệm vụ bám sát yêu cầu, nhiệm vụ định hướng tại Văn bản hướng dẫn.'],
  },
  // Each P2.III area may also carry its own task table (acceptsTables): the
  // extractor then files those rows under the area instead of P2.VI.
  {
    id: 'P2.III.1',
    parent: 'P2.III',
    level: 2,
    number: '1',
    title: 'Tăng cường công tác lãnh đạo, chỉ đạo, điều hành; kiểm tra, giám sát hoạt động chuyển đổi số',
    titleVariants: ['Công tác lãnh đạo, chỉ đạo, điều hành'],
    guidance: [P2_III_AREA_GUIDANCE],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.2',
    parent: 'P2.III',
    level: 2,
    number: '2',
    title: 'Thể chế, chính sách số',
    titleVariants: ['Hoàn thiện thể chế, chính sách số', 'Thể chế số'],
    guidance: [P2_III_AREA_GUIDANCE],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.3',
    parent: 'P2.III',
    level: 2,
    number: '3',
    title: 'Hạ tầng số',
    titleVariants: ['Phát triển hạ tầng số'],
    guidance: [
      'Xác định nội dung phát triển hạ tầng số cụ thể tới cấp phường, xã đối với các tỉnh; tới cấp đơn vị trực thuộc đối với cấp Bộ, trong đó ưu tiên xây dựng, sử dụng hạ tầng số dùng chung trên cơ sở xác định đúng, đủ, đáp ứng yêu cầu đặt ra.',
    ],
    requires: [...AREA_REQUIRES, 'communeLevel'],
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.4',
    parent: 'P2.III',
    level: 2,
    number: '4',
    title: 'Nhân lực số',
    titleVariants: ['Phát triển nhân lực số'],
    guidance: [P2_III_AREA_GUIDANCE],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.5',
    parent: 'P2.III',
    level: 2,
    number: '5',
    title: 'Phát triển dữ liệu số',
    titleVariants: ['Dữ liệu số'],
    guidance: [P2_III_AREA_GUIDANCE],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.6',
    parent: 'P2.III',
    level: 2,
    number: '6',
    title: 'An toàn thông tin mạng',
    titleVariants: ['Bảo đảm an toàn thông tin mạng', 'Đảm bảo an toàn thông tin mạng'],
    guidance: [P2_III_AREA_GUIDANCE],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.7',
    parent: 'P2.III',
    level: 2,
    number: '7',
    title: 'Chính phủ số',
    titleVariants: ['Phát triển Chính phủ số'],
    guidance: [
      'Xác định nội dung, dự kiến kết quả, thời gian, đơn vị thực hiện cụ thể: cung cấp dịch vụ công trực tuyến; hiệu quả quản trị, điều hành thông qua sử dụng các nền tảng số, dữ liệu số; ứng dụng công nghệ mới như trí tuệ nhân tạo để phát triển các nền tảng, công cụ hỗ trợ (trợ lý ảo, ...); yêu cầu bám sát văn bản hướng dẫn.',
    ],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.8',
    parent: 'P2.III',
    level: 2,
    number: '8',
    title: 'Kinh tế số và xã hội số',
    titleVariants: ['Phát triển kinh tế số và xã hội số'],
    guidance: [
      'Xác định cụ thể những nhiệm vụ, giải pháp cần thực hiện để đạt được các mục tiêu đã đề ra; các nhiệm vụ, giải pháp phải gắn liền với việc thực hiện các chỉ tiêu Kế hoạch đề ra; bảo đảm phù hợp với nội dung về phát triển kinh tế số nêu tại Chiến lược quốc gia phát triển kinh tế số và xã hội số (Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ) trong năm 2026 và các định hướng của quốc gia về phát triển kinh tế số và xã hội số. Triển khai các nhiệm vụ để hỗ trợ, đánh giá mức độ chuyển đổi số doanh nghiệp theo Quyết định 1567/QĐ-BKHCN ngày 30/6/2025 của Bộ trưởng Bộ Khoa học và Công nghệ ban hành bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp; hỗ trợ, hướng dẫn doanh nghiệp triển khai các giải pháp công nghệ, nền tảng số để chuyển đổi số nhằm nâng cao hiệu quả hoạt động phù hợp theo định hướng của quốc gia.',
      'Hướng dẫn, công bố cách thức đăng ký, sử dụng chữ ký số, kiểm tra chữ ký số nhằm thúc đẩy người dân thực hiện các thủ tục hành chính trên môi trường mạng, tiến tới tăng cường trong cả các giao dịch điện tử khác như tài chính, thương mại điện tử.',
      'Phối hợp với Bộ Khoa học và Công nghệ trong việc xây dựng phần mềm ký số, phần mềm kiểm tra chữ ký số và tích hợp, kết nối ký số vào Cổng kết nối dịch vụ chứng thực chữ ký số công cộng theo Thông tư số 15/2025/TT-BKHCN ngày 15/8/2025 của Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư quy định yêu cầu kỹ thuật đối với phần mềm ký số, phần mềm kiểm tra chữ ký số và cổng kết nối dịch vụ chứng thực chữ ký số công cộng.',
      'Tăng cường giám sát, kiểm tra các hệ thống thông tin có sử dụng chữ ký số kết nối Cổng kết nối dịch vụ chứng thực chữ ký số công cộng theo quy định tại Thông tư số 15/2025/TT-BKHCN ngày 15/8/2025 của Bộ trưởng Bộ Khoa học và Công nghệ.',
    ],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.III.9',
    parent: 'P2.III',
    level: 2,
    number: '9',
    title: 'Nâng cao nhận thức, tuyên truyền, truyền thông và các giải pháp khác đẩy mạnh chuyển đổi số, đảm bảo an toàn thông tin',
    titleVariants: ['Nâng cao nhận thức, tuyên truyền, truyền thông'],
    guidance: [
      'Các nhiệm vụ, giải pháp thực hiện nâng cao nhận thức, tuyên truyền truyền thông đẩy mạnh chuyển đổi số, bảo đảm an toàn trên môi trường số; yêu cầu bám sát văn bản hướng dẫn.',
    ],
    requires: AREA_REQUIRES,
    acceptsTables: ['tasks'],
  },
  {
    id: 'P2.IV',
    parent: 'P2',
    level: 1,
    number: 'IV',
    title: 'GIẢI PHÁP',
    titleVariants: ['GIẢI PHÁP THỰC HIỆN', 'CÁC GIẢI PHÁP'],
    guidance: ['Xác định các giải pháp để thực hiện hiệu quả các nhiệm vụ kế hoạch đề ra, trong đó, có một số giải pháp điển hình như:'],
  },
  {
    id: 'P2.IV.1',
    parent: 'P2.IV',
    level: 2,
    number: '1',
    title: 'Phát huy, nâng cao năng lực lãnh đạo, điều hành chuyển đổi số',
    guidance: [
      'Rà soát, kiện toàn BCĐ về chuyển đổi số; gắn kết với cải cách hành chính; ban hành chương trình, kế hoạch hoạt động, kiểm tra, đánh giá chỉ đạo của BCĐ.',
    ],
    requires: ['content'],
  },
  {
    id: 'P2.IV.2',
    parent: 'P2.IV',
    level: 2,
    number: '2',
    title: 'Đẩy mạnh công tác truyền thông, nâng cao nhận thức, bồi dưỡng kỹ năng số cho CBCC, người dân, doanh nghiệp',
    guidance: [
      'Xây dựng các nội dung, chương trình truyền thông, đào tạo, bồi dưỡng đa dạng, phong phú, phù hợp từng đối tượng với thời lượng, hình thức phù hợp, hiệu quả, thực chất.',
    ],
    requires: ['content'],
  },
  {
    id: 'P2.IV.3',
    parent: 'P2.IV',
    level: 2,
    number: '3',
    title: 'Phát triển, thu hút nguồn nhân lực chuyển đổi số',
    guidance: [
      '- Biện pháp thu hút nhân lực; bồi dưỡng, phát triển nhân lực tại chỗ bằng các chính sách đãi ngộ trong tuyển dụng, chuyển ngạch, nâng ngạch, ...',
      '- Hợp tác với các cơ quan, tổ chức liên quan, doanh nghiệp công nghệ để thu hút chuyên gia, nguồn lực, tìm hiểu giải pháp, công nghệ phục vụ chuyển đổi số, phát triển các ngành, lĩnh vực đang có xu hướng phát triển như dữ liệu, bán dẫn, ...',
    ],
    requires: ['content'],
  },
  {
    id: 'P2.IV.4',
    parent: 'P2.IV',
    level: 2,
    number: '4',
    title: 'Nghiên cứu, hợp tác để làm chủ, ứng dụng hiệu quả các công nghệ',
    guidance: [
      'Bao gồm các hoạt động như nghiên cứu, đẩy mạnh ứng dụng các công nghệ số vào triển khai chuyển đổi số như điện toán đám mây, dữ liệu lớn, trí tuệ nhân tạo, chuỗi khối, ...',
    ],
    requires: ['content'],
  },
  {
    id: 'P2.IV.5',
    parent: 'P2.IV',
    level: 2,
    number: '5',
    title: 'Đảm bảo nguồn lực tài chính',
    titleVariants: ['Bảo đảm nguồn lực tài chính'],
    guidance: [
      'Bố trí, sử dụng nguồn lực tài chính từ ngân sách nhà nước, các nguồn hợp pháp khác theo quy định; có quy định, quy trình quản lý, sử dụng hiệu quả.',
    ],
    requires: ['content'],
  },
  {
    id: 'P2.IV.6',
    parent: 'P2.IV',
    level: 2,
    number: '6',
    title: 'Tăng cường hợp tác với các doanh nghiệp, cơ quan, tổ chức nghiên cứu trong nước và quốc tế',
    guidance: [
      'Bao gồm các hoạt động hợp tác quốc tế trong chuyển đổi số và bảo đảm an toàn thông tin mạng (thăm quan, học tập, chia sẻ kinh nghiệm; tham gia các tổ chức quốc tế, các sáng kiến quốc tế; tăng cường mối quan hệ hợp tác quốc tế, đồng thời quảng bá, tạo thị trường cho các sản phẩm, dịch vụ Chính phủ số của các doanh nghiệp số Việt Nam; ...).',
    ],
    requires: ['content'],
  },
  {
    id: 'P2.V',
    parent: 'P2',
    level: 1,
    number: 'V',
    title: 'TỔ CHỨC THỰC HIỆN',
    guidance: ['Xác định trách nhiệm triển khai các nhiệm vụ, giải pháp của các cơ quan, tổ chức.'],
    requires: ['content'],
  },
  {
    id: 'P2.VI',
    parent: 'P2',
    level: 1,
    number: 'VI',
    title: 'DANH MỤC NHIỆM VỤ, DỰ ÁN',
    titleVariants: ['DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN', 'DANH MỤC NHIỆM VỤ, DỰ ÁN TRỌNG TÂM'],
    guidance: [
      'Xác định danh mục nhiệm vụ, dự án cụ thể, trong đó cần xác định rõ kết quả dự kiến đạt được, hiệu quả đem lại; thời hạn hoàn thành; đơn vị triển khai; nguồn kinh phí thực hiện; ...',
    ],
    table: 'tasks',
  },
];

/** The 2026 framework (template version `mst-2026`). */
export const mst2026: Template = {
  version: 'mst-2026',
  name: 'Khung Kế hoạch chuyển đổi số cấp Bộ, tỉnh năm 2026',
  documentTitle: 'KHUNG KẾ HOẠCH CHUYỂN ĐỔI SỐ CẤP BỘ, TỈNH NĂM 2026',
  sections,
  resultItems: [
    {
      part: 'results',
      label: 'a)',
      title: 'Kết quả đạt được',
      titleVariants: ['Kết quả thực hiện', 'Kết quả triển khai', 'Kết quả đã đạt được', 'Kết quả'],
    },
    {
      part: 'shortcomings',
      label: 'b)',
      title: 'Tồn tại, hạn chế',
      titleVariants: [
        'Tồn tại, hạn chế, khó khăn, vướng mắc',
        'Tồn tại, hạn chế và nguyên nhân',
        'Hạn chế, tồn tại',
        'Hạn chế, khó khăn',
        'Khó khăn, vướng mắc',
        'Tồn tại, vướng mắc',
        'Hạn chế',
        'Tồn tại',
      ],
    },
  ],
  tables: MST_2026_TABLES,
  knownDocuments: MST_2026_DOCUMENTS,
  legalBasisSection: 'P2.I',
};
