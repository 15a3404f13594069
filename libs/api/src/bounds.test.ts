import { describe, expect, it } from 'vitest';
import { cleanStoredJson, cleanStoredText, IdParams, IdempotencyKey, SafeText, textProblem } from './bounds.js';
import { ClientPlanSchema } from './client-plan.js';

describe('the text rule: what a text/json column and every reader can hold', () => {
  it('finds NUL and lone surrogates, and nothing in well-formed text (pairs included)', () => {
    expect(textProblem('Kế hoạch chuyển đổi số 😀')).toBeNull();
    expect(textProblem('a\u0000b')).toBe('nul');
    for (const s of ['\uD800', 'x\uDBFFy', '\uDC00', '\uDC00\uD800', 'end\uD83D']) expect(textProblem(s), JSON.stringify(s)).toBe('surrogate');
  });

  it('refuses at the edge (what the client sent is never repaired silently)', () => {
    expect(SafeText.safeParse('a\u0000').error?.issues[0]?.message).toBe('INVALID_TEXT');
    const plan = {
      templateVersion: 'mst-2026',
      agency: { name: 'x\uD800', kind: null },
      sections: [],
      indicators: [],
      tasks: [],
      projects2025: [],
      ignores: [],
    };
    expect(ClientPlanSchema.safeParse(plan).error?.issues).toEqual([expect.objectContaining({ path: ['agency', 'name'], message: 'INVALID_TEXT' })]);
  });

  it('repairs only what the server derives itself: NUL dropped, a lone surrogate as U+FFFD, keys too', () => {
    expect(cleanStoredText('a\u0000b\uD800c😀')).toBe('ab\uFFFDc😀');
    expect(cleanStoredJson({ 'k\u0000': ['\uDC00', 1, null, { x: 'ok' }] })).toEqual({ k: ['\uFFFD', 1, null, { x: 'ok' }] });
  });

  it('bounds ids to int4 and keys to printable ASCII', () => {
    expect(IdParams.safeParse({ id: '2147483647' }).success).toBe(true);
    expect(IdParams.safeParse({ id: '2147483648' }).success).toBe(false);
    expect(IdParams.safeParse({ id: '0' }).success).toBe(false);
    expect(IdempotencyKey.safeParse('khoa-hop-le-123').success).toBe(true);
    for (const k of ['co dau cach', 'khoá-có-dấu', 'nul\u0000key-123', 'short']) expect(IdempotencyKey.safeParse(k).success, k).toBe(false);
  });
});
