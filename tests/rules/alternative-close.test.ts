import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/alternative-close';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const marco = 'Marco Rossi <marco.rossi@trasporti-lago.it>';
const logistics = 'Elena Park <elena@routewise.io>';

const offer = (pair: string, kind = 'short call'): string =>
  `Would a ${kind} be useful? If so, ${pair} would work on my side, or any other time that suits you.`;

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'asking whether first, then offering two times',
        draft: {
          from: logistics,
          to: [marco],
          subject: 'Freight costs on the Milan routes',
          body: 'Hi Marco,\n\nI read that Trasporti Lago is adding two routes to Munich. Would a short call about how we cut empty kilometres be useful? If so, Tuesday at 10 or Wednesday at 3 would work on my side.\n\nBest,\nElena',
        },
      },
      {
        name: 'the previous sentence asks whether, this one asks which',
        draft: {
          from: logistics,
          to: [marco],
          subject: 'Munich routes',
          body: 'Hi Marco,\n\nWould a 20-minute call be useful for your planning team? Does Tuesday at 10 or Wednesday at 3 work better?\n\nElena',
        },
      },
      {
        name: 'permission in the same sentence',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Approvals across sites',
          body: "Hi Dana,\n\nIf you're open to it, does Thursday at 10 or Friday at 2 work better for a short walkthrough?\n\nSam",
        },
      },
      {
        name: 'two times offered after they agreed to meet',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Demo',
          body: 'Hi Dana,\n\nGreat to hear. Does Tuesday at 10 or Wednesday at 3 work better for you and Lee?\n\nSam',
          thread: [
            { from: vendor, body: 'Would a short demo for your AP team be useful?' },
            { from: dana, body: "Yes, happy to chat next week. Lee from AP should join." },
          ],
        },
      },
      {
        name: 'internal mail between colleagues',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Pipeline review',
          body: 'Priya,\n\nWhich works better for the pipeline review, Thursday or Friday?\n\nSam',
        },
      },
      {
        name: 'a choice between two plans, not two times',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your quote',
          body: 'Hi Dana,\n\nThanks for the numbers. Do you want the 10 or 20 seat plan in the quote? I will send it today either way.\n\nSam',
        },
      },
      {
        name: 'a choice between two delivery dates',
        draft: {
          from: 'Karin Holm <karin@nordpack.se>',
          to: ['Ben Adler <ben@adler-coffee.de>'],
          subject: 'Your order #4471',
          body: 'Hi Ben,\n\nThe pouches are printed. Would you prefer delivery on the 14th or the 21st?\n\nKarin',
        },
      },
      {
        name: 'a statement of availability, not a question',
        draft: {
          from: logistics,
          to: [marco],
          subject: 'Route planning',
          body: "Hi Marco,\n\nI'm in Milan next week and free Tuesday at 10 or Wednesday at 3 if a coffee would help. No need to reply otherwise.\n\nElena",
        },
      },
      {
        name: 'a whether-question with the days inside it',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Duplicate invoices',
          body: 'Hi Dana,\n\nWould a quick demo next Tuesday or Wednesday be useful for the AP team?\n\nSam',
        },
      },
      {
        name: 'the close only appears in quoted history',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Duplicate invoices',
          body: 'Hi Dana,\n\nNo rush at all, I just wanted to share the case study I mentioned. It is attached.\n\nSam\n\nOn Mon, 2 Mar 2026 at 09:14, Sam Ortiz <sam@brightledger.io> wrote:\n> Does Tuesday at 10 or Wednesday at 3 work better for a call?\n',
        },
      },
      {
        name: 'the close quoted as an example of what not to do',
        draft: {
          from: 'Coach Liz <liz@salescraft.co>',
          to: ['team@acme-widgets.com'],
          subject: 'Notes from the workshop',
          body: 'Hi all,\n\nOld playbooks taught us to ask "Tuesday or Wednesday, which works better?" before the buyer wanted a meeting at all. Ask whether first.\n\nLiz',
        },
      },
      {
        name: 'a question about a fact, not an offer to meet',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Budget timing',
          body: 'Hi Dana,\n\nThanks for the update on the budget. Is the board meeting on the 3rd or the 10th? I want the proposal in your hands before it.\n\nSam',
        },
      },
      {
        name: 'a quarterly business review with an existing customer',
        draft: {
          from: 'Ana Costa <ana@brightledger.io>',
          to: [dana, 'Lee Chan <lee.chan@northwind-health.com>'],
          subject: 'Q2 business review',
          body: "Hi Dana, hi Lee,\n\nIt's time for our quarterly business review. Which works better for you, Thursday or Friday?\n\nAna",
        },
      },
      {
        name: 'asking whether a demo would help, then two times',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Invoice matching',
          body: 'Hi Dana,\n\nIf a short demo would help before the audit, is Monday at 10 or Tuesday at 4 better for you?\n\nSam',
        },
      },
      {
        name: 'whether first, in its own sentence, then which',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Close times',
          body: "Hi Dana,\n\nIs a call even worth it for your team right now? If it is, which suits better, Tuesday at 10 or Wednesday at 3?\n\nSam",
        },
      },
    ],
    invalid: [
      {
        name: 'the classic close in a cold email',
        draft: {
          from: logistics,
          to: [marco],
          subject: 'Freight costs',
          body: 'Hi Marco,\n\nI would love to show you how we cut empty kilometres on routes like yours. Does Tuesday at 10 or Wednesday at 3 work better?\n\nBest,\nElena',
        },
        errors: [
          {
            excerpt: 'Does Tuesday at 10 or Wednesday at 3 work better?',
            replacement: offer('Tuesday at 10 or Wednesday at 3'),
            messageIncludes: 'never whether',
          },
        ],
      },
      {
        name: 'which works better, two days',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Month-end close',
          body: 'Hi Dana,\n\nTwo hospital groups your size halved their month-end close with us. Which works better for you, Thursday or Friday?\n\nSam',
        },
        errors: [{ excerpt: 'Which works better for you, Thursday or Friday?', replacement: offer('Thursday or Friday') }],
      },
      {
        name: 'two bare times for a demo',
        draft: {
          from: 'Rachel Green <rachel@cloudpeak.com>',
          to: ['ops@meridian-logistics.com'],
          subject: 'Cloud costs',
          body: 'Hello,\n\nWe helped three logistics firms cut their AWS bill by a third. Would 2pm or 4pm suit you for a quick demo?\n\nRachel',
        },
        errors: [{ excerpt: 'Would 2pm or 4pm suit you for a quick demo?', replacement: offer('2pm or 4pm', 'short demo') }],
      },
      {
        name: 'are you free, morning or afternoon',
        draft: {
          from: 'Rob Kerr <rob@kerr-dental.co.uk>',
          to: ['Aisha Malik <aisha@smilebright.co.uk>'],
          subject: 'Booking screen',
          body: 'Hi Aisha,\n\nOur new booking screen cuts no-shows by a fifth. Are you free Monday morning or Tuesday afternoon?\n\nCheers,\nRob',
        },
        errors: [
          {
            excerpt: 'Are you free Monday morning or Tuesday afternoon?',
            replacement: offer('Monday morning or Tuesday afternoon'),
          },
        ],
      },
      {
        name: 'lower case and abbreviations, typed fast',
        draft: {
          from: 'Marco Bellini <marco@ventoso.it>',
          to: ['giulia.trattoria@gmail.com'],
          subject: 'booking tool',
          body: 'hi giulia\n\nsaw your new terrace on insta, congrats. does tues 10am or wed 2pm suit better for a quick chat?\n\nmarco',
        },
        errors: [
          {
            excerpt: 'does tues 10am or wed 2pm suit better for a quick chat?',
            replacement: offer('tues 10am or wed 2pm', 'short chat'),
          },
        ],
      },
      {
        name: 'buried in a longer email, with curly apostrophes and a.m./p.m.',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Following up on the conference',
          body: 'Hi Dana,\n\nIt was good to see Northwind on the panel about supplier payments. Your point about duplicate invoices stayed with me, and I’d love to show you how we catch them.\n\nWhich suits you best, Tuesday at 10 a.m. or Thursday at 2 p.m.? I’ll bring the benchmark numbers for hospital groups.\n\nBest regards,\nSam Ortiz',
        },
        errors: [
          {
            excerpt: 'Which suits you best, Tuesday at 10 a.m. or Thursday at 2 p.m.?',
            replacement: offer('Tuesday at 10 a.m. or Thursday at 2 p.m.'),
          },
        ],
      },
      {
        name: 'three options and no question mark',
        draft: {
          from: 'Tom Reyes <tom@payroll-pilot.com>',
          to: ['Hannah Cole <hannah@brightside-dental.com>'],
          subject: 'Payroll for 40 staff',
          body: 'Hi Hannah,\n\nPayroll for a 40-person practice should take minutes, not a day. Let me know which suits you best: Tuesday at 10, Wednesday at 3 or Thursday at 9am.\n\nTom',
        },
        errors: [
          {
            excerpt: 'Let me know which suits you best: Tuesday at 10, Wednesday at 3 or Thursday at 9am.',
            replacement: offer('Tuesday at 10, Wednesday at 3 or Thursday at 9am'),
          },
        ],
      },
      {
        name: 'the prospect asked for a document, not a meeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Case study',
          body: 'Hi Dana,\n\nHere is the case study. Does Monday at 11 or Tuesday at 4 work better to go through it together?\n\nSam',
          thread: [
            { from: vendor, body: 'Would the Mercy Health case study be useful?' },
            { from: dana, body: 'Please send the case study over, thanks.' },
          ],
        },
        errors: [{ excerpt: 'Does Monday at 11 or Tuesday at 4 work better to go through it together?', replacement: offer('Monday at 11 or Tuesday at 4') }],
      },
      {
        name: 'non-native English, the choice after the dates',
        draft: {
          from: 'Hiroshi Tanaka <tanaka@kizuna-sys.co.jp>',
          to: ['Peter Lang <p.lang@langmachinen.de>'],
          subject: 'Our sensors',
          body: 'Dear Mr. Lang,\n\nWe like to introduce our vibration sensors for your machines. We can make a call on 12 March or 14 March, which date is better for you?\n\nBest regards,\nHiroshi Tanaka',
        },
        errors: [
          {
            excerpt: 'We can make a call on 12 March or 14 March, which date is better for you?',
            replacement: offer('12 March or 14 March'),
          },
        ],
      },
      {
        name: 'a bare choice as its own question',
        draft: {
          from: 'Jonas Berg <jonas@fjordfreight.no>',
          to: ['Carmen Ibarra <c.ibarra@almadenfoods.es>'],
          subject: 'Route planner',
          body: 'Hola Carmen,\n\nOur route planner could save your drivers an hour a day in Valencia. Tomorrow at 2 or Friday at 11?\n\nJonas',
        },
        errors: [{ excerpt: 'Tomorrow at 2 or Friday at 11?', replacement: offer('tomorrow at 2 or Friday at 11') }],
      },
      {
        name: 'days of the week in the plural, as a habit',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'AP automation',
          body: 'Hi Dana,\n\nWe help hospital groups cut invoice exceptions in half. Do Tuesdays or Thursdays suit you better for a walkthrough?\n\nSam',
        },
        errors: [
          {
            excerpt: 'Do Tuesdays or Thursdays suit you better for a walkthrough?',
            replacement: offer('Tuesdays or Thursdays', 'short walkthrough'),
          },
        ],
      },
      {
        name: 'parts of the day in the plural',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Month-end close',
          body: 'Hi Dana,\n\nTwo groups your size halved their close with us. Which is easier for your team, mornings or afternoons, for a demo?\n\nSam',
        },
        errors: [
          {
            excerpt: 'Which is easier for your team, mornings or afternoons, for a demo?',
            replacement: offer('mornings or afternoons', 'short demo'),
          },
        ],
      },
    ],
  },
  { describe, it },
);
