import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

/** Things that are not the reader's impact: "a small number of servers" is not minimising. */
const NOT_IMPACT = ['servers', 'server', 'hosts', 'nodes', 'machines', 'instances', 'clusters', 'pods', 'containers', 'disks', 'engineers', 'changes', 'commits', 'files', 'tests', 'steps', 'replicas', 'shards', 'databases', 'processes', 'workers'];

/** “only a subset of the servers”: the small thing is not the impact. */
const NOT_IMPACT_NOUN = `(?:${NOT_IMPACT.join('|')})\\b`;
const NOT_IMPACT_FOLLOWS = new RegExp(`^\\s+of\\s+(?:the\\s+|our\\s+|these\\s+)?${NOT_IMPACT_NOUN}`, 'i');
/** The same after a phrase that ends in “of”: “a subset of the servers”. */
const NOT_IMPACT_AFTER_OF = new RegExp(`^\\s+(?:the|our|these)\\s+${NOT_IMPACT_NOUN}`, 'i');

const STATE_SCOPE = 'State the scope plainly — how many or what share of users, and which ones — instead.';
const STATE_DURATION = 'Give the actual duration (for example “for 14 minutes, from 09:12 to 09:26 UTC”) instead.';
/** A stated duration after the phrase makes it honest. */
const DURATION = /\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m)\b|\b\d{1,2}:\d{2}\b/i;
const SAY_IMPACT = 'Describe what users could not do instead of grading it for them.';

const entries: PhraseEntry[] = [
  { phrase: 'a small|tiny|limited number|handful|amount|proportion|percentage|percent|% of', message: `“{phrase}” downplays who was affected. ${STATE_SCOPE}`, notFollowedBy: NOT_IMPACT, unlessRestMatches: NOT_IMPACT_AFTER_OF, unlessNumberWithin: 4 },
  { phrase: ['a very? small|tiny|limited subset|portion|fraction|percentage|minority of', 'a handful of'], message: `“{phrase}” downplays who was affected. ${STATE_SCOPE}`, notFollowedBy: NOT_IMPACT, unlessRestMatches: NOT_IMPACT_AFTER_OF, unlessNumberWithin: 4 },
  { phrase: ['a|some portion|part|fraction|minority|segment|proportion of', 'a short|brief period|window of'], message: `“{phrase}” is vague about who was affected and for how long. ${STATE_SCOPE}`, notFollowedBy: NOT_IMPACT, unlessRestMatches: NOT_IMPACT_AFTER_OF, unlessNumberWithin: 4 },
  { phrase: ['minimally|barely|hardly|marginally impacted|affected|noticed|disrupted|noticeable', 'barely|hardly notice|noticed|noticeable'], message: `“{phrase}” tells readers how little it mattered. ${SAY_IMPACT}` },
  { phrase: 'some|certain|select users|customers|clients|merchants|accounts|members|patients|students have|has? experienced|saw|seen|had|encountered|noticed|reported', message: `“{phrase}” is vague about who was affected. ${STATE_SCOPE}`, unlessNumberWithin: 3, unlessNumberBefore: 4 },
  { phrase: 'a little|bit while|longer|slower|delay|delayed', message: `“{phrase}” plays down the delay. ${STATE_DURATION}`, unlessRestMatches: DURATION },
  { phrase: 'some|few|select|certain users|customers|merchants|accounts|members may|might|could experience|see|notice|encounter', message: `“{phrase}” is vague about who is affected. ${STATE_SCOPE}`, unlessNumberBefore: 4 },
  { phrase: 'be|remain|remains|stay|was|were minimal|negligible', message: `“{phrase}” tells readers how little it matters. ${SAY_IMPACT}`, unlessNumberWithin: 4 },
  { phrase: 'a? subset of', message: `“{phrase}” hides who was affected. ${STATE_SCOPE}`, notFollowedBy: NOT_IMPACT, unlessRestMatches: NOT_IMPACT_AFTER_OF, unlessNumberWithin: 4 },
  { phrase: 'some|few|select|certain users|customers|merchants|accounts|developers|members|organizations|organisations|teams|workspaces may|might have experienced|seen|noticed|encountered', message: `“{phrase}” hedges and shrinks the impact at once. Say who was affected and what they saw.` },
  { phrase: 'only|just a few|handful|small|tiny|fraction|subset|minority|limited', message: `“{phrase}” minimises the impact. ${STATE_SCOPE}`, unlessNumberWithin: 3, unlessRestMatches: NOT_IMPACT_FOLLOWS },
  { phrase: 'only|just some|minor|slightly|briefly|marginally|momentarily', message: `“{phrase}” minimises the impact. ${SAY_IMPACT}`, unlessNumberWithin: 3 },
  { phrase: 'a|an? few users|customers|merchants|accounts|organizations|organisations', message: `“{phrase}” is vague about who was affected. ${STATE_SCOPE}`, unlessNumberWithin: 3, notPrecededBy: ['quite', 'a', 'an'] },
  {
    phrase: 'very? minor|slight|small|brief|momentary|short|temporary|little|occasional|sporadic internal|service|network|system|platform|api|server|performance|connectivity|technical|sync|login|access? server|service? disruption|disruptions|issue|issues|outage|outages|interruption|interruptions|problem|problems|degradation|delay|delays|glitch|glitches|hiccup|hiccups|blip|blips|inconvenience|impact|incident|slowdown|slowness|downtime|increase|error|errors|latency|failure|failures|ddos',
    message: `“{phrase}” grades the impact for the reader and plays it down. ${SAY_IMPACT}`,
    unlessNumberWithin: 2,
    unlessBeforeMatches: /\b(?:add|added|adding|introduce|introduced|introducing|insert|inserted|inserting)\s+(?:a|an)?\s*$|\bas\s*$/i,
  },
  { phrase: ['impact|disruption|effect was|is|were minimal|negligible|limited|low', 'minimal|negligible|limited|little|low impact|disruption|effect'], message: `“{phrase}” tells readers the impact was small instead of letting them judge. ${SAY_IMPACT}`, notPrecededBy: ['with', 'as'], unlessNumberWithin: 2 },
  { phrase: 'for|during a brief|short|small|momentary period|window|time|while|moment', message: `“{phrase}” hides how long it lasted. ${STATE_DURATION}`, unlessNumberWithin: 4, unlessRestMatches: DURATION },
  { phrase: 'briefly|momentarily', message: `“{phrase}” downplays how long it lasted. ${STATE_DURATION}`, unlessNumberWithin: 4, unlessRestMatches: DURATION, notPrecededBy: ['only', 'just'] },
  { phrase: 'slightly|marginally|somewhat slower|delayed|degraded|elevated|increased|higher|longer|reduced', message: `“{phrase}” softens the impact. Say what users saw (for example how much slower) instead.`, unlessNumberWithin: 3 },
  { phrase: 'blip|blips|hiccup|hiccups|glitch|glitches', unlessBeforeMatches: /\b(?:more than|not (?:just )?|far from|anything but)\s*(?:a|an|one)?\s*$/i, message: `“{phrase}” makes the incident sound trivial. Call it what it was (an outage, errors, delays) and say what users saw.` },
  { phrase: 'brief|short|momentary|temporary and transitory|temporary|momentary|brief|short-lived', message: `“{phrase}” plays down the impact. ${STATE_DURATION}`, unlessRestMatches: DURATION },
  { phrase: ['delayed|affected|impacted|unavailable|failed|degraded|disrupted|slow|performance|service for some|certain|select customers|clients|users|accounts|merchants|organizations|organisations', 'delayed|affected|impacted|unavailable|failed|degraded|disrupted|slow for a few customers|users|accounts|merchants|organizations|organisations'], message: `“{phrase}” is vague about who was affected. ${STATE_SCOPE}`, unlessNumberWithin: 3, unlessBeforeMatches: /\b(?:restored|resumed|returned|recovered|brought\s+back)\s+$/i },
  { phrase: ['very? quick|easy|simple|straightforward problem|issue', 'very? easy|simple|straightforward fix'], message: `“{phrase}” tells readers the problem was trivial. Say how long it took and what users saw.` },
  { phrase: ['was|were|is short|brief in duration|length', 'short|brief in duration'], message: `“{phrase}” plays down how long it lasted. ${STATE_DURATION}`, unlessRestMatches: DURATION },
  { phrase: 'the limited|minor|small nature|scope|extent of', message: `“{phrase}” grades the impact for the reader. ${SAY_IMPACT}`, unlessNumberWithin: 4, unlessRestMatches: /^\s+(?:the|this|that|our)\s+(?:change|update|release|deploy\w*|fix|work|migration|maintenance)\b/i },
  { phrase: 'some|certain of our customers|users|students|patients|members|clients|merchants|subscribers|passengers|residents|accounts', message: `“{phrase}” is vague about who was affected. ${STATE_SCOPE}`, unlessNumberWithin: 3, unlessNumberBefore: 4 },
  { phrase: ['very? short|brief periods|period of', '(a|an) very? rare|isolated|unusual occurrence|event'], message: `“{phrase}” plays down the incident. ${SAY_IMPACT}`, unlessNumberWithin: 3 },
  { phrase: 'issues|problems|errors|lingering for some|certain users|customers|members', message: `“{phrase}” is vague about who was affected. ${STATE_SCOPE}`, unlessNumberWithin: 3 },
  { phrase: '(out of|in) an abundance of caution', message: `“{phrase}” plays down what happened. ${SAY_IMPACT}` },
  { phrase: 'some of your personal? information|data|details', unlessBeforeMatches: /\b(?:download|collect|export|view|update|access|delete|request|see|change|keep|store)\s+$/i, unlessRestMatches: /^[^.]{0,40}:/, message: `“{phrase}” plays down what was exposed. Say which information. ${SAY_IMPACT}` },
  { phrase: ['(a little bit of|a bit of|a little) disruption|downtime|delay|delays|inconvenience|interruption|slowness', 'some disruption|inconvenience'], message: `“{phrase}” plays down the impact. ${SAY_IMPACT}`, unlessNumberWithin: 3, unlessRestMatches: /\b\d{1,2}[:.]\d{2}\b|\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?)\b/i },
  { phrase: ['relatively|fairly|reasonably quickly', 'relatively|fairly|reasonably small|minor|short|brief|limited number|impact|outage|outages|disruption|period|delay|delays|issue|issues|problem|proportion|percentage', 'impact|disruption|outage|delay|downtime was|is|were|be relatively|fairly|reasonably minor|small|short|brief|limited'], message: `“{phrase}” grades the impact for the reader. ${SAY_IMPACT}` },
  { phrase: 'is|was|are|were|be extremely|very|incredibly|exceptionally rare', message: `“{phrase}” plays down the risk. Say what happened and what you changed, and let readers judge.` },
  { phrase: 'isolated incident|issue|problem', message: `“{phrase}” downplays the incident. Say who was affected and how, and let readers judge.` },
];

export default phraseRule(
  { id: 'minimizing-language', description: 'Phrasing that downplays the impact on users.', defaultSeverity: 'warning' },
  entries,
);
