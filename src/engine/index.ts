export { lint, Linter, ruleUrl, DOCS_BASE, type DetailedLintResult, type RuleFailure } from './linter';
export { parseConfig, type LoadedConfig, type ConfigProblem } from './config';
export { RULES, RULES_BY_ID } from './rules/index';
export { applySuggestions, type AppliedFixes } from './fix';
export type * from './types';
