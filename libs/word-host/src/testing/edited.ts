/// <reference types="office-js" />
/** The edited plan document shared by the round-trip and LibreOffice tests (fixture DERIVED FROM THE SPECIFICATION). */
import { indicatorTag, sectionTag } from '@cds/template';
import { writeDocx } from '@cds/docx';
import { createWordHost } from '../index.js';
import { sampleDocument } from './fixtures.js';
import { insertSections, type SectionSpec } from './plan-edits.js';

export const SECTIONS: SectionSpec[] = [
  {
    tag: sectionTag('P2.III'),
    title: 'Phần III',
    heading: 'III. NHIỆM VỤ VÀ GIẢI PHÁP',
    paragraphs: ['1. Phát triển hạ tầng số.', '2. Phát triển dữ liệu số.'],
    table: [
      ['Chỉ tiêu', 'Năm 2026', 'Đơn vị chủ trì'],
      ['Dịch vụ công toàn trình', '80%', 'Sở KH&CN'],
    ],
  },
  { tag: sectionTag('P2.IV'), title: 'Phần IV', heading: 'IV. TỔ CHỨC THỰC HIỆN', paragraphs: ['Giao Sở KH&CN theo dõi, đôn đốc.'] },
];

/** Reads the whole file through getFileAsync(Compressed), slice by slice. */
export async function fileBytes(host: ReturnType<typeof createWordHost>, sliceSize = 16 * 1024): Promise<{ bytes: Uint8Array; slices: number }> {
  const file = await new Promise<Office.File>((resolve, reject) =>
    host.Office.context.document.getFileAsync(host.Office.FileType.Compressed, { sliceSize }, (r) =>
      r.status === host.Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(new Error(r.error.message)),
    ),
  );
  const chunks: number[] = [];
  for (let i = 0; i < file.sliceCount; i++) {
    const slice = await new Promise<Office.Slice>((resolve) => file.getSliceAsync(i, (r) => resolve(r.value)));
    chunks.push(...(slice.data as number[]));
  }
  await new Promise((resolve) => file.closeAsync(resolve));
  return { bytes: Uint8Array.from(chunks), slices: file.sliceCount };
}

/** Builds the edited document; shared with the LibreOffice rendering test. */
export async function editedDocument() {
  const start = sampleDocument();
  const t = start.body[3];
  if (t?.kind === 'table') {
    t.rows[1]!.cc = { tag: indicatorTag(1), title: 'Chỉ tiêu' };
    t.rows[1]!.cells[1]!.cc = { tag: 'ind:value', cannotEdit: true };
  }
  const host = createWordHost({ bytes: writeDocx(start) });
  const cost = await host.measure(async () => {
    await insertSections(host.Word, SECTIONS);
    await host.Word.run(async (context) => {
      const hit = context.document.contentControls.getByTag(sectionTag('P2.III')).getFirst().search('80%').getFirst();
      const cc = hit.insertContentControl();
      cc.tag = indicatorTag('dvc-toan-trinh');
      cc.appearance = 'Tags';
      await context.sync();
    });
  });
  return { host, cost };
}
