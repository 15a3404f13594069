import { browserBundle, SERVER_ONLY } from '@cds/test-support';
import { describe, expect, it } from 'vitest';

/**
 * What the task pane carries besides React and Fluent: the core's `analyze()`, the
 * .docx reader and the API contract with its client. Budget: 110 KB gzipped
 * (measured 82 KB when set), so that React 19 (~60 KB) and a dozen Fluent v9
 * components (~90 KB) and the pane's own code fit in the pane's 350 KB.
 */
const CORE_BUDGET_GZIPPED = 110 * 1024;

describe('the core in the task pane', () => {
  it('bundles for the browser within its budget, with no server code and no second XML parser', async () => {
    const bundle = await browserBundle(`
      import { analyze } from '@cds/rules';
      import { readDocx } from '@cds/docx';
      import { createApiClient } from '@cds/api';
      console.log(analyze, readDocx, createApiClient);`);
    expect(bundle.inputs.filter((p) => SERVER_ONLY.test(p))).toEqual([]);
    // The reader's own scanner is the parser; fast-xml-parser is only for a differential test.
    expect(bundle.inputs.filter((p) => p.includes('fast-xml-parser'))).toEqual([]);
    // zod in its tree-shakable form: no locale other than the one in use.
    expect(bundle.inputs.filter((p) => /zod\/.*locales\/(?!vi|en)/.test(p))).toEqual([]);
    expect(bundle.gzipped).toBeLessThan(CORE_BUDGET_GZIPPED);
  });
});
