import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule, { subjectWithout } from '../../src/rules/false-urgency';

const leo = 'Leo Martins <leo@cobaltcrm.com>';
const ana = 'Ana Petrovic <ana.petrovic@vidra-textiles.rs>';
const kim = 'Kim Sung <kim@pathwise.io>';
const olu = 'Olu Adeyemi <olu.adeyemi@brightwater-schools.org>';

const HYPE = "Take whatever time you need; I'm glad to answer questions whenever it suits you.";
const SCARCITY =
  "If this interests you, let me know and I'll confirm what's still available and on what terms; there's no need to decide before you're ready.";
const DEADLINE = "Take the time you need to decide; if there is a date that matters on your side, tell me and I'll work to it.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a deadline the customer set themselves',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Re: Quote for 25 seats',
          body: 'Hi Ana,\n\nAs requested, the quote for 25 seats is attached. The pricing is valid until Friday, which matches the date you gave me.\n\nBest,\nLeo',
          thread: [
            { from: ana, body: 'We need the quote by Friday so it can go to the board.' },
          ],
        },
      },
      {
        name: 'the customer’s own contract and renewal dates, as facts',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Your renewal options',
          body: 'Hi Ana,\n\nYour current contract renews on March 31, so we have time to review options. Your subscription ends on that date too, and the renewal pricing is valid until then.\n\nBest,\nLeo',
        },
      },
      {
        name: 'a newsletter with an unsubscribe footer',
        draft: {
          from: 'Pathwise <news@pathwise.io>',
          to: [olu],
          subject: 'Limited-time: 20% off annual plans',
          body: 'Hello,\n\nThis month only, annual plans are 20% off. Act now to lock in the discount for your school.\n\nYou are receiving this email because you signed up at pathwise.io.\nUnsubscribe | Manage preferences',
        },
      },
      {
        name: 'internal mail between colleagues',
        draft: {
          from: leo,
          to: ['Mia Costa <mia@cobaltcrm.com>'],
          subject: 'URGENT: board deck',
          body: 'Mia,\n\nThis is urgent: I need your answer by end of day on the Vidra discount.\n\nLeo',
        },
      },
      {
        name: 'a vendor explaining that it does not use fake urgency',
        draft: {
          from: kim,
          to: [olu],
          subject: 'How we sell',
          body: "Hi Olu,\n\nYou asked how our sales process works. We don't do fake urgency: no 'act now', no 'only 3 spots left', no countdowns.\n\nKim",
        },
      },
      {
        name: 'no hurry, and the sender’s own promise for end of day',
        draft: {
          from: kim,
          to: [olu],
          subject: 'Revised quote',
          body: "Hi Olu,\n\nThere's no hurry on your side. I'll send the revised quote by end of day so it's there when you need it.\n\nKim",
        },
      },
      {
        name: 'a customer-success note offering help with anything urgent',
        draft: {
          from: kim,
          to: [olu],
          subject: 'Migration weekend',
          body: 'Hi Olu,\n\nThe migration starts Saturday at 8am. If anything urgent comes up, call me directly; no action is required on your side before then.\n\nKim',
        },
      },
      {
        name: 'a reply keeps the customer’s own urgent subject',
        draft: {
          from: kim,
          to: [olu],
          subject: 'Re: URGENT: teachers cannot log in',
          body: 'Hi Olu,\n\nWe found the cause: the SSO certificate expired overnight. It is renewed and teachers can log in again.\n\nKim',
        },
      },
      {
        name: 'denying the tactic: not a limited-time offer',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Pricing for 2027',
          body: "Hi Ana,\n\nThis isn't a limited-time offer; the pricing stands all year, so take whatever time you need.\n\nLeo",
        },
      },
      {
        name: 'standard quote validity of 30 days',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Quote for the dyeing plant',
          body: 'Hi Ana,\n\nHere is the quote for the dyeing plant. As usual, the quote is valid for 30 days and the pricing is valid for 30 days from today.\n\nLeo',
        },
      },
      {
        name: 'keeping a support ticket open until tomorrow is service, not a countdown',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Your import issue',
          body: "Hi Ana,\n\nThe duplicate contacts are merged now. I'll keep the case open until tomorrow in case anything else looks wrong.\n\nLeo",
        },
      },
      {
        name: "their own application window is a fact about them",
        draft: {
          from: leo,
          to: [olu],
          subject: 'Grant paperwork',
          body: 'Hi Olu,\n\nSince your grant application window closes on the 30th, I have attached the usage report your board asked for.\n\nLeo',
        },
      },
    ],
    invalid: [
      {
        name: 'an offer that expires Friday',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Your CRM pricing',
          body: 'Hi Ana,\n\nGreat to meet you at the trade fair. This offer expires Friday, so let me know soon.\n\nBest,\nLeo',
        },
        errors: [
          {
            excerpt: 'This offer expires Friday, so let me know soon.',
            replacement:
              "If it helps your planning, Friday is the date I'm working to on my side; if you need longer, just tell me what timing suits you.",
            messageIncludes: 'deadline',
          },
        ],
      },
      {
        name: 'only 3 spots left',
        draft: {
          from: kim,
          to: [olu],
          subject: 'Spring cohort',
          body: 'Hi Olu,\n\nOur spring cohort for school leaders starts in April. We have only 3 spots left, and two other districts are looking at them.\n\nKim',
        },
        errors: [
          {
            excerpt: 'We have only 3 spots left, and two other districts are looking at them.',
            replacement: SCARCITY,
            messageIncludes: 'lose out',
          },
        ],
      },
      {
        name: 'an urgent subject and an act-now line',
        draft: {
          from: leo,
          to: [ana],
          subject: 'URGENT: your Q3 pricing',
          body: 'Hi Ana,\n\nThe Q3 pricing is attached. Act now to secure it for your team.\n\nLeo',
        },
        errors: [
          { field: 'subject', excerpt: 'URGENT: your Q3 pricing', replacement: 'Your Q3 pricing', messageIncludes: 'URGENT' },
          { excerpt: 'Act now to secure it for your team.', replacement: HYPE },
        ],
      },
      {
        name: 'an action-required subject in brackets',
        draft: {
          from: kim,
          to: [olu],
          subject: '[Action Required] Pathwise order form',
          body: 'Hi Olu,\n\nThe order form for the three schools is attached, with the pricing we discussed.\n\nKim',
        },
        errors: [
          { field: 'subject', excerpt: '[Action Required] Pathwise order form', replacement: 'Pathwise order form' },
        ],
      },
      {
        name: 'a subject that is nothing but pressure',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Last chance!!!',
          body: 'Hi Ana,\n\nThe bundle with the textile module is still open for Vidra if it suits you.\n\nLeo',
        },
        errors: [{ field: 'subject', excerpt: 'Last chance', replacement: null }],
      },
      {
        name: 'an offer valid until a day and time, in non-native English',
        draft: {
          from: 'Jiri Novak <jiri@tkalcovna-soft.cz>',
          to: [ana],
          subject: 'Offer for Vidra',
          body: 'Dear Ana,\n\nthank you for the meeting in Belgrade. This offer is only valid until Friday at 5pm., after that the price is back to normal.\n\nBest regards,\nJiri',
        },
        errors: [
          {
            excerpt: 'This offer is only valid until Friday at 5pm., after that the price is back to normal.',
            replacement:
              "If it helps your planning, Friday at 5pm is the date I'm working to on my side; if you need longer, just tell me what timing suits you.",
          },
        ],
      },
      {
        name: 'prices go up next week',
        draft: {
          from: leo,
          to: [ana],
          subject: 'CRM for the sales team',
          body: 'Hi Ana,\n\nJust a heads-up: prices go up next week, so it makes sense to sign now.\n\nLeo',
        },
        errors: [
          {
            excerpt: 'Just a heads-up: prices go up next week, so it makes sense to sign now.',
            replacement:
              "Our pricing changes next week; if it's useful for your planning, I'm glad to share what that would mean for you, with no need to decide before you're ready.",
          },
        ],
      },
      {
        name: 'need your answer by end of day',
        draft: {
          from: kim,
          to: [olu],
          subject: 'District licence',
          body: 'Hi Olu,\n\nThanks for the call. I need your answer by end of day to hold this discount for Brightwater.\n\nKim',
        },
        errors: [
          {
            excerpt: 'I need your answer by end of day to hold this discount for Brightwater.',
            replacement: DEADLINE,
          },
        ],
      },
      {
        name: 'don’t wait, with a curly apostrophe, buried mid-email',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Order tracking for Vidra',
          body: 'Hi Ana,\n\nI enjoyed the tour of the weaving floor. The order-tracking module would cut the manual updates your team described.\n\nDon’t wait too long on this one, it is our most popular add-on.\n\nThe case study from a Belgian mill is attached.\n\nLeo',
        },
        errors: [
          {
            excerpt: 'Don’t wait too long on this one, it is our most popular add-on.',
            replacement: HYPE,
          },
        ],
      },
      {
        name: 'time-sensitive and limited-time, two sentences',
        draft: {
          from: kim,
          to: [olu],
          subject: 'Pathwise for Brightwater',
          body: 'Hi Olu,\n\nThis is time-sensitive.\n\nWe can offer limited-time pricing for districts that sign this term.\n\nKim',
        },
        errors: [
          { excerpt: 'This is time-sensitive.', replacement: DEADLINE },
          { excerpt: 'We can offer limited-time pricing for districts that sign this term.', replacement: SCARCITY },
        ],
      },
      {
        name: 'scarcity is still pressure when the customer set a deadline',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Re: Quote for 25 seats',
          body: 'Hi Ana,\n\nHere is the quote you needed for Friday. Only two seats left at this price, so I would move quickly.\n\nLeo',
          thread: [{ from: ana, body: 'We need the quote by Friday.' }],
        },
        errors: [
          {
            excerpt: 'Only two seats left at this price, so I would move quickly.',
            replacement: SCARCITY,
          },
        ],
      },
      {
        name: 'a yes-or-no demanded by a weekday',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Pilot pricing',
          body: 'Hi Ana,\n\nThe pilot is free for the first month. Could you send me a firm yes or no before Thursday?\n\nLeo',
        },
        errors: [
          {
            excerpt: 'Could you send me a firm yes or no before Thursday?',
            replacement: "If it helps your planning, Thursday is the date I'm working to on my side; if you need longer, just tell me what timing suits you.",
          },
        ],
      },
      {
        name: 'a reservation that lapses this afternoon',
        draft: {
          from: kim,
          to: [olu],
          subject: 'Summer camp places',
          body: 'Hi Olu,\n\nI can only save the two classroom slots for you until 3pm today, then they go back into the pool.\n\nKim',
        },
        errors: [
          {
            excerpt: 'I can only save the two classroom slots for you until 3pm today, then they go back into the pool.',
            replacement: "If it helps your planning, today is the date I'm working to on my side; if you need longer, just tell me what timing suits you.",
          },
        ],
      },
      {
        name: 'invented scarcity: the first twenty, most already gone',
        draft: {
          from: kim,
          to: [olu],
          subject: 'Founding partner rate',
          body: 'Hi Olu,\n\nThe founding rate is open to the first 20 districts that commit this term. Most of them are already claimed.\n\nKim',
        },
        errors: [
          { excerpt: 'The founding rate is open to the first 20 districts that commit this term.', replacement: SCARCITY },
          { excerpt: 'Most of them are already claimed.', replacement: SCARCITY },
        ],
      },
      {
        name: 'rival buyers and a push to move fast',
        draft: {
          from: leo,
          to: [ana],
          subject: 'Re: The warehouse unit',
          body: "Hi Ana,\n\nWe have several other tenants looking at the unit this week. Honestly, you'd want to move quickly.\n\nLeo",
        },
        errors: [
          { excerpt: 'We have several other tenants looking at the unit this week.', replacement: SCARCITY },
          { excerpt: "Honestly, you'd want to move quickly.", replacement: HYPE },
        ],
      },
      {
        name: 'down to the final few, in a hurried lower-case note',
        draft: {
          from: kim,
          to: [olu],
          subject: 'expo',
          body: 'hey olu, we are down to the final 4 exhibitor tables and the promo expires tonite, so lmk\n\nkim',
        },
        errors: [
          {
            excerpt: 'we are down to the final 4 exhibitor tables and the promo expires tonite, so lmk',
            replacement: SCARCITY,
          },
        ],
      },
    ],
  },
  { describe, it },
);

describe('subjectWithout', () => {
  it('drops the pressure words and their separators', () => {
    const cases: [string, string, string | null][] = [
      ['URGENT: your Q3 pricing', 'URGENT', 'Your Q3 pricing'],
      ['Your Q3 pricing - ACTION REQUIRED', 'ACTION REQUIRED', 'Your Q3 pricing'],
      ['[Time-sensitive] Renewal quote', 'Time-sensitive', 'Renewal quote'],
      ['Q3 pricing | last chance | Acme', 'last chance', 'Q3 pricing | Acme'],
      ['Urgent - please read', 'Urgent', null],
      ['Act now!', 'Act now', null],
    ];
    for (const [subject, word, expected] of cases) {
      const start = subject.indexOf(word);
      const got = subjectWithout(subject, [{ start, end: start + word.length }]);
      if (got !== expected) throw new Error(`${subject}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    }
  });
});
