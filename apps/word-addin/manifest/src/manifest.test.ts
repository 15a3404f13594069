import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OfficeAddinManifest, validateManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, RIBBON_ICON_SIZES } from './icons.js';
import { ADDIN_ID, buildManifest, DEV_BASE_URL } from './manifest.js';
import { manifestMessages } from './messages.vi.js';
import { manifestProblems } from './structure.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const PROD = 'https://kehoach-cds.mst.gov.vn';

async function tempManifest(xml: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'cds-manifest-')), 'manifest.xml');
  await writeFile(file, xml);
  return file;
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ png: b.subarray(1, 4).toString('latin1') === 'PNG', width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('the Word add-in manifest (XML, add-in only)', () => {
  it("the committed dev manifest is the builder's, for https://localhost", async () => {
    const committed = await readFile(path.join(here, '../manifest.dev.xml'), 'utf8');
    expect(committed).toBe(buildManifest({ baseUrl: DEV_BASE_URL, displayNameSuffix: ' (dev)' }));
  });

  it('is read by office-addin-manifest as a Word task pane add-in at the production URL', async () => {
    const info = await OfficeAddinManifest.readManifestFile(await tempManifest(buildManifest({ baseUrl: PROD, version: '1.2.0.0' })));
    expect(info).toMatchObject({
      id: ADDIN_ID,
      version: '1.2.0.0',
      officeAppType: 'TaskPaneApp',
      hosts: ['Document'],
      defaultLocale: 'vi-VN',
      displayName: manifestMessages.displayName,
      permissions: 'ReadWriteDocument',
      iconUrl: `${PROD}/addin/assets/icon-32.png`,
      highResolutionIconUrl: `${PROD}/addin/assets/icon-64.png`,
      defaultSettings: { sourceLocation: `${PROD}/addin/taskpane.html` },
      appDomains: [PROD],
    });
  });

  it('passes the schema rules checkable offline, dev and production alike', () => {
    expect(manifestProblems(buildManifest({ baseUrl: DEV_BASE_URL }))).toEqual([]);
    expect(manifestProblems(buildManifest({ baseUrl: `${PROD}/cds/` }))).toEqual([]);
  });

  it('the offline checks catch what they are for', () => {
    const good = buildManifest({ baseUrl: PROD });
    expect(manifestProblems(good.replace('<Version>', '<Foo/><Version>'))).toContain('unknown elements: Foo');
    expect(
      manifestProblems(good.replace(/<ProviderName>.*<\/ProviderName>\n/, '').replace('<DisplayName', `<ProviderName>x</ProviderName>\n  <DisplayName`)),
    ).toEqual([expect.stringContaining('out of schema order')]);
    expect(manifestProblems(good.replace('resid="CDS.Button.Label"', 'resid="CDS.Nope"'))).toEqual(['resid CDS.Nope has no resource']);
    expect(manifestProblems(good.replaceAll('CDS.Group.Label', 'CDS.Group.Label.Far.Too.Long.For.Office'))).toEqual([
      'resource ids over 32 characters: CDS.Group.Label.Far.Too.Long.For.Office',
    ]);
    expect(manifestProblems(good.replace(`${PROD}/addin/taskpane.html"/>\n  </DefaultSettings>`, 'http://x.vn/a"/>\n  </DefaultSettings>'))).toEqual([
      'not https: http://x.vn/a',
    ]);
  });

  it('declares the WordApi 1.3 baseline and the common APIs, and a Home-tab button that opens the pane', () => {
    const xml = buildManifest({ baseUrl: PROD });
    expect(xml).toContain('<Set Name="WordApi" MinVersion="1.3"/>');
    expect(xml).toContain('<Set Name="CustomXmlParts" MinVersion="1.1"/>');
    expect(xml).toContain('<Set Name="File" MinVersion="1.1"/>');
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<\/OfficeTab>/);
    for (const s of RIBBON_ICON_SIZES) expect(xml).toContain(`<bt:Image size="${s}" resid="CDS.Icon.${s}"/>`);
  });

  it('refuses a base URL Office would not load, in Vietnamese', () => {
    expect(() => buildManifest({ baseUrl: 'http://kehoach.vn' })).toThrow(/phải bắt đầu bằng https/);
    expect(() => buildManifest({ baseUrl: 'kehoach.vn' })).toThrow(/Địa chỉ gốc không hợp lệ/);
    expect(() => buildManifest({ baseUrl: PROD, version: '1.0' })).toThrow(/Phiên bản/);
  });

  it('ships every icon as a PNG of its size', async () => {
    for (const s of ICON_SIZES) expect(pngSize(await readFile(path.join(here, `../assets/icon-${s}.png`)))).toEqual({ png: true, width: s, height: s });
  });

  // Microsoft's validator posts the manifest to an online service; this machine has no network.
  it.runIf(process.env.CDS_MANIFEST_ONLINE === '1')(
    "passes Microsoft's online validation (CDS_MANIFEST_ONLINE=1)",
    async () => {
      const result = await validateManifest(await tempManifest(buildManifest({ baseUrl: PROD })));
      expect(result.report?.errors ?? []).toEqual([]);
      expect(result.isValid).toBe(true);
    },
    60_000,
  );
});
