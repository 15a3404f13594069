import { findPlaceholder, isBlankish } from '../../context/content.js';
import { indexOf } from '../../context/index.js';
import { paragraphMemo } from '../../context/memo.js';
import { excerpt } from '../../messages.vi.js';
import type { Rule } from '../../rule.js';

/** Each paragraph's first placeholder (see `paragraphMemo`). */
const memo = paragraphMemo<string | null>();

/**
 * Placeholders from the template ("[...]", "[các Nghị quyết; …]", "…/…") must be
 * filled in. An a)/b) item or a table cell that holds nothing but a placeholder
 * is left to item-empty and the indicator/task field rules (it is an empty field). The
 * document number and date outside the sections ("Số: …/KH-UBND", "ngày …/…/2026")
 * are filled when the plan is signed, so they are not reported.
 */
export const placeholderLeft: Rule = {
  id: 'placeholder-left',
  severity: 'error',
  description: 'Không để lại chỗ trống "[...]" của khung kế hoạch.',
  run(ctx, report) {
    const ix = indexOf(ctx);
    for (const p of ix.paragraphs) {
      // Outside the sections (the title block, the signature, annex captions) "Số: …/KH-UBND" waits for signing.
      if (p.isHeading || p.section === null) continue;
      const placeholder = memo(p, null, () => findPlaceholder(p.text));
      if (!placeholder) continue;
      if ((p.item !== null || p.tableId !== null) && isBlankish(p.text)) continue;
      // "Kết quả đạt được: [...]" on the label line: the item holds nothing else, item-empty reports it.
      const itemText = p.item && p.section ? ix.planSection.get(p.section)?.items?.[p.item] : null;
      if (itemText != null && isBlankish(itemText)) continue;
      report({
        section: p.section,
        blockId: p.id,
        ...(p.item ? { part: p.item } : {}),
        messageId: 'placeholderLeft',
        data: { placeholder, excerpt: excerpt(p.text) },
      });
    }
  },
};
