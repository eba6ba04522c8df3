import { defineRule, type RuleContext, type RuleMeta } from '../engine/rule';
import { phraseRule, quote, tidyWhen, whenIn, capitalise } from '../engine/shapes';
import { matchesAny, occursIn, type Match } from '../engine/match';
import {
  DISCUSSING_URGENCY,
  FALSE_URGENCY,
  NEWSLETTER,
  OWN_CONTRACT_DATES,
  URGENT_SUBJECT,
  type UrgencySignal,
} from './data/false-urgency';

const meta: RuleMeta = {
  id: 'false-urgency',
  category: 'pushy-outreach',
  defaultSeverity: 'warning',
  description:
    'False urgency and scarcity in a sales email: “this offer expires Friday”, “only 3 spots left”, “act now”, “URGENT:” in the subject.',
  rationale:
    'A deadline the recipient did not set asks them to decide on the sender’s timetable instead of their own. Most buyers recognise manufactured urgency, so it costs trust in everything else the email says, and a rushed decision is more often a no. The real facts, stated calmly, let them plan.',
  examples: {
    bad: 'Subject: URGENT: your pricing\n\nHi Ana, this offer expires Friday and there are only 3 spots left, so act now.',
    good: 'Subject: Your pricing\n\nHi Ana, the pricing in the attached quote holds until the end of the month. If you need longer, tell me what timing suits you.',
  },
};

/**
 * Which group of phrases a match came from: the data entry that matched (its pattern may look
 * past the matched words, so the words alone cannot always tell).
 */
function kindOf(match: Match): UrgencySignal['kind'] {
  return (match.entry as Partial<UrgencySignal>).kind ?? FALSE_URGENCY.find((s) => matchesAny(match.text, s))?.kind ?? 'hype';
}

/** "This isn't a limited-time offer", "no 'act now' games": the phrase is denied, not used. */
const NEGATED_BEFORE = /(?:\bno|\bnot|n't|\bnever|\bwithout|\bnothing like|\binstead of|\brather than)(?: [\w-]+){0,2} ?'?$/i;

function isDenied(match: Match, ctx: RuleContext): boolean {
  const flat = ctx.body.flat;
  const before = flat.slice(Math.max(match.sentence.start, match.start - 40), match.start);
  if (NEGATED_BEFORE.test(before)) return true;
  // Named in single quotes, as an example of what not to do: emails that scream 'act now'.
  const opener = flat[match.start - 1];
  if (opener === "'" && !/\w/.test(flat[match.start - 2] ?? ' ')) {
    return flat.slice(match.end, Math.min(match.sentence.end, match.end + 60)).includes("'");
  }
  return false;
}

/** The paragraph around a match, where a discussion of sales tactics would be. */
function paragraphOf(match: Match, flat: string): string {
  const start = flat.lastIndexOf('\n\n', match.start);
  const end = flat.indexOf('\n\n', match.end);
  return flat.slice(start === -1 ? 0 : start, end === -1 ? flat.length : end);
}

const MESSAGES: Record<UrgencySignal['kind'], (q: string) => string> = {
  deadline: (q) =>
    `${q} sets a deadline they did not ask for. It pushes them to decide on your timetable rather than theirs, and a rushed buyer tends to say no or go quiet.`,
  scarcity: (q) =>
    `${q} suggests they will lose out if they wait. Most buyers read scarcity in a sales email as a tactic, and it makes the rest of the offer harder to trust.`,
  'price-rise': (q) =>
    `${q} turns a price change into a countdown. Without the facts they need to plan, it reads as pressure rather than information.`,
  hype: (q) =>
    `${q} is a pressure line: it asks them to act before they have thought it through, which makes a careful buyer step back.`,
};

function replacementFor(kind: UrgencySignal['kind'], sentence: string): string {
  // "Friday at 5pm." ends the sentence: keep the time, not the full stop (but keep "p.m.").
  const when = whenIn(sentence).replace(/(?<![ap]\.m)\.$/i, '').replace(/\s+/g, ' ');
  switch (kind) {
    case 'deadline':
      return when
        ? `If it helps your planning, ${tidyWhen(when)} is the date I'm working to on my side; if you need longer, just tell me what timing suits you.`
        : "Take the time you need to decide; if there is a date that matters on your side, tell me and I'll work to it.";
    case 'scarcity':
      return "If this interests you, let me know and I'll confirm what's still available and on what terms; there's no need to decide before you're ready.";
    case 'price-rise':
      return `${when ? `Our pricing changes ${when}` : 'Our pricing is due to change'}; if it's useful for your planning, I'm glad to share what that would mean for you, with no need to decide before you're ready.`;
    case 'hype':
      return "Take whatever time you need; I'm glad to answer questions whenever it suits you.";
  }
}

const LABELS: Record<UrgencySignal['kind'], string> = {
  deadline: 'Give the real date, if there is one, and let them set the pace',
  scarcity: 'State what is actually available, without the countdown',
  'price-rise': 'Share the price change as information for their planning',
  hype: 'Drop the pressure and leave the timing to them',
};

/** Mass mail is out of scope, and so is mail whose customer set their own date. */
const newsletters = new WeakMap<object, boolean>();
/** Read on the whole body, footers included (the engine masks them in ctx.body); once per draft. */
function isNewsletter(ctx: RuleContext): boolean {
  let known = newsletters.get(ctx.draft);
  if (known === undefined) {
    // Mass mail: an unsubscribe footer, "undisclosed recipients", or a post to a mailing list.
    known =
      occursIn(ctx.draft.body, NEWSLETTER) ||
      ctx.draft.to.some((to) => /\bundisclosed[- ]recipients?\b/i.test(to)) ||
      ctx.thread.listMail();
    newsletters.set(ctx.draft, known);
  }
  return known;
}

const body = phraseRule({
  ...meta,
  patterns: FALSE_URGENCY,
  skipDraft: isNewsletter,
  skipMatch: (match, ctx) => {
    const kind = kindOf(match);
    // They named the date themselves ("we need the quote by Friday"): working to it is service.
    if (kind === 'deadline' && ctx.thread.recipientDeadline) return true;
    // "Your contract renews on March 31": a fact about their own account.
    if (kind !== 'hype' && matchesAny(match.sentence.text, OWN_CONTRACT_DATES)) return true;
    if (matchesAny(paragraphOf(match, ctx.body.flat), DISCUSSING_URGENCY)) return true;
    return isDenied(match, ctx);
  },
  message: (match) => MESSAGES[kindOf(match)](quote(match.text.replace(/(?<![.,;:])[.,;:]+$/, ''))),
  suggestions: (match) => {
    const kind = kindOf(match);
    return [{ label: LABELS[kind], replacement: replacementFor(kind, match.sentence.text) }];
  },
});

/** A subject that is nothing but filler once the pressure word is gone. */
const EMPTY_SUBJECT = /^(?:re|fwd?|please(?: read)?|read(?: me)?|important|reminder|update|now|today|pls|for you|attention|hi|hello)?$/i;

/** The subject without the pressure words, tidied; null when nothing sensible remains. */
export function subjectWithout(subject: string, spans: readonly { start: number; end: number }[]): string | null {
  let out = subject;
  for (const { start, end } of [...spans].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)} ${out.slice(end)}`;
  }
  const leadingRemoved = spans.some((s) => subject.slice(0, s.start).trim().replace(/[[(*:\-–—|!]/g, '') === '');
  out = out
    .replace(/[[(]\s*[\])]/g, ' ')
    .replace(/\*\*\s*\*\*/g, ' ')
    .replace(/(?<!\s)\s*([:\-–—|])(?:\s*[:\-–—|!])+\s*/g, ' $1 ')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s:\-–—|!,.*\])]+/, '')
    .replace(/(?<![\s:\-–—|!,*[(])[\s:\-–—|!,*[(]+$/, '')
    .trim();
  if (!/\p{L}.*\p{L}/u.test(out) || EMPTY_SUBJECT.test(out)) return null;
  return leadingRemoved && /^\p{Ll}+(?=[\s,.:;!?]|$)/u.test(out) ? capitalise(out) : out;
}

function checkSubject(ctx: RuleContext): void {
  const subject = ctx.draft.subject;
  // A reply keeps the subject someone else may have written; mass mail and their own deadline are fine.
  if (/^\s*(?:re|aw|sv|fw|fwd|wg)\s*:/i.test(subject) || ctx.thread.recipientDeadline) return;
  const matches = ctx.find(URGENT_SUBJECT, 'subject');
  if (matches.length === 0 || isNewsletter(ctx)) return;
  const replacement = subjectWithout(subject, matches);
  const words = matches.map((m) => quote(m.text)).join(' and ');
  // The finding spans what its suggestion replaces: the whole subject when a cleaned subject is
  // offered, otherwise just the pressure words.
  const start = replacement === null ? matches[0]!.start : subject.length - subject.trimStart().length;
  const end = replacement === null ? matches[matches.length - 1]!.end : subject.trimEnd().length;
  ctx.report({
    field: 'subject',
    start,
    end,
    message: `${words} in the subject of a sales email ${matches.length > 1 ? 'sound' : 'sounds'} an alarm. They open it braced for a problem, find a pitch, and learn to discount your subject lines.`,
    suggestions:
      replacement === null
        ? [{ label: 'Name what the email is about instead, in plain words' }]
        : [{ label: 'Let the subject say what the email is about, without the alarm', replacement }],
  });
}

export default defineRule({
  ...meta,
  check(ctx) {
    checkSubject(ctx);
    body.check(ctx);
  },
});
