import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/custom-phrase';
import type { PolicyInput } from '../../src/settings/schema';

const vendor = 'Nora Lindqvist <nora@shelfwise.com>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const marco = 'Marco Rossi <marco.rossi@rossi-alimentari.it>';

const circling = {
  phrase: 'just circling back',
  category: 'pushy-outreach',
  message: 'Buyers read "just circling back" as a nudge with nothing new in it, and it tells them they owe you a reply.',
  suggestion: 'I had one more thought that may help with your rollout.',
  severity: 'warning',
} as const;

const deal = {
  phrase: 'deal',
  category: 'pushy-outreach',
  message: 'Our customers told us that calling their purchase a "deal" makes them feel sold to rather than helped.',
  severity: 'info',
} as const;

const guarantee = {
  phrase: '100% guaranteed',
  category: 'pushy-outreach',
  message: 'Procurement teams distrust absolute promises; this one may send the email to legal review instead of a reply.',
  suggestion: 'backed by our service-level agreement',
  severity: 'error',
} as const;

const friend = {
  phrase: 'my friend',
  category: 'impersonal',
  message: 'Calling a prospect "my friend" reads as overfamiliar to people you have not met.',
  severity: 'warning',
} as const;

const wontLast = {
  phrase: 'won’t last',
  category: 'pushy-outreach',
  message: 'Scarcity lines make buyers feel rushed, and most of them know the offer will come back.',
  suggestion: 'is available until the end of the month',
  severity: 'warning',
} as const;

const policy = (...customPhrases: PolicyInput['customPhrases'] & object): PolicyInput => ({ customPhrases });

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'no custom phrases configured',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Checking in',
          body: 'Hi Dana,\n\nJust circling back on the shelf-planning pilot. The deal we discussed still stands.\n\nNora',
        },
      },
      {
        name: 'the phrase inside a longer word',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Your dealer network',
          body: 'Ciao Marco,\n\nThanks for the introduction to your dealers in Lombardy. I will send each dealership the planogram templates this week, as we agreed.\n\nNora',
        },
        policy: policy(deal),
      },
      {
        name: 'the phrase only in the quoted history',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Pilot',
          body: 'Hi Dana,\n\nThanks for the update, and good luck with the audit. I will wait to hear from you after it.\n\nNora\n\nOn Mon, 2 Mar 2026 at 09:14, Nora Lindqvist <nora@shelfwise.com> wrote:\n> Just circling back on the pilot proposal.\n',
        },
        policy: policy(circling),
      },
      {
        name: 'the phrase quoted in double quotes',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Our new outreach guide',
          body: 'Hi Dana,\n\nYou said you delete any email that says "100% guaranteed", which I thought was fair. Our SLA terms are in the attachment instead.\n\nNora',
        },
        policy: policy(guarantee),
      },
      {
        name: 'internal mail is not checked',
        draft: {
          from: vendor,
          to: ['Erik Holm <erik@shelfwise.com>'],
          subject: 'Northwind',
          body: 'Erik,\n\nJust circling back on the Northwind deal: can you send me the signed order form?\n\nNora',
        },
        policy: policy(circling, deal),
      },
      {
        name: 'a different word order is not the phrase',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Price list',
          body: 'Ciao Marco,\n\nHere is the updated price list. We back every installation with our service agreement, and your friend at Conad can tell you how it went for them.\n\nA presto,\nNora',
        },
        policy: policy(guarantee, friend),
      },
      {
        name: 'the phrase only in the signature',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Planogram files',
          body: 'Hi Dana,\n\nThe planogram files for the Aurora store are attached.\n\nBest,\nNora Lindqvist\nShelfwise - the deal desk for retail space',
        },
        policy: policy(deal),
      },
      {
        name: 'a phrase with an apostrophe does not match a different word',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Spring promotion',
          body: 'Ciao Marco,\n\nThe spring promotion runs until 30 April. Stock levels look fine, so it will last through Easter for your stores.\n\nNora',
        },
        policy: policy(wontLast),
      },
    ],
    invalid: [
      {
        name: 'a stock follow-up opener with a suggestion',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Shelf planning pilot',
          body: 'Hi Dana,\n\nJust circling back on the shelf-planning pilot for your pharmacies. Happy to answer any questions.\n\nNora',
        },
        policy: policy(circling),
        errors: [
          {
            excerpt: 'Just circling back',
            replacement: 'I had one more thought that may help with your rollout.',
            severity: 'warning',
            messageIncludes: 'nothing new',
          },
        ],
      },
      {
        name: 'a phrase without a suggestion gets a label only, at the phrase severity',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Shelf sensors',
          body: 'Ciao Marco,\n\nI can offer you a special deal on the shelf sensors if you order before the trade fair. Let me know what you think.\n\nNora',
        },
        policy: policy(deal),
        errors: [{ excerpt: 'deal', replacement: null, severity: 'info' }],
      },
      {
        name: 'a phrase with regex characters in it, matched literally',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Uptime',
          body: 'Hi Dana,\n\nOur uptime is 100% guaranteed, so your stores will never lose their planograms. Shall I send the contract?\n\nNora',
        },
        policy: policy(guarantee),
        errors: [{ excerpt: '100% guaranteed', replacement: 'backed by our service-level agreement', severity: 'error' }],
      },
      {
        name: 'matched case-insensitively and across a line wrap',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Offer',
          body: 'Ciao Marco,\n\nI wanted to send this before the weekend and I am JUST\nCIRCLING BACK on the planogram offer because the price changes next month.\n\nNora',
        },
        policy: policy(circling),
        errors: [{ excerpt: 'JUST\nCIRCLING BACK', replacement: 'I had one more thought that may help with your rollout.' }],
      },
      {
        name: 'each finding takes the category and message of its own phrase',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Ciao',
          body: 'Ciao my friend,\n\nThe shelf sensors are a great deal this month, and we have only six kits left in Milan.\n\nNora',
        },
        policy: policy(deal, friend),
        errors: [
          { excerpt: 'my friend', replacement: null, severity: 'warning', messageIncludes: 'overfamiliar' },
          { excerpt: 'deal', replacement: null, severity: 'info', messageIncludes: 'sold to' },
        ],
      },
      {
        name: 'the same phrase twice in one email is two findings',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Second note',
          body: 'Hi Dana,\n\nJust circling back on my note from last week.\n\nI know it is a busy month, so I am just circling back once more before the quarter closes.\n\nNora',
        },
        policy: policy(circling),
        errors: [
          { excerpt: 'Just circling back', replacement: 'I had one more thought that may help with your rollout.' },
          { excerpt: 'just circling back', replacement: 'I had one more thought that may help with your rollout.' },
        ],
      },
      {
        name: 'a phrase typed with a curly apostrophe matches a straight one, and the reverse',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Spring promotion',
          body: "Ciao Marco,\n\nThis price won't last, so I'd suggest ordering the kits this week. The offer on sensors won’t last either.\n\nNora",
        },
        policy: policy(wontLast),
        errors: [
          { excerpt: "won't last", replacement: 'is available until the end of the month' },
          { excerpt: 'won’t last', replacement: 'is available until the end of the month' },
        ],
      },
      {
        name: 'a phrase in the subject line',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'A deal for Northwind pharmacies',
          body: 'Hi Dana,\n\nWe cut out-of-stocks by a fifth for a chain of your size last year. The short case study is attached if it is useful.\n\nNora',
        },
        policy: policy(deal),
        errors: [{ field: 'subject', excerpt: 'deal', replacement: null }],
      },
      {
        name: 'the longer of two overlapping phrases wins',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Follow-up',
          body: 'Hi Dana,\n\nI’m just circling back about the pilot, which is a good deal for a first season.\n\nNora',
        },
        policy: policy(deal, { ...circling, phrase: 'circling back', suggestion: undefined }, circling),
        errors: [
          { excerpt: 'just circling back', replacement: 'I had one more thought that may help with your rollout.' },
          { excerpt: 'deal', replacement: null },
        ],
      },
    ],
  },
  { describe, it },
);
