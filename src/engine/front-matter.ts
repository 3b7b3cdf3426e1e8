import incidentSchema from '../../schemas/incident.schema.json';
import type { DocumentContext, Audience } from './types';
import { compileSchema, parseYaml, validateYaml, type YamlProblem } from './yaml-validate';

export interface FrontMatter {
  /** Offset where the front matter block starts (after a BOM). */
  start: number;
  /** Offset just past the closing fence line. */
  end: number;
  /** The YAML text and where it begins in the document. */
  yaml: string;
  yamlStart: number;
  data: Record<string, unknown> | undefined;
  /** Problems with offsets into the whole document. */
  problems: YamlProblem[];
  /** Where each top-level key's value lies, for rules that point at a field. */
  valueRanges: Map<string, { start: number; end: number }>;
}

const validateIncident = compileSchema(incidentSchema);

/** Finds and checks a YAML front matter block at the top of the document. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*(\r\n|\r|\n)/.exec(text.slice(start, start + 8));
  if (!open) return undefined;
  const yamlStart = start + open[0].length;
  const close = /(^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/g;
  close.lastIndex = yamlStart - 1;
  let match: RegExpExecArray | null;
  let yamlEnd = -1;
  let end = -1;
  while ((match = close.exec(text)) !== null) {
    const fenceAt = match.index + match[1]!.length;
    if (fenceAt < yamlStart) continue;
    yamlEnd = match.index;
    end = match.index + match[0].length;
    break;
  }
  if (yamlEnd === -1) {
    return {
      start,
      end: text.length,
      yaml: text.slice(yamlStart),
      yamlStart,
      data: undefined,
      problems: [{ message: 'Front matter starts with --- but is never closed: add a line with --- after it.', start, end: start + 3 }],
      valueRanges: new Map(),
    };
  }
  const yaml = text.slice(yamlStart, yamlEnd);
  const parsed = parseYaml(yaml);
  const shift = (problem: YamlProblem): YamlProblem => ({ ...problem, start: problem.start + yamlStart, end: problem.end + yamlStart });
  const problems = parsed.problems.map(shift);
  let data: Record<string, unknown> | undefined;
  const valueRanges = new Map<string, { start: number; end: number }>();
  if (problems.length === 0) {
    if (parsed.value === null || parsed.value === undefined) {
      data = {};
    } else if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      problems.push({ message: 'Front matter must be a list of `key: value` lines.', start: yamlStart, end: Math.max(yamlEnd, yamlStart + 1) });
    } else {
      data = parsed.value as Record<string, unknown>;
      problems.push(...validateYaml(parsed, validateIncident, yaml).map(shift));
      collectValueRanges(parsed.document, yamlStart, valueRanges);
    }
  }
  return { start, end, yaml, yamlStart, data, problems, valueRanges };
}

function collectValueRanges(document: ReturnType<typeof parseYaml>['document'], shift: number, into: Map<string, { start: number; end: number }>): void {
  const contents = document.contents as { items?: Array<{ key?: { value?: unknown; range?: number[] }; value?: { range?: number[] } }> } | null;
  for (const pair of contents?.items ?? []) {
    const range = pair.value?.range ?? pair.key?.range;
    if (pair.key && range) into.set(String(pair.key.value), { start: range[0]! + shift, end: Math.max(range[1]!, range[0]! + 1) + shift });
  }
}

const audiences = new Set(['public', 'customers', 'developers', 'admins', 'stakeholders', 'internal']);

export function contextFrom(data: Record<string, unknown> | undefined): DocumentContext {
  if (!data) return {};
  const context: DocumentContext = {};
  if (typeof data.type === 'string') context.type = data.type;
  if (typeof data.status === 'string') context.status = data.status;
  if (typeof data.audience === 'string' && audiences.has(data.audience)) context.audience = data.audience as Audience;
  if (context.type === 'internal' && !context.audience) context.audience = 'internal';
  return context;
}
