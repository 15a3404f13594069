import { buildCleanPlanModel, LARGE_PLAN_SIZE } from '@cds/testing';
import { recognize, extract } from '@cds/plan';
import { getTemplate } from '@cds/template';
import { paragraphs, foldKey, cleanText, displayText } from '@cds/model';
import { indexOf } from '/work/main/libs/rules/src/context/index.ts';

const doc = buildCleanPlanModel({ size: LARGE_PLAN_SIZE } as never);
const t = getTemplate();
const outline = recognize(doc, t);
const plan = extract(doc, outline, t);
for (let k = 0; k < 5; k++) {
  let s = performance.now(); let n = 0; for (const pc of paragraphs(doc.body)) n++; const a = performance.now() - s;
  s = performance.now(); for (const pc of paragraphs(doc.body)) foldKey(cleanText(displayText(pc.paragraph))); const b = performance.now() - s;
  s = performance.now(); indexOf({ doc, template: t, outline, plan, agencyKind: null, catalog: null }); const c = performance.now() - s;
  console.log(n, 'walk', a.toFixed(1), 'fold', b.toFixed(1), 'index', c.toFixed(1));
}
