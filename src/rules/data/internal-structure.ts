import type { Signal } from './thread-signals';
import { gap } from './vocab';

/**
 * Phrases that tell a customer where they sit in the vendor's own organisation chart:
 * regions, segments, pods, territories, account tiers. Each example must match its pattern.
 */

/** Compass regions a sales organisation is cut into ("our Eastern Region"). */
const COMPASS =
  '(?:east(?:ern)?|west(?:ern)?|north(?:ern)?|south(?:ern)?|central|mid-?west(?:ern)?|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|east coast|west coast)';

/** Account tiers: "tier 2", "Tier-3", "tier two". */
const TIER = '(?:tier[ -]?(?:[1-5]|one|two|three|four|five|i{1,3}|iv)\\b)';

/** The words vendors use to carve up their customers: regions, segments, coverage models, tiers. */
const SEGMENT = `(?:${COMPASS}|emea|apac|apj|amer|amers|americas|latam|dach|nordics?|benelux|uk&i|ukie|anz|mea|cee|nam|north america|mid-?market|mid-?size|smb|sme|small business|commercial|enterprise|strategic|key accounts?|named accounts?|major accounts?|global accounts?|corporate accounts?|growth|scale|velocity|inside sales|territory|regional|public sector|general business|long-?tail|tech-?touch|low-?touch|high-?touch|${TIER})`;

/** The internal unit itself. "tier" and "plan" are left out: those are often what the customer buys. */
const ORG_UNIT =
  '(?:teams?|groups?|desk|unit|division|department|dept|org|organi[sz]ation|pods?|segments?|territory|territories|book(?: of business)?|portfolio|queue|bucket|squad|cluster|patch|coverage model)';

/** "our Eastern Region group", "the Enterprise team", "our EMEA Mid-Market segment". */
const UNIT = `(?:[\\w&-]+ ){0,2}?${SEGMENT}(?:[ -][\\w&-]+){0,2}? ${ORG_UNIT}\\b`;

/** "our Eastern Region" (only with "our": "you're in the eastern region" is the customer's geography). */
const OUR_REGION = `(?:[\\w&-]+ )?${COMPASS}(?: [\\w&-]+)? regions?\\b`;

/** The customer, as the subject or object of the sorting. */
const CUSTOMER =
  '(?:you|your (?:account|company|organi[sz]ation|business|firm|team|contract|subscription|renewal|org|agency|practice|school|hospital|clinic|store|group|brand|relationship|membership|profile))';

/** Auxiliaries and adverbs between the customer and the verb: "you've now been", "your company is now". */
const AUX =
  "(?:'re|re|'ve|ve|'ll|ll)?(?: are| were| have| has| had| will| is| was| would)?(?: now| currently| officially| technically| still| also| all| already| recently| just)?(?: been| be)?(?: now| officially)?";

/** Where the customer sits: only with "our" ("you're in our X group"). */
const SITS_IN =
  '(?:in|into|within|under|part of|belongs? to|fall(?:s)? (?:under|into|within|in)|sits? (?:in|under|within)|comes? under|lives? in|lands? in|landed in|ended up in)';

/** What was done to the customer's account; with "our" or "the" ("handled by the Enterprise team"). */
const SORTED_INTO =
  '(?:(?:re-?)?assigned to|moved (?:to|into|over to|under)|transferred (?:to|over to)|migrated to|allocated to|mapped to|aligned (?:to|with)|placed (?:in|into|with)|put (?:in|into)|routed to|handed (?:over |off )?to|passed (?:over )?to|handled by|covered by|managed by|served by|owned by|looked after by|supported by|serviced by|taken over by|run by)';

/** Doing the sorting to the customer: "I've moved you to our SMB pod". */
const SORTING_VERB =
  '(?:moved|moving|move|transferr(?:ed|ing)|transfer|reassign(?:ed|ing)?|assign(?:ed|ing)?|migrat(?:ed|ing)|allocat(?:ed|ing)|realign(?:ed|ing)|rout(?:ed|ing)|plac(?:ed|ing)|hand(?:ed|ing)|pass(?:ed|ing)|shift(?:ed|ing)?)';

/** Segments that describe how much attention an account gets, not what it bought. */
const SERVICE_SEGMENT =
  '(?:smb|sme|mid-?market|long-?tail|low-?touch|tech-?touch|non-?strategic|unmanaged|pooled)';

export const INTERNAL_STRUCTURE: Signal[] = [
  // "you're in our Eastern Region group", "you fall under our EMEA territory"
  {
    pattern: `\\b${CUSTOMER}${AUX} ${SITS_IN} our (?:${UNIT}|${OUR_REGION})`,
    example: "you're in our Eastern Region group",
  },
  // "your account has been assigned to our Mid-Market segment", "your company is now handled by the Enterprise team"
  {
    pattern: `\\b${CUSTOMER}${AUX} ${SORTED_INTO} (?:our (?:${UNIT}|${OUR_REGION})|the ${UNIT})`,
    example: 'your company is now handled by the Enterprise team',
  },
  // "I've moved you to our SMB pod", "we're transferring your account over to the Mid-Market team"
  {
    pattern: `\\b${SORTING_VERB}(?: over)? ${CUSTOMER}(?: over| across)? (?:to|into|under|in) (?:our (?:${UNIT}|${OUR_REGION})|the ${UNIT})`,
    example: "we're transferring your account over to the Mid-Market team",
  },
  // "you're in my territory", "your account is in my book"
  {
    pattern: `\\b${CUSTOMER}${AUX} (?:in|into|within|under|part of|moved to|assigned to) my (?:territory|patch|book(?: of business)?|segment|pod|portfolio|account list|accounts list)\\b`,
    example: 'your account is now in my territory',
  },
  // Classification: "you've been reclassified as a tier 2 account", "categorised as mid-market"
  {
    pattern: `\\b(?:re-?)?(?:classified|classed|categori[sz]ed|segmented|tiered|bucketed|designated|graded|coded|recategori[sz]ed|labell?ed|tagged|rated)(?: you)? (?:as|into|under|to)(?: an?| the| our)? (?:${TIER}|${SERVICE_SEGMENT}\\b|strategic\\b|key account\\b|named account\\b)`,
    example: "you've been reclassified as a tier 2 account",
  },
  // "Tier 3 customers", "a tier-2 account"
  {
    pattern: `\\b${TIER}(?: [\\w-]+)? (?:accounts?|customers?|clients?|segment|bucket|status)\\b`,
    example: 'As a Tier 3 customer you get email support only.',
  },
  // "as an SMB customer", "since you're a mid-market account"
  {
    pattern: `\\b(?:as|since you(?:'re|re| are)|because you(?:'re|re| are)|you(?:'re|re| are)(?: now| currently| technically| still)?) (?:an?|one of our) ${SERVICE_SEGMENT}(?: [\\w-]+)? (?:accounts?|customers?|clients?)\\b`,
    example: "Since you're an SMB customer, renewals go through the self-service page.",
  },
  // "your Harrisburg dock falls in our Eastern Region", "your Denver sites sit under our Mountain territory"
  {
    pattern: `\\byour(?: [\\w&'-]+){1,3}? (?:is |are |now |currently )?${SITS_IN} our (?:${UNIT}|${OUR_REGION})`,
    example: 'Your Harrisburg dock falls in our Eastern Region.',
  },
  // The sorting rule itself: "accounts under 500 seats are covered by our Growth team"
  {
    pattern: `\\b(?:accounts?|customers?|clients?|companies|businesses|deals?|orders?|opportunities|organi[sz]ations|sites|locations|stores)\\b${gap(40)} (?:are|is|get|gets|go|goes|fall|falls|sit|sits)(?: all| usually| normally| typically| always| automatically)? (?:covered|handled|managed|served|looked after|supported|owned|routed|assigned|worked|sold|quoted)(?: by| to| under| into| through| in| with)? our ${UNIT}`,
    example: 'Accounts under 500 seats are covered by our Growth team rather than Enterprise.',
  },
  // A customer named by company: "Pinecrest has been re-aligned to our Acute Care division"
  {
    pattern: "\\b(?:has|have|had|was|were|is|are|'s|'ve) been (?:re-?aligned|aligned|re-?assigned|assigned|moved|transferred|migrated|re-?allocated|allocated|re-?mapped|mapped|re-?segmented|segmented|re-?classified|re-?routed|re-?tiered)(?: over)? (?:to|into|under|in|with) our (?:[\\w&-]+ ){0,3}?(?:division|segment|region|territory|pod|desk|unit|book of business|portfolio|vertical|coverage model)\\b",
    example: 'Your clinic has been re-aligned to our Acute Care division.',
  },
  {
    pattern: '\\bas (?:a result|part) of (?:our|a|the) (?:new |recent |internal |annual |latest )?(?:customer |account |territory |sales |regional |market )?(?:segmentation|re-?segmentation|realignment|re-?alignment|territory (?:changes|realignment|re-?design|split|carve-?up))\\b',
    example: 'As part of our new customer segmentation, your account moves to a new team.',
  },
  // The sender's own slot as the reason: "I'm in our Central region, so I can only quote Chicago"
  {
    pattern: "\\b(?:i'm|im|i am|i sit|i work|i'm based|i cover|i look after|i handle|i'm part of|i am part of)(?: only)? (?:in|on|for|with|within|out of|part of) our (?:[\\w&-]+ ){1,3}?(?:region|territory|team|segment|office|desk|pod|division|branch)\\b,? (?:so|which means|and|but|therefore|meaning)(?: that)? (?:i|we) (?:can only|can't|cant|cannot|can not|only|am only|'m only|don't|do not|am not able|'m not able|'m unable|am unable)\\b",
    example: "I'm in our Central region, so I can only quote your Chicago sites.",
  },
];
