/**
 * True when `error` (or one it wraps: drizzle wraps the driver's) is PostgreSQL's
 * unique violation on `constraint`: the loser of two writers racing for one value,
 * after both passed the application's own "already taken?" check.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && e.constraint === constraint) return true;
  }
  return false;
}
