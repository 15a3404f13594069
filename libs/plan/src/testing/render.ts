import type { Block, DocumentModel, Numbering, Paragraph } from '@cds/model';
import { indicatorTag, itemTag, project2025Tag, sectionTag, tableTag, taskTag } from '@cds/template';
import type { ResultItemSpec } from '@cds/template';
import { control, IdGen, para, table } from './blocks.js';
import { ND30_CENTERED, ND30_HEADING, ND30_PAGE, ND30_PART_HEADING, ND30_RUN } from '@cds/template';
import type { BodySpec, PlanSpec, SectionSpec, TableBody } from './spec.js';

/** How the plan is laid out (all default to the clean, plain form). */
export interface RenderOptions {
  /** plain: headings only; structured: content controls with cds:* tags, as the add-in writes. */
  form?: 'plain' | 'structured';
  /** typed: "III. NHIỆM VỤ" in the text; automatic: the label comes from Word numbering. */
  numbering?: 'typed' | 'automatic';
  /** Separator after a roman number: "III." (default) or "III-". */
  romanSeparator?: '.' | '-';
  /** Heading case: as the template prints it, or all capitals. */
  headingCase?: 'template' | 'upper';
  /** Type headings without diacritics ("III. NHIEM VU"). */
  stripHeadingDiacritics?: boolean;
  /** Give headings Heading1–4 styles and outline levels (default true); false = bold text only. */
  headingStyles?: boolean;
  /** Store every text in NFD (decomposed) form, as some Mac/web sources paste it. */
  nfd?: boolean;
}

const STYLE_NAMES = ['heading 1', 'heading 2', 'heading 3', 'heading 4'] as const;
const ROMAN_FORMAT = ['upperRoman', 'upperRoman', 'decimal', 'decimal'] as const;

function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lays a plan spec out as a document model. */
export function renderPlan(spec: PlanSpec, resultItems: readonly ResultItemSpec[], o: RenderOptions = {}): DocumentModel {
  const ids = new IdGen();
  const structured = o.form === 'structured';
  const automatic = o.numbering === 'automatic';
  const text = (s: string): string => (o.nfd ? s.normalize('NFD') : s);

  const headingPara = (s: SectionSpec): Paragraph => {
    let title = o.headingCase === 'upper' ? s.title.toUpperCase() : s.title;
    if (o.stripHeadingDiacritics) title = stripDiacritics(title);
    const sep = s.level === 1 ? (o.romanSeparator ?? '.') : '.';
    const label = s.level === 0 ? `${o.stripHeadingDiacritics ? 'Phan' : 'Phần'} ${s.number}.` : `${s.number}${sep}`;
    const withStyle = o.headingStyles !== false;
    const props = s.level === 0 ? ND30_PART_HEADING : ND30_HEADING;
    const opts: Parameters<typeof para>[2] = { props };
    if (withStyle) Object.assign(opts, { styleId: `Heading${s.level + 1}`, styleName: STYLE_NAMES[s.level], outlineLevel: s.level });
    if (automatic) {
      const numbering: Numbering = { numId: '1', level: s.level, label, format: ROMAN_FORMAT[s.level] };
      return para(ids.next(), text(title), { ...opts, numbering });
    }
    return para(ids.next(), text(`${label} ${title}`), opts);
  };

  const tableBlock = (b: TableBody): Block => {
    const tagOf = b.table === 'indicators' ? indicatorTag : b.table === 'tasks' ? taskTag : project2025Tag;
    const id = ids.next();
    const t = table(id, [
      { cells: b.columns.map((c) => text(c.label)), isHeader: true },
      ...b.rows.map((r) => ({
        cells: b.columns.map((c) => text(r.cells[c.key] ?? '')),
        ...(structured ? { tag: tagOf(r.key) } : {}),
      })),
    ]);
    return structured ? control(ids.next(), tableTag(b.table), [t]) : t;
  };

  const bodyBlocks = (body: BodySpec[]): Block[] => body.map((b) => (b.kind === 'para' ? para(ids.next(), text(b.text)) : tableBlock(b)));

  const itemBlocks = (s: SectionSpec): Block[] => {
    if (!s.items) return [];
    return resultItems.flatMap((ri) => {
      const content = s.items![ri.part];
      if (!content) return [];
      const head = automatic
        ? para(ids.next(), text(`${ri.title}:`), { numbering: { numId: '2', level: 0, label: ri.label, format: 'lowerLetter' } })
        : para(ids.next(), text(`${ri.label} ${ri.title}:`));
      const blocks: Block[] = [head, ...content.map((t) => para(ids.next(), text(t)))];
      return structured ? [control(ids.next(), itemTag(s.id, ri.part), blocks, `${ri.label} ${ri.title}`)] : blocks;
    });
  };

  const sectionBlocks = (s: SectionSpec): Block[] => {
    const blocks: Block[] = [headingPara(s), ...bodyBlocks(s.body), ...itemBlocks(s), ...s.children.flatMap(sectionBlocks)];
    // Headings the template does not know stay plain even in the structured form.
    return structured && !s.id.startsWith('unknown:') ? [control(ids.next(), sectionTag(s.id), blocks, `${s.number}. ${s.title}`)] : blocks;
  };

  const bold = { props: { ...ND30_CENTERED, runDefaults: { ...ND30_RUN, bold: true } } };
  const preamble: Block[] = [
    para(ids.next(), text(spec.headerName), bold),
    para(ids.next(), text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), bold),
    para(ids.next(), text('Độc lập - Tự do - Hạnh phúc'), bold),
    para(ids.next(), text(`Số: 125/KH-${spec.agencyKind === 'province' ? 'UBND' : 'BO'}`), { props: ND30_CENTERED }),
    para(ids.next(), text(`${spec.place}, ngày 10 tháng 3 năm 2026`), { props: ND30_CENTERED }),
    para(ids.next(), text('KẾ HOẠCH'), bold),
    para(ids.next(), text('Chuyển đổi số năm 2026'), bold),
  ];

  return {
    body: [...preamble, ...spec.sections.flatMap(sectionBlocks)],
    sections: [ND30_PAGE],
    defaults: { font: ND30_RUN.font!, sizePt: ND30_RUN.sizePt! },
    headerText: [text(spec.headerName)],
  };
}
