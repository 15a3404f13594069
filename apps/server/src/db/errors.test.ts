import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { agencies, users } from './schema/index.js';
import { build, type TestApp } from '../test/helper.js';
import { databaseRefusal, isUniqueViolation } from './errors.js';

/**
 * The losers of two admins racing for one e-mail or agency code pass the "taken?"
 * check and then hit the constraint; the routes answer 409 only if this recognises
 * the engine's real error. Checked here against the engine, not a hand-made error.
 */
describe('isUniqueViolation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());

  const failure = (write: () => Promise<unknown>) =>
    write().then(
      () => {
        throw new Error('the write should have failed');
      },
      (e: unknown) => e,
    );

  it('recognises a duplicate e-mail by the users_email_unique constraint, and nothing else', async () => {
    const row = { email: 'trung@test.vn', name: 'Trùng', role: 'mst_reviewer' as const, passwordHash: 'x' };
    await t.app.db.insert(users).values(row);
    const e = await failure(() => t.app.db.insert(users).values(row));
    expect(isUniqueViolation(e, 'users_email_unique')).toBe(true);
    expect(isUniqueViolation(e, 'agencies_code_unique')).toBe(false);
  });

  it('recognises a duplicate agency code, inside a transaction too', async () => {
    const row = { code: 'TRUNG', name: 'Trùng mã', kind: 'central' as const };
    await t.app.db.insert(agencies).values(row);
    const e = await failure(() => t.app.db.transaction((tx) => tx.insert(agencies).values(row)));
    expect(isUniqueViolation(e, 'agencies_code_unique')).toBe(true);
  });

  it('is false for other errors', async () => {
    const e = await failure(() => t.app.db.insert(users).values({ email: 'khong-co-vai-tro@test.vn', name: 'X', role: 'nobody' as never, passwordHash: 'x' }));
    expect(isUniqueViolation(e, 'users_email_unique')).toBe(false);
    expect(isUniqueViolation(new Error('x'), 'users_email_unique')).toBe(false);
    expect(isUniqueViolation(undefined, 'users_email_unique')).toBe(false);
  });
});

/**
 * Values the edge's schemas refuse, written straight to the engine: the one mapping
 * of database errors answers them as clean 4xx codes, on PGlite and PostgreSQL alike.
 */
describe('databaseRefusal, on the engine’s real errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await build();
  });
  afterAll(() => t.close());
  const failure = (write: () => Promise<unknown>) =>
    write().then(
      () => {
        throw new Error('the statement should have failed');
      },
      (e: unknown) => e,
    );

  it('an int4 overflow is VALUE_OUT_OF_RANGE (400)', async () => {
    const e = await failure(() => t.app.db.execute(sql`select ${'2147483648'}::int`));
    expect(databaseRefusal(e)).toEqual({ statusCode: 400, code: 'VALUE_OUT_OF_RANGE' });
  });

  it('a NUL in text or json, a lone surrogate in json are INVALID_TEXT (400)', async () => {
    for (const statement of [sql`select ${'a\u0000b'}::text`, sql`select ${'{"a":"\\u0000"}'}::jsonb`, sql`select ${'"\\ud800"'}::jsonb`]) {
      const e = await failure(() => t.app.db.execute(statement));
      expect(databaseRefusal(e)).toEqual({ statusCode: 400, code: 'INVALID_TEXT' });
    }
  });

  it('a unique violation is CONFLICT (409); a real fault is no refusal', async () => {
    const row = { code: 'TRUNG-2', name: 'Trùng mã', kind: 'central' as const };
    await t.app.db.insert(agencies).values(row);
    expect(databaseRefusal(await failure(() => t.app.db.insert(agencies).values(row)))).toEqual({ statusCode: 409, code: 'CONFLICT' });
    expect(databaseRefusal(await failure(() => t.app.db.execute(sql`select * from no_such_table`)))).toBeUndefined();
    expect(databaseRefusal(new Error('x'))).toBeUndefined();
  });
});
