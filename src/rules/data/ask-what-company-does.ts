import { YOUR, gap } from './vocab';
import type { Signal } from './thread-signals';

/** What a seller calls the recipient's organisation. */
export const COMPANY =
  '(?:company|business|firm|organi[sz]ation|org|startup|start-up|agency|team|shop|brand|group|outfit|practice|studio|store|venture)';

/** "your company", "you guys", "y'all": the recipient's organisation as the subject of a question. */
const THEY = `(?:${YOUR} ${COMPANY}|you(?: guys| folks| all| lot| people)?|y'?all)`;

/** The end of the clause: "what do you do?" but not "what do you do when a batch fails". */
const END = "(?=\\s{0,3}(?:[?.!,;:)\\n]|$|\\u0000| and\\b| or\\b| exactly\\b| these days\\b| over there\\b))";

/**
 * A company named by the writer ("Acme", "Korvo Coffee", "Marlow & Pike"): up to four words, not a
 * pronoun or a verb. The rule checks that it is written with a capital, as names are.
 */
const NOT_A_NAME =
  "(?!(?:it|this|that|the|these|those|each|he|she|they|we|i|my|our|you|people|others|to|need|needs|want|wants|would|should|could|can|will|must|is|are|was|were|did|does|do|has|have|had|tends?)\\b)";
const NAME = `${NOT_A_NAME}[\\w&.'-]{2,30}(?: (?:&|\\+|and|${NOT_A_NAME}[\\w&.'-]{2,30})){0,3}`;

/** Their organisation, its offer or what it does, as the object of "familiar with", "know about". */
const THEIR_WORK = `(?:${YOUR} (?:${COMPANY}|products?|services?|offerings?|solutions?|industry|sector|space|market|work)(?!')|what ${THEY} (?:do|does|sell|offer|make|build|provide))\\b`;

/**
 * Sentences in which the writer admits they have not looked the recipient up. Each example must
 * match its pattern.
 */
export interface ResearchSignal extends Signal {
  /** The pattern can name the company ("what Acme does"): the rule checks the name has a capital. */
  names?: true;
  /** An imperative that is only a request at the head of a sentence or agenda item ("Learn what Acme does"). */
  leads?: true;
}

export const NO_RESEARCH: ResearchSignal[] = [
  // "What does your company do?", "what do you guys sell?", "what exactly does your firm offer?"
  {
    pattern: `\\bwhat (?:exactly |precisely |is it (?:that )?)?(?:does|do|is it that) ${THEY} (?:actually |really |exactly |even |currently )?(?:do|sell|offer|make|build|provide|produce|manufacture|specialize in|specialise in|focus on)(?: exactly| precisely| again| for a living)?${END}`,
    example: 'Quick question: what does your company do?',
  },
  {
    pattern: `\\bwhat (?:is it|exactly is it) (?:that )?${THEY} (?:do|does|sell|offer|make)\\b`,
    example: 'What is it that your company does, exactly?',
  },
  // "Could you tell me a bit about what Acme does?", "I'd love to learn what you guys do", "not sure what your firm does"
  {
    pattern: `\\b(?:(?:tell|explain(?: to)?|share with|walk|fill|brief) (?:me|us)|(?:love|like|want|keen|glad|happy|hoping) to (?:hear|learn|know|understand)|(?:curious|wondering|unsure|not sure|not clear|unclear) (?:about |as to |on )?)${gap(30)}\\bwhat (?:${THEY}|${NAME}) (?:actually |really |exactly |currently |even )?(?:does|do|sells?|offers?|makes?|builds?|provides?|speciali[sz]es? in|focus(?:es)? on)(?: exactly| precisely| again| for a living)?${END}`,
    example: 'Could you tell me a bit about what Acme does?',
    names: true,
  },
  // An agenda item or a bare imperative: "1. Learn what Acme does and who your customers are"
  {
    pattern: `\\b(?:learn|understand|hear|find out|discover|get to know) what (?:${THEY}|${NAME}) (?:actually |really |exactly |currently )?(?:does|do|sells?|offers?|makes?|builds?|provides?|speciali[sz]es? in|focus(?:es)? on)${END}`,
    example: 'Learn what Acme does and who your customers are',
    names: true,
    leads: true,
  },
  // "What's Acme's core business these days?", "what is your company's main activity?"
  {
    pattern: `\\bwhat(?:'s| is|s) (?:${YOUR}(?: ${COMPANY}'s)?|${NAME}'s) (?:core|main|primary|principal) (?:business|line of business|activit(?:y|ies)|products?|offerings?)\\b`,
    example: "What's Greenfield's core business these days?",
    names: true,
  },
  // "Can you explain me what are the main activities of your company?"
  {
    pattern: `\\bwhat (?:are|is) (?:the )?(?:main |core |primary |principal )?(?:activit(?:y|ies)|business(?:es)?|products?|services?|line of business|field|offerings?) of ${YOUR} ${COMPANY}\\b`,
    example: 'Can you please explain me what are the main activities of your company?',
  },
  // "Tell me a bit about your company", "could you share a little about your business?"
  {
    pattern: `\\b(?:tell|share with|explain to|give) (?:me|us) (?:a (?:bit|little)(?: more)? |a (?:quick |short |brief )?(?:overview|rundown|summary) of |more |briefly |quickly )?(?:about )?${YOUR} (?:company|business|firm|organi[sz]ation|startup|start-up|agency)(?!')\\b${END}`,
    example: 'Could you tell me a bit about your company?',
  },
  // "I'm not familiar with your business", "I'm unfamiliar with what your company does"
  {
    pattern: `\\bi(?:'m| am|m)? (?:honestly |admittedly |actually |really |still |just |afraid i'm )?(?:not (?:really |very |too |that |super |all that |overly |yet |entirely )?familiar|unfamiliar) with ${THEIR_WORK}`,
    example: "I'm not familiar with your business, so forgive the basic questions.",
  },
  // "I don't know much about your company", "I know nothing about what you guys do"
  {
    pattern: `\\bi (?:don't|dont|do not|didn't|didnt|did not) (?:really |actually |honestly |yet |quite )?know (?:much |a lot |anything |too much |a great deal |very much |a thing |enough |a lot )?(?:about )?${THEIR_WORK}`,
    example: "I don't know much about your company yet.",
  },
  {
    pattern: `\\bi (?:know|knew) (?:nothing|very little|little|next to nothing|almost nothing|hardly anything) (?:about )?${THEIR_WORK}`,
    example: 'I know very little about your business.',
  },
  // "I haven't had a chance to look at your website"
  {
    pattern: `\\bi (?:haven't|havent|have not|didn't|didnt|did not|couldn't|couldnt|could not)(?: yet| really| actually)? (?:had (?:a|the) chance to |had time to |gotten (?:a chance )?to |got (?:a chance |round |around )?to |manage to )?(?:look(?:ed)? (?:at|into|through)|check(?:ed)? out|research(?:ed)?|read(?: up on)?|go(?:ne)? through|visit(?:ed)?|dig(?: into)?) ${YOUR} (?:website|site|web site|homepage|company|business|products?|offering)\\b`,
    example: "I haven't had a chance to look at your website yet.",
  },
  // "What industry are you in?", "which sector does your company operate in?"
  {
    pattern: `\\b(?:what|which) (?:industry|industries|sector|vertical|market|space|line of business|field|kind of business|type of business|sort of business) (?:are|is) (?:you|${YOUR} ${COMPANY}|y'?all)(?: guys| folks)? (?:in|operating in|working in|active in)\\b`,
    example: 'And what industry are you in?',
  },
  {
    pattern: `\\b(?:what|which) (?:industry|industries|sector|vertical|market|space|line of business|field) (?:do|does) (?:you|${YOUR} ${COMPANY})(?: guys| folks)? (?:work|operate|play|compete|sit|serve)(?: in)?${END}`,
    example: 'Which sector does your company operate in?',
  },
  // "What kind of business are you?", "what's your company all about?"
  {
    pattern: `\\bwhat (?:kind|type|sort) of (?:${COMPANY}|company) (?:are you|is (?:yours|${YOUR} ${COMPANY}))\\b`,
    example: 'What kind of business are you?',
  },
  {
    pattern: `\\bwhat(?:'s| is|s) ${YOUR} ${COMPANY}(?: all)? about\\b`,
    example: "So what's your company all about?",
  },
  // "How does your company make money?", "how do you guys earn revenue?"
  {
    pattern: `\\bhow (?:exactly )?(?:does|do) ${THEY} (?:actually )?(?:make|earn|generate) (?:money|revenue|(?:its|their|your) (?:money|revenue)|a profit|profit)\\b`,
    example: 'How does your company make money?',
  },
];

/**
 * Before a "what do you do?" question, in the same sentence: a situation, which makes it a
 * discovery question ("When an invoice is disputed, what does your team do?").
 */
export const SITUATION = '\\b(?:when|whenever|if|once|after|before|during|while|in case|suppose|say)\\b';
