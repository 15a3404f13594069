import { paragraphs, paragraphText } from '@cds/model';
import { insertFramework, runDiagnostics, selectPlace, validateDocument, type Place } from '@cds/word-adapter';
import { readDocumentFile } from './office-file.js';
import { toCompatFinding, type CompatPort } from './port.js';

/** The compatibility pane's Word: the same adapter functions the full pane calls. */
export const adapterPort: CompatPort = {
  async validate() {
    const v = await validateDocument();
    let empty = true;
    for (const p of paragraphs(v.reading.doc.body)) if (paragraphText(p.paragraph).trim()) empty = false;
    return {
      findings: v.findings.map(toCompatFinding),
      sections: v.analysis.sections.map((s) => ({ id: s.id, heading: s.heading })),
      counts: v.analysis.counts,
      completeness: v.analysis.completeness,
      empty,
      catalogRule: v.catalogRule,
    };
  },
  select: (f) => selectPlace(f.place as Place),
  async insertFramework(replaceBody) {
    await insertFramework({ replace: replaceBody });
  },
  documentFile: () => readDocumentFile(),
  diagnose: () => runDiagnostics(),
};
