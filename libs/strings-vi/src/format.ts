/**
 * Vietnamese formats (PRODUCT.md): dates dd/mm/yyyy, times in Asia/Ho_Chi_Minh
 * whatever the machine's zone, numbers as 1.234,5.
 */
export const HANOI_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const parts = (d: Date, withTime: boolean) => {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: HANOI_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  });
  return Object.fromEntries(f.formatToParts(d).map((p) => [p.type, p.value])) as Record<string, string>;
};

const asDate = (d: Date | string | number) => (d instanceof Date ? d : new Date(d));

/** 15/03/2026 (the day in Hanoi). */
export function formatDate(d: Date | string | number): string {
  const p = parts(asDate(d), false);
  return `${p.day}/${p.month}/${p.year}`;
}

/** 15:00 15/03/2026 (Hanoi time), as Vietnamese administrative texts write it. */
export function formatDateTime(d: Date | string | number): string {
  const p = parts(asDate(d), true);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** 1.234,5 — grouping with dots, decimals with a comma. */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(n);
}

/** 85% / 12,5% */
export function formatPercent(n: number): string {
  return `${formatNumber(n, 1)}%`;
}

/**
 * The time left until a deadline, in words: "còn 2 ngày 3 giờ", "còn 45 phút",
 * or "đã quá hạn 1 ngày 2 giờ" once it has passed.
 */
export function formatCountdown(deadline: Date | string | number, now: Date = new Date()): string {
  const ms = asDate(deadline).getTime() - now.getTime();
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const span = days > 0 ? `${days} ngày ${hours} giờ` : hours > 0 ? `${hours} giờ ${minutes} phút` : `${Math.max(minutes, ms > 0 ? 1 : 0)} phút`;
  return ms > 0 ? `còn ${span}` : `đã quá hạn ${span}`;
}
