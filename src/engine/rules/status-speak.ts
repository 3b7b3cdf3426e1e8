import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const SAY_WHAT = 'Say what users saw or could not do (for example “pages failed to load”, “payments were declined”) instead.';

/** What the issue does to users follows (“an issue where devices cannot sync”, “an issue preventing sign-in”). */
const SPECIFIC_ISSUE = /^\s+(?:(?:an?|the|this)\s+)?(?:(?:issue|issues|problem|problems|outage|bug|incident)\s+)?(?:where|whereby|in which|that\s+(?:is\s+|was\s+)?(?:prevents?|preventing|prevented|stops?|stopping|blocks?|blocking)|preventing|stopping|blocking)\b/i;

/** “… that stopped all card payments”: what the disruption did follows. */
const WHAT_IT_DID = /^\s+(?:that|which|where)\s+(?:\w+\s+){0,2}?(?:stopped|prevented|blocked|broke|delayed|caused|meant|left|kept|cut|took|shut)\b|^[^.]{0,60}?(?::\s*\S|\d+(?:[.,]\d+)?\s*%)/i;

/** A conditional instruction (“If you are still having trouble…”) describes no incident. */
const CONDITIONAL = /^\s*["“‘(]?\s*if\b/i;

/** “trouble connecting”, “problems reaching us by phone”: what users could not do follows. */
const WHAT_USERS_TRIED = /^\s+(?:any\s+)?(?!during\b|following\b|regarding\b|concerning\b|including\b|according\b|pending\b|resulting\b)[a-z]+ing\b/i;

/** “no further network issues”, “without service disruption”, “if you still experience problems”. */
const NEGATED_OR_CONDITIONAL = /(?:\bstatus(?:\s+(?:changed|set|updated))?\s+(?:to|remaining|remains|is)\s+|\b(?:changed to|marked as)\s+|\b(?:no|without|avoid|avoids|avoided|prevent|prevents|prevented|minimi[sz]e[ds]?)\s+(?:further\s+|more\s+|other\s+|new\s+|similar\s+|a\s+|major\s+)?|\bany\s+(?:further|more|other|new|similar)\s+|\b(?:not|never|n['’]t)\s+(?:seen|had|been|experienced|observed|noticed|received|found|detected)\s+(?:any\s+)?(?:[\w-]+\s+)?|\b(?:not|n['’]t)\s+(?:expect|anticipate|foresee)\b[^.]{0,60}?\s|\b(?:about|of|report|reports)\s+any\s+|\b(?:no(?!\s+longer\b)|nobody|no one)\s+(?:[\w'’-]+\s+){0,2}|\bif\s+(?:[\w'’-]+\s+){0,6})$/i;

/** “… were temporarily affected”: something was hit, but not what users saw. */
const WAS_AFFECTED = 'were|was|have|has been? temporarily|partially|briefly? affected|impacted|disrupted';

const table: PhraseEntry[] = [
  { phrase: 'elevated|increased|higher|heightened error|failure rates|rate|levels|counts|errors|failures', message: `“{phrase}” is status-speak. ${SAY_WHAT}`, replacements: ['more requests than usual failed'], unlessNumberWithin: 3 },
  { phrase: ['elevated|increased|higher|high latency|latencies', 'elevated|increased|higher|high|slow response|load|page times'], message: `“{phrase}” is status-speak. Say how much slower things were and for whom.`, replacements: ['slower responses'], unlessNumberWithin: 3 },
  { phrase: ['degraded performance|service|availability|functionality|experience', 'performance|service degradation|degradations', 'degradation of service|services|performance'], message: `“{phrase}” is status-speak. ${SAY_WHAT}`, replacements: ['slower than usual'] },
  { phrase: 'experiencing|experienced|experience|encountering|encountered|having|had issues|disruptions|disruption|degradation', message: `“{phrase}” hides what went wrong. ${SAY_WHAT}`, unlessNumberBefore: 8, unlessSentenceMatches: CONDITIONAL },
  { phrase: 'experiencing|experienced|experience|encountering|encountered|having|had problems|difficulties|trouble', message: `“{phrase}” hides what went wrong. ${SAY_WHAT}`, unlessNumberBefore: 8, unlessSentenceMatches: CONDITIONAL, unlessRestMatches: WHAT_USERS_TRIED },
  { phrase: ['service|services|system|platform disruption|disruptions|interruption|interruptions|issues|issue|degradation|incident|event', 'disruption|interruption to|of|in service'], message: `“{phrase}” is status-speak. ${SAY_WHAT}` },
  { phrase: ['we are aware of reports|issues|problems|an|a', 'we\'re aware of reports|issues|problems|an|a', 'aware of reports|issues|problems', 'we are|we\'re investigating|reviewing reports', 'investigating|reviewing reports of', 'looking into reports of'], message: `“{phrase}” says nothing about what users see. ${SAY_WHAT}`, unlessRestMatches: SPECIFIC_ISSUE },
  { phrase: ['investigating a|an? issue|issues|problem|problems affecting|impacting|with', 'looking into a|an? issue|issues|problem|problems affecting|impacting|with'], message: `“{phrase}” is formulaic. Say what is failing and for whom.` },
  // “A partial outage” says how much was down; an intermittent one still hides what users saw.
  { phrase: ['intermittent|partial|sporadic connectivity|availability|access? issues|problems|errors|failures|disruption|disruptions', 'intermittent|sporadic connectivity|availability|access? outage|outages'], message: `“{phrase}” is vague. ${SAY_WHAT}`, unlessRestMatches: /^\s+(?:when|while|with)\s+[a-z]+ing\b/i },
  { phrase: 'connectivity|availability|performance|access|login|network|technology|technical issues|problems', message: `“{phrase}” is vague. ${SAY_WHAT}` },
  { phrase: 'impacting|affecting some|certain|multiple|various|a number of? services|systems|functionality|features|components', message: `“{phrase}” is vague. Name the features and what users saw.` },
  { phrase: 'a|an? issue|issues impacting|affecting|with|in', message: `“{phrase}” is vague. Name what failed and what users saw.`, unlessRestMatches: /^\s+(?:the\s+)?(?:[A-Z]|future\b)/, notPrecededBy: ['fixed', 'resolved', 'corrected', 'fix', 'resolve', 'correct', 'address', 'addressed', 'the', 'this', 'that', 'these', 'those', 'similar', 'such'], unlessSentenceMatches: CONDITIONAL },
  { phrase: ['currently? investigating multiple|several|some|various|these issues|problems', 'currently? investigating this issue|issues|problem|matter', 'currently investigating the issue|issues|problem|matter', 'currently? looking into this|the issue|issues|problem|matter', 'the|this issue|problem|cause has|have been identified'], message: `“{phrase}” is formulaic. Say what is failing and for whom.`, unlessRestMatches: /^\s+(?:that|which|where)\b/ },
  { phrase: ['increased|elevated|higher|high number of error|failure rates|rate', 'a|an? elevated|increased|high|higher error|failure rate|rates'], message: `“{phrase}” is status-speak. ${SAY_WHAT}`, unlessNumberWithin: 3 },
  { phrase: ['billing|login|sign-in|connection|payment|api|email|delivery|deployment|sync|syncing issues|problems', 'degraded state', 'experienced|experiencing|saw|had a|an? degradation|disruption|interruption'], message: `“{phrase}” is vague. ${SAY_WHAT}` },
  { phrase: ['had|have|having|has some|several|various|multiple|intermittent issues', 'is|are|was|were having|experiencing issues'], message: `“{phrase}” is vague. ${SAY_WHAT}`, unlessNumberBefore: 8, unlessSentenceMatches: CONDITIONAL },
  { phrase: ['had|have|having|has some|several|various|multiple|intermittent problems|difficulties', 'is|are|was|were having|experiencing problems|trouble|difficulties'], message: `“{phrase}” is vague. ${SAY_WHAT}`, unlessNumberBefore: 8, unlessSentenceMatches: CONDITIONAL, unlessRestMatches: WHAT_USERS_TRIED },
  { phrase: ['we are|we\'re actively|currently investigating', 'we are|we\'re aware of some|certain|multiple|several', 'getting|receiving reports of'], message: `“{phrase}” is formulaic. Say what is failing and for whom.`, unlessRestMatches: new RegExp(`^\\s+(?:why|how|the cause|what)\\b|\\d|(?:${SPECIFIC_ISSUE.source})`, 'i') },
  { phrase: ['experiencing|experienced|encountering|having|had some|several|ongoing|intermittent * *? issues|problems|difficulties', 'intermittent|sporadic * *? issues|problems'], message: `“{phrase}” hides what went wrong. ${SAY_WHAT}`, unlessNumberBefore: 8, unlessRestMatches: WHAT_USERS_TRIED },
  { phrase: ['a|an major|significant|widespread|serious disruption|disruptions|outage to|of|in its|our|the systems|services', 'degraded user|customer experience', 'a|an significant|major|serious|severe impact on|to', 'power|electrical event|events'], unlessBeforeMatches: new RegExp(`${NEGATED_OR_CONDITIONAL.source}|\\b(?:for|on|monitor|monitoring|alert|alerts|alerting)\\s+$`, 'i'), message: `“{phrase}” is vague. ${SAY_WHAT}`, unlessRestMatches: WHAT_IT_DID },
  { phrase: ['a? higher|greater than normal|usual|expected level|levels|rate|rates|number of', 'increase|increases|spike|spikes|rise in error|failure rates|rate', 'a high|higher|large|larger|increased|elevated number of * *? errors|failures', 'partial * *? degradation', 'performance|service|availability|functionality was|is|were|has|had? been? significantly|severely|heavily|partially? degraded'], unlessBeforeMatches: new RegExp(`${NEGATED_OR_CONDITIONAL.source}|\\b(?:alert|alerts|alerting|monitor|monitoring|fires|triggers?)\\b[^.]{0,30}$`, 'i'), message: `“{phrase}” is status-speak. ${SAY_WHAT}`, unlessNumberWithin: 3 },
  { phrase: 'experiencing|experienced|encountering|having some|several|ongoing|intermittent stability|performance|connectivity|technical issues', message: `“{phrase}” hides what went wrong. ${SAY_WHAT}`, unlessNumberBefore: 8 },
  { phrase: ['a|an failure|issue|problem|fault in|with|affecting one of our core|internal|backend|key|critical? components|systems|services', 'reduced|decreased|poor|lower|impacted performance|availability', 'intermittent service|availability', 'service-impacting|service-affecting', 'service impacting|affecting'], notPrecededBy: ['be', 'non'], unlessRestMatches: WHAT_IT_DID, message: `“{phrase}” is vague. ${SAY_WHAT}`, unlessNumberWithin: 3 },
  { phrase: [`services|systems|platform|service|system (within|in|across) *? *? ${WAS_AFFECTED}`, `our|the|several|some|multiple|many services|systems|platform ${WAS_AFFECTED}`], unlessRestMatches: WHAT_IT_DID, message: `“{phrase}” says something was affected, not what users saw. ${SAY_WHAT}` },
  { phrase: 'IT issues|problems|difficulties', caseSensitive: true, message: `“{phrase}” is vague. ${SAY_WHAT}` },
  { phrase: 'operating|functioning|performing as expected|normally|intended', message: `“{phrase}” is status-speak. Say what works again (for example “payments go through again”).`, notPrecededBy: ['not'], unlessRestMatches: /^\s+as\s+possible\b/i, severity: 'info' },
];

const entries = table.map((entry): PhraseEntry => ({ unlessBeforeMatches: NEGATED_OR_CONDITIONAL, ...entry }));

export default phraseRule(
  { id: 'status-speak', description: 'Formulaic status language that hides what users saw.', defaultSeverity: 'warning' },
  entries,
);
