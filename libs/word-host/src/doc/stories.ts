import type { Alignment, DocumentModel, PageSetup, Paragraph } from '@cds/model';
import { inlineTextOf, type Story } from './tree.js';

export type StoryKind = 'header' | 'footer';
/** Word.HeaderFooterType. */
export type StoryType = 'Primary' | 'FirstPage' | 'EvenPages';

/** A section's headers and footers, as far as the API has opened them. */
export type SectionStories = Partial<Record<`${StoryKind}:${StoryType}`, Story>>;

/** The text Word shows for a PAGE field in a header (the page number). */
export const PAGE_FIELD_TEXT = '1';

/**
 * Headers and footers of the open document. The model keeps only what the rules read
 * (the first section's header lines, where a PAGE field sits and how it is aligned,
 * whether the first page differs), so a story is built from that when the API first
 * opens it, and written back into those fields on save.
 */
export class StoryStore {
  readonly bySection = new Map<PageSetup, SectionStories>();
  /** Paragraphs that hold a PAGE field (inserted by insertField or read from the model). */
  readonly pageFields = new WeakSet<Paragraph>();
  private n = 0;

  constructor(private readonly nextId: () => string) {}

  all(): Story[] {
    return [...this.bySection.values()].flatMap((s) => Object.values(s) as Story[]);
  }

  clear(): void {
    this.bySection.clear();
  }

  private para(text: string, alignment: Alignment | undefined, pageField = false): Paragraph {
    const p: Paragraph = { kind: 'paragraph', id: this.nextId(), inlines: text ? [{ kind: 'run', text }] : [] };
    if (alignment) p.props = { alignment };
    if (pageField) this.pageFields.add(p);
    return p;
  }

  /** The story, built from the model the first time it is asked for. */
  get(doc: DocumentModel, section: PageSetup, kind: StoryKind, type: StoryType): Story {
    const stories = this.bySection.get(section) ?? {};
    this.bySection.set(section, stories);
    const key = `${kind}:${type}` as const;
    const have = stories[key];
    if (have) return have;
    const blocks: Paragraph[] = [];
    const first = type === 'FirstPage';
    const shown = type === 'Primary' || (first && section.differentFirstPage);
    if (kind === 'header' && shown) for (const line of doc.headerText ?? []) blocks.push(this.para(line, 'center'));
    const page = section.pageNumber;
    if (page?.in === kind && (type === 'Primary' || (first && section.differentFirstPage && page.onFirstPage)))
      blocks.push(this.para(PAGE_FIELD_TEXT, page.alignment ?? 'center', true));
    if (!blocks.length) blocks.push(this.para('', undefined));
    const story: Story = { id: `story${++this.n}`, blocks, story: kind === 'header' ? 'Header' : 'Footer' };
    stories[key] = story;
    return story;
  }

  /**
   * Writes the opened stories back into the model's fields: header lines (first
   * section's primary header), the PAGE field's place and alignment, and whether the
   * first page differs (it does once its own header or footer was opened and written).
   */
  toModel(doc: DocumentModel, sections: readonly PageSetup[]): void {
    sections.forEach((s, i) => {
      const stories = this.bySection.get(s);
      if (!stories) return;
      const paras = (st: Story | undefined): Paragraph[] => (st?.blocks ?? []).filter((b): b is Paragraph => b.kind === 'paragraph');
      const field = (st: Story | undefined) => paras(st).find((p) => this.pageFields.has(p));
      if (stories['header:FirstPage'] || stories['footer:FirstPage']) s.differentFirstPage = true;
      let page: PageSetup['pageNumber'];
      for (const kind of ['header', 'footer'] as const) {
        const f = field(stories[`${kind}:Primary`]);
        if (!f || page) continue;
        const firstStory = stories[`${kind}:FirstPage`];
        page = { in: kind, alignment: f.props?.alignment ?? 'left', onFirstPage: s.differentFirstPage ? !!field(firstStory) : true };
      }
      if (stories['header:Primary'] || stories['footer:Primary']) {
        if (page) s.pageNumber = page;
        else delete s.pageNumber;
      }
      if (i === 0 && stories['header:Primary']) {
        const lines = paras(stories['header:Primary'])
          .filter((p) => !this.pageFields.has(p))
          .map((p) => inlineTextOf(p.inlines))
          .filter((t) => t.length > 0);
        if (lines.length) doc.headerText = lines;
        else delete doc.headerText;
      }
    });
  }
}
