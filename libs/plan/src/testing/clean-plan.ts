import type { DocumentModel } from '@cds/model';
import { getTemplate } from '@cds/template';
import { buildPlanSpec } from './build-spec.js';
import type { SpecOptions } from './build-spec.js';
import { applyMutations } from './mutations.js';
import type { Mutation } from './mutations.js';
import { renderPlan } from './render.js';
import type { RenderOptions } from './render.js';

export interface CleanPlanOptions extends SpecOptions, RenderOptions {
  /** Defects to introduce (applied in order); none = a plan every rule accepts. */
  mutations?: Mutation[];
}

/**
 * A complete plan as a document model: every template section with real content,
 * P2.I citing the known documents correctly, the indicator table in P2.II.2, the
 * P2.III areas with content/result/timeline/unit, the task table in P2.VI, the
 * 2025 projects in P1.II.10, formatted per Nghị định 30. Pure and deterministic.
 *
 * @example buildCleanPlanModel({ agencyKind: 'central', form: 'structured', mutations: [{ kind: 'dropSection', section: 'P2.V' }] })
 */
export function buildCleanPlanModel(options: CleanPlanOptions = {}): DocumentModel {
  const template = options.template ?? getTemplate();
  const spec = applyMutations(buildPlanSpec({ ...options, template }), options.mutations ?? [], template);
  return renderPlan(spec, template.resultItems, options);
}
