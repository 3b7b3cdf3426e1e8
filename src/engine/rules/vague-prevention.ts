import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const CONCRETE = 'Say what you changed or will change, and how it reduces the risk (for example “we added an alert when the queue backs up for more than 5 minutes”).';
/** Specifics follow: a method, a purpose with content, a list, or a number. */
const SPECIFICS = /^[^.]*?(?:\bby\s+(?:adding|changing|moving|removing|requiring|limiting|introducing|automating|building|splitting|running|testing|deploying|enforcing)\b|:\s*\S|\bso that\b|\bincluding\b|\b\d+(?:[.,]\d+)?\s*(?:%|percent|seconds?|minutes?|hours?|days?|ms|times|x)(?!\w))/i;

/** Document types written while the incident is live. */
const LIVE = ['update', 'resolution', 'maintenance'];

const entries: PhraseEntry[] = [
  { phrase: ['improve|improving|improved|enhance|enhancing|enhanced|strengthen|strengthening|strengthened|bolster|bolstered|review|reviewing|evaluate|evaluating|refine|refining our *? *? monitoring|alerting|processes|process|procedures|systems|infrastructure|tooling|tools|practices|safeguards|security|defences|defenses|controls|strategies|communication|communications', 'improve|improving|improved|enhance|enhancing|enhanced|strengthen|strengthening|strengthened|bolster|bolstered|review|reviewing|evaluate|evaluating|refine|refining these|the|any? server|internal|overall|existing|possible? monitoring|alerting|processes|process|procedures|systems|infrastructure|tooling|tools|practices|safeguards|security|defences|defenses|controls|strategies|communication|communications'], message: `“{phrase}” is prevention with no substance. ${CONCRETE}`, unlessRestMatches: new RegExp(`${SPECIFICS.source}|^\\s+(?:logs?|records?|data|events?|files?|reports?)\\b`, 'i') },
  { phrase: 'review|reviewing|reviewed internal|existing|any|possible *? *? processes|procedures|strategies|practices', message: `“{phrase}” is prevention with no substance. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: ['taking|take|taken|implementing|implement|implemented the? necessary|appropriate|additional|further|aggressive|proactive|concrete|important|significant|immediate|several|many? steps|measures|actions|precautions', 'operational|additional|further? measures|steps|actions to limit|reduce|minimize|minimise|lower the? risk|chance|likelihood', 'putting|put in place the? necessary|appropriate|additional|further|new? measures|safeguards|steps|controls|procedures|processes|checks', 'putting|put the? necessary|appropriate|additional|further|new? measures|safeguards|steps|controls|procedures|processes|checks in place'], message: `“{phrase}” promises action without saying what. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'will|to continue to improve|invest|work|evaluate|review|learn', message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  // In a live update, “we are continuing to monitor” is about the incident at hand, not prevention.
  { phrase: ['will|to continue to monitor', 'continue|continuing|continues to monitor'], message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: SPECIFICS, skipInTypes: LIVE },
  { phrase: ['working|work hard? to prevent|avoid|mitigate any? this|similar|such|future|these issues|incidents|problems?', 'learn|learning from this incident|event|experience', 'learn|learning from it|this and improve', 'make|making|made further|more|additional improvements to', 'lessons learned|learnt'], message: `“{phrase}” is vague about prevention. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'continue|continuing working|work on our|the? *? *? process|processes|tooling|tools|systems|monitoring|reliability', message: `“{phrase}” does not say what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS, skipInTypes: LIVE },
  { phrase: 'looking|look into ways|options|opportunities to? prevent|improve|avoid|reduce', message: `“{phrase}” commits to nothing. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'continue|continuing|continues to improve|review|evaluate|invest|work', message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: new RegExp(`${SPECIFICS.source}|^\\s+(?:to\\s+|on\\s+)?(?:restore|resolve|fix|recover|a fix|restoring|resolving|fixing)\\b`, 'i') },
  { phrase: ['continue|continuing improving|enhancing|strengthening|refining', 'hardening|harden|bolster|bolstering our? safeguards|defenses|defences|systems|processes', 'help prevent|avoid such|similar|these|future issues|incidents|problems|outages', 'make every change|investment|effort'], message: `“{phrase}” is vague about what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'more|better|additional|enhanced|improved? comprehensive|robust|thorough|proactive monitoring|alerting|safeguards|testing|processes|checks', message: `“{phrase}” is vague about what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'adding|added|add monitoring|alerting|alerts to prevent|avoid|catch similar|such|future|these', message: `“{phrase}” does not say what the monitoring watches. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'architectural|infrastructure|process|system changes|improvements that|to improve|increase|enhance availability|reliability|resilience|stability', message: `“{phrase}” does not say what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'minimize|minimise|reduce any? potential|future? disruptions|impact|issues|incidents', message: `“{phrase}” is vague about how. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'improvement opportunities|areas', message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'investigating|exploring|evaluating|considering ways|options|opportunities to', message: `“{phrase}” commits to nothing. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'committed to improving|preventing|ensuring|making|averting|avoiding|reducing|minimizing|minimising|strengthening', message: `“{phrase}” is a statement of intent, not a change. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
];

export default phraseRule(
  { id: 'vague-prevention', description: 'Prevention with no substance (“we are improving monitoring”).', defaultSeverity: 'warning' },
  entries,
);
