import { createWordHost, type HostPreset } from '@cds/word-host';
import { afterEach, describe, expect, it } from 'vitest';
import {
  documentIdentityStore,
  IDENTITY_NAMESPACE,
  OfficeCallError,
  parseIdentityXml,
  readDocumentFile,
  serializeIdentityXml,
  type PlanIdentity,
} from './index.js';

const identity: PlanIdentity = { planId: 12, roundId: 3, agencyId: 5, agencyCode: '01', agencyName: 'Thành phố "Hà Nội" & <UBND>', lastSyncedRevision: 7 };
const installed: (() => void)[] = [];
afterEach(() => {
  while (installed.length) installed.pop()!();
});

function open(preset: HostPreset, bytes?: Uint8Array, quirks = {}) {
  const host = createWordHost({ preset, quirks, ...(bytes ? { bytes } : {}) });
  installed.push(host.install());
  return host;
}

describe('the plan identity XML', () => {
  it('round-trips every field, escaping included', () => {
    expect(parseIdentityXml(serializeIdentityXml(identity))).toEqual(identity);
  });
  it('reads a part Word rewrote (declaration, single quotes) and refuses foreign or invalid parts', () => {
    const rewritten = `<?xml version="1.0" standalone="no"?>\n<planIdentity xmlns='${IDENTITY_NAMESPACE}' version='1' planId='1' roundId='2' agencyId='3' agencyCode='BO-YT' agencyName='Bộ Y tế' lastSyncedRevision='0'/>`;
    expect(parseIdentityXml(rewritten)).toMatchObject({ planId: 1, agencyCode: 'BO-YT', lastSyncedRevision: 0 });
    expect(parseIdentityXml('<planIdentity xmlns="urn:other" planId="1"/>')).toBeNull();
    expect(parseIdentityXml(serializeIdentityXml(identity).replace('planId="12"', 'planId="x"'))).toBeNull();
  });
});

for (const preset of ['web', 'ltsc2024', 'office2019'] as const) {
  describe(`on the ${preset} preset`, () => {
    it('keeps the identity in a custom XML part that is in the file at once (no save), not in settings', async () => {
      const host = open(preset);
      const store = documentIdentityStore();
      expect(await store.read()).toBeNull();
      await store.write(identity);
      await store.write({ ...identity, lastSyncedRevision: 8 });
      expect(await store.read()).toEqual({ ...identity, lastSyncedRevision: 8 });
      const saved = host.fileModel(); // what getFileAsync writes
      expect(Object.values(saved.customParts ?? {}).filter((x) => x.includes(IDENTITY_NAMESPACE))).toHaveLength(1);
      expect(saved.settings ?? {}).toEqual({});
      // A copy of the file, opened elsewhere, carries it.
      open(preset, host.save());
      expect(await documentIdentityStore().read()).toEqual({ ...identity, lastSyncedRevision: 8 });
    });

    it('reads the .docx in slices, equal to what Word saves, and closes every file', async () => {
      const host = open(preset);
      await documentIdentityStore().write(identity);
      // Word keeps at most two files open: a third read would fail if one leaked.
      for (let i = 0; i < 3; i++) expect(await readDocumentFile()).toEqual(host.save());
    });

    it("reports getFileAsync failing with Office's code, and leaves nothing open", async () => {
      open(preset, undefined, { getFileAsyncFails: true });
      const error = await readDocumentFile().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfficeCallError);
      expect((error as OfficeCallError).code).toBe(5001);
    });
  });
}

it('outside Office reads no identity and refuses to read a file', async () => {
  expect(await documentIdentityStore().read()).toBeNull();
  await expect(readDocumentFile()).rejects.toBeInstanceOf(OfficeCallError);
});
