import type { Catalog } from './catalog.js';

const NQ03 = 'Nghị quyết 03/NQ-CP (09/01/2025), Phụ lục I, được sửa đổi bởi Nghị quyết 71/NQ-CP (01/4/2025)';
const BCD26 = 'Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo Chính phủ (theo báo chí, tháng 02/2026)';

/**
 * The demo catalogue (shared/reference/chi-tieu-mau.md): public targets only,
 * `sample: true`, so every screen that shows it labels it a sample. MST imports
 * the official annex tables over it.
 */
export const sampleCatalog: Catalog = {
  name: 'Danh mục chỉ tiêu mẫu (dữ liệu minh họa)',
  sample: true,
  entries: [
    { code: 'NQ57-KTS', name: 'Quy mô kinh tế số trong GDP (GRDP đối với địa phương)', unit: '%', source: 'Nghị quyết 57-NQ/TW (22/12/2024)', appliesTo: 'all', target2026: null, target2030: '≥ 30', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.1', name: 'Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp', unit: '%', source: `${NQ03}, mục 11.1`, appliesTo: 'all', target2026: null, target2030: '≥ 80', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.2', name: 'Tỉ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện', unit: '%', source: `${NQ03}, mục 11.2`, appliesTo: 'all', target2026: null, target2030: '90', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.3', name: 'Tỉ lệ hồ sơ giải quyết thủ tục hành chính được số hóa, cấp kết quả điện tử', unit: '%', source: `${NQ03}, mục 11.3`, appliesTo: 'all', target2026: null, target2030: '100', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.5', name: 'Tỉ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa', unit: '%', source: `${NQ03}, mục 11.5`, appliesTo: 'all', target2026: null, target2030: '80', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.6', name: 'Tỉ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính', unit: '%', source: `${NQ03}, mục 11.6`, appliesTo: 'all', target2026: null, target2030: '80', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.7', name: 'Tỉ lệ thủ tục hành chính được giải quyết không phụ thuộc địa giới hành chính', unit: '%', source: `${NQ03}, mục 11.7`, appliesTo: 'province', target2026: null, target2030: '70', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.10', name: 'Tỉ lệ văn bản, hồ sơ công việc được xử lý toàn trình trên môi trường điện tử', unit: '%', source: `${NQ03}, mục 11.10`, appliesTo: 'all', target2026: null, target2030: '100', requires2030: true, direction: 'up' },
    { code: 'NQ03-11.12', name: 'Tỉ lệ hoạt động quản trị nội bộ được thực hiện trên môi trường điện tử', unit: '%', source: `${NQ03}, mục 11.12`, appliesTo: 'all', target2026: null, target2030: '100', requires2030: true, direction: 'up' },
    { code: 'NQ03-12', name: 'Tỉ lệ giao dịch không dùng tiền mặt', unit: '%', source: `${NQ03}, mục 12`, appliesTo: 'province', target2026: null, target2030: '≥ 80', requires2030: true, direction: 'up' },
    { code: 'NQ03-17', name: 'Tỉ lệ chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên tổng chi ngân sách', unit: '%', source: `${NQ03}, mục 17`, appliesTo: 'all', target2026: null, target2030: '≥ 3', requires2030: true, direction: 'up' },
    { code: 'NQ03-23.4', name: 'Tỉ lệ dân số được phủ sóng 5G', unit: '%', source: `${NQ03}, mục 23.4`, appliesTo: 'province', target2026: null, target2030: '99', requires2030: true, direction: 'up' },
    { code: 'NQ03-31', name: 'Tỉ lệ người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân', unit: '%', source: `${NQ03}, mục 31`, appliesTo: 'province', target2026: null, target2030: '≥ 70', requires2030: true, direction: 'up' },
    { code: 'NQ03-32', name: 'Tỉ lệ người dân có hồ sơ sức khỏe điện tử', unit: '%', source: `${NQ03}, mục 32`, appliesTo: 'province', target2026: null, target2030: '≥ 95', requires2030: true, direction: 'up' },
    { code: 'BCĐ26-KTS', name: 'Tỷ trọng kinh tế số trong GDP/GRDP', unit: '%', source: BCD26, appliesTo: 'all', target2026: '14,5', target2030: null, requires2030: false, direction: 'up' },
    { code: 'BCĐ26-5G', name: 'Tỷ lệ dân số được phủ sóng 5G', unit: '%', source: BCD26, appliesTo: 'province', target2026: '70', target2030: null, requires2030: false, direction: 'up' },
    { code: 'BCĐ26-CKS', name: 'Tỷ lệ cán bộ, công chức, viên chức cấp xã được trang bị thiết bị và chữ ký số cá nhân', unit: '%', source: BCD26, appliesTo: 'province', target2026: '100', target2030: null, requires2030: false, direction: 'up' },
    { code: 'BCĐ26-KNS', name: 'Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số', unit: '%', source: BCD26, appliesTo: 'all', target2026: '100', target2030: null, requires2030: false, direction: 'up' },
    { code: 'BCĐ26-HSCV', name: 'Tỷ lệ hồ sơ công việc cấp bộ, tỉnh, xã được xử lý trên môi trường điện tử', unit: '%', source: BCD26, appliesTo: 'all', target2026: '100', target2030: null, requires2030: false, direction: 'up' },
  ],
};
