import type { Passage } from './sources.js';

/**
 * The corpus plans' text, section by section, reworded close to public plans and
 * reports (see sources.ts). A plan takes these defaults and replaces what it has of
 * its own. `{place}` is the agency's short name ("tỉnh Tuyên Quang").
 */
const P = (text: string, source: Passage['source']): Passage => ({ text, source });

export interface ItemTexts {
  results: Passage[];
  shortcomings: Passage[];
}

/** a)/b) of each Phần I area. */
export const RESULTS: Record<string, ItemTexts> = {
  'P1.II.1': {
    results: [
      P(
        'Năm 2025, {place} ban hành Kế hoạch chuyển đổi số năm 2025; Ban Chỉ đạo chuyển đổi số phê duyệt kế hoạch chi tiết, làm cơ sở chỉ đạo, triển khai các nhiệm vụ trong năm.',
        'tuyenQuang2025',
      ),
      P(
        'Ban Chỉ đạo tổ chức đánh giá, công bố kết quả xếp hạng mức độ chuyển đổi số của các cơ quan, đơn vị, địa phương; công tác kiểm tra, giám sát được chú trọng.',
        'tuyenQuang2025',
      ),
    ],
    shortcomings: [
      P(
        'Một số cơ quan, đơn vị, địa phương chưa quyết liệt trong chỉ đạo thực hiện nhiệm vụ chuyển đổi số; tiến độ một số nhiệm vụ còn chậm; phối hợp giữa các ngành có thời điểm chưa chặt chẽ.',
        'tuyenQuang2025',
      ),
    ],
  },
  'P1.II.2.1': {
    results: [
      P(
        'Ban hành 05 kế hoạch, đề án về chuyển đổi số, phát triển dữ liệu và chính quyền số, cụ thể hóa Nghị quyết số 57-NQ/TW và Nghị quyết số 214/NQ-CP.',
        'bacNinh2026',
      ),
    ],
    shortcomings: [P('Một số chính sách hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa chưa được ban hành kịp thời.', 'own')],
  },
  'P1.II.2.2': {
    results: [
      P(
        'Các sở, ngành, địa phương xây dựng kế hoạch chi tiết, phân công rõ người, rõ việc, rõ thời hạn; kết quả được cập nhật hằng tháng trên hệ thống giám sát của tỉnh.',
        'dakLakDay',
      ),
    ],
    shortcomings: [P('Việc cập nhật kết quả thực hiện ở một số xã, phường sau sắp xếp còn chậm.', 'dakLakDay')],
  },
  'P1.II.3': {
    results: [
      P('Tỷ lệ thôn, bản được phủ sóng di động băng rộng đạt 97,8%; 54,83% hộ gia đình có truy nhập Internet băng rộng cáp quang.', 'tuyenQuangInfra'),
      P('Mạng truyền số liệu chuyên dùng kết nối đến 100% Ủy ban nhân dân cấp xã.', 'tuyenQuangInfra'),
    ],
    shortcomings: [
      P(
        'Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang còn thấp; tỷ lệ hệ thống thông tin dùng chung sử dụng dịch vụ điện toán đám mây của Trung tâm dữ liệu còn thấp.',
        'giaLaiDti',
      ),
    ],
  },
  'P1.II.4': {
    results: [P('Triển khai sâu rộng phong trào “Bình dân học vụ số”, nâng cao năng lực, kỹ năng số cho cán bộ, công chức và người dân.', 'dakLakDay')],
    shortcomings: [
      P(
        'Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số, an toàn thông tin mạng được bồi dưỡng, tập huấn còn thấp; số thành viên Tổ công nghệ số cộng đồng chưa đạt trên 5% dân số.',
        'giaLaiDti',
      ),
    ],
  },
  'P1.II.5': {
    results: [P('Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh được xây dựng, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP).', 'dakLakInfra')],
    shortcomings: [P('Nhiều cơ sở dữ liệu chuyên ngành chưa được chuẩn hóa, chưa bảo đảm "đúng, đủ, sạch, sống" để chia sẻ.', 'own')],
  },
  'P1.II.6': {
    results: [
      P(
        'Công an tỉnh chủ trì bảo đảm an toàn thông tin, an ninh mạng cho các hệ thống thông tin của tỉnh; 100% hệ thống được giám sát tập trung.',
        'baRiaDirection',
      ),
    ],
    shortcomings: [
      P(
        'Các hệ thống thông tin chưa triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ đã được phê duyệt; phần mềm phòng chống mã độc chưa được cài đặt đầy đủ.',
        'giaLaiDti',
      ),
    ],
  },
  'P1.II.7': {
    results: [
      P(
        'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại cấp tỉnh đạt 100%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%.',
        'giaLaiTargets',
      ),
      P(
        'Văn phòng Ủy ban nhân dân tỉnh hoàn thiện hệ thống thông tin báo cáo, xây dựng chỉ số điều hành, tích hợp với hệ thống của Chính phủ.',
        'baRiaDirection',
      ),
    ],
    shortcomings: [P('Chưa có ứng dụng trí tuệ nhân tạo phục vụ người dân, doanh nghiệp; tỷ lệ hồ sơ nộp trực tuyến ở một số lĩnh vực còn thấp.', 'giaLaiDti')],
  },
  'P1.II.8': {
    results: [P('Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%.', 'giaLaiTargets')],
    shortcomings: [P('Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ còn thấp so với mục tiêu.', 'giaLaiTargets')],
  },
  'P1.II.9.1': {
    results: [
      P(
        'Tổ chức Ngày Chuyển đổi số của tỉnh ngày 10/10/2025, tổng kết, biểu dương thành tựu và phát động đợt cao điểm nâng cao hiệu quả chuyển đổi số cấp xã.',
        'dakLakDay',
      ),
    ],
    shortcomings: [P('Hoạt động hưởng ứng Ngày Chuyển đổi số ở một số xã còn hình thức.', 'own')],
  },
  'P1.II.9.2': {
    results: [P('Chia sẻ 12 sáng kiến, cách làm hay về chuyển đổi số cấp xã trên Cổng thông tin điện tử của tỉnh.', 'own')],
    shortcomings: [P('Việc nhân rộng các mô hình hiệu quả còn chậm.', 'own')],
  },
  'P1.II.9.3': {
    results: [P('Đăng tải 350 tin, bài về chuyển đổi số trên báo, đài và mạng xã hội của tỉnh.', 'own')],
    shortcomings: [P('Nội dung truyền thông đến vùng sâu, vùng xa chưa phong phú.', 'own')],
  },
};

/** Sections holding free text (no a)/b)). */
export const TEXTS: Record<string, Passage[]> = {
  'P1.I': [
    P(
      'Năm 2025, {place} hoàn thành 18/22 chỉ tiêu chuyển đổi số; tỷ lệ dịch vụ công trực tuyến toàn trình đạt 100%; xếp hạng chỉ số chuyển đổi số của tỉnh được cải thiện.',
      'giaLaiTargets',
    ),
  ],
  'P1.II.10': [
    P(
      'Năm 2025, tổng kinh phí bố trí cho chuyển đổi số của {place} là 45.800 triệu đồng, chiếm 1,8% tổng chi ngân sách; tập trung cho dự án hạ tầng chuyển đổi số và Trung tâm giám sát, điều hành thông minh (IOC).',
      'dakLakDay',
    ),
  ],
  'P2.II.1': [
    P(
      'Chuyển đổi số toàn diện trong các cơ quan nhà nước, bảo đảm mọi hoạt động quản lý, chỉ đạo, điều hành dựa trên dữ liệu; phát triển dịch vụ số lấy người dân, doanh nghiệp làm trung tâm.',
      'qd2629',
    ),
  ],
  'P2.II.2': [P('Các chỉ tiêu cụ thể năm 2026 và lộ trình đến năm 2030 như sau:', 'own')],
  'P2.V': [
    P(
      'Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì hướng dẫn, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh và Bộ Khoa học và Công nghệ trước ngày 15/12/2026.',
      'baRiaDirection',
    ),
    P(
      'Sở Tài chính tham mưu bố trí kinh phí; Công an tỉnh bảo đảm an toàn thông tin, an ninh mạng; Ủy ban nhân dân các xã, phường tổ chức thực hiện trên địa bàn.',
      'baRiaDirection',
    ),
  ],
  'P2.VI': [P('Danh mục nhiệm vụ, dự án chuyển đổi số năm 2026:', 'own')],
};

/** The P2.III areas: content, expected result, timeline and implementing unit in each. */
export const AREAS: Record<string, Passage[]> = {
  'P2.III.1': [
    P(
      'Kiện toàn Ban Chỉ đạo về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; ban hành chương trình kiểm tra, giám sát. Đơn vị chủ trì: Sở Khoa học và Công nghệ; thời gian: Quý I/2026; kết quả: 100% cơ quan được kiểm tra ít nhất 01 lần.',
      'own',
    ),
  ],
  'P2.III.2': [
    P(
      'Rà soát, ban hành quy chế quản lý, kết nối, chia sẻ dữ liệu của tỉnh theo Nghị quyết số 214/NQ-CP. Sở Khoa học và Công nghệ chủ trì, hoàn thành trong Quý II/2026.',
      'bacNinh2026',
    ),
  ],
  'P2.III.3': [
    P(
      'Đưa Dự án hạ tầng chuyển đổi số vào vận hành, bảo đảm kết nối đồng bộ từ tỉnh đến 100% xã, phường; nâng tỷ lệ hộ gia đình có cáp quang lên 75%. Sở Khoa học và Công nghệ chủ trì, phối hợp các doanh nghiệp viễn thông; thời gian: năm 2026.',
      'dakLakDay',
    ),
  ],
  'P2.III.4': [
    P(
      'Tiếp tục phong trào “Bình dân học vụ số”; bồi dưỡng kỹ năng số cho 100% cán bộ, công chức cấp xã. Sở Nội vụ chủ trì; thời gian: Quý III/2026.',
      'dakLakDay',
    ),
  ],
  'P2.III.5': [
    P(
      'Hoàn thiện các cơ sở dữ liệu chuyên ngành, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh; kết quả: 20 cơ sở dữ liệu được chia sẻ. Các sở, ngành chủ trì; hoàn thành năm 2026.',
      'dakLakInfra',
    ),
  ],
  'P2.III.6': [
    P(
      'Triển khai phương án bảo đảm an toàn thông tin theo cấp độ cho 100% hệ thống thông tin; Công an tỉnh chủ trì giám sát; thời gian: Quý IV/2026.',
      'giaLaiDti',
    ),
  ],
  'P2.III.7': [
    P(
      'Cung cấp dịch vụ công trực tuyến toàn trình; ứng dụng trí tuệ nhân tạo hỗ trợ người dân tại Trung tâm Phục vụ hành chính công. Văn phòng Ủy ban nhân dân tỉnh chủ trì; kết quả: 01 trợ lý ảo đưa vào sử dụng trong năm 2026.',
      'giaLaiDti',
    ),
  ],
  'P2.III.8': [
    P(
      'Hỗ trợ doanh nghiệp nhỏ và vừa sử dụng nền tảng số, đánh giá mức độ chuyển đổi số doanh nghiệp; Sở Công Thương chủ trì; kết quả: 30% doanh nghiệp nhỏ và vừa sử dụng nền tảng số vào cuối năm 2026.',
      'giaLaiTargets',
    ),
  ],
  'P2.III.9': [
    P(
      'Tuyên truyền về chuyển đổi số trên báo, đài và mạng xã hội; tổ chức Ngày Chuyển đổi số năm 2026 vào tháng 10/2026. Sở Văn hóa, Thể thao và Du lịch chủ trì; kết quả: 400 tin, bài.',
      'own',
    ),
  ],
};

/** P2.IV solutions. */
export const SOLUTIONS: Record<string, Passage[]> = {
  'P2.IV.1': [P('Người đứng đầu trực tiếp chỉ đạo chuyển đổi số; gắn kết quả chuyển đổi số với đánh giá, xếp loại cơ quan, đơn vị.', 'tuyenQuang2025')],
  'P2.IV.2': [P('Đa dạng hình thức truyền thông, bồi dưỡng kỹ năng số phù hợp từng nhóm đối tượng, nhất là người dân ở vùng sâu, vùng xa.', 'dakLakDay')],
  'P2.IV.3': [P('Có chính sách thu hút, đãi ngộ nhân lực công nghệ thông tin, an toàn thông tin làm việc tại các cơ quan nhà nước.', 'giaLaiDti')],
  'P2.IV.4': [P('Hợp tác với doanh nghiệp công nghệ số trong nghiên cứu, ứng dụng điện toán đám mây, dữ liệu lớn và trí tuệ nhân tạo.', 'mst2025')],
  'P2.IV.5': [P('Ưu tiên bố trí ngân sách cho các nhiệm vụ chuyển đổi số; huy động nguồn lực xã hội hóa theo quy định.', 'own')],
  'P2.IV.6': [P('Mở rộng hợp tác với các tổ chức trong nước và quốc tế, học tập kinh nghiệm chuyển đổi số cấp xã.', 'own')],
};

/** P2.I, as "Căn cứ …" lines or a dash list. */
export const LEGAL_BASES: Passage[] = [
  P(
    'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
    'dakLak2026',
  ),
  P('Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW;', 'dakLak2026'),
  P('Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ về thúc đẩy tạo lập dữ liệu phục vụ chuyển đổi số toàn diện;', 'bacNinh2026'),
  P(
    'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;',
    'dakLak2026',
  ),
  P('Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số;', 'dakLak2026'),
  P('Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển Chính phủ số.', 'bacNinh2026'),
];
