import { browserBundle } from '@cds/test-support';
import { describe, expect, it } from 'vitest';

describe('the reader in a browser bundle', () => {
  it('does not carry fast-xml-parser unless it is asked for', async () => {
    const plain = (await browserBundle(`export { readDocx } from '@cds/docx';`)).inputs;
    expect(plain.some((m) => m.endsWith('read/scan.ts'))).toBe(true);
    expect(plain.filter((m) => m.includes('fast-xml-parser'))).toEqual([]);
    const asked = (await browserBundle(`export { readDocx } from '@cds/docx'; export { fastXmlParser } from '@cds/docx/fast-xml-parser';`)).inputs;
    expect(asked.some((m) => m.includes('node_modules/fast-xml-parser'))).toBe(true);
  });
});
