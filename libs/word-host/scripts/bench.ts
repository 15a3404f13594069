// Rough timings of the host on a plan-sized document (run: npx tsx libs/word-host/scripts/bench.ts).
import type { Block } from '@cds/model';
import { sectionTag } from '@cds/template';
import { createWordHost } from '../src/index.js';
import { control, doc, heading, para } from '../src/testing/fixtures.js';
import { insertSections, readSections } from '../src/testing/plan-edits.js';

const blocks: Block[] = [];
for (let s = 0; s < 60; s++) {
  const children: Block[] = [heading(`h${s}`, `${s}. Mục ${s}`, 2)];
  for (let i = 0; i < 50; i++) children.push(para(`p${s}.${i}`, `Đoạn ${i} của mục ${s}: nội dung kế hoạch chuyển đổi số năm 2026.`));
  blocks.push(control(`c${s}`, { tag: sectionTag(`P2.III.${s}`) }, children));
}
const host = createWordHost({ document: doc(...blocks) });
const t = async (label: string, fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  const m = await host.measure(fn);
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms, ${m.syncs} syncs, ${m.ops} statements`);
};
await t('read 3060 paragraphs text+style', () =>
  host.Word.run(async (c) => {
    const ps = c.document.body.paragraphs;
    ps.load('items/text,items/style');
    await c.sync();
  }),
);
await t('read 60 controls tag+text', () => readSections(host.Word));
await t('insert 20 sections', () =>
  insertSections(
    host.Word,
    Array.from({ length: 20 }, (_, i) => ({
      tag: sectionTag(`P2.IV.${i}`),
      title: `${i}`,
      heading: `Mới ${i}`,
      paragraphs: ['a', 'b', 'c'],
      table: [['x', 'y']],
    })),
  ),
);
const t0 = performance.now();
const bytes = host.save();
console.log(`save: ${(performance.now() - t0).toFixed(0)} ms, ${bytes.length} bytes`);
