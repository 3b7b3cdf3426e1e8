import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const CONCRETE = 'Say what you changed or will change, and how it reduces the risk (for example “we added an alert when the queue backs up for more than 5 minutes”).';
/** Specifics follow: a method, a purpose with content, a list, or a number. */
const SPECIFICS = /^[^.]*?(?:\band\s+(?:moved|added|changed|removed|replaced|automated|fixed)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bto\s+(?:move|add|replace|remove|split|automate)\b|\bby\s+(?:adding|changing|moving|removing|requiring|limiting|introducing|automating|building|splitting|running|testing|deploying|enforcing)\b|:\s*\S|\bso that\b|\bincluding\b|\b\d+(?:[.,]\d+)?\s*(?:%|percent|seconds?|minutes?|hours?|days?|ms|times|x)(?!\w))/i;

/** Who a piece of advice is addressed to. */
const READERS = 'you|individuals|customers|users|members|patients|people';
/** Readers as the subject (“customers can take steps”). */
const READER_ACTS = new RegExp(`\\b(?:${READERS})\\s+(?:\\w+\\s+)?$`, 'i');
/** Advice to readers (“please create a plan”, “customers can reduce the risk”) or a review's finding. */
const READER_OR_FINDING = new RegExp(`\\b(?:please|${READERS})\\b(?:\\s+[\\w'’]+){0,2}\\s+$|\\bafter\\s+$`, 'i');

/** Document types written while the incident is live. */
const LIVE = ['update', 'resolution', 'maintenance'];
/** Of those, the ones written before it is over, where the work described is the work on the incident. */
const UNFOLDING = ['update', 'maintenance'];

/** Verbs of improving, in every form. */
const IMPROVE = 'adapt|adapted|adapting|adjust|adjusted|adjusting|improve|improves|improving|improved|enhance|enhances|enhancing|enhanced|strengthen|strengthens|strengthening|strengthened|bolster|bolstering|bolstered|refine|refining|refined|optimize|optimizing|optimized|optimise|optimising|optimised|harden|hardening|hardened|reinforce|reinforcing|reinforced';
/** Verbs of re-examining; in a live update they describe the investigation, not prevention. */
const REEXAMINE = 'evaluate|evaluating|re-evaluate|re-evaluating|reassess|reassessing|revisit|revisiting|review|reviewing|assess|assessing';
/** What such verbs are vague about when nothing specific follows: the whole system, its processes, its qualities. */
const ABSTRACT_OBJECTS = '(monitoring|alerting|alerts|processes|process|procedures|systems|infrastructure|tooling|tools|practices|safeguards|defences|defenses|controls|strategies|strategy|resilience|reliability|robustness|stability|availability|redundancy|architecture|platform|protocols|policies|escalation|capacity|fault tolerance|detection|visibility|observability|testing|checks|readiness|preparedness|plans|measures|services|configuration|configurations)';
/** The improvement is the purpose of a change named before it (“measures in place to improve reliability”, “…, improving stability”). */
const PURPOSE_OF_NAMED_CHANGE = /(?:\b(?<!(?:working|work|works|continue|continuing|continues|committed|strive|striving|need|needs|intend|intends|want|wants|(?:we|and)\s+plan|planning)\s+)to|,)\s+$/i;
/** A concrete purpose follows (“to eliminate unnecessary database updates”), not the stock one (“to prevent this”). */
const CONCRETE_PURPOSE = /^\s+(?:to|so\s+(?:that|we|it))\s+(?!(?:help|further|better|prevent|avoid|ensure|reduce|minimi[sz]e|mitigate|improve|enhance|increase|stop|lower|limit)\b|(?:detect|catch|identify|spot|find|handle|address)\s+(?:similar|such|these|those|future|any|this|potential|the\s+same|issues|problems|incidents)\b|(?:provide|give|offer|deliver|have|get|gain)\s+(?:more|better|greater|further|improved|additional)\b)[a-z]+/i;
/** The means follow (“through a more detailed dashboard”). */
const BY_MEANS = /^\s+(?:through|via|with)\s+(?:a|an|the|new|more|additional|dedicated)\b/i;
/** What is watched or checked is named (“monitoring of queue depth”), not the system as a whole. */
const NAMES_ITS_OBJECT = new RegExp(String.raw`^\s+(?:of|for|on)\s+(?!(?:our|the|all|any|these|its|their)\s+(?:[\w-]+\s+)?(?:${ABSTRACT_OBJECTS.slice(1, -1)}|framework|networks?|platforms?|system|service)\b)(?!(?:the\s+)?(?:future|long\s+term)\b)(?:the\s+|our\s+)?[a-z]`, 'i');
/**
 * Not a plan of ours: the purpose of a named change, a status (“error rates are improving”), an adjective
 * (“the hardened configuration”), a change as the subject (“…, which improved stability”), a code review,
 * or a step in a timeline (“began reviewing the pipeline”).
 */
const NOT_OUR_PLAN = new RegExp(String.raw`${PURPOSE_OF_NAMED_CHANGE.source}|\b(?:rates?|times?|latenc\w*|performance|errors?|things|conditions|it|this|service|services)\s+(?:are|is|were|was|has\s+been|have\s+been)\s+$|\b(?:the|a|an|which|that|code|peer|began|begun|started|continued)\s+$|\b(?<!\b(?:we|i)\s+)(?:has|have|had)\s+$`, 'i');
/** “Improved monitoring detected the issue”: the improvement is the subject of what it did. */
const IT_DID_SOMETHING = /^\s+(?:detected|caught|alerted|showed|found|flagged|spotted|identified|noticed)\b/i;
const NAMED_OR_SPECIFIC = new RegExp(`${IT_DID_SOMETHING.source}|${SPECIFICS.source}|${CONCRETE_PURPOSE.source}|${BY_MEANS.source}|${NAMES_ITS_OBJECT.source}|^[^.]*:\\s*$|^\\s+(?:logs?|records?|data|events?|files?|reports?)\\b`, 'i');

/** “our overall monitoring”, “the escalation procedures”: the system or its qualities, named in general. */
const SYSTEM_IN_GENERAL = `(our|the|its|their|these|this|any|existing|overall)? *? *? ${ABSTRACT_OBJECTS}`;
const THE_SYSTEM_IN_GENERAL = { message: `“{phrase}” is prevention with no substance. ${CONCRETE}`, unlessBeforeMatches: NOT_OUR_PLAN, unlessRestMatches: NAMED_OR_SPECIFIC };

const entries: PhraseEntry[] = [
  { ...THE_SYSTEM_IN_GENERAL, phrase: `${IMPROVE} ${SYSTEM_IN_GENERAL}`, skipInTypes: UNFOLDING },
  { ...THE_SYSTEM_IN_GENERAL, phrase: `${REEXAMINE} ${SYSTEM_IN_GENERAL}`, skipInTypes: [...LIVE, 'security'] },
  { phrase: ['improve|improving|improved|enhance|enhancing|enhanced|strengthen|strengthening|strengthened|bolster|bolstered|review|reviewing|evaluate|evaluating|refine|refining our *? *? monitoring|alerting|processes|process|procedures|systems|infrastructure|tooling|tools|practices|safeguards|security|defences|defenses|controls|strategies|communication|communications', 'improve|improving|improved|enhance|enhancing|enhanced|strengthen|strengthening|strengthened|bolster|bolstered|review|reviewing|evaluate|evaluating|refine|refining these|the|any? server|internal|overall|existing|possible? monitoring|alerting|processes|process|procedures|systems|infrastructure|tooling|tools|practices|safeguards|security|defences|defenses|controls|strategies|communication|communications'], message: `“{phrase}” is prevention with no substance. ${CONCRETE}`, unlessRestMatches: NAMED_OR_SPECIFIC },
  { phrase: 'review|reviewing|reviewed internal|existing|any|possible *? *? processes|procedures|strategies|practices', message: `“{phrase}” is prevention with no substance. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { unlessBeforeMatches: READER_ACTS, phrase: ['taking|take|taken|implementing|implement|implemented the|all|every? necessary|appropriate|additional|further|aggressive|proactive|concrete|important|significant|immediate|several|many? steps|measures|actions|precautions', 'operational|additional|further? measures|steps|actions to limit|reduce|minimize|minimise|lower the? risk|chance|likelihood', 'putting|put in place the? necessary|appropriate|additional|further|new? measures|safeguards|steps|controls|procedures|processes|checks', 'putting|put the? necessary|appropriate|additional|further|new? measures|safeguards|steps|controls|procedures|processes|checks in place'], message: `“{phrase}” promises action without saying what. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'will|to continue to improve|invest|work|evaluate|review|learn', message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  // In a live update, “we are continuing to monitor” is about the incident at hand, not prevention.
  { phrase: ['will|to continue to monitor', 'continue|continuing|continues to monitor'], message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: SPECIFICS, skipInTypes: LIVE },
  { phrase: ['working|work hard? to prevent|avoid|mitigate any? this|similar|such|future|these issues|incidents|problems?', 'learn|learning from this incident|event|experience', 'learn|learning from it|this and improve', 'make|making|made further|more|additional improvements to', 'lessons learned|learnt'], message: `“{phrase}” is vague about prevention. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'continue|continuing working|work on our|the? *? *? process|processes|tooling|tools|systems|monitoring|reliability', message: `“{phrase}” does not say what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS, skipInTypes: LIVE },
  { phrase: 'looking|look into ways|options|opportunities to? prevent|improve|avoid|reduce|add', message: `“{phrase}” commits to nothing. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'continue|continuing|continues to improve|review|evaluate|invest|work', message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: new RegExp(`${SPECIFICS.source}|^\\s+(?:with|alongside|closely)\\b|^\\s+(?:to\\s+|on\\s+)?(?:restore|resolve|fix|recover|a fix|restoring|resolving|fixing)\\b`, 'i') },
  { phrase: ['continue|continuing improving|enhancing|strengthening|refining', 'hardening|harden|bolster|bolstering our? safeguards|defenses|defences|systems|processes', 'help prevent|avoid such|similar|these|future issues|incidents|problems|outages', 'make every change|investment|effort'], message: `“{phrase}” is vague about what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'more|better|additional|enhanced|improved? comprehensive|robust|thorough|proactive monitoring|alerting|safeguards|testing|processes|checks', message: `“{phrase}” is vague about what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'adding|added|add monitoring|alerting|alerts to prevent|avoid|catch similar|such|future|these', message: `“{phrase}” does not say what the monitoring watches. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'architectural|infrastructure|process|system changes|improvements that|to improve|increase|enhance availability|reliability|resilience|stability', message: `“{phrase}” does not say what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'minimize|minimise|reduce any? potential|future? disruptions|impact|issues|incidents', message: `“{phrase}” is vague about how. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'improvement opportunities|areas', message: `“{phrase}” is vague. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: 'investigating|exploring|evaluating|considering ways|options|opportunities to', message: `“{phrase}” commits to nothing. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
  { phrase: ['further|additional|new|extra safeguards|measures|controls|checks installed|added|implemented|introduced', '(implementing|implement|implemented|adding|added|introducing|introduced) controls|safeguards|checks to prevent|avoid|stop it|recurrence|similar|such|future|issues|incidents|problems|outages', '(working on|developing|establish|establishing|create|creating|develop) a? plan|plans for|to', 'reviewing|review these|the|our plans|situation', 'mitigate|reduce|minimise|minimize the? risk of|or? recurrence', 'a|an *? *? review of the|our? process|processes|situation|procedures', 'committed to doing|do better|more', '(implemented|made|making|implementing) process|procedural|operational improvements|changes', 'strive|striving to ensure|make', '(new|additional|further) procedures|processes|measures|checks (are now in place|are in place|have been implemented|have now been implemented|have been put in place|are now implemented)', 'regular|ongoing|periodic reviews of our|the systems|processes', 'continue to implement|make improvements', 'perform|do better in the future', '(taking|take) (every step possible|every possible step|all possible steps)', '(implementing|implement|adding|add) better|more|improved protection|safeguards', '(putting|put) mitigations|safeguards|measures in place', '(conducting|conduct|carry out|carrying out|complete|completing) a|an full|thorough|detailed|comprehensive? review|investigation of|into the|this situation|incident|matter'], unlessBeforeMatches: READER_OR_FINDING, message: `“{phrase}” does not say what will change. ${CONCRETE}`, unlessRestMatches: new RegExp(`${SPECIFICS.source}|^\\s+to\\s+(?:restore|resolve|fix|recover|bring back)\\b`, 'i') },
  { phrase: '(doing our utmost|doing everything we can|doing all we can|doing everything possible|doing everything in our power) to prevent|avoid|stop|improve|build|make|ensure|minimise|minimize|reduce|strengthen|learn|increase|enhance|mitigate|limit', message: `“{phrase}” promises effort without saying what changes. ${CONCRETE}`, unlessRestMatches: SPECIFICS, skipInTypes: UNFOLDING },
  { phrase: ['implementing|implement|implemented|adding|add|added|introducing|introduce|introduced additional|more|extra|further monitoring|alerting|alerts|safeguards|checks|controls', '(conducting|conduct|carry out|carrying out|complete|completing|undertaking|undertake) a|an full|thorough|detailed|comprehensive? review|assessment|audit|evaluation', 'increase|increasing|increased|build|building|built|add|adding|added more? the|our? (resilience|reliability|robustness|stability|fault tolerance)'], unlessBeforeMatches: READER_OR_FINDING, message: `“{phrase}” does not say what will change. ${CONCRETE}`, unlessRestMatches: NAMED_OR_SPECIFIC },
  // In a live update, weighing options is the work on the incident itself.
  { phrase: 'exploring|considering|evaluating|investigating *? *? options|alternatives|possibilities', unlessBeforeMatches: READER_OR_FINDING, message: `“{phrase}” does not say what will change. ${CONCRETE}`, unlessRestMatches: NAMED_OR_SPECIFIC, skipInTypes: UNFOLDING },
  { phrase: 'committed to improving|preventing|ensuring|making|averting|avoiding|reducing|minimizing|minimising|strengthening', message: `“{phrase}” is a statement of intent, not a change. ${CONCRETE}`, unlessRestMatches: SPECIFICS },
];

export default phraseRule(
  { id: 'vague-prevention', description: 'Prevention with no substance (“we are improving monitoring”).', defaultSeverity: 'warning' },
  entries,
);
