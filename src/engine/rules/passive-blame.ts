import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const OWN = 'Say who acted (usually “we”): for example “we deployed a change that…”.';
const CAUSES = 'change|changes|update|updates|configuration|configurations|config|deployment|deploy|script|command|migration|mistake|mistakes|error|errors|bug|bugs|setting|settings|rule|rules|patch|release|query|job';
const ACTS = 'made|deployed|pushed|introduced|applied|misconfigured|rolled|merged|shipped|executed|run|ran|released|enabled|disabled|removed|deleted|modified|changed|triggered|started|initiated|performed|committed|overlooked|missed';
const WITH_AGENT = /^\s+(?:\w+\s+){0,3}by\s/i;

const entries: PhraseEntry[] = [
  { phrase: ['mistakes|errors were made', 'a mistake|an error was made'], message: `“{phrase}” hides who made them. ${OWN}` },
  { phrase: `${CAUSES} was|were|had|has|have been? inadvertently|accidentally|mistakenly|incorrectly|erroneously|unintentionally? ${ACTS}`, message: `“{phrase}” is passive and hides who acted. ${OWN}`, unlessRestMatches: WITH_AGENT },
];

export default phraseRule(
  { id: 'passive-blame', description: 'Passive voice that hides who caused the problem (“a change was deployed”).', defaultSeverity: 'info' },
  entries,
);
