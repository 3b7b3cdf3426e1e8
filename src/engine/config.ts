import configSchema from '../../schemas/config.schema.json';
import { LineIndex } from './position';
import { DEFAULT_READABILITY, type ReadabilitySettings } from './processor';
import type { Rule } from './rule';
import type { Config, RuleSetting, Severity } from './types';
import { compileSchema, parseYaml, validateYaml } from './yaml-validate';

export interface ConfigProblem {
  message: string;
  line: number;
  column: number;
}

export interface LoadedConfig {
  /** The configuration to use: the file's when valid, the defaults otherwise. */
  config: Config;
  problems: ConfigProblem[];
}

const validateConfig = compileSchema(configSchema);

/** Parses and validates `.incident-comms.yaml` / `.json` text. A bad file falls back to the defaults. */
export function parseConfig(text: string): LoadedConfig {
  const parsed = parseYaml(text);
  const lines = new LineIndex(text);
  const problems = [...parsed.problems, ...validateYaml(parsed, validateConfig, text)].map((problem) => {
    const at = lines.position(problem.start);
    return { message: problem.message, line: at.line, column: at.column };
  });
  if (problems.length > 0) return { config: {}, problems };
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { config: {}, problems: [{ message: 'The configuration must be a mapping of keys (rules, glossary, readability).', line: 1, column: 1 }] };
  }
  return { config: value as Config, problems: [] };
}

export interface RuleSettings {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
  /** The severity was set in configuration and overrides per-finding severities. */
  configured: boolean;
}

export function ruleSettings(rule: Rule, config: Config): RuleSettings {
  const setting: RuleSetting | undefined = config.rules?.[rule.id];
  const base: RuleSettings = { enabled: true, severity: rule.defaultSeverity, options: {}, configured: false };
  if (setting === undefined || setting === true) return base;
  if (setting === false || setting === 'off') return { ...base, enabled: false };
  if (typeof setting === 'string') return { ...base, severity: setting, configured: true };
  const { severity, ...options } = setting;
  if (severity === 'off') return { ...base, enabled: false, options };
  return { enabled: true, severity: severity ?? rule.defaultSeverity, options, configured: severity !== undefined };
}

export function readabilitySettings(config: Config): ReadabilitySettings {
  return {
    age: config.readability?.age ?? DEFAULT_READABILITY.age,
    threshold: config.readability?.threshold ?? DEFAULT_READABILITY.threshold,
    minWords: config.readability?.minWords ?? DEFAULT_READABILITY.minWords,
  };
}
