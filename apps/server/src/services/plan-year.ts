/** Việt Nam keeps UTC+7 all year (no daylight saving). */
const VN_OFFSET_MS = 7 * 3600_000;

/** The calendar year of an instant as read in Việt Nam (15:00 31/12 UTC is already next year there at 17:00). */
export const vietnamYear = (d: Date): number => new Date(d.getTime() + VN_OFFSET_MS).getUTCFullYear();
