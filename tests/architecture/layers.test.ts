import { join } from 'node:path';
import { repoRoot } from '@cds/test-support';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers are enforced by ESLint (`npm run lint`, in CI): Nx's module-boundaries rule
 * reads each project's tag, and the domain and browser-bound libraries ban Node, server,
 * database, UI and Word imports. These cases pin the import bans, so that loosening them
 * by accident fails a test, not only a review. (Nx's rule needs the project graph, which
 * a fresh checkout does not have cached inside the test runner; `npm run lint` runs it.)
 */
const eslint = new ESLint({ cwd: repoRoot });
const problems = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return result!.messages.map((m) => m.ruleId);
};

describe('layers of the monorepo', () => {
  it('keep the domain pure: no Node I/O, database, UI or Word', async () => {
    expect(await problems('libs/rules/src/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await problems('libs/plan/src/probe.ts', "import { pgTable } from 'drizzle-orm/pg-core';\nexport const a = pgTable;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await problems('libs/vn/src/probe.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toContain('no-restricted-imports');
  });

  it('keep the contract and the adapters free of Node and the server', async () => {
    expect(await problems('libs/api/src/probe.ts', "import Fastify from 'fastify';\nexport const a = Fastify;\n")).toContain('no-restricted-imports');
    expect(await problems('libs/docx/src/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('allow what the layers are for', async () => {
    expect(
      await problems(
        'libs/plan/src/probe.ts',
        "import * as z from 'zod';\nimport { AGENCY_KINDS } from '@cds/template/enums';\nexport const a = z.enum(AGENCY_KINDS);\n",
      ),
    ).toEqual([]);
    expect(await problems('libs/docx/src/testing/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toEqual([]);
  });
});
