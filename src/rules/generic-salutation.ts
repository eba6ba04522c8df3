import { defineRule, type RuleContext } from '../engine/rule';
import { isolate, quote } from '../engine/shapes';
import type { Match } from '../engine/match';
import { MASK } from '../engine/text';
import type { Suggestion } from '../engine/draft';
import {
  CASUAL_SALUTATIONS,
  GENERIC_SALUTATIONS,
  ROLE_MAILBOX,
  ROLE_NAME,
  type SalutationSignal,
} from './data/generic-salutation';

/** The salutation opens a line (or the email): "Dear Customer," rather than "... our dear customer". */
function opensLine(own: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && own[i] === ' ') i--;
  return i < 0 || own[i] === '\n' || own[i] === MASK;
}

/** Nothing but punctuation or a line break follows: "Dear Customer," but not "Dear Customer Success team". */
function standsAlone(own: string, end: number): boolean {
  let i = end;
  while (i < own.length && own[i] === ' ') i++;
  return i >= own.length || /[,:;!.\n\u0000\u2013\u2014-]/.test(own[i]!);
}

/**
 * The salutation opens the email, not a letter enclosed further down (a reference letter under
 * "Hi Daniel, here it is", a template pasted for review): at most a short line comes before it.
 */
function opensEmail(own: string, start: number): boolean {
  let letters = 0;
  for (let i = 0; i < start; i++) {
    const c = own[i]!;
    if (c !== MASK && c !== ' ' && c !== '\n' && ++letters > 40) return false;
  }
  return true;
}

function atGreeting(match: Match, ctx: RuleContext): boolean {
  return opensLine(ctx.body.own, match.start) && standsAlone(ctx.body.own, match.end) && opensEmail(ctx.body.own, match.start);
}

/**
 * The first name of the one person the email is addressed to, or '' when it goes to a role
 * mailbox, a team or a list ("Legal Notices <notices@...>", tenders@, customers@lists...).
 */
function personAddressed(ctx: RuleContext): string {
  const name = ctx.recipients.greetingName;
  if (!name) return '';
  const addressed = ctx.recipients.external.filter((r) => r.field === 'to' || r.field === 'invite');
  const one = addressed[0];
  if (!one) return '';
  const local = one.address.split('@')[0] ?? '';
  if (ROLE_MAILBOX.test(local) || ROLE_NAME.test(one.name) || /^lists?\./.test(one.domain)) return '';
  return name;
}

/** "Respected Sir", "Dear Madam": one honorific, chosen for one person, not "Sir or Madam" for whoever opens it. */
function singleHonorific(match: Match): boolean {
  return /\b(?:sir|madam|madame|ma'?am)\b/i.test(match.text) && !/\b(?:or|and)\b|\/|sirs|\(s\)/i.test(match.text);
}

function suggestionsFor(name: string): Suggestion[] {
  return name
    ? [{ label: `Greet ${isolate(name)} by name`, replacement: `Hi ${name}` }]
    : [{ label: 'Find out their name and greet them by it, or open with a plain "Hello"' }];
}

export default defineRule({
  id: 'generic-salutation',
  category: 'impersonal',
  defaultSeverity: 'warning',
  description: 'A salutation that could open a letter to anyone: "Dear Customer", "Dear Sir or Madam", "To whom it may concern".',
  rationale:
    'The first words tell the recipient whether the email was written for them. "Dear Sir or Madam" to a person with a name says the sender did not look up who they were writing to, so the rest reads like a circular. Their name in the greeting costs a minute and earns a real reading.',
  examples: {
    bad: 'Dear Sir or Madam,\n\nWe help clinics like yours cut no-shows by a third.',
    good: 'Hi Dana,\n\nWe help clinics like yours cut no-shows by a third.',
  },
  check(ctx) {
    const name = personAddressed(ctx);
    for (const match of ctx.find(GENERIC_SALUTATIONS)) {
      if (!atGreeting(match, ctx)) continue;
      const formal = (match.entry as SalutationSignal).formal === true;
      // Writing to a tender inbox or a notices address, the formal convention is the right one.
      if (formal && !name) continue;
      if (formal && singleHonorific(match)) {
        ctx.report({
          start: match.start,
          end: match.end,
          severity: 'info',
          message: `${quote(match.text)} is courteous, but it would fit any reader. Greeting ${isolate(name)} by name keeps the respect and shows the email was written for them.`,
          suggestions: suggestionsFor(name),
        });
        continue;
      }
      ctx.report({
        start: match.start,
        end: match.end,
        message: name
          ? `${quote(match.text)} could open a letter to anyone, yet you know you are writing to ${isolate(name)}. They read it as a sign they are one of many on a list, and are less inclined to read on.`
          : `${quote(match.text)} could open a letter to anyone. The recipient reads it as a sign they are one of many on a list, and is less inclined to read on.`,
        suggestions: suggestionsFor(name),
      });
    }
    // "Hi there" is friendly to an inbox; to one named person it says their name was not worth looking at.
    if (!name) return;
    for (const match of ctx.find(CASUAL_SALUTATIONS)) {
      if (!atGreeting(match, ctx)) continue;
      // "Hey there, Rosa!": the name follows on the same line.
      const own = ctx.body.own;
      const lineEnd = own.indexOf('\n', match.end);
      const rest = own.slice(match.end, lineEnd === -1 ? own.length : lineEnd).toLowerCase();
      if (rest.includes(name.toLowerCase())) continue;
      ctx.report({
        start: match.start,
        end: match.end,
        message: `${quote(match.text)} is friendly, but it is how people greet an inbox, and you know you are writing to ${isolate(name)}. Their name in the greeting shows at once that this email was written for them and not for a list.`,
        suggestions: suggestionsFor(name),
      });
    }
  },
});
