import { readDocx, writeDocx } from '@cds/docx';
import { IGNORES_SETTING_KEY, sampleCatalog } from '@cds/plan';
import type { PlanData } from '@cds/plan';
import { buildCleanPlanModel } from '@cds/plan/testing';
import { analyze } from '@cds/rules';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatMessages } from '../messages.vi.js';
import { checkSubmission, type CheckContext } from './submission-check.js';

/** Lets a test run the analysis with the agency rule switched off (as if disabled or missing from the rule set). */
const switches = vi.hoisted(() => ({ agencyRuleOff: false }));
vi.mock('@cds/rules', async (importOriginal) => {
  const real = await importOriginal<typeof import('@cds/rules')>();
  return {
    ...real,
    analyze: (...args: Parameters<typeof real.analyze>) => {
      const analysis = real.analyze(...args);
      return switches.agencyRuleOff ? { ...analysis, findings: analysis.findings.filter((f) => f.rule !== 'agency-mismatch') } : analysis;
    },
  };
});

const HA_NOI = 'Thành phố Hà Nội';
const CAO_BANG = 'Tỉnh Cao Bằng';

/** Hà Nội's plan (header "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"), optionally carrying "ignore with a reason" decisions. */
function haNoiPlan(ignores: object[] = []): { bytes: Uint8Array; plan: PlanData } {
  const model = buildCleanPlanModel({ agency: '01', agencyKind: 'province' });
  if (ignores.length) model.settings = { ...model.settings, [IGNORES_SETTING_KEY]: JSON.stringify(ignores) };
  const bytes = writeDocx(model);
  return { bytes, plan: analyze(readDocx(bytes), { agencyKind: 'province', catalog: sampleCatalog.entries, agencyCode: '01' }).plan };
}

const account = (agencyCode: string, agencyName: string): CheckContext => ({
  templateVersion: 'mst-2026',
  agencyKind: 'province',
  catalog: sampleCatalog.entries,
  agencyCode,
  agencyName,
});

/** The agency rule's finding as the submission's analysis has it (to know which path the refusal takes). */
const agencyFinding = (bytes: Uint8Array, ctx: CheckContext) =>
  analyze(readDocx(bytes), {
    templateVersion: ctx.templateVersion,
    agencyKind: ctx.agencyKind,
    catalog: ctx.catalog,
    agencyCode: ctx.agencyCode,
  }).findings.find((f) => f.rule === 'agency-mismatch');

const mismatch = (documentAgency: string, accountAgency: string) => ({
  kind: 'refused',
  code: 'AGENCY_MISMATCH',
  message: formatMessages.agencyMismatch(documentAgency, accountAgency),
  details: { documentAgency, accountAgency },
});

const ignoreAgencyRule = { rule: 'agency-mismatch', section: null, blockId: null, reason: 'Nộp thay cho Hà Nội' };

beforeEach(() => {
  switches.agencyRuleOff = false;
});

describe('checkSubmission: a plan naming another agency is refused', () => {
  it('when the agency rule reports it (Hà Nội’s plan sent by Cao Bằng)', () => {
    const { bytes, plan } = haNoiPlan();
    const ctx = account('04', CAO_BANG);
    expect(agencyFinding(bytes, ctx)).toMatchObject({ severity: 'error', data: { found: HA_NOI, expected: CAO_BANG } });
    expect(checkSubmission(bytes, plan, ctx)).toEqual(mismatch(HA_NOI, CAO_BANG));
  });

  it('when the submitter ignored the agency finding, with a reason', () => {
    const { bytes, plan } = haNoiPlan([ignoreAgencyRule]);
    const ctx = account('04', CAO_BANG);
    expect(agencyFinding(bytes, ctx)?.ignored).toEqual({ reason: ignoreAgencyRule.reason });
    expect(checkSubmission(bytes, plan, ctx)).toEqual(mismatch(HA_NOI, CAO_BANG));
  });

  it('when the rule is silent: the account’s agency was recoded (a code the template does not know)', () => {
    const { bytes, plan } = haNoiPlan();
    const ctx = account('CB-2027', CAO_BANG);
    expect(agencyFinding(bytes, ctx)).toBeUndefined();
    expect(checkSubmission(bytes, plan, ctx)).toEqual(mismatch(HA_NOI, CAO_BANG));
  });

  it('when the rule is disabled (the analysis reports nothing about the agency)', () => {
    switches.agencyRuleOff = true;
    const { bytes, plan } = haNoiPlan();
    const ctx = account('04', CAO_BANG);
    expect(agencyFinding(bytes, ctx)).toBeUndefined();
    expect(checkSubmission(bytes, plan, ctx)).toEqual(mismatch(HA_NOI, CAO_BANG));
  });

  it('when the finding is ignored and the rule is disabled too', () => {
    switches.agencyRuleOff = true;
    const { bytes, plan } = haNoiPlan([ignoreAgencyRule]);
    expect(checkSubmission(bytes, plan, account('CB-2027', CAO_BANG))).toEqual(mismatch(HA_NOI, CAO_BANG));
  });
});

describe('checkSubmission: an agency’s own plan is not refused for its header', () => {
  it('accepted from its own account', () => {
    const { bytes, plan } = haNoiPlan();
    expect(checkSubmission(bytes, plan, account('01', HA_NOI))).toMatchObject({ kind: 'ok' });
  });

  it('accepted when the agency was recoded or renamed in the database (same name, or same code), even with the rule off', () => {
    switches.agencyRuleOff = true;
    const { bytes, plan } = haNoiPlan();
    expect(checkSubmission(bytes, plan, account('HN-2027', HA_NOI))).toMatchObject({ kind: 'ok' });
    expect(checkSubmission(bytes, plan, account('01', 'UBND Thành phố Hà Nội (tên mới)'))).toMatchObject({ kind: 'ok' });
  });
});
