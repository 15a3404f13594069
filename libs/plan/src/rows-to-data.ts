import type { Table } from '@cds/model';
import { parseTag } from '@cds/template';
import { moneyUnitMultiplier, parseMoneyVnd, parseVnNumber } from '@cds/vn';
import type { CatalogEntry } from './catalog.js';
import type { Indicator, Project2025, Task } from './schema.js';
import { similarTitle } from './similarity.js';
import { dataRows } from './table-rows.js';
import type { TableMatch } from './table-recognize.js';

/** A recognised table and the outline section it sits in (null before the first heading). */
export interface Located {
  table: Table;
  match: TableMatch;
  section: string | null;
  /** The unit a caption above the table states ("Đơn vị tính: triệu đồng"), when the header gives none. */
  unit?: string | null;
}

const num = (s: string | undefined): number | null => (s ? (parseVnNumber(s)?.value ?? null) : null);
const headerOf = (m: TableMatch, key: string): string | undefined => m.columns.find((c) => c.key === key)?.header;

/**
 * Indicator rows as data. The code comes from the code column, else the row
 * control's tag, else a catalogue entry of the same name; a "1.1" row whose "1"
 * row has a code is a component of it.
 */
export function indicatorsOf(l: Located, catalog: readonly CatalogEntry[]): Indicator[] {
  const codeBySTT = new Map<string, string>();
  return dataRows(l.table, l.match).map((r) => {
    const c = r.cells;
    const tag = parseTag(r.tag);
    const tagKey = tag?.kind === 'indicator' && !/^\d+$/.test(tag.key) ? tag.key : '';
    const name = c.name ?? '';
    const code = c.code || tagKey || catalog.find((e) => similarTitle(e.name, name))?.code || null;
    const stt = (c.stt ?? '').replace(/\.$/, '');
    if (code && stt) codeBySTT.set(stt, code);
    const parentStt = stt.includes('.') ? stt.slice(0, stt.lastIndexOf('.')) : '';
    return {
      blockId: r.rowId,
      code,
      parentCode: c.parentCode || codeBySTT.get(parentStt) || null,
      name,
      unit: c.unit ?? '',
      target2026: c.target2026 ?? '',
      target2026Value: num(c.target2026),
      target2030: c.target2030 ?? '',
      target2030Value: num(c.target2030),
      method: c.method ?? '',
      measurement: c.measurement ?? '',
      lead: c.lead ?? '',
      deadline: c.deadline ?? '',
      resources: c.resources ?? '',
    };
  });
}

/** The unit bare amounts take: the column header's ("Kinh phí (triệu đồng)"), else the table caption's. */
function moneyUnit(header: string | undefined, caption: string | null | undefined): string | undefined {
  if (header && moneyUnitMultiplier(header) !== null) return header;
  return caption ?? header;
}

/** Task rows as data; amounts in VND, a bare number taking the header's unit. */
export function tasksOf(l: Located, section: string): Task[] {
  const unit = moneyUnit(headerOf(l.match, 'amount'), l.unit);
  return dataRows(l.table, l.match).map((r) => {
    const c = r.cells;
    return {
      blockId: r.rowId,
      section,
      name: c.name ?? '',
      expectedResult: c.expectedResult ?? '',
      effectiveness: c.effectiveness ?? '',
      deadline: c.deadline ?? '',
      implementingUnit: c.implementingUnit ?? '',
      fundingSource: c.fundingSource ?? '',
      amount: c.amount ?? '',
      amountVnd: c.amount ? parseMoneyVnd(c.amount, unit) : null,
    };
  });
}

/** 2025 project rows as data. */
export function projectsOf(l: Located): Project2025[] {
  const unit = moneyUnit(headerOf(l.match, 'totalInvestment'), l.unit);
  return dataRows(l.table, l.match).map((r) => {
    const c = r.cells;
    return {
      blockId: r.rowId,
      name: c.name ?? '',
      goal: c.goal ?? '',
      totalInvestment: c.totalInvestment ?? '',
      totalInvestmentVnd: c.totalInvestment ? parseMoneyVnd(c.totalInvestment, unit) : null,
      fundingSource: c.fundingSource ?? '',
      duration: c.duration ?? '',
      status: c.status ?? '',
    };
  });
}
