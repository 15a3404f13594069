/** Vietnamese text the dashboard's server routes write (labels, document headings, export names). */
export const dashboardMessages = {
  revisionLabel: (n: number) => `Bản đồng bộ số ${n}`,
  submissionLabel: (receipt: string) => `Bản gửi ${receipt}`,
} as const;

export const previewMessages = {
  notXlsx: 'Không đọc được tệp Excel (.xlsx). Hãy lưu lại tệp dưới dạng Excel Workbook hoặc CSV rồi thử lại.',
} as const;
