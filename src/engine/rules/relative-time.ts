import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

/** A date right after the phrase (“tomorrow, 5 March”) makes it absolute. */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_FOLLOWS = new RegExp(`^[\\s,(]*(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{4}-\\d{2}-\\d{2})`, 'i');
/** A clock time right after (“today at 16:00 UTC”, “tonight from 10pm”). */
const CLOCK_FOLLOWS = /^[\s,]*(?:(?:at|from|by|until|till|before|after|between|around|approximately)\s+)?(?:\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b)|noon\b|midnight\b)/;
/** A clock time right before (“since 14:02 UTC today”, “at noon today”). */
const CLOCK_BEFORE = /(?:\b\d{1,2}(?::\d{2}|\s?[apAP]\.?[mM]\.?)|\b(?:noon|midnight))(?:\s+[A-Z]{2,5})?[\s,]*$/;
/** A date (“the latest issue was fixed on 4 March 2026”). */
const DATE_IN_SENTENCE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'i');
const LIVE = ['update', 'maintenance'];
const ABSOLUTE = 'Incident texts are read later and in other time zones: give the date (and time with a time zone) instead.';

const entries: PhraseEntry[] = [
  { phrase: ['earlier|later today|tonight', 'yesterday|tomorrow', 'last|tomorrow night|evening|week|weekend', 'this morning|afternoon|evening|weekend', 'yesterday|tomorrow morning|afternoon|evening', 'earlier|later this week|month|year|morning|afternoon|evening', 'over the weekend', 'last|past few|couple of? minutes|hours|days', 'a few|couple of? minutes|hours|days ago', 'recently', '# minutes|hours|days|weeks|months|years ago', 'the last|past month|week|year|weekend|night', 'last month|year|weekend', 'a|last|this|next fortnight', 'a fortnight ago', 'late|early? next week|month|weekend'], message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, unlessRestMatches: DATE_FOLLOWS },
  // “the last Wednesday of the month” is a calendar rule, not a relative date.
  { phrase: 'last|this|next monday|tuesday|wednesday|thursday|friday|saturday|sunday', message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, unlessRestMatches: new RegExp(`${DATE_FOLLOWS.source}|^\\s+of\\b`, 'i') },
  { phrase: 'recent|latest service|system|network|technical|phone|telephone|it? outage|outages|incident|incidents|issue|issues|interruption|interruptions|disruption|disruptions|problem|problems', message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, unlessRestMatches: new RegExp(`${DATE_FOLLOWS.source}|^\\s+(?:[\\w'’]+\\s+){0,4}?(?:on\\s+)?(?:${DATE_IN_SENTENCE.source})`, 'i'), notPrecededBy: ['these', 'those'] },
  { phrase: 'the last|past # minutes|hours|days|weeks|months', message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, skipInTypes: LIVE },
  // Status pages keep updates for years and readers are in other time zones: “today” needs its date,
  // except a live update's “today at 16:00 UTC”, which is read while it is current.
  { phrase: 'monday|tuesday|wednesday|thursday|friday|saturday|sunday morning|afternoon|evening|night', message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, skipInTypes: LIVE, unlessRestMatches: DATE_FOLLOWS, notFollowedBy: ['maintenance', 'window', 'windows', 'shift', 'shifts', 'service', 'services', 'schedule', 'slot'] },
  { phrase: ['today|tonight', 'this week|month'], message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, skipInTypes: LIVE, unlessRestMatches: DATE_FOLLOWS, notPrecededBy: ['not'] },
  { phrase: ['today|tonight', 'this week|month'], message: `“{phrase}” depends on when it is read. ${ABSOLUTE}`, onlyInTypes: LIVE, unlessRestMatches: new RegExp(`${DATE_FOLLOWS.source}|${CLOCK_FOLLOWS.source}`, 'i'), unlessBeforeMatches: CLOCK_BEFORE, notPrecededBy: ['not'] },
];

export default phraseRule(
  { id: 'relative-time', description: 'Relative dates (“yesterday”, “earlier today”) in a text read later and elsewhere.', defaultSeverity: 'info' },
  entries,
);
