import type { Signal } from './thread-signals';

/**
 * recap: a lead-in that reproaches ("per my last email", "as I already said", "to reiterate");
 * it is replaced by a neutral lead-in ("To recap," / "for reference").
 * pointer: sends them back to read an old email ("see my email below"); it is replaced by a
 * neutral pointer.
 * Every pattern takes a trailing comma or colon with it, so the replacement can keep the
 * punctuation the sentence needs.
 */
export interface ReproachSignal extends Signal {
  kind: 'recap' | 'pointer';
}

/** The sender's own earlier email: "my last email", "my previous note", "the email I sent". */
const MY_MAIL =
  '(?:(?:my|our) (?:(?:last|previous|prior|earlier|original|first|recent|initial|below) )?(?:e-?mails?|mails?|note|messages?|msgs?|reply|replies|response|correspondence)(?: below)?|the (?:(?:last|previous|prior|earlier|original) )?(?:e-?mail|note|message) (?:i|we) sent(?: (?:you|over|earlier|last week|yesterday))?|the (?:last|previous|prior|earlier) (?:e-?mail|note|message)|the (?:e-?mail|note|message|thread) below)';

/** Words for having said something. */
const SAID =
  "(?:mentioned|said|stated|noted|explained|outlined|wrote|written|indicated|pointed out|shared|highlighted|described|specified|flagged|advised|detailed|told you|communicated|clarified|made clear|laid out|confirmed)";

/** "before", "already", "multiple times": what makes it a reproach rather than a recap. */
const AGAIN =
  '(?:before|previously|already|multiple times|several times|a few times|many times|twice|more than once|repeatedly|numerous times|a number of times)';

/** A trailing comma or colon, kept in the span. */
const PUNCT = '(?:\\s?[,:])?';

export const PER_MY_LAST_EMAIL: ReproachSignal[] = [
  // "Per my last email", "as per my previous mail", "per my email below"
  {
    kind: 'recap',
    pattern: `\\b(?:as )?per ${MY_MAIL}${PUNCT}`,
    example: 'Per my last email, the pricing is $40 per seat.',
  },
  // "As I mentioned in my previous email", "as stated in my last note", "as outlined in the email I sent"
  {
    kind: 'recap',
    pattern: `\\bas (?:(?:i|we)(?:'ve| have| had|ve)? )?(?:already |previously |clearly |also )?${SAID}(?: ${AGAIN})? (?:in|on|with|via|through|within) ${MY_MAIL}${PUNCT}`,
    example: 'As I mentioned in my previous email, onboarding takes two weeks.',
  },
  // "As I already said", "as we've previously explained"
  {
    kind: 'recap',
    pattern: `\\bas (?:i|we)(?:'ve| have| had|ve)? (?:already|previously) ${SAID}(?: ${AGAIN})?${PUNCT}`,
    example: 'As I already said, the discount applies to annual plans only.',
  },
  // "As I said before", "as I've stated multiple times", "as I keep saying"
  {
    kind: 'recap',
    pattern: `\\bas (?:i|we)(?:'ve| have| had|ve)? ${SAID} (?:to you )?${AGAIN}${PUNCT}`,
    example: "As I've said multiple times, we integrate with SAP.",
  },
  {
    kind: 'recap',
    pattern: `\\bas (?:i|we) (?:keep|kept) (?:saying|telling you|repeating|mentioning|pointing out)${PUNCT}`,
    example: 'As I keep saying, the pilot is free.',
  },
  // "As previously stated", "as stated before", "as already mentioned"
  {
    kind: 'recap',
    pattern: `\\bas (?:previously|already) (?:stated|mentioned|said|noted|explained|indicated|advised|communicated|outlined|highlighted|specified|clarified)${PUNCT}`,
    example: 'As previously stated, the contract is month to month.',
  },
  {
    kind: 'recap',
    pattern: `\\bas (?:stated|mentioned|said|noted|explained|indicated|advised|outlined|specified) ${AGAIN}${PUNCT}`,
    example: 'As stated before, we cannot go below this price.',
  },
  // "Like I said", "like I already told you" (but not "like I said on our call": a meeting)
  {
    kind: 'recap',
    pattern: `\\blike (?:i|we)(?:'ve| have)? (?:already |previously )?(?:said|mentioned|told you|wrote|stated)(?: ${AGAIN}| in ${MY_MAIL})?(?! (?:on|during|at|in|over) (?:the|our|that|yesterday's|today's|[\\w]+'s) (?:call|meeting|demo|chat|conversation|session|workshop|phone))${PUNCT}`,
    example: 'Like I said, the API is included.',
  },
  // "To reiterate," and "at the risk of repeating myself," (as a lead-in, with its comma or colon)
  {
    kind: 'recap',
    pattern: '\\b(?:just )?to reiterate(?: (?:once )?again| what i said| my (?:earlier |previous |last )?(?:point|e-?mail|note))?\\s?[,:]',
    example: 'To reiterate, the trial has no commitment.',
  },
  {
    kind: 'recap',
    pattern: '\\b(?:at the risk of (?:repeating|sounding like a broken record)|to repeat) myself\\s?[,:]?',
    example: 'At the risk of repeating myself, setup is free.',
  },

  // "See my email below", "please refer to my previous email", "kindly check my last mail"
  {
    kind: 'pointer',
    pattern: `\\b(?:see|refer(?: back)? to|check|re-?read|look at|go back to|scroll (?:down )?to) ${MY_MAIL}`,
    example: 'Please see my email below.',
  },
];

/** The sender correcting their own earlier email: "in my last email I forgot to attach the file". */
export const CORRECTION: Signal[] = [
  {
    pattern:
      "\\b(?:forgot|forgotten|left out|omitted|mistake|typo|error|wrong|incorrect|correction|correcting|meant to|should have (?:said|written|included|attached|mentioned)|apologi[sz]e|sorry|my bad|oops|missed (?:attaching|including|adding))\\b",
    example: 'In my last email I forgot to attach the file.',
  },
];
