import { sourceOf, scan } from '../text-scan';
import type { ChunkAnalysis } from '../analyze';
import type { DocumentRule, RawFinding } from '../rule';

const MERIDIEM = '(?:[ap]\\.m\\.|[ap]m\\b)';
const TIME = new RegExp(`(?<![\\w:.\\/-])(?:(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\s?${MERIDIEM})?|(?:1[0-2]|0?[1-9])\\s?${MERIDIEM}|(?:1[0-2]|0?[1-9])\\.[0-5]\\d\\s?(?:${MERIDIEM}|noon\\b|midday\\b))(?![\\w:]|\\.\\d|\\s*(?:hours?|hrs?|minutes?|mins?)\\b)`, 'gi');
/**
 * Four-digit clock times (“closed at 1830.”, “From 1800, phones…”, “1800 hrs”) and “until midnight”; not
 * counts such as “at 1500 per minute” or “after 1200 requests”, and after words that also take years
 * (from, until, before…) not 19xx or 20xx.
 */
const FOUR_DIGIT_END = String.raw`(?![\w:/-]|\.\d|\s+(?:per|requests?|errors?|jobs?|users?|customers?|orders?|calls?|messages?|emails?|people|times|minutes?|seconds?|days?|ms|tickets?|pence|levels?|records?|accounts?|items?|transactions?|payments?|devices?|sites?|servers?|of)\b|\s+to\s+\d(?!\d{3}\b)|%)`;
const FOUR_DIGIT_TIME = new RegExp(String.raw`(?<=\b(?:at|At)\s)(?:[01]\d|2[0-3])[0-5]\d${FOUR_DIGIT_END}|(?<=\b(?:from|From|until|till|before|after|to)\s)(?!19|20)(?:[01]\d|2[0-3])[0-5]\d${FOUR_DIGIT_END}|\b(?:[01]\d|2[0-3])[0-5]\d(?=\s?hrs\b)|(?<=\b(?:at|At|until|till|by|before|after|around|from|From|to)\s)(?:midnight|midday|noon)\b`, 'g');
const ZONE_WORDS = 'UTC|GMT|Z|UT|CET|CEST|EET|EEST|WET|WEST|BST|IST|JST|KST|SGT|HKT|CST|CDT|EST|EDT|MST|MDT|PST|PDT|PT|ET|CT|MT|AKST|AKDT|HST|AEST|AEDT|AWST|ACST|ACDT|NZST|NZDT|SAST|MSK|BRT|ART|WIB|ICT|PHT';
/** Less common abbreviations, some of them also ordinary acronyms (GST is a tax): trusted only right next to a time. */
const RARE_ZONE_WORDS = 'CAT|EAT|WAT|IDT|PKT|NPT|MYT|AST|ADT|NST|NDT|BRST|CLT|COT|PET|GST|TRT|AZT|UZT|YEKT|KRAT|VLAT|ChST|SST|WAST|AWDT|ACWST|CHAST|LHST';
const ZONE = new RegExp(`(?:\\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)/[A-Z][A-Za-z_]+\\b|\\b(?:central|eastern|pacific|mountain)(?:\\s+[A-Za-z]{2,10})?\\s+time\\b|\\b(?:${ZONE_WORDS})\\b|\\b(?:utc|gmt|pst|pdt|edt|cdt|mdt|bst|cest|aest|aedt|jst)\\b|(?:UTC|GMT)?\\s?[+-]\\d{1,2}(?::?\\d{2})?\\b(?![:\\d]|\\s?[ap]\\.?m)|\\b(?:Pacific|Eastern|Central|Mountain|Coordinated Universal)(?:\\s(?:Standard|Daylight))?\\s?Time\\b|^\\s*(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii)\\b|\\btime zone\\b|\\b[A-Z][a-z]+(?: [A-Z][a-z]+)? time\\b)`);
/** A statement that all times in the text share a zone. */
const ALL_TIMES = new RegExp(`\\b(?:all|the)?\\s*times?\\b[^.\\n]{0,30}?\\b(?:${ZONE_WORDS})\\b|\\b(?:${ZONE_WORDS})\\s+times?\\b`);
const LOOK_AHEAD = 48;
/** How far back a zone may stand in the same sentence (“from 02:00 UTC to 04:00”); bounded so long lines stay linear. */
const LOOK_BEHIND = 160;
const RARE_ZONE_AFTER = new RegExp(`^\\s*\\(?(?:${RARE_ZONE_WORDS})\\b`);
/** “from 4:40pm to 5:10pm (eastern)”: a region's name in brackets after the times. */
const REGION_IN_BRACKETS = /\((?:pacific|eastern|central|mountain|atlantic|alaska|hawaii)(?:\s+time)?\)/i;

/** What one block says about times; blocks are cached and reused across checks, so this is worked out once per block. */
interface BlockTimes {
  /** The block states the zone of every time in the document (“All times are in UTC”). */
  statesAllTimes: boolean;
  /** The block starts with a heading that names a zone, covering its section. */
  zonedHeading?: { depth: number };
  /** A block that starts with a heading, without a zone. */
  heading?: { depth: number };
  /** A table whose header row names a zone. */
  zonedTable: boolean;
  /** Times without a zone nearby, with offsets in the block. */
  unzoned: Array<{ start: number; end: number; text: string }>;
}

const blockTimesCache = new WeakMap<ChunkAnalysis, BlockTimes>();

function blockTimes(analysis: ChunkAnalysis): BlockTimes {
  let times = blockTimesCache.get(analysis);
  if (times) return times;
  const heading = analysis.headings[0];
  const startsWithHeading = heading && heading.start === 0;
  const firstLine = analysis.text.split(/\r?\n|\r/, 1)[0]!;
  const prose = sourceOf(analysis, analysis.prose);
  times = {
    statesAllTimes: analysis.prose.some((span) => ALL_TIMES.test(analysis.text.slice(span.start, span.end))),
    ...(startsWithHeading ? (ZONE.test(heading.text) ? { zonedHeading: { depth: heading.depth } } : { heading: { depth: heading.depth } }) : {}),
    zonedTable: firstLine.trimStart().startsWith('|') && ZONE.test(firstLine),
    unzoned: [...scan(prose, TIME), ...scan(prose, FOUR_DIGIT_TIME)]
      .sort((a, b) => a.start - b.start)
      .filter((hit) => !hasZoneNearby(analysis.text, hit.start, hit.end))
      .map(({ start, end, text }) => ({ start, end, text })),
  };
  blockTimesCache.set(analysis, times);
  return times;
}

const timeZone: DocumentRule = {
  id: 'time-zone',
  description: 'Clock times without a time zone (“at 14:32”, “3pm”).',
  defaultSeverity: 'warning',
  scope: 'document',
  check(document) {
    const findings: RawFinding[] = [];
    const body = document.chunks.map(({ start, analysis }) => ({ start, times: blockTimes(analysis) }));
    if (body.some(({ times }) => times.statesAllTimes)) return findings;
    /** Heading depth whose text names a zone, covering its section. */
    let zonedDepth = Infinity;
    for (const { start: chunkStart, times } of body) {
      const heading = times.zonedHeading ?? times.heading;
      if (heading) {
        if (heading.depth <= zonedDepth) zonedDepth = Infinity;
        if (times.zonedHeading) zonedDepth = heading.depth;
      }
      if (zonedDepth !== Infinity || times.zonedTable) continue;
      for (const hit of times.unzoned) {
        findings.push({
          start: chunkStart + hit.start,
          end: chunkStart + hit.end,
          actual: hit.text,
          message: `“${hit.text}” has no time zone, so readers elsewhere cannot tell when this was. Add one (for example “${hit.text} UTC”).`,
          suggestions: [{ title: `Add “UTC”: “${hit.text} UTC”`, replacement: `${hit.text} UTC` }],
        });
      }
    }
    return findings;
  },
};

function hasZoneNearby(text: string, start: number, end: number): boolean {
  // Windows of bounded size, cut at the line: searching the whole line for each time was quadratic.
  const after = text.slice(end, end + LOOK_AHEAD).split('\n', 1)[0]!;
  const window = text.slice(Math.max(0, start - LOOK_BEHIND), start);
  // A zone named in an earlier sentence does not cover this time (“At 9:10 PST … At 9:20 our team …”).
  const before = withoutMeridiemDots(window.slice(window.lastIndexOf('\n') + 1)).split(/[.;!?]\s/).pop()!;
  const clause = withoutMeridiemDots(after).split(/[.;!?](?:\s|$)/, 1)[0]!;
  return ZONE.test(clause) || RARE_ZONE_AFTER.test(clause) || REGION_IN_BRACKETS.test(clause) || ZONE.test(before);
}

/** “9 a.m.” → “9 am”, so its full stops do not end the sentence. */
function withoutMeridiemDots(text: string): string {
  return text.replace(/\b([ap])\.m\./gi, '$1m');
}

export default timeZone;
