import type { Block, DocumentModel, Numbering, Paragraph } from '@cds/model';
import { childrenOf, getTemplate } from '@cds/template';
import type { TemplateSection } from '@cds/template';
import { para, table } from '@cds/plan/testing';
import { ND30_BODY, ND30_CENTERED, ND30_HEADING, ND30_PAGE, ND30_PART_HEADING, ND30_RUN } from '@cds/template';
import type { CellInput, RowInput } from '@cds/plan/testing';
import { AREAS, LEGAL_BASES, RESULTS, SOLUTIONS, TEXTS } from './content.js';
import type { ItemTexts } from './content.js';
import type { Passage } from './sources.js';

/**
 * Lays a real-text plan out as a document model, the ways offices type them: typed
 * or automatic numbering, a)/b) labels as "a)", "a.", "-" or no letter at all, run-in
 * headings, NFD text pasted from the web, merged table headers, tables in annexes
 * after the signature block. The text is the corpus's (content.ts, sources.ts).
 */

export interface IndicatorRow {
  name: string;
  unit: string;
  target2026: string;
  target2030: string;
  method: string;
  measurement: string;
  lead: string;
  deadline: string;
  resources: string;
  /** What extraction must read from the targets (written by hand, not computed). */
  expect: { target2026Value: number | null; target2030Value: number | null };
  source: Passage['source'];
}

export interface TaskRow {
  name: string;
  expectedResult: string;
  effectiveness: string;
  deadline: string;
  unit: string;
  fundingSource: string;
  amount: string;
  /** The amount in VND extraction must read (by hand). */
  expectVnd: number | null;
  source: Passage['source'];
}

export interface PlanStyle {
  numbering?: 'typed' | 'automatic';
  /** a)/b) labels: "a) Kết quả đạt được", "a. Kết quả đạt được: …" run in, "- Kết quả đạt được:", or the title alone run in. */
  items?: 'standard' | 'dot' | 'dash' | 'bare';
  /** P2.IV solutions as run-in bold headings ("1. Phát huy …: Người đứng đầu …"). */
  runInSolutions?: boolean;
  nfd?: boolean;
  /** "KẾ HOẠCH" in Word's Title style. */
  titleStyle?: boolean;
  /** The indicator and task tables in annexes after the signature block. */
  annexTables?: boolean;
  /** Template labels, or a two-row merged header worded by meaning. */
  indicatorHeader?: 'template' | 'merged';
  /** Template labels, a merged "Kinh phí" over "Dự kiến (triệu đồng) | Nguồn kinh phí", or a caption "Đơn vị tính: triệu đồng". */
  taskHeader?: 'template' | 'merged' | 'caption';
  /** The legal bases as "Căn cứ …;" lines or a dash list. */
  bases?: 'can-cu' | 'dash';
  /** Table header cells worded otherwise (header text → as typed). */
  headerWords?: Record<string, string>;
  /** Heading titles typed differently (section id → title as typed). */
  headingTitles?: Record<string, string>;
}

export interface RealPlan {
  id: string;
  /** Agency line(s) of the header block: "ỦY BAN NHÂN DÂN" / "TỈNH TUYÊN QUANG". */
  header: string[];
  kind: 'province' | 'central';
  /** How the text names the agency ("tỉnh Tuyên Quang"). */
  place: string;
  city: string;
  style: PlanStyle;
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  results?: Record<string, ItemTexts>;
  texts?: Record<string, Passage[]>;
  areas?: Record<string, Passage[]>;
  bases?: Passage[];
}

const t = getTemplate();
const BOLD_CENTER = { props: { ...ND30_CENTERED, runDefaults: { ...ND30_RUN, bold: true } } };
const ROMAN_FORMAT: Record<number, string> = { 1: 'upperRoman', 2: 'decimal', 3: 'decimal' };

export function buildPlan(plan: RealPlan): DocumentModel {
  let n = 0;
  const id = () => `${plan.id}-${n++}`;
  const st = plan.style;
  const fill = (s: string) => s.replace(/\{place\}/g, plan.place);
  const tx = (s: string) => (st.nfd ? fill(s).normalize('NFD') : fill(s));
  const body = (text: string) => para(id(), tx(text));
  const passages = (ps: Passage[] | undefined) => (ps ?? []).map((p) => body(p.text));

  const heading = (s: TemplateSection): Paragraph => {
    const title = st.headingTitles?.[s.id] ?? s.title;
    if (s.level === 0) return para(id(), tx(`Phần ${s.number}. ${title}`), { props: ND30_PART_HEADING });
    if (st.numbering === 'automatic') {
      const numbering: Numbering = { numId: '5', level: s.level - 1, label: `${s.number}.`, format: ROMAN_FORMAT[s.level]! };
      return para(id(), tx(title), { props: ND30_HEADING, numbering });
    }
    return para(id(), tx(`${s.number}. ${title}`), { props: ND30_HEADING });
  };

  const itemBlocks = (texts: ItemTexts): Block[] => {
    const out: Block[] = [];
    for (const ri of t.resultItems) {
      const ps = texts[ri.part];
      const title = st.items === 'bare' && ri.part === 'shortcomings' ? 'Khó khăn, vướng mắc' : ri.title;
      // An item with no text is left out altogether (label included), as a drafter who skipped it would.
      if (ps.length === 0) continue;
      const [first, ...rest] = ps;
      if (st.numbering === 'automatic') {
        out.push(para(id(), tx(title), { numbering: { numId: '6', level: 0, label: ri.label, format: 'lowerLetter' } }), ...passages(ps));
        continue;
      }
      switch (st.items ?? 'standard') {
        case 'standard':
          out.push(body(`${ri.label} ${title}`), ...passages(ps));
          break;
        case 'dot':
          out.push(body(`${ri.label[0]}. ${title}: ${first!.text}`), ...passages(rest));
          break;
        case 'dash':
          out.push(body(`- ${title}:`), ...passages(ps));
          break;
        case 'bare':
          out.push(body(`${title}: ${first!.text}`), ...passages(rest));
          break;
      }
    }
    return out;
  };

  const solution = (s: TemplateSection, ps: Passage[]): Block[] => {
    if (!st.runInSolutions) return [heading(s), ...passages(ps)];
    const [first, ...rest] = ps;
    const runIn: Paragraph = {
      kind: 'paragraph',
      id: id(),
      props: ND30_BODY,
      inlines: [
        { kind: 'run', text: tx(`${s.number}. ${s.title}:`), props: { ...ND30_RUN, bold: true } },
        { kind: 'run', text: tx(` ${first!.text}`), props: ND30_RUN },
      ],
    };
    return [runIn, ...passages(rest)];
  };

  const bases = (): Block[] => {
    const list = plan.bases ?? LEGAL_BASES;
    const intro = body(`Kế hoạch chuyển đổi số năm 2026 của ${plan.place} được xây dựng trên các căn cứ sau:`);
    return [intro, ...list.map((b) => body(st.bases === 'dash' ? `- ${b.text}` : `Căn cứ ${b.text}`))];
  };

  const sectionBlocks = (s: TemplateSection): Block[] => {
    const own: Block[] = [];
    if (s.id === 'P2.I') own.push(...bases());
    else if (RESULTS[s.id] && s.hasResultItems) own.push(...itemBlocks(plan.results?.[s.id] ?? RESULTS[s.id]!));
    else if (s.id.startsWith('P2.III.')) own.push(...passages(plan.areas?.[s.id] ?? AREAS[s.id]));
    else if (s.id.startsWith('P2.IV.')) return [...solution(s, SOLUTIONS[s.id]!), ...childrenOf(t, s.id).flatMap(sectionBlocks)];
    else own.push(...passages(plan.texts?.[s.id] ?? TEXTS[s.id]));
    if (s.id === 'P2.II.2') own.push(...(st.annexTables ? [body('Chi tiết các chỉ tiêu tại Phụ lục I kèm theo Kế hoạch này.')] : indicatorTable()));
    if (s.id === 'P2.VI') own.push(...(st.annexTables ? [body('Chi tiết tại Phụ lục II kèm theo Kế hoạch này.')] : taskTable()));
    return [heading(s), ...own, ...childrenOf(t, s.id).flatMap(sectionBlocks)];
  };

  const indicatorTable = (): Block[] => {
    const cont: CellInput = { text: '', vMerge: 'continue' };
    const rows: RowInput[] =
      st.indicatorHeader === 'merged'
        ? [
            {
              cells: [
                ...['STT', 'Tên chỉ tiêu', 'Đơn vị tính'].map(vm),
                { text: 'Mục tiêu', gridSpan: 2 },
                ...['Phương pháp tính, đo lường, đánh giá', 'Đơn vị chủ trì', 'Thời hạn', 'Nguồn lực bảo đảm'].map(vm),
              ],
              isHeader: true,
            },
            { cells: [cont, cont, cont, 'Năm 2026', 'Lộ trình đến 2030', cont, cont, cont, cont], isHeader: true },
            { cells: Array.from({ length: 9 }, (_, i) => `(${i + 1})`) },
            ...plan.indicators.map((r, i) => ({
              cells: [String(i + 1), r.name, r.unit, r.target2026, r.target2030, r.method, r.lead, r.deadline, r.resources],
            })),
          ]
        : [
            {
              cells: [
                'STT',
                'Tên chỉ tiêu',
                'Đơn vị tính',
                'Chỉ tiêu năm 2026',
                'Mục tiêu đến năm 2030',
                'Phương pháp tính',
                'Đo lường, đánh giá',
                'Cơ quan, đơn vị chủ trì',
                'Thời hạn hoàn thành',
                'Nguồn lực thực hiện',
              ],
              isHeader: true,
            },
            ...plan.indicators.map((r, i) => ({
              cells: [String(i + 1), r.name, r.unit, r.target2026, r.target2030, r.method, r.measurement, r.lead, r.deadline, r.resources],
            })),
          ];
    return [tableOf(rows)];
  };

  const taskTable = (): Block[] => {
    const cont: CellInput = { text: '', vMerge: 'continue' };
    const data = (r: TaskRow, i: number) => [String(i + 1), r.name, r.expectedResult, r.effectiveness, r.deadline, r.unit];
    if (st.taskHeader === 'merged')
      return [
        tableOf([
          {
            cells: [
              ...['TT', 'Tên nhiệm vụ', 'Kết quả dự kiến', 'Hiệu quả', 'Thời gian thực hiện', 'Đơn vị chủ trì'].map(vm),
              { text: 'Kinh phí', gridSpan: 2 },
            ],
            isHeader: true,
          },
          { cells: [cont, cont, cont, cont, cont, cont, 'Dự kiến (triệu đồng)', 'Nguồn kinh phí'], isHeader: true },
          ...plan.tasks.map((r, i) => ({ cells: [...data(r, i), r.amount, r.fundingSource] })),
        ]),
      ];
    if (st.taskHeader === 'caption')
      return [
        body('Đơn vị tính: triệu đồng'),
        tableOf([
          {
            cells: ['STT', 'Tên nhiệm vụ, dự án', 'Kết quả dự kiến', 'Hiệu quả', 'Thời hạn', 'Đơn vị thực hiện', 'Nguồn kinh phí', 'Kinh phí'],
            isHeader: true,
          },
          ...plan.tasks.map((r, i) => ({ cells: [...data(r, i), r.fundingSource, r.amount] })),
        ]),
      ];
    return [
      tableOf([
        {
          cells: [
            'STT',
            'Tên nhiệm vụ, dự án',
            'Kết quả dự kiến',
            'Hiệu quả',
            'Thời hạn hoàn thành',
            'Đơn vị triển khai',
            'Nguồn kinh phí',
            'Kinh phí dự kiến (triệu đồng)',
          ],
          isHeader: true,
        },
        ...plan.tasks.map((r, i) => ({ cells: [...data(r, i), r.fundingSource, r.amount] })),
      ]),
    ];
  };

  const word = (r: RowInput, s: string) => (r.isHeader ? (st.headerWords?.[s] ?? s) : s);
  const tableOf = (rows: RowInput[]) =>
    table(
      id(),
      rows.map((r) => ({ ...r, cells: r.cells.map((c) => (typeof c === 'string' ? tx(word(r, c)) : { ...c, text: tx(word(r, c.text)) })) })),
    );

  const title = st.titleStyle ? para(id(), tx('KẾ HOẠCH'), { ...BOLD_CENTER, styleId: 'Title', styleName: 'Title' }) : para(id(), tx('KẾ HOẠCH'), BOLD_CENTER);
  const preamble: Block[] = [
    ...plan.header.map((h) => para(id(), tx(h), BOLD_CENTER)),
    para(id(), tx('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), BOLD_CENTER),
    para(id(), tx('Độc lập - Tự do - Hạnh phúc'), BOLD_CENTER),
    para(id(), tx(`Số: …/KH-${plan.kind === 'province' ? 'UBND' : 'BYT'}`), { props: ND30_CENTERED }),
    para(id(), tx(`${plan.city}, ngày … tháng 3 năm 2026`), { props: ND30_CENTERED }),
    title,
    para(id(), tx(`Chuyển đổi số năm 2026 của ${plan.place}`), BOLD_CENTER),
  ];
  const closing: Block[] = [
    body('Nơi nhận:'),
    body('- Bộ Khoa học và Công nghệ;'),
    body('- Lưu: VT.'),
    para(id(), tx(plan.kind === 'province' ? 'TM. ỦY BAN NHÂN DÂN' : 'KT. BỘ TRƯỞNG'), BOLD_CENTER),
    para(id(), tx(plan.kind === 'province' ? 'KT. CHỦ TỊCH' : 'THỨ TRƯỞNG'), BOLD_CENTER),
  ];
  const annex = (n: string, caption: string, blocks: Block[]): Block[] => [
    para(id(), tx(`PHỤ LỤC ${n}`), BOLD_CENTER),
    para(id(), tx(caption), BOLD_CENTER),
    para(id(), tx(`(Kèm theo Kế hoạch số …/KH-UBND ngày …/…/2026 của ${plan.place})`), { props: ND30_CENTERED }),
    ...blocks,
  ];
  const annexes = st.annexTables
    ? [...annex('I', 'CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026', indicatorTable()), ...annex('II', 'DANH MỤC NHIỆM VỤ, DỰ ÁN CHUYỂN ĐỔI SỐ NĂM 2026', taskTable())]
    : [];

  return {
    body: [...preamble, ...childrenOf(t, null).flatMap(sectionBlocks), ...closing, ...annexes],
    sections: [ND30_PAGE],
    defaults: { font: ND30_RUN.font!, sizePt: ND30_RUN.sizePt! },
  };
}

/** Header cells of the first row start a vertical merge (the second row continues them). */
function vm(text: string): CellInput {
  return { text, vMerge: 'restart' };
}
