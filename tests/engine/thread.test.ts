import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/engine/analyze';
import { DraftSchema, type DraftInput } from '../../src/engine/draft';
import { DEFAULT_POLICY } from '../../src/settings/schema';

const facts = (draft: DraftInput) => createContext(DraftSchema.parse(draft), DEFAULT_POLICY, () => undefined).thread;
const sam = 'Sam <sam@vendor.io>';
const dana = 'Dana <dana@acme.com>';

describe('thread facts', () => {
  it('sees agreement to meet in the recipient’s message, not in the sender’s', () => {
    expect(facts({ from: sam, to: [dana], thread: [{ from: dana, body: 'Tuesday at 2 works for me.' }] }).agreedToMeet).toBe(true);
    expect(facts({ from: sam, to: [dana], thread: [{ from: sam, body: 'Tuesday at 2 works for me.' }] }).agreedToMeet).toBe(false);
  });

  it('does not read a refusal as agreement', () => {
    const t = facts({ from: sam, to: [dana], thread: [{ from: dana, body: "Sorry, that doesn't work for me, and we are not looking right now." }] });
    expect(t.agreedToMeet).toBe(false);
    expect(t.declined).toBe(true);
  });

  it('ignores what the recipient quoted from the sender', () => {
    const t = facts({
      from: sam,
      to: [dana],
      thread: [{ from: dana, body: 'Not now.\n\nOn Mon, Sam <sam@vendor.io> wrote:\n> Would Tuesday work for me to show you? Sounds good?' }],
    });
    expect(t.agreedToMeet).toBe(false);
  });

  it('reads agreement from the quoted history of a reply when no thread is given', () => {
    const t = facts({
      from: sam,
      to: [dana],
      body: 'Invite sent.\n\nOn Mon, 2 Mar 2026 at 09:14, Dana <dana@acme.com> wrote:\n> Thursday at 10 works, send me an invite.\n',
    });
    expect(t.hasHistory).toBe(true);
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]!.side).toBe('recipient');
    expect(t.agreedToMeet).toBe(true);
  });

  it('counts the sender’s unanswered messages at the end of the thread', () => {
    const t = facts({
      from: sam,
      to: [dana],
      thread: [
        { from: sam, body: 'Intro' },
        { from: dana, body: 'Thanks, tell me more.' },
        { from: sam, body: 'More' },
        { from: sam, body: 'Bump' },
      ],
    });
    expect(t.unansweredInARow).toBe(2);
  });

  it('treats a "no" followed by "reach out in Q3" as a deferral, not a refusal', () => {
    const t = facts({ from: sam, to: [dana], thread: [{ from: dana, body: 'Not a priority right now. Reach out again in Q3.' }] });
    expect(t.declined).toBe(false);
    expect(t.askedForFollowUp).toBe(true);
  });

  it('only the latest reply decides a refusal', () => {
    const t = facts({
      from: sam,
      to: [dana],
      thread: [
        { from: dana, body: 'Not interested.' },
        { from: sam, body: 'Understood.' },
        { from: dana, body: 'Actually, our plans changed. Could we talk next week?' },
      ],
    });
    expect(t.declined).toBe(false);
    expect(t.agreedToMeet).toBe(true);
  });

  it("notices a deadline the customer set", () => {
    expect(facts({ from: sam, to: [dana], thread: [{ from: dana, body: 'We need the quote by Friday.' }] }).recipientDeadline).toBe(true);
  });
});
