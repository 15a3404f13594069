import { readDocx, writeDocx } from '@cds/docx';
import { sampleCatalog, type PlanData } from '@cds/plan';
import { analyze } from '@cds/rules';
import { buildCleanPlanModel, type CleanPlanOptions } from '@cds/plan/testing';
import { strToU8, zipSync } from 'fflate';

export interface PlanDocx {
  bytes: Uint8Array;
  /** What the add-in would send with it: the core's extraction of the same document. */
  plan: PlanData;
}

/**
 * A plan .docx for agency A (Hà Nội, province, with the sample catalogue as in the
 * test round) unless told otherwise.
 */
export function planDocx(options: CleanPlanOptions = {}, agencyCode = '01'): PlanDocx {
  const bytes = writeDocx(buildCleanPlanModel({ agency: agencyCode, agencyKind: 'province', ...options }));
  const { plan } = analyze(readDocx(bytes), { agencyKind: options.agencyKind ?? 'province', catalog: sampleCatalog.entries, agencyCode });
  return { bytes, plan };
}

/** A zip whose document.xml inflates far beyond its compressed size. */
export function zipBomb(): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': new Uint8Array(8 * 1024 * 1024).fill(32),
    },
    { level: 9 },
  );
}

/** A .docx-shaped zip whose XML declares an entity (XXE). */
export function xxeDocx(): Uint8Array {
  const xml =
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(xml),
  });
}
