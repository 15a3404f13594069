import { DocxError, readDocx } from '@cds/docx';
import { analyze } from '@cds/rules';

/** What one input gave: read and analysed, refused with a DocxError, or anything else thrown. */
export type TargetResult =
  | { outcome: 'ok'; unstorable: boolean }
  | { outcome: 'refused'; code: string; message: string }
  | { outcome: 'crash'; stage: 'read' | 'analyze'; error: string; stack: string };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when PostgreSQL would refuse the value as json (NUL, lone surrogates). */
export function unstorable(value: unknown): boolean {
  const s = JSON.stringify(value);
  return s.includes('\\u0000') || LONE_SURROGATE.test(s);
}

/** The system under test: `readDocx` → `analyze()`, as the server and the CLI run them. */
export function readAndAnalyze(bytes: Uint8Array): TargetResult {
  let stage: 'read' | 'analyze' = 'read';
  try {
    const doc = readDocx(bytes);
    stage = 'analyze';
    const analysis = analyze(doc, {});
    return { outcome: 'ok', unstorable: unstorable(doc) || unstorable(analysis.findings) || unstorable(analysis.plan) };
  } catch (e) {
    if (e instanceof DocxError) return { outcome: 'refused', code: e.code, message: e.message };
    const err = e instanceof Error ? e : new Error(String(e));
    return { outcome: 'crash', stage, error: `${err.name}: ${err.message}`.slice(0, 500), stack: (err.stack ?? '').split('\n').slice(0, 8).join('\n') };
  }
}
