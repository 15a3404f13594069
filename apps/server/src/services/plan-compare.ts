import type { Indicator, PlanData, Task } from '@cds/plan';
import { compareMessages as m } from './messages.vi.js';

/** One way in which the client's extracted data differs from the server's. */
export interface PlanDifference {
  /** "sections", "indicators[3].target2026", "tasks.length" … */
  path: string;
  message: string;
}

/** Text as compared: Unicode NFC, runs of whitespace folded, trimmed. */
const norm = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : v);

function compareRows<T extends Indicator | Task>(kind: 'indicators' | 'tasks', client: T[], server: T[], out: PlanDifference[]) {
  if (client.length !== server.length) out.push({ path: `${kind}.length`, message: m.count(kind, client.length, server.length) });
  const n = Math.min(client.length, server.length);
  for (let i = 0; i < n; i++) {
    const c = client[i]!;
    const s = server[i]!;
    for (const key of Object.keys(s) as (keyof T & string)[]) {
      if (key === 'blockId') continue; // block ids differ between Word and the .docx reader
      if (norm(c[key]) !== norm(s[key])) {
        out.push({ path: `${kind}[${i}].${key}`, message: m.value(kind, i + 1, key, String(norm(c[key])), String(norm(s[key]))) });
      }
    }
  }
}

/**
 * Compares what the add-in sent with what the server extracted from the .docx:
 * the section ids in order, and every indicator and task value (block ids ignored).
 * Returns the differences (at most `limit`); empty means they agree.
 */
export function comparePlans(client: PlanData, server: PlanData, limit = 20): PlanDifference[] {
  const out: PlanDifference[] = [];
  const cs = client.sections.map((s) => s.id).join(',');
  const ss = server.sections.map((s) => s.id).join(',');
  if (cs !== ss) out.push({ path: 'sections', message: m.sections(cs, ss) });
  compareRows('indicators', client.indicators, server.indicators, out);
  compareRows('tasks', client.tasks, server.tasks, out);
  return out.slice(0, limit);
}
