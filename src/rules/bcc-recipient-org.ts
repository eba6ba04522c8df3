import { defineRule } from '../engine/rule';
import { firstNameOf } from '../engine/address';
import { isolate } from '../engine/shapes';
import type { Recipient } from '../engine/recipients';
import { matchesAny } from '../engine/match';
import { BCC_DISCLOSED, BCC_EVERYONE } from './data/bcc-recipient-org';

/** Lower-case tokens the body may use for a recipient: first name and the first part of the mailbox. */
function namesOf(r: Recipient): string[] {
  const names = [firstNameOf(r).toLowerCase()];
  const local = r.address.split('@')[0] ?? '';
  names.push(local.split(/[._+-]/)[0]!.toLowerCase());
  return names.filter((n) => n.length >= 2 && /^[\p{L}'-]+$/u.test(n));
}

function mentions(sentence: string, name: string): boolean {
  const lower = sentence.toLowerCase();
  let at = lower.indexOf(name);
  while (at !== -1) {
    const before = at === 0 ? '' : lower[at - 1]!;
    const after = lower[at + name.length] ?? '';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
    at = lower.indexOf(name, at + 1);
  }
  return false;
}

export default defineRule({
  id: 'bcc-recipient-org',
  category: 'escalation',
  defaultSeverity: 'error',
  description: "Blind-copying someone at the recipient's own organisation, such as their boss or a colleague.",
  rationale:
    'A blind copy to someone at their own company means a boss or colleague is reading over their shoulder without their knowledge. Blind copies get forwarded and replied to all, and when the recipient finds out, they feel watched and reported on, and stop speaking freely. Copying openly, or writing separately, keeps everyone on an honest footing.',
  examples: {
    bad: 'To: dana.whitfield@northwind-health.com\nBcc: cfo@northwind-health.com\n\nHi Dana, following up on the proposal we discussed.',
    good: "To: dana.whitfield@northwind-health.com\nCc: cfo@northwind-health.com\n\nHi Dana, I've copied Lee since the budget sits with finance. Following up on the proposal we discussed.",
  },
  check(ctx) {
    const { recipients } = ctx;
    const flagged = recipients.all.filter(
      (r) => r.field === 'bcc' && r.kind === 'external' && r.org !== '' && recipients.recipientOrgs.has(r.org),
    );
    if (flagged.length === 0) return;

    // Said openly in the body ("moving Jane to Bcc"): the recipients know who is on Bcc.
    const disclosures = ctx.find(BCC_DISCLOSED).map((m) => m.sentence.text);
    const disclosed = (r: Recipient): boolean =>
      disclosures.length > 0 &&
      (flagged.length === 1 ||
        disclosures.some((s) => matchesAny(s, BCC_EVERYONE) || namesOf(r).some((n) => mentions(s, n))));

    const reader = recipients.greetingName ? isolate(recipients.greetingName) : 'the person you are writing to';
    for (const r of flagged) {
      if (disclosed(r)) continue;
      const who = isolate(r.name || r.address || r.raw);
      ctx.report({
        field: 'bcc',
        start: r.start,
        end: r.end,
        message: `${who} is at ${isolate(r.org)}, the same organisation as the people you are writing to, and on Bcc they read in silence. Blind copies get forwarded and replied to all, and when ${reader} finds out a boss or colleague was reading without their knowledge, they are likely to feel watched and to trust you less.`,
        suggestions: [
          { label: 'Copy them openly (Cc) and say why' },
          { label: 'Write to them separately' },
        ],
      });
    }
  },
});
