import { defineRule, type RuleContext } from '../engine/rule';
import { quote } from '../engine/shapes';
import type { Match } from '../engine/match';
import { MASK } from '../engine/text';
import type { Suggestion } from '../engine/draft';
import { CASUAL_SALUTATIONS, GENERIC_SALUTATIONS } from './data/generic-salutation';

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

function atGreeting(match: Match, ctx: RuleContext): boolean {
  return opensLine(ctx.body.own, match.start) && standsAlone(ctx.body.own, match.end);
}

function suggestionsFor(ctx: RuleContext): Suggestion[] {
  const name = ctx.recipients.greetingName;
  return name
    ? [{ label: `Greet ${name} by name`, replacement: `Hi ${name}` }]
    : [{ label: 'Find out their name and greet them by it, or open with a plain "Hello"' }];
}

export default defineRule({
  id: 'generic-salutation',
  category: 'impersonal',
  defaultSeverity: 'warning',
  description: 'A salutation that could open a letter to anyone: "Dear Customer", "Dear Sir or Madam", "To whom it may concern".',
  rationale:
    'The first words tell the recipient whether the email was written for them. "Dear Sir or Madam" says the sender did not know, or did not look up, who they were writing to, so the rest reads like a circular. Their name in the greeting costs a minute and earns a real reading.',
  examples: {
    bad: 'Dear Sir or Madam,\n\nWe help clinics like yours cut no-shows by a third.',
    good: 'Hi Dana,\n\nWe help clinics like yours cut no-shows by a third.',
  },
  check(ctx) {
    for (const match of ctx.find(GENERIC_SALUTATIONS)) {
      if (!atGreeting(match, ctx)) continue;
      ctx.report({
        start: match.start,
        end: match.end,
        message: `${quote(match.text)} could open a letter to anyone. The recipient reads it as a sign they are one of many on a list, and is less inclined to read on.`,
        suggestions: suggestionsFor(ctx),
      });
    }
    // "Hi there" is friendly; it only reads as impersonal when the sender knows exactly whom they are writing to.
    const name = ctx.recipients.greetingName;
    if (!name) return;
    for (const match of ctx.find(CASUAL_SALUTATIONS)) {
      if (!atGreeting(match, ctx)) continue;
      ctx.report({
        start: match.start,
        end: match.end,
        severity: 'info',
        message: `${quote(match.text)} is friendly, but you know who you are writing to. Greeting ${name} by name shows at once that this email was written for them and not for a list.`,
        suggestions: suggestionsFor(ctx),
      });
    }
  },
});
