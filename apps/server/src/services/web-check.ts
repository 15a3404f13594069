import { isDocxError, readDocx } from '@cds/docx';
import type { PlanData } from '@cds/plan';
import { analyze, type Finding } from '@cds/rules';
import type { Repositories } from '../plugins/app/repositories.js';
import type { Actor } from '../repositories/ownership.js';
import { sha256Hex } from './submission-store.js';

export type WebCheckResult =
  | { kind: 'no_current_round' }
  | { kind: 'unreadable'; code: string; message: string; docxCode: string }
  | {
      kind: 'ok';
      plan: PlanData;
      findings: Finding[];
      counts: { error: number; warning: number; info: number };
      completeness: number;
      sha256: string;
      size: number;
      submittable: boolean;
    };

/**
 * The agency's web path: the server reads an uploaded .docx as the submission route
 * would (the round's template and catalogue, the agency's kind), and says what it
 * found. Nothing is stored; submitting is the add-in's route with this `plan`.
 */
export async function checkUpload(repos: Repositories, actor: Actor, bytes: Uint8Array, now: Date): Promise<WebCheckResult> {
  const round = await repos.rounds.current(now);
  if (!round) return { kind: 'no_current_round' };
  const agency = (await repos.agencies.byId(actor.agencyId!))!;
  let doc;
  try {
    doc = readDocx(bytes);
  } catch (e) {
    if (isDocxError(e)) return { kind: 'unreadable', code: `DOCX_${e.code.toUpperCase().replace(/-/g, '_')}`, message: e.message, docxCode: e.code };
    throw e;
  }
  const catalog = await repos.rounds.catalog(round.id);
  const { plan, findings, completeness, counts } = analyze(doc, {
    templateVersion: round.templateVersion,
    agencyKind: agency.kind,
    catalog,
    agencyCode: agency.code,
  });
  return { kind: 'ok', plan, findings, counts, completeness, sha256: sha256Hex(bytes), size: bytes.byteLength, submittable: counts.error === 0 };
}
