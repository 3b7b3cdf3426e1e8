import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

/** [wordy phrase (pattern), plain replacement(s)]; the first replacement keeps the meaning. */
const TABLE: Array<[string, string[]]> = [
  ['utilize', ['use']], ['utilizes', ['uses']], ['utilized', ['used']], ['utilizing', ['using']], ['utilise', ['use']], ['utilised', ['used']], ['utilising', ['using']],
  ['utilization', ['use']], ['utilisation', ['use']],
  ['commence', ['start']], ['commenced', ['started']], ['commences', ['starts']], ['commencing', ['starting']],
  ['facilitate', ['help']], ['facilitated', ['helped']], ['facilitates', ['helps']],
  ['subsequently', ['later', 'then']], ['prior to', ['before']], ['in order to', ['to']], ['in order for', ['for']],
  ['in the event that', ['if']], ['in the event of', ['if there is']], ['due to the fact that', ['because']], ['owing to the fact that', ['because']],
  ['at this point in time', ['now']], ['at the present time', ['now']], ['at the current time', ['now']],
  ['on an ongoing basis', ['continuously']], ['on a daily basis', ['daily']],
  ['a number of', ['several', 'some']], ['a significant number of', ['many']],
  ['endeavor', ['try']], ['endeavour', ['try']], ['ascertain', ['find out']], ['ascertained', ['found out']],
  ['initiate', ['start']], ['initiated', ['started']],
  ['remediate', ['fix']], ['remediated', ['fixed']], ['rectify', ['fix']], ['rectified', ['fixed']],
  ['sufficient', ['enough']], 
  ['furthermore', ['also']], ['in addition to', ['besides']], ['with regard to', ['about']], ['with regards to', ['about']],
  ['with respect to', ['about']], ['in regard to', ['about']], ['pertaining to', ['about']],
  ['in excess of', ['more than']], ['in close proximity to', ['near']], 
  
  ['has the ability to', ['can']], ['have the ability to', ['can']], ['make a determination', ['decide']], ['take into consideration', ['consider']],
  ['leverage', ['use']], ['leveraged', ['used']], ['leveraging', ['using']], ['operationalize', ['put into use']],
  ['going forward', ['from now on']], ['moving forward', ['from now on']], ['in a timely manner', ['promptly', 'quickly']], ['in a timely fashion', ['promptly', 'quickly']],
  ['expeditiously', ['quickly']], ['expedite', ['speed up']], ['expedited', ['sped up']], ['cognizant', ['aware']],
  ['period of time', ['period', 'time']], ['in accordance with', ['under', 'following']], ['in an effort to', ['to']], ['making use of', ['using']], ['make use of', ['use']],
  ['therein', ['in it']], ['thereof', ['of it']], ['herein', ['here']], ['aforementioned', ['this', 'these']],
  ['employing', ['using']], ['emanated from', ['came from']], ['emanating from', ['coming from']], ['emanate from', ['come from']],
  ['remediation', ['fix']], ['remediations', ['fixes']], ['upon receipt of', ['when we receive', 'after receiving']], ['demarcated', ['marked']], ['pertains to', ['is about']], ['sets forth', ['sets out', 'describes']], ['set forth', ['set out', 'described']], ['remedial', ['corrective']], ['performant', ['fast', 'efficient']], ['in a customary fashion', ['as usual']], ['in a customary manner', ['as usual']],
  ['provide|give an acknowledgement|acknowledgment of', ['acknowledge']],
  ['notwithstanding', ['despite']], ['heretofore', ['until now']], ['henceforth', ['from now on']],
];

/** “At this time we were still diagnosing” means “then”: only a present-tense sentence can say “now”. */
const NOW_ONLY: Array<[string, string[]]> = [['at this time', ['now']]];

const PAST = /\b(?:was|were|had|did)\b/i;

const entries: PhraseEntry[] = [...TABLE, ...NOW_ONLY].map(([phrase, replacements]) => ({
  phrase,
  message: replacements[0] === ''
    ? '“{phrase}” adds words without meaning. Remove it.'
    : `“{phrase}” is wordy. Say “${replacements.join('” or “')}”.`,
  replacements,
  safe: replacements.length === 1 && !['a number of', 'remediation', 'remediations', 'remedial', 'at this time', 'employing'].includes(phrase),
  ...(NOW_ONLY.some(([now]) => now === phrase) ? { unlessSentenceMatches: PAST } : {}),
}));

export default phraseRule(
  { id: 'plain-words', description: 'Wordy or bureaucratic words with simpler alternatives (“utilize” → “use”).', defaultSeverity: 'info' },
  entries,
);
