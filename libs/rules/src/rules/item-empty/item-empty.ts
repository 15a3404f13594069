import { fold } from '../../context/fold.js';
import { isBlankish, isGuidance, stripItemLabel } from '../../context/content.js';
import { indexOf, type RuleIndex } from '../../context/index.js';
import type { MessageKey } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/**
 * Each item's emptiness, memoised per extracted items object (the incremental analyzer
 * keeps the plan sections it did not extract again) and part.
 */
const memo = new WeakMap<object, { guidance: RuleIndex['guidance']; byPart: Map<string, MessageKey | null> }>();

/**
 * An a)/b) item must hold real content: not empty, not a "[...]" placeholder,
 * not MST's guidance left verbatim, not just its label.
 */
export const itemEmpty: Rule = {
  id: 'item-empty',
  severity: 'error',
  description: 'Nội dung a), b) của mỗi lĩnh vực không được để trống, để chỗ trống "[...]" hay chỉ chép văn bản hướng dẫn.',
  run(ctx, report) {
    const ix = indexOf(ctx);
    for (const s of ctx.template.sections) {
      if (!s.hasResultItems) continue;
      const items = ix.planSection.get(s.id)?.items;
      if (!items) continue;
      for (const spec of ctx.template.resultItems) {
        const text = items[spec.part];
        if (text === null) continue;
        let hit = memo.get(items);
        if (!hit || hit.guidance !== ix.guidance) memo.set(items, (hit = { guidance: ix.guidance, byPart: new Map() }));
        let found = hit.byPart.get(spec.part);
        if (found === undefined) hit.byPart.set(spec.part, (found = emptiness(stripItemLabel(text, spec.title), text, (f) => isGuidance(ix, f))));
        if (!found) continue;
        report({
          section: s.id,
          blockId: items.blocks?.[spec.part]?.blockId ?? ix.present.get(s.id)?.[0]?.headingBlockId ?? null,
          part: spec.part,
          messageId: found,
          data: { label: spec.label, title: spec.title },
        });
      }
    }
  },
};

/** Why an item's content is not content, or null when it is. */
export function emptiness(content: string, raw: string, guidance: (folded: string) => boolean): MessageKey | null {
  const lines = content
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => fold(l) !== '' || /\[|…|\.\.\./.test(l));
  if (lines.length === 0) return raw.trim() && fold(raw) !== '' ? 'itemEmptyLabel' : 'itemEmptyBlank';
  if (lines.every((l) => isBlankish(l))) return 'itemEmptyPlaceholder';
  if (lines.every((l) => guidance(fold(l)) || isBlankish(l))) return 'itemEmptyGuidance';
  return null;
}
