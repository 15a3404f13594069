/// <reference types="office-js" />
/**
 * The common Office API the add-in uses:
 * - Document.getFileAsync / File / Slice: https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)
 *   (slices of at most 4 MB; "No more than two documents are allowed to be in memory").
 * - Settings: https://learn.microsoft.com/javascript/api/office/office.settings (saved with saveAsync).
 * - CustomXmlParts: https://learn.microsoft.com/javascript/api/office/office.customxmlparts
 */
import type { DocumentModel } from '@cds/model';
import { describe, expect, it } from 'vitest';
import { createWordHostCore, type DocxCodec } from '../host.js';
import { sampleDocument } from '../testing/fixtures.js';

/** A stand-in codec (JSON) so slicing can be checked byte for byte; the .docx codec is covered by the round-trip test. */
const jsonCodec: DocxCodec = {
  write: (doc) => new TextEncoder().encode(JSON.stringify(doc)),
  read: (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as DocumentModel,
};

type Host = ReturnType<typeof createWordHostCore>;
const getFile = (host: Host, sliceSize?: number) =>
  new Promise<Office.AsyncResult<Office.File>>((resolve) =>
    host.Office.context.document.getFileAsync(host.Office.FileType.Compressed, sliceSize ? { sliceSize } : {}, resolve),
  );
const getSlice = (file: Office.File, i: number) => new Promise<Office.AsyncResult<Office.Slice>>((resolve) => file.getSliceAsync(i, resolve));
const close = (file: Office.File) => new Promise<void>((resolve) => file.closeAsync(() => resolve()));

async function readAll(host: Host, sliceSize: number): Promise<{ bytes: Uint8Array; sliceCount: number }> {
  const r = await getFile(host, sliceSize);
  expect(r.status).toBe('succeeded');
  const file = r.value;
  const parts: number[] = [];
  for (let i = 0; i < file.sliceCount; i++) {
    const s = await getSlice(file, i);
    expect(s.value.index).toBe(i);
    parts.push(...(s.value.data as number[]));
  }
  await close(file);
  return { bytes: Uint8Array.from(parts), sliceCount: file.sliceCount };
}

describe('getFileAsync(Compressed)', () => {
  it('splits the file into ceil(size / sliceSize) slices that concatenate to the saved file', async () => {
    const host = createWordHostCore({ document: sampleDocument(), codec: jsonCodec });
    const whole = host.save();
    const { bytes, sliceCount } = await readAll(host, 1000);
    expect(sliceCount).toBe(Math.ceil(whole.length / 1000));
    expect(bytes).toEqual(whole);
  });

  it('refuses a third open file until one is closed, and a slice size above 4 MB', async () => {
    const host = createWordHostCore({ document: sampleDocument(), codec: jsonCodec });
    const a = await getFile(host);
    const b = await getFile(host);
    expect([a.status, b.status, (await getFile(host)).status]).toEqual(['succeeded', 'succeeded', 'failed']);
    await close(a.value);
    expect((await getFile(host)).status).toBe('succeeded');
    expect((await getFile(createWordHostCore({ codec: jsonCodec }), 5 * 1024 * 1024)).status).toBe('failed');
  });

  it('fails when the getFileAsyncFails quirk is on', async () => {
    const host = createWordHostCore({ document: sampleDocument(), codec: jsonCodec, quirks: { getFileAsyncFails: true } });
    const r = await getFile(host);
    expect(r.status).toBe('failed');
    expect(r.error.code).toBe(5001);
  });
});

describe('Office.context.document.settings', () => {
  it('keeps settings out of the file until saveAsync (settingsNotInFileUntilSaved)', async () => {
    const host = createWordHostCore({ codec: jsonCodec });
    const settings = host.Office.context.document.settings;
    settings.set('cds.plan', { agency: 'HNI', round: 2026 });
    expect(settings.get('cds.plan')).toEqual({ agency: 'HNI', round: 2026 });
    const before = jsonCodec.read((await readAll(host, 4096)).bytes);
    expect(before.settings).toBeUndefined();
    await new Promise((resolve) => settings.saveAsync(resolve));
    const after = jsonCodec.read((await readAll(host, 4096)).bytes);
    expect(JSON.parse(after.settings?.['cds.plan'] ?? 'null')).toEqual({ agency: 'HNI', round: 2026 });
  });

  it('writes them at once when the quirk is off', async () => {
    const host = createWordHostCore({ codec: jsonCodec, quirks: { settingsNotInFileUntilSaved: false } });
    host.Office.context.document.settings.set('k', 'v');
    expect(host.fileModel().settings).toEqual({ k: '"v"' });
  });
});

describe('customXmlParts and onReady', () => {
  it('adds a part and finds it by namespace', async () => {
    const host = createWordHostCore();
    const parts = host.Office.context.document.customXmlParts;
    const xml = '<ignores xmlns="urn:cds:ignores"><ignore rule="R1"/></ignores>';
    const added = await new Promise<Office.AsyncResult<Office.CustomXmlPart>>((resolve) => parts.addAsync(xml, resolve));
    expect(added.status).toBe(host.Office.AsyncResultStatus.Succeeded);
    const found = await new Promise<Office.AsyncResult<Office.CustomXmlPart[]>>((resolve) => parts.getByNamespaceAsync('urn:cds:ignores', resolve));
    const text = await new Promise<Office.AsyncResult<string>>((resolve) => found.value[0]!.getXmlAsync(resolve));
    expect(text.value).toBe(xml);
    expect(host.document.customParts).toEqual({ 'urn:cds:ignores': xml });
  });

  it('reports host Word and the platform of the preset', async () => {
    expect(await createWordHostCore({ preset: 'web' }).Office.onReady()).toEqual({ host: 'Word', platform: 'OfficeOnline' });
    expect(await createWordHostCore({ preset: 'office2019' }).Office.onReady()).toEqual({ host: 'Word', platform: 'PC' });
  });
});

describe('common-API document events', () => {
  it('raises DocumentSelectionChanged when the user moves the cursor, until the handler is removed', async () => {
    const host = createWordHostCore({ document: sampleDocument() });
    const doc = host.Office.context.document;
    let calls = 0;
    const handler = () => void calls++;
    await new Promise((resolve) => doc.addHandlerAsync(host.Office.EventType.DocumentSelectionChanged, handler, resolve));
    await host.user.moveCursor('b1.1');
    await host.user.select('b3');
    await new Promise((resolve) => doc.removeHandlerAsync(host.Office.EventType.DocumentSelectionChanged, { handler }, resolve));
    await host.user.moveCursor('b0');
    expect(calls).toBe(2);
  });

  it('calls Office.initialize when the page has set one', async () => {
    const host = createWordHostCore();
    const reason = await new Promise((resolve) => (host.Office.initialize = resolve));
    expect(reason).toBe('documentOpened');
  });
});
