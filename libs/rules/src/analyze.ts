import type { DocumentModel } from '@cds/model';
import { assignedEntries, detectAgency, extract, recognize } from '@cds/plan';
import type { AgencyKind, CatalogEntry, Outline, PlanData } from '@cds/plan';
import { getTemplate, headingOf, templateOrder } from '@cds/template';
import type { Template } from '@cds/template';
import { runRules } from './engine.js';
import { completeness, countFindings, noFindings } from './counts.js';
import type { Finding, SeverityCounts } from './finding.js';
import type { Rule, RuleContext } from './rule.js';

export interface AnalyzeOptions {
  /** Template version (default: the current one). */
  templateVersion?: string;
  /** Overrides the kind read from the document's header. */
  agencyKind?: AgencyKind | null;
  /** The catalogue (all entries); those assigned to this agency are checked. Absent = coverage rule off. */
  catalog?: readonly CatalogEntry[] | null;
  /**
   * The signed-in agency's code: picks the catalogue entries assigned to it, and the
   * agency-mismatch rule reports a header naming another agency.
   */
  agencyCode?: string | null;
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
}

/** One template section as found in the document, with its finding counts. */
export interface SectionSummary extends SeverityCounts {
  id: string;
  /** The heading the template prints. */
  heading: string;
  level: number;
  parent: string | null;
  present: boolean;
  /** Heading block in the document (first occurrence). */
  blockId: string | null;
  /** The heading as written in the document. */
  headingText: string | null;
}

export interface Analysis {
  templateVersion: string;
  agencyKind: AgencyKind | null;
  outline: Outline;
  plan: PlanData;
  /** In template order of their section; whole-document findings last. */
  findings: Finding[];
  sections: SectionSummary[];
  /** Findings by severity over the whole document (ignored ones not counted). */
  counts: SeverityCounts;
  /** 0–100: sections present with no error (see `completeness`). */
  completeness: number;
}

/**
 * Reads a document against a template and judges it: recognize the sections,
 * extract the plan's data, run the rules. Pure: the same document gives the same
 * analysis in the add-in, on the server and on the command line.
 * Throws UnknownTemplateError (from @cds/template) for a template version no registry holds;
 * never for anything in the document.
 */
export function analyze(doc: DocumentModel, options: AnalyzeOptions = {}): Analysis {
  const { ctx, template } = prepare(doc, options);
  return conclude(ctx, template, runRules(ctx, options.rules));
}

/** Recognize, read the agency, extract: the context the rules run over (shared with `createAnalyzer`). */
export function prepare(doc: DocumentModel, options: AnalyzeOptions): { ctx: RuleContext; template: Template; extracted: PlanData } {
  const template = getTemplate(options.templateVersion);
  const outline = recognize(doc, template);
  // The kind decides which catalogue entries apply, and extraction links rows to those entries.
  const detected = detectAgency(doc, outline.sections[0]?.headingBlockId);
  const agencyKind = options.agencyKind ?? detected.kind ?? null;
  const agencyCode = options.agencyCode ?? detected.agency?.code ?? null;
  const catalog = options.catalog ? assignedEntries(options.catalog, agencyKind, agencyCode) : null;
  const extracted = extract(doc, outline, template, catalog ? { catalog } : {});
  const plan = withKind(extracted, agencyKind);
  const ctx: RuleContext = { doc, template, outline, plan, agencyKind, catalog, detectedAgency: detected, agencyCode: options.agencyCode ?? null };
  return { ctx, template, extracted };
}

/** The plan carries the kind the rules used, so an override reaches every consumer of the data. */
export function withKind(extracted: PlanData, agencyKind: AgencyKind | null): PlanData {
  return extracted.agency.kind === agencyKind ? extracted : { ...extracted, agency: { ...extracted.agency, kind: agencyKind } };
}

/** The analysis from a context and its findings (ignores applied): sorted, summarised, counted. */
export function conclude(ctx: RuleContext, template: Template, found: Finding[]): Analysis {
  const findings = sortFindings(found, template);
  const sections = summarize(template, ctx.outline, findings);
  return {
    templateVersion: template.version,
    agencyKind: ctx.agencyKind,
    outline: ctx.outline,
    plan: ctx.plan,
    findings,
    sections,
    counts: countFindings(findings),
    completeness: completeness(sections),
  };
}

function sortFindings(findings: Finding[], t: Template): Finding[] {
  const key = (f: Finding) =>
    f.section === null ? Number.MAX_SAFE_INTEGER : templateOrder(t, f.section) < 0 ? Number.MAX_SAFE_INTEGER - 1 : templateOrder(t, f.section);
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.f);
}

function summarize(t: Template, outline: Outline, findings: readonly Finding[]): SectionSummary[] {
  const counts = new Map<string, SeverityCounts>();
  for (const f of findings) {
    if (f.section === null || f.ignored) continue;
    const c = counts.get(f.section) ?? noFindings();
    c[f.severity]++;
    counts.set(f.section, c);
  }
  return t.sections.map((s) => {
    const found = outline.sections.find((o) => o.id === s.id);
    return {
      id: s.id,
      heading: headingOf(s),
      level: s.level,
      parent: s.parent ?? null,
      present: found !== undefined,
      blockId: found?.headingBlockId ?? null,
      headingText: found?.headingText ?? null,
      ...(counts.get(s.id) ?? noFindings()),
    };
  });
}
