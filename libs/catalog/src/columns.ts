import { foldKey } from '@cds/model';

/** CSV columns of a catalogue file: field key → accepted header spellings (folded). */
export const CATALOG_COLUMNS = {
  code: { label: 'code', required: true, headers: ['code', 'ma', 'ma chi tieu'] },
  name: { label: 'name', required: true, headers: ['name', 'chi tieu', 'ten chi tieu'] },
  unit: { label: 'unit', required: true, headers: ['unit', 'don vi', 'don vi tinh'] },
  source: { label: 'source', required: false, headers: ['source', 'nguon', 'can cu'] },
  appliesTo: { label: 'appliesTo', required: true, headers: ['appliesto', 'applies to', 'ap dung', 'doi tuong ap dung'] },
  target2026: { label: 'target2026', required: false, headers: ['target2026', 'target 2026', 'muc tieu 2026', 'chi tieu 2026'] },
  target2030: { label: 'target2030', required: false, headers: ['target2030', 'target 2030', 'muc tieu 2030', 'chi tieu 2030'] },
  requires2030: { label: 'requires2030', required: false, headers: ['requires2030', 'bat buoc 2030', 'yeu cau 2030'] },
  direction: { label: 'direction', required: false, headers: ['direction', 'chieu', 'xu huong'] },
} as const;

export type CatalogColumn = keyof typeof CATALOG_COLUMNS;

/** Maps header cells to column keys; unknown headers are ignored. */
export function mapHeader(header: string[]): Partial<Record<CatalogColumn, number>> {
  const out: Partial<Record<CatalogColumn, number>> = {};
  header.forEach((cell, index) => {
    const key = foldKey(cell);
    for (const [column, spec] of Object.entries(CATALOG_COLUMNS) as [CatalogColumn, (typeof CATALOG_COLUMNS)[CatalogColumn]][]) {
      if ((spec.headers as readonly string[]).includes(key) && out[column] === undefined) out[column] = index;
    }
  });
  return out;
}
