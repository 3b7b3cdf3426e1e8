import type { PhraseEntry } from '../phrases';
import { phraseRule } from '../rule';

const CONFIRM = 'State what you confirmed, or say plainly that it is not yet confirmed and when you will know.';

/** The apology's own “the disruption this may have caused” belongs to non-apology. */
const NAMED_IN_APOLOGY = /^(?=[^]*\b(?:apologi[sz]e|apologies|sorry|regret)\b)[^]*\b(?:inconvenience|disruption|trouble|impact|issues?)\s+(?:this|that|it)(?:\s+\w{1,40})?\s*$/;
/** “to determine what information they may have contained”: the open question is what is being checked. */
const INDIRECT_QUESTION = /\b(?:determine|determining|identify|identifying|assess|assessing|establish|establishing|confirm|confirming|investigate|investigating|understand|understanding|find out|check|checking)\s+(?:[\w'’-]+\s+){0,8}?(?:what|which|whether|who|if|how much|how many)\s+(?:[\w'’-]+\s+){0,8}$/;

const entries: PhraseEntry[] = [
  { phrase: 'we|i also|still|now|currently|do? not? believe|think|suspect|assume|feel', message: `“{phrase}” hedges a finding. ${CONFIRM}`, notFollowedBy: ['in'], unlessRestMatches: /^\s+(?:that\s+)?(?:it['’]s|it is|this is)\s+(?:important|critical|essential|vital|right|better|best|worth)/i },
  { phrase: ['it|this appears|appeared|seems|seemed', 'it|this looks like', 'appear|appears|appeared|seem|seems|seemed to have|be'], message: `“{phrase}” hedges a finding. ${CONFIRM}`, unlessBeforeMatches: /\b(?:if|unless|when)\s+(?:it|this|that|you|the\s+\w+)\s+(?:does|do|did)?\s*(?:not|n['’]t)?\s*$/i, unlessSentenceMatches: /^\s*["“‘(]?\s*if\b/i },
  { phrase: '(most|more than) likely', notFollowedBy: ['to'], message: `“{phrase}” hedges a finding. ${CONFIRM}` },
  { phrase: 'would not have experienced|seen|noticed|been', message: `“{phrase}” guesses at the impact. Say who was affected, or how readers can tell.` },
  { phrase: 'may|might|could not? also? have also? been|had|experienced|seen|lost|affected|impacted|caused|contributed|failed|received|noticed|encountered|led|occurred|included|contained|involved', unlessBeforeMatches: new RegExp(`${NAMED_IN_APOLOGY.source}|${INDIRECT_QUESTION.source}`, 'i'), message: `“{phrase}” leaves readers unsure whether it happened. Say whether it did, or how they can tell.`, notPrecededBy: ['you'], notFollowedBy: ['prevented', 'avoided', 'caught', 'stopped'] },
  { phrase: 'should now? be operational|resolved|fixed|working|back|out|stable|normal|restored|recovered|functional', message: `“{phrase}” sounds unsure whether it is fixed. Say what you checked (for example “everything has worked normally since 15:10 UTC”).` },
  // About what may still happen, a live update's “it is possible” is honest.
  { phrase: ['(it is|it\'s) possible'], notFollowedBy: ['to', 'for'], unlessRestMatches: /^\s*,[^,.]{0,40},\s*to\b/, unlessBeforeMatches: /\b(?:where|when|if|wherever|whenever|as far as|as soon as)\s+$/i, skipInTypes: ['update', 'maintenance'], message: `“{phrase}” hedges. ${CONFIRM}` },
  { phrase: 'it does look like', skipInTypes: ['update', 'maintenance'], message: `“{phrase}” hedges. ${CONFIRM}` },
  { phrase: 'possibly|potentially|presumably|apparently|supposedly|seemingly|conceivably|arguably', notFollowedBy: ['sensitive', 'harmful', 'dangerous', 'malicious', 'fraudulent', 'suspicious'], message: `“{phrase}” hedges. ${CONFIRM}` },
  { phrase: ['the|a|an most? likely|probable|plausible cause|causes|reason|explanation|culprit|source|trigger', 'a|an plausible|probable'], message: `“{phrase}” hedges about the cause. ${CONFIRM}` },
  // A counterfactual claim about what a fix would have done is a guess.
  // Not an admission (“we could have caught this”) or a reason for a decision (“…, so we paused the queue”).
  { phrase: ['would have resulted|mitigated', 'would have been mitigated|limited|reduced'], unlessBeforeMatches: /\b(?:if|otherwise|without|we)\b[^.]{0,80}$/i, unlessRestMatches: /^[^.]*?,?\s+(?:so|therefore|which is why)\s+we\b/i, message: `“{phrase}” guesses at what might have been. Say what you know happened, and what you changed.` },
  { phrase: ['to the best of our knowledge', 'as far as we know', 'as far as we can tell', 'to our knowledge'], message: `“{phrase}” hedges. ${CONFIRM}` },
  { phrase: ['most? likely|probably caused|due|related|triggered|because', 'most? likely|probably the|a cause|result|trigger'], message: `“{phrase}” hedges about the cause. ${CONFIRM}` },
];

export default phraseRule(
  { id: 'hedging', description: 'Vague non-commitment about findings (“we believe”, “it appears”, “may have”).', defaultSeverity: 'info' },
  entries,
);
