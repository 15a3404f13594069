/** The overall plan's fixed text (Vietnamese administrative wording). */
export const overallPlanMessages = {
  ministry: 'BỘ KHOA HỌC VÀ CÔNG NGHỆ',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  issuer: '',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  placeDate: (year: number) => `Hà Nội, ngày      tháng      năm ${year}`,
  title: 'KẾ HOẠCH',
  subtitle: (year: number) => `Chuyển đổi số năm ${year} của các bộ, ngành và địa phương (dự thảo tổng hợp)`,
  draftNote: (round: string) => `(Tổng hợp tự động từ kế hoạch của các cơ quan trong đợt "${round}"; dùng làm bản thảo, cần rà soát trước khi trình)`,
  indicatorsPart: 'I. CHỈ TIÊU CHUYỂN ĐỔI SỐ',
  tasksPart: 'II. NHIỆM VỤ, DỰ ÁN THEO LĨNH VỰC',
  indicatorTitle: (code: string, name: string, unit: string, t2026: string | null, t2030: string | null) =>
    `${name} (mã ${code}; đơn vị: ${unit}${t2026 ? `; mục tiêu quốc gia 2026: ${t2026}` : ''}${t2030 ? `; 2030: ${t2030}` : ''})`,
  ownIndicatorTitle: (name: string, unit: string) => `${name} (chỉ tiêu riêng của cơ quan${unit ? `; đơn vị: ${unit}` : ''})`,
  indicatorHeaders: ['STT', 'Cơ quan', 'Mục tiêu 2026', 'Mục tiêu 2030', 'Đơn vị chủ trì', 'Thời hạn'],
  taskHeaders: ['STT', 'Cơ quan', 'Nhiệm vụ, dự án', 'Kết quả dự kiến', 'Đơn vị thực hiện', 'Thời hạn', 'Kinh phí'],
  nothingYet: 'Chưa có cơ quan nào gửi dữ liệu cho phần này.',
  closing: 'Bộ Khoa học và Công nghệ tổng hợp, trình Thủ tướng Chính phủ xem xét, quyết định./.',
} as const;
