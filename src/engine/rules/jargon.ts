import { normalizeTerm } from '../explained-terms';
import { GLOSSARY, type GlossaryEntry } from '../data/jargon-glossary';
import { PhraseTable, type PhraseEntry } from '../phrases';
import type { ChunkAnalysis } from '../analyze';
import { phraseFindings, type ChunkRule, type RawFinding } from '../rule';
import { scan, sourceOf } from '../text-scan';
import type { Config } from '../types';

function pluralised(term: string): string {
  const words = term.split(/\s+/);
  const last = words.pop()!;
  const plural = /(s|x|ch|sh)$/i.test(last) || /\d$/.test(last) ? last : `${last}|${last}s`;
  return [...words, plural].join(' ');
}

function toEntry(entry: GlossaryEntry): PhraseEntry {
  const advice = entry.plain ? `Say “${entry.plain}” or explain it in plain words.` : 'Say what it meant for users in plain words.';
  return {
    phrase: pluralised(entry.term),
    caseSensitive: entry.term !== entry.term.toLowerCase(),
    message: `“{phrase}” is jargon many readers won't know. ${advice}`,
    replacements: entry.plain ? [entry.plain] : [],
    // “Pod 23”, “Node 4”: a name, not the concept.
    unlessRestMatches: entry.unlessRest ? new RegExp(`^\\s+\\d|${entry.unlessRest.source}`, 'i') : /^\s+\d/,
    // An acronym in a sentence written in capitals (“WE DID NOT LOSE ANY DATA”) is a shouted word.
    ...(entry.term !== entry.term.toLowerCase() && entry.term === entry.term.toUpperCase() ? { unlessSentenceMatches: /^[^a-z]*$/ } : {}),
    ...(entry.notFollowedBy ? { notFollowedBy: entry.notFollowedBy } : {}),
  };
}

interface Tables {
  all: PhraseTable;
  /** For developers: all but their everyday vocabulary. Built on first use: most texts never need it. */
  developers: () => PhraseTable;
  /** Terms the workspace allows, lower case. */
  allowed: ReadonlySet<string>;
}

const tables = new WeakMap<Config, Tables>();
const DEFAULT_CONFIG: Config = {};

function tablesFor(config: Config): Tables {
  let built = tables.get(config);
  if (built) return built;
  const allowed = new Set((config.glossary?.allow ?? []).map((term) => term.toLowerCase()));
  const extra = Object.entries(config.glossary?.terms ?? {}).map(([term, plain]): GlossaryEntry => ({ term, plain, level: 'internal' }));
  const overridden = new Set(extra.map((entry) => entry.term.toLowerCase()));
  const entries = [...GLOSSARY.filter((entry) => !overridden.has(entry.term.toLowerCase())), ...extra].filter((entry) => !allowed.has(entry.term.toLowerCase()));
  const phrases = entries.map(toEntry);
  let developers: PhraseTable | undefined;
  built = {
    all: new PhraseTable(phrases),
    developers: () => (developers ??= new PhraseTable(phrases.filter((_, index) => entries[index]!.level !== 'everyday'))),
    allowed,
  };
  tables.set(config, built);
  return built;
}

/** Tracker references such as “PLAT-3476” or “INC-1042”; not standards and names such as SHA-256 or COVID-19. */
const TICKET = /(?<![\w/.@#-])(?!(?:UTC|GMT|UT|SHA|AES|ISO|IEC|UTF|RSA|CVE|COVID|MD|TLS|SSL|HTTP|IPV|PCI|SOC|GDPR|RFC|ECMA|WPA|DDR|USB|US|EU|UK|ES|EC|PS|ASN|AS|ICD|GPT|SARS|MERS)-)[A-Z][A-Z0-9]{1,9}-\d{2,6}(?![\w-])/g;

function ticketFindings(chunk: ChunkAnalysis, allowed: ReadonlySet<string>): RawFinding[] {
  const prose = sourceOf(chunk, chunk.prose.filter((span) => !span.quoted));
  return scan(prose, TICKET).filter((hit) => !allowed.has(hit.text.toLowerCase())).map((hit) => ({
    start: hit.start,
    end: hit.end,
    actual: hit.text,
    message: `“${hit.text}” is an internal ticket reference readers cannot open. Say what the work does for them instead.`,
    suggestions: [],
  }));
}

const jargon: ChunkRule = {
  id: 'jargon',
  description: 'Terms a customer would not know, with plain replacements.',
  defaultSeverity: 'warning',
  scope: 'chunk',
  check(chunk, context) {
    const audience = context.document.audience;
    if (audience === 'internal') return [];
    const table = tablesFor(context.config ?? DEFAULT_CONFIG);
    return [...phraseFindings(audience === 'developers' ? table.developers() : table.all, chunk), ...ticketFindings(chunk, table.allowed)].sort((a, b) => a.start - b.start);
  },
  // A term the document explains anywhere (or lists as a status-page component) is known to its readers.
  keep: (finding, document) => !document.explained.has(normalizeTerm(finding.actual ?? '')),
};

export default jargon;
