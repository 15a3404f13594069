import { paragraphText } from '@cds/model';
import type { Block, DocumentModel, Paragraph, Table } from '@cds/model';
import { buildCleanPlanModel } from './clean-plan.js';
import type { CleanPlanOptions } from './clean-plan.js';
import { para, table } from './blocks.js';
import type { CellInput } from './blocks.js';
import { ND30_CENTERED, ND30_RUN } from '@cds/template';

const BOLD_CENTERED = { props: { ...ND30_CENTERED, runDefaults: { ...ND30_RUN, bold: true } } };

/**
 * A complete, valid plan typed the way agencies type them without the add-in:
 * the agency and national motto in a two-column borderless table (no page-header
 * text), "PHẦN THỨ NHẤT" with its title on the next line, headings bold but
 * without heading styles, the indicator table with a two-row merged header, a
 * "(1) (2) …" numbering row and a group row, and amounts written with their unit
 * ("1,25 tỷ đồng"). The content is the clean plan's, so every rule should accept it.
 */
export function buildHandTypedPlanModel(options: Pick<CleanPlanOptions, 'agencyKind' | 'agency' | 'size'> = {}): DocumentModel {
  const doc = buildCleanPlanModel({ ...options, headingStyles: false });
  let n = 0;
  const id = () => `h${n++}`;
  const text = (b: Block) => (b.kind === 'paragraph' ? paragraphText(b) : '');
  const agencyLine = text(doc.body[0]!);
  const place = text(doc.body[4]!);
  const number = text(doc.body[3]!);
  const header = table(id(), [
    { cells: [agencyLine.replace(/^(ỦY BAN NHÂN DÂN) /, '$1\n'), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'] },
    { cells: [number, place] },
  ]);
  const body: Block[] = [header, ...doc.body.slice(5)];
  const out: Block[] = [];
  for (const b of body) {
    if (b.kind === 'paragraph' && /^Phần (I|II)\. /.test(text(b))) {
      const [, roman, title] = /^Phần (I|II)\. (.*)$/.exec(text(b))!;
      out.push(para(id(), `PHẦN THỨ ${roman === 'I' ? 'NHẤT' : 'HAI'}`, BOLD_CENTERED), para(id(), title!, BOLD_CENTERED));
    } else if (b.kind === 'table' && b.rows[0]!.cells.length === 11) out.push(indicatorTable(b));
    else if (b.kind === 'table' && /triệu đồng/.test(cellTextOf(b, 0, b.rows[0]!.cells.length - 1))) out.push(withUnits(b));
    else out.push(b);
  }
  const { headerText: _dropped, ...rest } = doc;
  return { ...rest, body: out };
}

function cellTextOf(t: Table, r: number, c: number): string {
  const p = t.rows[r]?.cells[c]?.blocks[0];
  return p?.kind === 'paragraph' ? paragraphText(p) : '';
}

/** The indicator table with a merged "Mục tiêu" over "Năm 2026" / "Đến năm 2030", a numbering row and a group row. */
function indicatorTable(t: Table): Table {
  const labels = t.rows[0]!.cells.map((_, c) => cellTextOf(t, 0, c));
  const top = labels.flatMap<CellInput>((l, c) => (c === 4 ? [{ text: 'Mục tiêu', gridSpan: 2 }] : c === 5 ? [] : [{ text: l, vMerge: 'restart' as const }]));
  const second = labels.flatMap<string | CellInput>((_, c) =>
    c === 4 ? ['Năm 2026'] : c === 5 ? ['Đến năm 2030'] : [{ text: '', vMerge: 'continue' as const }],
  );
  const built = table(`${t.id}`, [
    { cells: top, isHeader: true },
    { cells: second, isHeader: true },
    { cells: labels.map((_, c) => `(${c + 1})`) },
    { cells: [{ text: 'I. CHỈ TIÊU ĐƯỢC GIAO', gridSpan: labels.length }] },
  ]);
  // Data rows keep their ids (and texts); STT stays numeric.
  return { ...built, rows: [...built.rows, ...t.rows.slice(1)] };
}

/** Amounts with their unit in the cell: "1.250" (triệu đồng) → "1,25 tỷ đồng". */
function withUnits(t: Table): Table {
  const last = t.rows[0]!.cells.length - 1;
  return {
    ...t,
    rows: t.rows.map((row, r) =>
      r === 0
        ? row
        : {
            ...row,
            cells: row.cells.map((cell, c) => {
              if (c !== last) return cell;
              const p = cell.blocks[0] as Paragraph;
              const millions = Number(paragraphText(p).replace(/\./g, '').replace(',', '.'));
              const tyText = `${String(millions / 1000).replace('.', ',')} tỷ đồng`;
              return { ...cell, blocks: [{ ...p, inlines: [{ kind: 'run' as const, text: tyText, props: ND30_RUN }] }] };
            }),
          },
    ),
  };
}
