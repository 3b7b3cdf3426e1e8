import { sourceOf, scan } from '../text-scan';
import type { ChunkRule, RawFinding } from '../rule';

const VOCABULARY = 'name|date|time|number|duration|link|url|component|components|service|product|region|customer|company|impact|cause|details?|description|summary|percentage|count|eta|start|end|email|phone|x|n';
const PATTERNS: Array<{ regex: RegExp; what: string }> = [
  { regex: /\{\{[^{}\n]{0,80}\}\}/, what: 'a template variable' },
  { regex: /\$\{\d+(?::[^}\n]{0,80})?\}/, what: 'a snippet tab stop' },
  { regex: /\[(?:TBD|TBC|TODO|FIXME|XXX|\?+|(?:INSERT|PLACEHOLDER|ADD|FILL(?: IN)?|DESCRIBE|ENTER)\b[^\]\n]{0,60})\](?![([])/i, what: 'a bracketed placeholder' },
  { regex: new RegExp(`\\[[^\\]\\n]{0,30}\\b(?:${VOCABULARY})\\b[^\\]\\n]{0,30}\\](?![(\\[:])`, 'i'), what: 'a bracketed placeholder' },
  { regex: /\b(?:TODO|TBD|TBC|FIXME)\b/, what: 'a to-do marker' },
  { regex: /\b(?:XX|HH):(?:XX|MM)\b|\bhh:mm\b/, what: 'a time placeholder' },
  { regex: /\b(?:XXX+|YYYY-MM-DD|DD\/MM\/YYYY|MM\/DD\/YYYY)\b/, what: 'a placeholder' },
  { regex: /(?<![\w.])[XN] ?(?:%|minutes|hours|users|customers|requests|accounts)(?!\w)/, what: 'a number placeholder' },
  { regex: /\blorem ipsum\b/i, what: 'filler text' },
];
const HTML_TAGS = new Set('a abbr b br code del details div em h1 h2 h3 h4 h5 h6 hr i img ins kbd li ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul'.split(' '));
const ANGLE_PLACEHOLDER = /^<([A-Za-z][\w -]{0,40})>$/;

/** True when the text still holds a template placeholder (other rules wait until it is filled). */
export function hasPlaceholder(text: string): boolean {
  return PATTERNS.slice(0, 4).some(({ regex }) => regex.test(text));
}

const unfilledPlaceholder: ChunkRule = {
  id: 'unfilled-placeholder',
  description: 'Template placeholders left in the text ({{…}}, [TBD], TODO, <customer name>, XX:XX).',
  defaultSeverity: 'error',
  scope: 'chunk',
  scansFrontMatter: true,
  check(chunk) {
    const spans = sourceOf(chunk, chunk.prose);
    const findings: RawFinding[] = [];
    for (const { regex, what } of PATTERNS) {
      for (const hit of scan(spans, regex)) findings.push(placeholder(hit.start, hit.end, hit.text, what));
    }
    for (const html of chunk.html) {
      const match = ANGLE_PLACEHOLDER.exec(html.value.trim());
      if (match && !HTML_TAGS.has(match[1]!.toLowerCase().split(' ')[0]!)) findings.push(placeholder(html.start, html.end, html.value, 'a placeholder'));
    }
    return dropContained(findings);
  },
};

function placeholder(start: number, end: number, text: string, what: string): RawFinding {
  return { start, end, actual: text, message: `“${text}” is ${what} left unfilled. Replace it with the real detail before publishing.` };
}

function dropContained(findings: RawFinding[]): RawFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return findings.filter((finding) => {
    if (finding.end <= reach) return false;
    reach = Math.max(reach, finding.end);
    return true;
  });
}

export default unfilledPlaceholder;
