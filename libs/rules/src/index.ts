export * from './finding.js';
export type * from './rule.js';
export { RULE_INPUTS } from './rule.js';
export { runRules, applyIgnores } from './engine.js';
export { completeness, countFindings } from './counts.js';
export { allRules, ruleById } from './registry.js';
export { analyze, type AnalyzeOptions, type Analysis, type SectionSummary } from './analyze.js';
export { messagesVi, msg, type MessageKey } from './messages.vi.js';
export { createAnalyzer, isPlainBodyText, type Analyzer, type AnalyzerPass } from './incremental/analyzer.js';
