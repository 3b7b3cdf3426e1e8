import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const REALISTIC = 'Promise what you changed and what it reduces, not perfection.';
const REDUCE_RISK = 'we have made changes to reduce the risk of this happening again';

/** “We cannot guarantee …” is honest about limits, not a promise. */
const REFUSED = /\b(?:not|no|cannot|can['’]t|never|unable to|\w+n['’]t)\s+(?:\w+\s+)?$/i;
/** “help prevent”, “should prevent”, “cannot prevent every outage”, “working to prevent”: not a promise. */
const NOT_A_PROMISE = /\b(?:help|helps|helping|should|could|might|may|cannot|can['’]t|not|never|nothing|no|working|work|trying|try|aim|aims|hope|hoping)\b(?:\s+[\w'’]+){0,3}\s+$/i;

/** Unless a promise that something will not recur follows (“ensure no configurations will result in future failures”). */
// “Again” forms have entries of their own, which flag the whole promise; this catches the rest.
const NO_NEVER_AGAIN_FOLLOWS = /^(?!(?:\s+that)?\s+(?:(?:this|it|such|similar|the\s+same|the\s+(?:issue|incident|outage|problem|failure))\b[^.;]{0,60}?\b(?:never|not|n['’]t|cannot)|no|nothing)\b[^.;]{0,50}?\b(?:recur\w*|reoccur\w*|repeat\w*|(?:in\s+the\s+)?future)\b)|^[^.;]*\bagain\b/i;

/** “monitored to ensure impact did not reoccur”: a check that was made, not a promise. */
const CHECKED_IN_THE_PAST = /^(?:\s+that)?[^.;]{0,60}?\b(?:did|had|was|were)(?:\s+not|n['’]t)\b/i;

const entries: PhraseEntry[] = [
  { phrase: ['ensure|ensures|ensuring|guarantee|guarantees|guaranteeing', 'make|makes|making sure'], unlessBeforeMatches: new RegExp(`${NOT_A_PROMISE.source}|\\b(?:please|you|your)\\b[^.]{0,40}$`, 'i'), unlessRestMatches: new RegExp(`${NO_NEVER_AGAIN_FOLLOWS.source}|${CHECKED_IN_THE_PAST.source}`, 'i'), message: `“{phrase}” promises that it cannot happen again. ${REALISTIC}` },
  {
    phrase: ['this|it|that will|would|can never happen|occur|recur again?', 'this|it|that won\'t|cannot|can\'t happen|occur|recur again', 'this|it|that will|can not happen|occur|recur again', 'never happen|occur|recur again', 'will never happen|occur|recur'],
    message: `“{phrase}” is a promise no one can keep. ${REALISTIC}`,
    replacements: [REDUCE_RISK],
  },
  { phrase: ['ever happen|happens|occur|occurs|recur|recurs again', 'from ever happening|occurring|recurring again?'], message: `“{phrase}” promises perfection. ${REALISTIC}`, unlessSentenceMatches: /^\s*(?:if|should)\b/i },
  { phrase: 'never happens|occurs|recurs again', message: `“{phrase}” promises perfection. ${REALISTIC}` },
  {
    phrase: ['ensure|ensures|ensuring|guarantee|guarantees that? this|it|they cannot|can\'t|never happen|occur|recur|repeat|reoccur', 'ensure|ensures|ensuring|guarantee|guarantees that? this|it|they will|can not|never happen|occur|recur|repeat|reoccur', 'ensure|ensures|ensuring|guarantee|guarantees that? this|the|such issue|incident|problem|outage cannot|can\'t|never happen|occur|recur|repeat|reoccur', 'ensure|ensures|ensuring|guarantee|guarantees that? this|the|such issue|incident|problem|outage will|can not|never happen|occur|recur|repeat|reoccur'],
    message: `“{phrase}” promises that it cannot happen again. ${REALISTIC}`,
  },
  { phrase: ['completely|fully|entirely|totally|permanently|100% fixed|eliminated|eradicated|solved', 'permanently resolved', 'completely|fully|totally eliminate|eliminated|eliminating the|this|any|all risk|possibility|chance'], message: `“{phrase}” claims more certainty than anyone has. Say what you changed instead.`, replacements: ['fixed'] },
  { phrase: ['prevent|prevents * *? *? *? *? from happening|occurring|recurring again', '(will not|won\'t) be impacted|affected in this manner|way again'], unlessBeforeMatches: NOT_A_PROMISE, message: `“{phrase}” promises that it cannot happen again. ${REALISTIC}` },
  // Once the incident is over; a live update may say it is still working on one.
  { phrase: 'permanent fix|solution|resolution', skipInTypes: ['update', 'maintenance'], unlessBeforeMatches: /\b(?:no|not|yet|working on|work on|until)\b(?:\s+[\w'’]+){0,3}\s+$/i, unlessRestMatches: /^\s+(?:is|will|was|has been)\s+(?:scheduled|planned|expected|coming|be|not|still)\b/i, message: `“{phrase}” claims more certainty than anyone has. Say what you changed and how you will know if it fails.` },
  { phrase: ['will prevent this|it from happening|occurring|recurring again?', 'will prevent such|similar|this an? outage|outages|incident|incidents|issue|issues|problem from happening|occurring|recurring again?', 'ensure|ensures|ensuring that? this|it|such an? issue|incident|problem|outage? does|do|would|will not|never happen|occur|recur again?', 'ensure|ensures|ensuring that? this|it|such an? issue|incident|problem|outage? doesn\'t happen|occur|recur again?'], unlessBeforeMatches: NOT_A_PROMISE, message: `“{phrase}” promises that it cannot happen again. ${REALISTIC}` },
  { phrase: 'guarantee|guarantees|guaranteeing', unlessBeforeMatches: REFUSED, notFollowedBy: ['of', 'covers', 'scheme', 'is', 'applies'], notPrecededBy: ['money-back', 'deposit', 'price', 'satisfaction', 'contract', 'sla', 'warranty', 'service', 'your', 'the', 'a'], unlessNumberWithin: 3, message: `“{phrase}” promises what no one can guarantee. Say what the change does and how you will know if it fails.` },
  { phrase: 'eliminated|eliminate|removed the|any|all possibility|risk|chance', message: `“{phrase}” promises zero risk. Say how the change reduces the risk instead.`, replacements: ['reduced the risk'] },
  { phrase: ['we guarantee|guaranteed', 'is|are|be guaranteed', 'guarantee|guarantees that', 'rest assured'], unlessBeforeMatches: REFUSED, message: `“{phrase}” makes a guarantee. ${REALISTIC}` },
  { phrase: ['100% reliable|available|uptime|safe|secure|resilient|protected|sure|certain|confident|foolproof', '100 percent reliable|available|uptime|safe|secure|resilient|protected|sure|certain|confident', 'one hundred percent reliable|available|uptime|safe|secure|resilient|protected|sure|certain|confident'], message: `“{phrase}” promises perfection. ${REALISTIC}` },
  {
    phrase: [
      'ensure|ensures|ensuring|guarantee this|it|that does|will not|never occur|happen|recur again',
      'ensure|ensures|ensuring|guarantee this|it|that does|will not|never occur|happen|recur in the future',
      "ensure|ensures|ensuring this|it doesn't|won't occur|happen|recur again",
      "ensure|ensures|ensuring this|it doesn't|won't occur|happen|recur in the future",
    ],
    message: `“{phrase}” promises it cannot happen again. ${REALISTIC}`,
    unlessBeforeMatches: NOT_A_PROMISE,
  },
  { phrase: 'fully|completely|totally|100% resilient|reliable|secure|protected|safe|immune|redundant', message: `“{phrase}” promises perfection. ${REALISTIC}`, notPrecededBy: ['not'] },
  { phrase: 'fully|completely|totally? committed to preventing any|all', message: `“{phrase}” promises to prevent every problem. ${REALISTIC}` },
  { phrase: 'ensure|ensures|ensuring|guarantee this|the|that|our maintenance|migration|upgrade|change|work|transition will be successful|seamless|smooth|uneventful', message: `“{phrase}” promises an outcome nobody can guarantee. Say what you are doing to reduce the risk and what happens if it goes wrong.` },
  { phrase: ['ensure|ensures|ensuring|guarantee|guarantees a|an|the|our? seamless|uninterrupted|flawless|perfect|smooth|continuous|optimal|error-free|trouble-free', 'will|would avoid|prevent any|all problems|issues|incidents|outages|disruption|disruptions|failures|recurrence', 'well|fully|completely protected against'], unlessBeforeMatches: NOT_A_PROMISE, message: `“{phrase}” promises an outcome nobody can guarantee. ${REALISTIC}` },
  { phrase: 'bulletproof|foolproof|failproof|fail-proof|infallible', message: `“{phrase}” promises perfection. ${REALISTIC}` },
  { phrase: ['no longer possible for this|it to happen|occur|recur', 'impossible for this|it to happen|occur|recur|happen|occur|recur'], message: `“{phrase}” promises it cannot happen again. ${REALISTIC}` },
];

export default phraseRule(
  { id: 'absolute-guarantee', description: 'Promises of perfection such as “this will never happen again”.', defaultSeverity: 'warning' },
  entries,
);
