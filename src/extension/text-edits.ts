// Pure text edits behind the extension's actions (no vscode import, so unit tests cover them).
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export interface TextInsert {
  offset: number;
  text: string;
}

const FENCE_OR_TABLE = /^\s*(?:`{3,}|~{3,}|\|)/;

/**
 * Where to put `<!-- incident-comms-disable-next-line RULE -->` so that it silences `line` (0-based) and
 * does not change how the document renders: at the end of the previous line when that line belongs to
 * the same block, else on a line of its own above.
 */
export function disableNextLineInsert(lines: readonly string[], line: number, ruleId: string, lineStartOffset: number, previousLineEndOffset: number): TextInsert {
  const comment = `<!-- incident-comms-disable-next-line ${ruleId} -->`;
  const previous = line > 0 ? lines[line - 1]! : '';
  if (line > 0 && previous.trim() !== '' && !FENCE_OR_TABLE.test(previous) && !previous.includes('-->')) {
    return { offset: previousLineEndOffset, text: ` ${comment}` };
  }
  const indent = /^[ \t]*/.exec(lines[line] ?? '')![0];
  return { offset: lineStartOffset, text: `${indent}${comment}\n` };
}

const FILE_COMMENT = /<!--\s*incident-comms-disable-file\b([^]*?)-->/;

/** Adds a rule to the file's disable-file comment, or inserts one after the front matter. */
export function disableFileEdit(text: string, ruleId: string, bodyStart: number): { offset: number; end: number; text: string } {
  const existing = FILE_COMMENT.exec(text);
  if (existing) {
    const rules = existing[1]!.trim().split(/\s+/).filter(Boolean);
    if (rules.length === 0 || rules.includes(ruleId)) return { offset: existing.index, end: existing.index, text: '' };
    return { offset: existing.index, end: existing.index + existing[0].length, text: `<!-- incident-comms-disable-file ${[...rules, ruleId].join(' ')} -->` };
  }
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { offset: bodyStart, end: bodyStart, text: `<!-- incident-comms-disable-file ${ruleId} -->${newline}${newline}` };
}

/**
 * Adds a term to `glossary.allow` in a YAML or JSON configuration, keeping comments and layout.
 * Returns undefined when the term is already allowed; throws when the file cannot be parsed.
 */
export function addAllowedTerm(source: string, term: string, json: boolean): string | undefined {
  if (json) {
    const value = source.trim() === '' ? {} : JSON.parse(source);
    const glossary = (value.glossary ??= {});
    const allow: string[] = (glossary.allow ??= []);
    if (allow.includes(term)) return undefined;
    allow.push(term);
    return `${JSON.stringify(value, null, 2)}\n`;
  }
  const document = parseDocument(source) as unknown as Document;
  if (document.errors.length > 0) throw new Error(document.errors[0]!.message.split('\n')[0]);
  if (!isMap(document.contents)) {
    const empty = document.contents === null || (isScalar(document.contents) && document.contents.value === null);
    if (!empty) throw new Error('The configuration is not a mapping of keys.');
    document.contents = document.createNode({}) as Document['contents'];
  }
  const allow = document.getIn(['glossary', 'allow'], true);
  if (isSeq(allow)) {
    if (allow.items.some((item) => (isScalar(item) ? item.value : item) === term)) return undefined;
    allow.add(document.createNode(term));
  } else if (allow === undefined || allow === null) {
    if (isMap(document.getIn(['glossary'], true))) document.setIn(['glossary', 'allow'], document.createNode([term]));
    else document.setIn(['glossary'], document.createNode({ allow: [term] }));
  } else {
    throw new Error('`glossary.allow` is not a list.');
  }
  return document.toString();
}
