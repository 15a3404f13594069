import { hasDecomposedText } from '@cds/vn';
import { indexOf } from '../../context/index.js';
import { paragraphMemo } from '../../context/memo.js';
import type { Rule } from '../../rule.js';

/** Whether each paragraph holds decomposed text (see `paragraphMemo`). */
const memo = paragraphMemo<boolean>();

/**
 * Decomposed (NFD) Vietnamese is readable, and every rule reads it, but TCVN 6909
 * documents are expected in composed form; an `info` note, once for the document.
 */
export const formatUnicode: Rule = {
  id: 'format-unicode',
  severity: 'info',
  description: 'Văn bản Unicode nên ở dạng dựng sẵn (NFC).',
  run(ctx, report) {
    let count = 0;
    let first: { id: string; section: string | null } | null = null;
    for (const p of indexOf(ctx).paragraphs)
      if (memo(p, null, () => hasDecomposedText(p.raw))) {
        count++;
        first ??= { id: p.id, section: p.section };
      }
    if (first) report({ section: first.section, blockId: first.id, messageId: 'formatUnicodeNfd', data: { count } });
  },
};
