/**
 * The fields of `next` whose value differs from `before`, as `{ field: { from, to } }`
 * (dates as ISO strings): what an admin edit records in the audit log.
 */
export function changedFields<T extends object>(before: T, next: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const plain = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, to] of Object.entries(next)) {
    if (to === undefined) continue;
    const from = plain(before[k as keyof T]);
    if (from !== plain(to)) out[k] = { from, to: plain(to) };
  }
  return out;
}
