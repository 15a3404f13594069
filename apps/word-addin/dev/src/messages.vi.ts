/** What the dev server says (console and error pages). */
export const devMessages = {
  notBuilt: (what: string) => `Chưa có ${what}. Hãy build trước (npm run build trong apps/word-addin) rồi tải lại.`,
  notFound: 'Không tìm thấy tệp này trên máy chủ phát triển.',
  upstreamDown: (target: string) => `Không kết nối được tới máy chủ đồng bộ tại ${target}. Hãy chạy npm start ở thư mục gốc.`,
  started: (origin: string) => `Máy chủ phát triển của phần bổ trợ Word đang chạy tại ${origin}`,
  pane: (url: string) => `  Ngăn tác vụ:       ${url}`,
  compat: (url: string) => `  Chế độ tương thích: ${url}`,
  manifest: (file: string, url: string) => `  Manifest:          ${file}\n                     (${url})`,
  api: (target: string) => `  /api chuyển tới:   ${target}`,
  sideload: 'Nạp thử (sideload): xem apps/word-addin/README.md, mục "Nạp thử phần bổ trợ".',
  certs: 'Chứng chỉ HTTPS cho localhost: office-addin-dev-certs (lần đầu có thể hỏi quyền cài chứng chỉ gốc).',
} as const;
