import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { IdParams, IdempotencyKey } from '@cds/api';
import { vietnameseErrors } from './validation.vi.js';

z.config({ customError: vietnameseErrors });

/** English words and symbols zod's own `vi` locale leaves in its messages. */
const ENGLISH = /\b(expected|received|number|string|array|object|boolean|NaN|Invalid|input|option)\b|>=|<=/;

describe('validation messages', () => {
  const messagesOf = (schema: z.ZodType, value: unknown) => (schema.safeParse(value).error?.issues ?? []).map((i) => i.message);

  it('are Vietnamese for every kind of issue, with no English type names or symbols', () => {
    const cases: [z.ZodType, unknown][] = [
      [z.number(), 'abc'],
      [IdParams, { id: 'abc' }],
      [IdParams, { id: '2147483648' }],
      [IdParams, { id: '0' }],
      [z.string().min(3), 'x'],
      [z.string().max(2), 'xyz'],
      [z.array(z.number()).max(1), [1, 2]],
      [z.number().int(), 1.5],
      [z.enum(['a', 'b']), 'c'],
      [z.email(), 'x'],
      [z.iso.datetime({ offset: true }), '2026'],
      [z.strictObject({ a: z.number() }), { a: 1, b: 2 }],
      [z.object({ a: z.string() }), {}],
      [z.union([z.number(), z.boolean()]), 'x'],
      [z.boolean(), 'yes'],
      [z.string().regex(/^a$/), 'b'],
    ];
    for (const [schema, value] of cases) {
      const messages = messagesOf(schema, value);
      expect(messages.length, JSON.stringify(value)).toBeGreaterThan(0);
      for (const m of messages) expect(m, JSON.stringify(value)).not.toMatch(ENGLISH);
    }
  });

  it('say the bounds and the missing field plainly', () => {
    expect(messagesOf(IdParams, { id: '2147483648' })).toEqual(['phải không quá 2.147.483.647']);
    expect(messagesOf(IdParams, { id: 'abc' })).toEqual(['phải là một số']);
    expect(messagesOf(z.object({ a: z.string() }), {})).toEqual(['thiếu trường bắt buộc']);
    expect(messagesOf(z.string().min(8), 'x')).toEqual(['cần ít nhất 8 ký tự']);
  });

  it('keep a refinement’s error code, said by the error handler in Vietnamese', () => {
    expect(messagesOf(IdempotencyKey, 'abc\u0000defgh')).toEqual(['INVALID_IDEMPOTENCY_KEY']);
  });
});
