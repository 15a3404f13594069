import type { CatalogImportBodySchema } from '@cds/api';
import { parseCatalog } from '@cds/catalog';
import type * as z from 'zod';
import { catalogProblems } from '../../messages.vi.js';
import type { Actor } from '../../repositories/ownership.js';
import { importCatalog, type CatalogImportSummary } from '../catalog-import.js';
import type { ServiceDeps } from '../deps.js';
import { refuse, type Refusal } from '../result.js';

export type CatalogImportResult = { kind: 'ok'; imported: number; summary: CatalogImportSummary } | Refusal;

/** Admin: import a round's indicator catalogue from CSV or JSON (replace it, or merge into it by code). */
export function adminCatalogService({ db, repos }: ServiceDeps) {
  return {
    async import(actor: Actor, b: z.output<typeof CatalogImportBodySchema>): Promise<CatalogImportResult> {
      if (!(await repos.rounds.byId(b.roundId))) return refuse('ROUND_NOT_FOUND');
      const parsed = parseCatalog(b.content, b.format);
      if (!parsed.ok) return refuse('CATALOG_INVALID', { problems: parsed.problems });
      // A file with a header and no entry would empty the round's catalogue: surely a wrong file.
      if (parsed.entries.length === 0 && b.mode === 'replace')
        return refuse('CATALOG_INVALID', { problems: [{ line: 0, message: catalogProblems.noEntriesToReplace }] });
      const result = await importCatalog(db, b.roundId, parsed.entries, {
        mode: b.mode,
        name: b.name,
        sample: b.sample,
        actorId: actor.userId,
        lines: parsed.lines,
      });
      if (!result) return refuse('ROUND_NOT_FOUND');
      if (!result.ok) return refuse('CATALOG_INVALID', { problems: result.problems });
      repos.rounds.invalidate();
      return { kind: 'ok', imported: parsed.entries.length, summary: result.summary };
    },
  };
}
