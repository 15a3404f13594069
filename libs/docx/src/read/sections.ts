import type { Alignment, Block, PageSetup } from '@cds/model';
import { paragraphs, displayText } from '@cds/model';
import { readBlocks } from './blocks.js';
import type { FieldSeen, ReadContext } from './context.js';
import type { Package } from './package.js';
import { attr, child, kids, onOff, tag, type XNode } from './xml.js';

const MM_PER_TWIP = 25.4 / 1440;

/** A header/footer story, read once: its paragraph texts and its PAGE field, if any. */
interface Story {
  texts: string[];
  page?: { alignment?: Alignment };
}

type Refs = Record<'header' | 'footer', Partial<Record<'default' | 'first' | 'even', string>>>;

/**
 * Turns the collected `w:sectPr`s into page setups. Header/footer references a
 * section lacks are inherited from the previous section, as Word does.
 */
export function readSections(
  pkg: Package,
  sectPrs: { node: XNode; topIndex: number }[],
  storyCtx: () => ReadContext,
  /** Reads a header or footer part's blocks; the tree reader's when absent. */
  readStoryBlocks: (path: string, ctx: ReadContext) => Block[] = (path, ctx) => treeStory(pkg, path, ctx),
): { sections: PageSetup[]; headerText?: string[] } {
  const rels = pkg.rels(pkg.mainPart);
  const stories = new Map<string, Story>();
  const story = (path: string): Story => {
    let s = stories.get(path);
    if (!s) stories.set(path, (s = readStory(path, storyCtx(), readStoryBlocks)));
    return s;
  };
  let refs: Refs = { header: {}, footer: {} };
  let headerText: string[] | undefined;
  const sections = sectPrs.map(({ node, topIndex }, i) => {
    refs = { header: { ...refs.header }, footer: { ...refs.footer } };
    for (const c of kids(node)) {
      const t = tag(c);
      if (t !== 'w:headerReference' && t !== 'w:footerReference') continue;
      const target = rels.get(attr(c, 'r:id') ?? '')?.target;
      const type = (attr(c, 'w:type') ?? 'default') as 'default' | 'first' | 'even';
      if (target && pkg.zip.has(target)) refs[t === 'w:headerReference' ? 'header' : 'footer'][type] = target;
    }
    const setup = pageSetup(node, topIndex);
    const where = (['header', 'footer'] as const).find((k) => refs[k].default && story(refs[k].default!).page);
    if (where) {
      const first = refs[where].first;
      const onFirstPage = !setup.differentFirstPage || (!!first && !!story(first).page);
      setup.pageNumber = { in: where, onFirstPage, ...story(refs[where].default!).page };
    } else if (setup.differentFirstPage && refs.header.first && story(refs.header.first).page)
      setup.pageNumber = { in: 'header', onFirstPage: true, ...story(refs.header.first).page };
    if (i === 0 && refs.header.default) headerText = story(refs.header.default).texts;
    return setup;
  });
  return { sections, headerText };
}

function treeStory(pkg: Package, path: string, ctx: ReadContext): Block[] {
  const r = pkg.rootOf(path);
  return r ? readBlocks(kids(r), 'h.', ctx) : [];
}

function readStory(path: string, ctx: ReadContext, read: (path: string, ctx: ReadContext) => Block[]): Story {
  const blocks = read(path, ctx);
  const texts = [...paragraphs(blocks)].map((p) => displayText(p.paragraph)).filter((t) => t.trim() !== '');
  const page = ctx.fieldsSeen.find(isPageField);
  return { texts, page: page ? { alignment: page.paragraph?.props?.alignment ?? 'left' } : undefined };
}

function isPageField(f: FieldSeen): boolean {
  return /^\s*PAGE(\s|$|\\)/i.test(f.instr);
}

function pageSetup(s: XNode, topIndex: number): PageSetup {
  const sz = child(s, 'w:pgSz');
  const mar = child(s, 'w:pgMar');
  const mm = (n: XNode | undefined, a: string, dflt: number): number => {
    const v = attr(n, a);
    return Math.round((v !== undefined && !Number.isNaN(Number(v)) ? Number(v) : dflt) * MM_PER_TWIP * 10) / 10;
  };
  const widthMm = mm(sz, 'w:w', 11906);
  const heightMm = mm(sz, 'w:h', 16838);
  const orient = attr(sz, 'w:orient');
  const setup: PageSetup = {
    widthMm,
    heightMm,
    orientation: orient === 'landscape' || (orient === undefined && widthMm > heightMm) ? 'landscape' : 'portrait',
    margins: {
      topMm: Math.abs(mm(mar, 'w:top', 1440)),
      bottomMm: Math.abs(mm(mar, 'w:bottom', 1440)),
      leftMm: mm(mar, 'w:left', 1800),
      rightMm: mm(mar, 'w:right', 1800),
      headerMm: mm(mar, 'w:header', 720),
      footerMm: mm(mar, 'w:footer', 720),
    },
    endsAfterBlock: topIndex,
  };
  if (onOff(child(s, 'w:titlePg'))) setup.differentFirstPage = true;
  return setup;
}
