import { phraseRule, quote } from '../engine/shapes';
import { matchesAny } from '../engine/match';
import { NO_RESEARCH, SITUATION, type ResearchSignal } from './data/ask-what-company-does';

const SITUATION_LIST = [SITUATION];
/** The match is a request for them to explain themselves, rather than an admission. */
const ASKS = /^(?:\d[.)] |- |\u2022 )?(?:what|which|how|tell|explain|share|give|walk|fill|brief|love|like|want|keen|glad|happy|hoping|learn|understand|hear|find|discover|get)\b/i;

/** The word after the last "what" of a match: the company asked about ("what Acme does", "what's Acme's"). */
const ASKED_ABOUT = /\bwhat(?:'s| is|s)? +([^\s]+)[^]*$/i;
const THEM = /^(?:you|your|ur|yr|y'?all|are|is|exactly|precisely|is|it)\b/i;

/** "what grep does" in a technical thread is not a company; a company's name is written with a capital. */
function namesNoCompany(text: string): boolean {
  const word = ASKED_ABOUT.exec(text)?.[1];
  return word !== undefined && !THEM.test(word) && !/^[\p{Lu}\d]/u.test(word);
}

export default phraseRule({
  id: 'ask-what-company-does',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description: 'Asking the recipient what their company does, or admitting not knowing, instead of doing the homework.',
  rationale:
    'What their company does is on the first page of its website. Being asked to explain it tells the recipient the seller wants their time without spending any of their own, and that this email probably went to hundreds of people. A question that shows you looked them up makes them feel chosen rather than listed.',
  examples: {
    bad: "Hi Lena, before we set up a demo, could you tell me a bit about what your company does and what industry you're in?",
    good: 'Hi Lena, I saw Korvo just opened a second roastery in Leipzig. How are you handling green-coffee orders across both sites today?',
  },
  patterns: NO_RESEARCH,
  // A post to a mailing list is a discussion, not outreach to one company.
  skipDraft: (ctx) => ctx.thread.listMail(),
  // "When a batch fails, what does your team do?" asks about a situation, not about who they are.
  skipMatch: (match) =>
    ((match.entry as ResearchSignal).names === true && namesNoCompany(match.text)) ||
    // "Learn what Acme does" asks only at the head of a sentence or agenda item.
    ((match.entry as ResearchSignal).leads === true && match.start !== match.sentence.start) ||
    (/^(?:what|how)\b/i.test(match.text) &&
      matchesAny(match.sentence.text.slice(0, match.start - match.sentence.start), SITUATION_LIST)),
  message: (match) =>
    ASKS.test(match.text)
      ? `${quote(match.text)} asks them to explain their own company. That is one search away, so it reads as wanting their time without spending any of yours, and suggests this email went to a long list.`
      : `${quote(match.text)} tells them you have not looked them up. What they do is one search away, so they will wonder why they should give time to someone who did not, and suspect this email went to a long list.`,
  suggestions: () => [
    {
      label: 'Do the homework first, then ask about something specific to them',
      replacement:
        "From what I've read about your team's work, I'd love to hear which of these challenges matters most to you right now.",
    },
  ],
});
