import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

/** A date right after the phrase (“tomorrow, 5 March”) makes it absolute. */
const DATE_FOLLOWS = /^[\s,(]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\d{4}-\d{2}-\d{2})/i;
const ABSOLUTE = 'Incident texts are read later and in other time zones: give the date (and time with a time zone) instead.';

const entries: PhraseEntry[] = [
  { phrase: ['earlier|later today|tonight', 'yesterday|tomorrow', 'last|tomorrow night|evening|week|weekend', 'this morning|afternoon|evening|weekend', 'yesterday|tomorrow morning|afternoon|evening', 'earlier|later this week|month|morning|afternoon|evening', 'over the weekend', 'last|past few|couple of? hours|days', 'a few|couple hours|days ago', 'recently', '# hours|days|weeks|months|years ago', 'the last|past month|week|year|weekend|night', 'last month|year|weekend', 'last|this|next monday|tuesday|wednesday|thursday|friday|saturday|sunday'], message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, unlessRestMatches: DATE_FOLLOWS },
  { phrase: 'the last|past # hours|days|weeks|months', message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, skipInTypes: ['update', 'maintenance'] },
  { phrase: 'today|tonight', message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, skipInTypes: ['update', 'maintenance'], unlessRestMatches: DATE_FOLLOWS },
];

export default phraseRule(
  { id: 'relative-time', description: 'Relative dates (“yesterday”, “earlier today”) in a text read later and elsewhere.', defaultSeverity: 'info' },
  entries,
);
