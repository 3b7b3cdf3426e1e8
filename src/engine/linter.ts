import { explainedTerms } from './explained-terms';
import { analyzeChunk, emptyAnalysis, type ChunkAnalysis } from './analyze';
import { splitChunks } from './chunks';
import { readabilitySettings, ruleSettings, type RuleSettings } from './config';
import { ControlState, parseControls, type Control } from './controls';
import { contextFrom, readFrontMatter } from './front-matter';
import { LineIndex } from './position';
import { createProcessor, type Processor } from './processor';
import type { ChunkRule, DocumentRule, RawFinding, Rule, RuleContext } from './rule';
import { RULES } from './rules/index';
import { documentScore } from './score';
import type { Config, Finding, LintOptions, LintResult, Severity } from './types';

export const DOCS_BASE = 'https://github.com/incident-comms/incident-comms/blob/main/docs/rules/';

export function ruleUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

interface RuleFinding extends RawFinding {
  ruleId: string;
}

interface CachedChunk {
  analysis: ChunkAnalysis;
  findings: RuleFinding[];
  /** Rules that threw on this block: reported again whenever the cached block is used. */
  failures: Array<[string, string]>;
  controls: Array<Omit<Control, 'line'> & { endOffset: number }>;
  /** Terms this block explains to its readers (see explained-terms). */
  explained: string[];
}

export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface DetailedLintResult extends LintResult {
  /** Rules that threw on this document: they were skipped, the others still ran. */
  ruleFailures: RuleFailure[];
}

const MAX_CACHED_CHUNKS = 20000;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;
const EMPTY_CONFIG: Config = {};

interface Prepared {
  key: string;
  rules: Array<{ rule: Rule; settings: RuleSettings }>;
  processor: Processor;
  /** Rules that drop block findings in light of the whole document, by id. */
  keepers: Map<string, NonNullable<ChunkRule['keep']>>;
}

/**
 * Checks documents. Blocks are cached by their text, the document context and the configuration,
 * so re-checking after an edit only analyses the blocks that changed.
 */
export class Linter {
  private readonly cache = new Map<string, CachedChunk>();
  private readonly prepared = new WeakMap<Config, Prepared>();
  private readonly processors = new Map<string, Processor>();

  lint(text: string, options: LintOptions = {}): DetailedLintResult {
    const config = options.config ?? EMPTY_CONFIG;
    const prepared = this.prepare(config);
    const frontMatter = readFrontMatter(text);
    const document = contextFrom(frontMatter?.data);
    const bodyStart = frontMatter ? frontMatter.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const chunks = splitChunks(text, bodyStart);
    const definitions = (text.slice(bodyStart).match(DEFINITION) ?? []).join('\n');
    const contextKey = `${prepared.key}\u0000${document.type ?? ''}|${document.status ?? ''}|${document.audience ?? ''}\u0000${definitions}\u0000`;
    const failures = new Map<string, string>();
    const contextFor = (settings: RuleSettings): RuleContext => ({ document, options: settings.options, config });

    let raw: RuleFinding[] = [];
    const explained = new Set<string>();
    const controls: Array<Omit<Control, 'line'> & { endOffset: number }> = [];
    const view = { text, frontMatter, chunks: [] as Array<{ start: number; analysis: ChunkAnalysis }> };
    for (const chunk of chunks) {
      const key = contextKey + chunk.text;
      let cached = this.cache.get(key);
      if (cached) {
        this.cache.delete(key);
      } else {
        cached = this.analyze(chunk.text, definitions, prepared, contextFor);
      }
      this.cache.set(key, cached);
      view.chunks.push({ start: chunk.start, analysis: cached.analysis });
      for (const finding of cached.findings) raw.push(shift(finding, chunk.start));
      for (const term of cached.explained) explained.add(term);
      for (const [ruleId, error] of cached.failures) failures.set(ruleId, error);
      for (const control of cached.controls) controls.push({ ...control, offset: control.offset + chunk.start, endOffset: control.endOffset + chunk.start });
    }
    this.trimCache();
    // Block findings are cached without the rest of the document; rules that depend on it drop findings here.
    const { keepers } = prepared;
    if (keepers.size > 0) raw = raw.filter((finding) => keepers.get(finding.ruleId)?.(finding, { explained }) ?? true);
    if (frontMatter && frontMatter.yaml.trim() !== '') raw.push(...this.checkFrontMatterText(frontMatter.yaml, frontMatter.yamlStart, prepared, contextFor, failures));

    for (const { rule, settings } of prepared.rules) {
      if (rule.scope !== 'document') continue;
      try {
        for (const finding of (rule as DocumentRule).check(view, contextFor(settings))) raw.push({ ...finding, ruleId: rule.id });
      } catch (error) {
        failures.set(rule.id, describeError(error));
      }
    }

    const lines = new LineIndex(text);
    const state = new ControlState(controls.map((control) => ({ ...control, line: lines.position(control.endOffset).line })));
    const settingsById = new Map(prepared.rules.map(({ rule, settings }) => [rule.id, settings]));
    const findings: Finding[] = [];
    for (const finding of raw) {
      const range = lines.range(finding.start, finding.end);
      if (!state.isEmpty && state.silenced(finding.ruleId, finding.start, range.start.line)) continue;
      const settings = settingsById.get(finding.ruleId)!;
      const severity: Severity = settings.configured ? settings.severity : finding.severity ?? settings.severity;
      findings.push({
        ruleId: finding.ruleId,
        severity,
        message: finding.message,
        range,
        suggestions: (finding.suggestions ?? []).map((suggestion) => ({
          ...suggestion,
          offset: suggestion.offset ?? finding.start,
          endOffset: suggestion.endOffset ?? finding.end,
        })),
        url: ruleUrl(finding.ruleId),
        ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
      });
    }
    findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId));
    return {
      findings,
      readability: documentScore(view.chunks.map((chunk) => chunk.analysis.counts)),
      frontMatter: frontMatter?.data,
      ruleFailures: [...failures].map(([ruleId, error]) => ({ ruleId, error })),
    };
  }

  private analyze(text: string, definitions: string, prepared: Prepared, contextFor: (settings: RuleSettings) => RuleContext): CachedChunk {
    const analysis = analyzeChunk(text, definitions, prepared.processor);
    const { findings, failures } = runChunkRules(analysis, prepared, contextFor, () => true);
    const controls = analysis.html.flatMap((html) => parseControls(html.value, html.start));
    return { analysis, findings, controls, failures, explained: explainedTerms(readerText(analysis)) };
  }

  /** Rules that read front matter as plain text (placeholders left in a template's fields). */
  private checkFrontMatterText(yaml: string, at: number, prepared: Prepared, contextFor: (settings: RuleSettings) => RuleContext, failures: Map<string, string>): RuleFinding[] {
    const analysis = { ...emptyAnalysis(yaml), prose: [{ start: 0, end: yaml.length, value: yaml }] };
    const ran = runChunkRules(analysis, prepared, contextFor, (rule) => !!rule.scansFrontMatter);
    for (const [ruleId, error] of ran.failures) failures.set(ruleId, error);
    return ran.findings.map((finding) => shift(finding, at));
  }

  private prepare(config: Config): Prepared {
    let prepared = this.prepared.get(config);
    if (prepared) return prepared;
    const readability = readabilitySettings(config);
    const processorKey = JSON.stringify(readability);
    let processor = this.processors.get(processorKey);
    if (!processor) {
      processor = createProcessor(readability);
      this.processors.set(processorKey, processor);
    }
    const rules = RULES.map((rule) => ({ rule, settings: ruleSettings(rule, config) })).filter(({ settings }) => settings.enabled);
    const keepers = new Map(rules.flatMap(({ rule }) => (rule.scope === 'chunk' && rule.keep ? [[rule.id, rule.keep] as const] : [])));
    prepared = { key: JSON.stringify(config), rules, processor, keepers };
    this.prepared.set(config, prepared);
    return prepared;
  }

  private trimCache(): void {
    if (this.cache.size <= MAX_CACHED_CHUNKS) return;
    const excess = this.cache.size - MAX_CACHED_CHUNKS;
    let removed = 0;
    for (const key of this.cache.keys()) {
      if (removed++ >= excess) break;
      this.cache.delete(key);
    }
  }
}

/** Runs the chosen block rules on one analysis; a rule that throws is recorded, not propagated. */
function runChunkRules(analysis: ChunkAnalysis, prepared: Prepared, contextFor: (settings: RuleSettings) => RuleContext, chosen: (rule: ChunkRule) => boolean): { findings: RuleFinding[]; failures: Array<[string, string]> } {
  const findings: RuleFinding[] = [];
  const failures: Array<[string, string]> = [];
  for (const { rule, settings } of prepared.rules) {
    if (rule.scope !== 'chunk' || !chosen(rule)) continue;
    try {
      for (const finding of rule.check(analysis, contextFor(settings))) findings.push({ ...finding, ruleId: rule.id });
    } catch (error) {
      failures.push([rule.id, describeError(error)]);
    }
  }
  return { findings, failures };
}

/** The block as its readers see it: code and HTML comments (internal notes) blanked out, offsets kept. */
function readerText(analysis: ChunkAnalysis): string {
  const hidden = [...analysis.code, ...analysis.html].sort((a, b) => a.start - b.start);
  if (hidden.length === 0) return analysis.text;
  const parts: string[] = [];
  let at = 0;
  for (const span of hidden) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    parts.push(analysis.text.slice(at, start), ' '.repeat(span.end - start));
    at = span.end;
  }
  parts.push(analysis.text.slice(at));
  return parts.join('');
}

function shift(finding: RuleFinding, by: number): RuleFinding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    ...(finding.suggestions
      ? {
          suggestions: finding.suggestions.map((suggestion) => ({
            ...suggestion,
            ...(suggestion.offset !== undefined ? { offset: suggestion.offset + by } : {}),
            ...(suggestion.endOffset !== undefined ? { endOffset: suggestion.endOffset + by } : {}),
          })),
        }
      : {}),
  };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const shared = new Linter();

/** Checks one incident-communication document. */
export function lint(text: string, options: LintOptions = {}): DetailedLintResult {
  return shared.lint(text, options);
}
