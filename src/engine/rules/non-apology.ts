import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const OWN_IT = 'Apologise for the specific harm (for example “We are sorry that you could not process payments for 40 minutes”).';

const entries: PhraseEntry[] = [
  {
    phrase: 'we apologize|apologise|regret again|sincerely|deeply? for? any|the? inconvenience|inconveniences this|that|it? may|might|could|will? have? caused|cause?',
    message: `“{phrase}” is a rote apology that makes the harm sound small. ${OWN_IT}`,
    replacements: ['we are sorry for the disruption this caused'],
  },
  {
    phrase: 'apologize|apologise|apologies|sorry|regret again|sincerely|deeply? for|about? any|the? inconvenience|inconveniences this|that|it? may|might|could|will? have? caused|cause?',
    message: `“{phrase}” is a rote apology that makes the harm sound small. ${OWN_IT}`,
  },
  { phrase: ['sorry|apologize|apologise|apologies if you|your|anyone|this|any|customers|users', 'regret if'], message: `“{phrase}” apologises conditionally, as if the harm might not be real. ${OWN_IT}` },
  { phrase: 'for any inconvenience|inconveniences|trouble|disruption|impact|issues this|that|it? may|might|could? have? caused?', notPrecededBy: ['apologize', 'apologise', 'apologies', 'sorry', 'regret'], message: `“{phrase}” doubts the harm was real. ${OWN_IT}` },
  { phrase: 'apologize|apologise|apologies|apology|sorry|regret for|about the|any|this|these trouble|troubles|disruption|disruptions|issues|issue|interruption|interruptions|problems|frustration|confusion|impact|outage|difficulties', message: `“{phrase}” apologises for nothing in particular. ${OWN_IT}`, unlessRestMatches: /^\s+(?:this|that|the)\s+(?!caused\b|may\b|might\b|has\b|have\b|will\b|would\b|could\b)[a-z]+\s+(?:caused|created)\b|^\s+(?:this|that|it)\s+(?:has\s+)?had\s+on\s+(?:our|your|the)\s+\w+|^\s+(?:this|that|it)\s+(?:has\s+|have\s+)?caused\s*[:—–]\s*\S/i },
  { phrase: 'apologize|apologise|apologies|sorry to|for any|anyone|those customer|customers|user|users|member|members|patients|residents|passengers|people|one? (of the public)? who|who\'ve|that', unlessRestMatches: /^(?!\s+(?:(?:has|have|had|was|were|is|are|may|might)\s+)?(?:have\s+)?(?:been\s+)?(?:affected|impacted|inconvenienced|disrupted|experienced|encountered|noticed|faced|suffered)\b)/i, message: `“{phrase}” apologises only to whoever turns out to be affected. ${OWN_IT}` },
  { phrase: 'if you|anyone are|were|is|have|has|had|experienced|experience *? *? *? *? i|we apologise|apologize|regret', message: `“{phrase}” apologises conditionally, as if the harm might not be real. ${OWN_IT}` },
  { phrase: 'express|expressed|extend|offer our|my regret|regrets|apologies', message: `“{phrase}” keeps the apology at arm's length. Say “we are sorry” and name the harm. ${OWN_IT}` },
  // Whoever apologises, “the inconvenience this may have caused” doubts the harm.
  { phrase: ['the|any inconvenience|inconveniences|inconvinience this|that|it may|might|could have? caused', 'the|any inconvenience|inconvinience caused by this|the *? problem|issue|outage|incident|disruption'], message: `“{phrase}” makes the harm sound small and doubtful. ${OWN_IT}` },
  { phrase: 'that? this|it may|might|could have caused', unlessRestMatches: /^\s+(?!you\b|to\b|our\b|your\b|everyone\b|anyone\b|customers\b|users\b|for\b|them\b|us\b)[\w'’]+/i, onlyIfBeforeMatches: /\b(?:apologi[sz]e|apologies|sorry|regret)\b[^.]{0,160}$/i, message: `“{phrase}” doubts the harm was real. ${OWN_IT}` },
  { phrase: 'we regret|regrets that? any|the? inconvenience|inconveniences|trouble', message: `“{phrase}” is a rote non-apology. ${OWN_IT}` },
];

export default phraseRule(
  { id: 'non-apology', description: 'Rote or conditional apologies such as “we apologize for any inconvenience”.', defaultSeverity: 'warning' },
  entries,
);
