/** Vietnamese reasons the parsers give (kept together so a translation can be added). */
export const vnMessages = {
  deadlineEmpty: 'không có nội dung',
  deadlineUnreadable: 'không đọc được ngày hoặc khoảng thời gian',
  dayInvalid: (d: number, m: number) => `tháng ${m} không có ngày ${d}`,
  monthInvalid: (m: number) => `không có tháng ${m}, tháng phải từ 1 đến 12`,
  quarterInvalid: (q: string) => `không có quý ${q}, quý phải từ I đến IV`,
  spanReversed: (a: string, b: string) => `${a} đứng sau ${b}, khoảng thời gian bị ngược`,
  rangeReversed: (a: number, b: number) => `năm bắt đầu ${a} sau năm kết thúc ${b}`,
  outOfRange: (what: string, from: number, to: number) => (from === to ? `${what} nằm ngoài năm ${from}` : `${what} nằm ngoài giai đoạn ${from}–${to}`),
} as const;
