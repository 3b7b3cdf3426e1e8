import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const OWN = 'Say who acted (usually “we”): for example “we deployed a change that…”.';
const CAUSES = 'code|change|changes|update|updates|configuration|configurations|config|deployment|deploy|script|command|migration|mistake|mistakes|error|errors|bug|bugs|setting|settings|rule|rules|patch|release|query|job';
const ACTS = 'made|deployed|pushed|introduced|applied|misconfigured|rolled|merged|shipped|executed|run|ran|released|enabled|disabled|removed|deleted|modified|changed|triggered|started|initiated|performed|committed|overlooked|missed';
const WITH_AGENT = /^\s+(?:\w+\s+){0,3}by\s/i;

const entries: PhraseEntry[] = [
  { phrase: ['mistakes|errors were made', 'a mistake|an error was made', 'actions|steps|measures were|was taken'], message: `“{phrase}” hides who made them. ${OWN}` },
  // “A fix script has been deployed” reports the fix; the cause is told in the past tense.
  { phrase: `${CAUSES} was|were|had been? inadvertently|accidentally|mistakenly|incorrectly|erroneously|unintentionally? ${ACTS}`, message: `“{phrase}” is passive and hides who acted. ${OWN}`, unlessRestMatches: WITH_AGENT },
  { phrase: `was|were|been|being|got inadvertently|accidentally|mistakenly|incorrectly|erroneously|unintentionally ${ACTS}|pointed|set|configured|deployed`, message: `“{phrase}” is passive and hides who acted. ${OWN}`, unlessRestMatches: WITH_AGENT },
  { phrase: ['was|were|been|being somehow|simply|unfortunately? introduced|misconfigured|pointed|overlooked|missed', 'went unnoticed|undetected', 'was|were not aligned|caught|detected|noticed|tested'], message: `“{phrase}” hides who acted (or failed to). ${OWN}`, unlessRestMatches: WITH_AGENT, notFollowedBy: ['out'] },
  { phrase: 'a|an|the maintenance|database|configuration|network|system? activity|operation|procedure|task|job was|were (performed|carried out|executed|run|conducted)', skipInTypes: ['maintenance'], message: `“{phrase}” hides who acted. ${OWN}`, unlessRestMatches: WITH_AGENT },
  { phrase: ['was|were|had not|never been? properly|correctly|fully? configured|tested|checked|validated|reviewed|updated', 'there was|were a|an error|mistake|bug|oversight in'], message: `“{phrase}” hides who acted (or failed to). ${OWN}`, unlessRestMatches: new RegExp(`${WITH_AGENT.source}|^\\s+(?:our|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:that|which)\\b`, 'i') },
  { phrase: 'the situation|incident|outage|problem was|were assessed|escalated|handled|mishandled', message: `“{phrase}” hides who acted. ${OWN}`, unlessRestMatches: WITH_AGENT },
  { phrase: 'procedure|procedures|process|processes|protocol|protocols|guidelines|instructions|policy|policies|steps was|were|had not been? followed', message: `“{phrase}” hides who did not follow them. ${OWN}`, unlessRestMatches: WITH_AGENT },
  { phrase: 'inadvertent|accidental|mistaken|unintended|erroneous removal|deletion|change|deployment|misconfiguration|update|push', message: `“{phrase}” describes a mistake without saying who made it. ${OWN}` },
  { phrase: `bug|bugs|regression|error|defect|change introduced|deployed|shipped|released|pushed`, message: `“{phrase}” leaves out who introduced it. ${OWN}`, unlessRestMatches: WITH_AGENT },
  { phrase: 'change|changes|migration|update|upgrade|deployment|deploy|release|configuration|bug|certificate|setting|settings|patch|script|rule|rules being deployed|rolled|pushed|applied|introduced|pointed|made', message: `“{phrase}” hides who acted. ${OWN}`, unlessRestMatches: WITH_AGENT },
  // In a maintenance notice the planned work is the subject, not a cause.
  { phrase: '(a|an|the) (recent|routine) *? *? change|changes|migration|update|upgrade|deployment to|of|in|with', skipInTypes: ['maintenance'], unlessBeforeMatches: /\b(?:we|us|our team|our engineers)\b/i, unlessRestMatches: /^\s+(?:\S+\s+){0,6}?(?:by|from)\s+(?:we|us|our)\b|^\s+(?:\S+\s+){0,8}?we\b|^\s+(?:\S+\s+){0,5}?(?:is|was|has been)\s+(?:complete|completed|finished|done)\b/i, message: `“{phrase}” names the change but not who made it. ${OWN}` },
  { phrase: 'a|an|the recent|routine|planned|scheduled? database|configuration|infrastructure|software|code|network? migration|change|update|upgrade|deployment caused|triggered|led', message: `“{phrase}” makes the change the actor. Say who made it (usually “we”).` },
  {
    phrase: ['(caused by|due to|the result of|resulted from|triggered by) a|an recent|routine|planned|scheduled|faulty|bad|incorrect|misconfigured|database|configuration|code? deploy|deployment|change|migration|update|upgrade|release|error|mistake|bug|misconfiguration', '(caused by|due to|the result of|resulted from|triggered by) the recent|routine|planned|scheduled|faulty|bad|incorrect|misconfigured|database|configuration|code? deploy|deployment|change|migration|update|upgrade|release|misconfiguration'],
    message: `“{phrase}” names a cause without saying who made it. ${OWN}`,
    unlessRestMatches: /^\s+(?:\S+\s+){0,5}?(?:we|our (?:team|engineers?|staff))\b/i,
  },
];

export default phraseRule(
  { id: 'passive-blame', description: 'Passive voice that hides who caused the problem (“a change was deployed”).', defaultSeverity: 'info' },
  entries,
);
