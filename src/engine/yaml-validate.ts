import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** A problem in a YAML text, with offsets into that text. */
export interface YamlProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedYaml {
  value: unknown;
  document: Document;
  problems: YamlProblem[];
}

const ajv = new Ajv({ allErrors: true, strict: false });

export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}

/** Parses YAML (JSON is YAML too); syntax errors become problems, never exceptions. */
export function parseYaml(text: string): ParsedYaml {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = document.errors.map((error) => ({
    message: `Invalid YAML: ${firstLine(error.message)}`,
    start: error.pos[0],
    end: Math.max(error.pos[1], error.pos[0] + 1),
  }));
  const value = problems.length > 0 ? undefined : document.toJS();
  return { value, document, problems };
}

/** Validates a parsed document against a schema; each problem points at the key or value at fault. */
export function validateYaml(parsed: ParsedYaml, validate: ValidateFunction, text: string): YamlProblem[] {
  if (parsed.problems.length > 0) return [];
  if (validate(parsed.value)) return [];
  const problems: YamlProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'anyOf' || error.keyword === 'if') continue;
    const path = pointerToPath(error.instancePath);
    const located = locate(parsed.document, path, error);
    const problem = { message: describe(error, path), ...located };
    const key = `${problem.start}:${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  if (problems.length === 0) problems.push({ message: 'Does not match the schema.', start: 0, end: Math.min(text.length, 1) });
  return problems;
}

function describe(error: ErrorObject, path: string[]): string {
  const where = path.length > 0 ? `\`${path.join('.')}\`` : 'The document';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `${where} must be one of: ${(params.allowedValues as unknown[]).join(', ')}.`;
    case 'type':
      return `${where} must be ${article(String(params.type).replace(',', ' or '))}.`;
    case 'additionalProperties':
      return `Unknown key \`${[...path, String(params.additionalProperty)].join('.')}\`.`;
    case 'propertyNames':
      return `Unknown key \`${[...path, String(params.propertyName)].join('.')}\`.`;
    case 'required':
      return `${where} is missing \`${String(params.missingProperty)}\`.`;
    case 'pattern':
      return `${where} must be an ISO 8601 date and time with a UTC offset, e.g. 2026-03-04T14:02:00Z.`;
    default:
      return `${where} ${error.message ?? 'is not valid'}.`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function locate(document: Document, path: string[], error: ErrorObject): { start: number; end: number } {
  const params = error.params as Record<string, unknown>;
  const badKey =
    error.keyword === 'additionalProperties'
      ? String(params.additionalProperty)
      : error.keyword === 'propertyNames'
        ? String(params.propertyName)
        : undefined;
  let node: Node | null | undefined = document.contents as Node | null;
  let keyNode: Node | undefined;
  for (const segment of path) {
    const child = childOf(node, segment);
    if (!child) break;
    keyNode = child.key;
    node = child.value;
  }
  if (badKey !== undefined) {
    const child = childOf(node, badKey);
    if (child?.key?.range) return span(child.key);
  }
  const target = error.keyword === 'required' ? keyNode ?? node : node ?? keyNode;
  if (target?.range) return span(target);
  return { start: 0, end: 1 };
}

function childOf(node: Node | null | undefined, segment: string): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === segment) {
        return { key: pair.key, value: (pair.value as Node | null) ?? undefined };
      }
    }
  } else if (isSeq(node)) {
    const item = node.items[Number(segment)];
    if (item) return { value: item as Node };
  }
  return undefined;
}

function span(node: Node): { start: number; end: number } {
  const [start, valueEnd] = node.range!;
  return { start, end: Math.max(valueEnd, start + 1) };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
