import { readDocx } from '@cds/docx';
import { getTemplate } from '@cds/template';
import { readFileSync } from 'node:fs';
import { recognize } from './recognize.js';
import { extract } from './extract.js';
const t = getTemplate();
for (const f of ['plain', 'numberingautomatic', 'formstructured']) {
  for (const dir of ['/tmp/plan-smoke', '/tmp/plan-smoke/lo']) {
    const doc = await readDocx(readFileSync(`${dir}/${f}.docx`));
    const o = recognize(doc, t);
    const d = extract(doc, o, t);
    const missing = t.sections.map((s) => s.id).filter((id) => !o.sections.some((s) => s.id === id));
    console.log(dir.endsWith('lo') ? 'LO ' : 'ORG', f, o.structured, o.sections.length, 'missing', missing.join(','), 'unknown', o.unknownHeadings.map(u => u.text).join('|'), 'ind', d.indicators.length, 'tasks', d.tasks.length, 'proj', d.projects2025.length, d.agency.name,
      'items', d.sections.filter(s => s.items && s.items.results && s.items.shortcomings).length);
  }
}
