import type { Rule } from '../rule';
import absoluteGuarantee from './absolute-guarantee';
import blameLanguage from './blame-language';
import frontMatter from './front-matter';
import hedging from './hedging';
import jargon from './jargon';
import lengthLimit from './length-limit';
import minimizingLanguage from './minimizing-language';
import missingSection from './missing-section';
import nonApology from './non-apology';
import passiveBlame from './passive-blame';
import plainWords from './plain-words';
import readability from './readability';
import relativeTime from './relative-time';
import sensitiveDetail from './sensitive-detail';
import statusSpeak from './status-speak';
import timeZone from './time-zone';
import unfilledPlaceholder from './unfilled-placeholder';
import vaguePrevention from './vague-prevention';

/** Every rule, in the order of the rule table in the docs. */
export const RULES: readonly Rule[] = [
  minimizingLanguage,
  absoluteGuarantee,
  jargon,
  statusSpeak,
  nonApology,
  hedging,
  passiveBlame,
  blameLanguage,
  readability,
  plainWords,
  unfilledPlaceholder,
  sensitiveDetail,
  timeZone,
  relativeTime,
  missingSection,
  vaguePrevention,
  frontMatter,
  lengthLimit,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
