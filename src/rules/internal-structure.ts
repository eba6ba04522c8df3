import { phraseRule, quote } from '../engine/shapes';
import { INTERNAL_STRUCTURE } from './data/internal-structure';

/** The sentence announces a new owner or team for the account. */
const REASSIGNED =
  /\b(?:mov(?:ed|ing|e)|transferr?(?:ed|ing)?|(?:re-?)?assign(?:ed|ing)?|migrat(?:ed|ing)|allocat(?:ed|ing)|realign(?:ed|ing)|rout(?:ed|ing)|hand(?:ed|ing)|pass(?:ed|ing)|handled|cover(?:s|ed|ing)|managed|served|owned|looked after|supported|serviced|taken over|pick(?:s|ing)? up|picked up|from now on|going forward|will (?:handle|look after|take over|manage|own|cover|be (?:your|looking after|handling|managing)))\b/i;

/** The sentence tells them what service their label entitles them to. */
const ENTITLEMENT =
  /\b(?:get|gets|receive|receives|entitled|eligible|qualif(?:y|ies)|includes?|included|comes? with|only|limited to|access to)\b/i;

export default phraseRule({
  id: 'internal-structure',
  category: 'internal-boundaries',
  defaultSeverity: 'warning',
  description:
    "Telling the customer which of the vendor's regions, segments, pods, territories or account tiers they have been put in.",
  rationale:
    "Your regions, segments and tiers are how you organise your work; to the customer they are labels that mean nothing, or that say they have been sorted into a lesser box. What they want to know is who will help them and how. Translating your structure into that, on their behalf, is part of the service.",
  examples: {
    bad: "Hi Tom, good news: your account has been assigned to our Mid-Market segment, so you're now in the Eastern Region group.",
    good: "Hi Tom, from now on Priya will be your main contact. She works with a lot of logistics firms your size, and I'll make sure she has the full history.",
  },
  patterns: INTERNAL_STRUCTURE,
  message: (match) =>
    `${quote(match.text)} names a part of your internal organisation as if it mattered to them. To the customer it is an unfamiliar label that can feel like being filed into a category; what they care about is who will help them and how.`,
  suggestions: (match) => {
    const sentence = match.sentence.text;
    let replacement: string;
    if (REASSIGNED.test(sentence)) {
      replacement =
        "From now on, a colleague who knows companies like yours will be your main contact, and I'll make sure they have the full history.";
    } else if (ENTITLEMENT.test(sentence)) {
      replacement = "Here is the support that comes with your plan, and if you ever need more, tell me and I'll arrange it.";
    } else {
      replacement = "Whatever you need, you can keep coming to me, and I'll make sure it reaches the right person.";
    }
    return [{ label: 'Speak of the person and the help they get, not your internal label', replacement }];
  },
});
