import type { Task } from '@cds/plan';
import { isBlankish, isGuidance } from './content.js';
import type { ParagraphInfo, RuleIndex } from './index.js';

/** What a section says of its own: paragraphs that are not headings, guidance or placeholders, and its task rows. */
export interface OwnContent {
  paragraphs: ParagraphInfo[];
  tasks: Task[];
  /** Folded text of both, joined, for keyword checks. */
  folded: string;
  /** The same in lower case with its diacritics (NFC), where folding would merge words ("xã"/"xa"). */
  lower: string;
  /** Guidance or placeholder paragraphs were left (their rules report them). */
  leftovers: boolean;
}

const ownMemo = new WeakMap<readonly ParagraphInfo[], { tasks: readonly Task[]; guidance: RuleIndex['guidance']; own: OwnContent }>();

/**
 * Memoised per section list, task list and guidance map: the incremental analyzer's
 * index keeps a section's list (the same object) while none of its paragraphs changed.
 * Callers must not modify the result.
 */
export function ownContent(ix: RuleIndex, section: string, tasks: readonly Task[]): OwnContent {
  const list = ix.allBySection.get(section);
  if (!list) return computeOwn(ix, section, tasks);
  const hit = ownMemo.get(list);
  if (hit && hit.tasks === tasks && hit.guidance === ix.guidance) return hit.own;
  const own = computeOwn(ix, section, tasks);
  ownMemo.set(list, { tasks, guidance: ix.guidance, own });
  return own;
}

function computeOwn(ix: RuleIndex, section: string, tasks: readonly Task[]): OwnContent {
  const paragraphs: ParagraphInfo[] = [];
  let leftovers = false;
  for (const p of ix.allBySection.get(section) ?? []) {
    if (p.isHeading || p.isItemLabel) continue;
    if (isGuidance(ix, p.folded) || isBlankish(p.text)) {
      if (p.text.trim()) leftovers = true;
      continue;
    }
    paragraphs.push(p);
  }
  const own = tasks.filter((t) => t.section === section);
  const folded = [
    ...paragraphs.map((p) => p.folded),
    ...own.map((t) => `${t.name} ${t.expectedResult} ${t.implementingUnit} ${t.deadline}`.toLowerCase()),
  ].join(' \n ');
  const lower = [...paragraphs.map((p) => p.text), ...own.map((t) => `${t.name} ${t.expectedResult} ${t.implementingUnit}`.normalize('NFC'))]
    .join(' \n ')
    .toLowerCase();
  return { paragraphs, tasks: own, folded, lower, leftovers };
}
