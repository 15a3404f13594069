import { join } from 'node:path';
import { repoRoot } from '@cds/test-support';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers are enforced by ESLint (`npm run lint`, in CI): Nx's module-boundaries rule
 * reads each project's tag, and the domain and browser-bound libraries ban Node, server,
 * database, UI and Word imports. These cases pin the configuration, so that loosening it
 * by accident fails a test, not only a review.
 */
const eslint = new ESLint({ cwd: repoRoot });
const problems = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return result!.messages.map((m) => m.ruleId);
};

describe('layers of the monorepo', () => {
  it('keep the domain pure: no Node I/O, database or UI, no adapter', async () => {
    expect(await problems('libs/rules/src/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await problems('libs/plan/src/probe.ts', "import { pgTable } from 'drizzle-orm/pg-core';\nexport const a = pgTable;\n")).toContain(
      '@nx/enforce-module-boundaries',
    );
    expect(await problems('libs/plan/src/probe.ts', "import { readDocx } from '@cds/docx';\nexport const a = readDocx;\n")).toContain(
      '@nx/enforce-module-boundaries',
    );
    expect(await problems('libs/vn/src/probe.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toContain('no-restricted-imports');
  });

  it('keep the contract browser-safe and free of the server', async () => {
    expect(await problems('libs/api/src/probe.ts', "import Fastify from 'fastify';\nexport const a = Fastify;\n")).toContain('@nx/enforce-module-boundaries');
    expect(
      await problems(
        'libs/api/src/probe.ts',
        "import { analyze } from '@cds/rules';\nimport { readDocx } from '@cds/docx';\nexport const a = [analyze, readDocx];\n",
      ),
    ).toContain('@nx/enforce-module-boundaries');
  });

  it('let no library import an app, and no project reach into another by path', async () => {
    expect(await problems('libs/word-adapter/src/probe.ts', "import { build } from '@cds/server/testing';\nexport const a = build;\n")).toContain(
      '@nx/enforce-module-boundaries',
    );
    expect(
      await problems('apps/dashboard/src/probe.ts', "import { analyze } from '../../../libs/rules/src/analyze.js';\nexport const a = analyze;\n"),
    ).toContain('@nx/enforce-module-boundaries');
  });

  it('allow what the layers are for', async () => {
    expect(
      await problems(
        'libs/plan/src/probe.ts',
        "import * as z from 'zod';\nimport { AGENCY_KINDS } from '@cds/template/enums';\nexport const a = z.enum(AGENCY_KINDS);\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'libs/word-adapter/src/probe.ts',
        "import { readDocx } from '@cds/docx';\nimport { analyze } from '@cds/rules';\nexport const a = [readDocx, analyze];\n",
      ),
    ).toEqual([]);
  });
});
