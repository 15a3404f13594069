/** What both typed clients (the add-in's and the dashboard's) need to build a request and read a download. */

/**
 * `{ page: 2, q: 'hà' }` → `?page=2&q=h%C3%A0`; undefined, null and empty-string values
 * are left out (an empty filter is no filter), and no parameters give ''.
 */
export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.append(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** `attachment; filename="a.docx"; filename*=UTF-8''k%E1%BA%BF.docx` → the UTF-8 name when given, else the plain one, else null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* a malformed escape: the plain name below */
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}
