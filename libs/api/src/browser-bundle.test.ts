import { describe, expect, it } from 'vitest';
import { browserBundle, SERVER_ONLY } from '@cds/test-support';

/**
 * The contract and its client go into the add-in and the dashboard. Budget: 40 KB
 * gzipped (zod's tree-shaken core is about 25 KB of it), so that the task pane keeps
 * room within its 350 KB for React, Fluent and the core.
 */
const BUDGET_GZIPPED = 40 * 1024;

describe('@cds/api in a browser bundle', () => {
  it('holds no server or database code, none of the rules, and fits its budget', async () => {
    const bundle = await browserBundle(`import { createApiClient, routes } from '@cds/api'; console.log(createApiClient, routes);`);
    expect(bundle.inputs.filter((p) => SERVER_ONLY.test(p))).toEqual([]);
    // Only the schema modules of the core: no registry, no rule, no recognizer, no template data.
    expect(bundle.inputs.filter((p) => /libs\/(rules\/src\/(rules|registry|analyze)|plan\/src\/(recognize|extract)|template\/src\/mst-2026)/.test(p))).toEqual(
      [],
    );
    expect(bundle.gzipped).toBeLessThan(BUDGET_GZIPPED);
  });
});
