import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/propose-another-time';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const priya = 'Priya Nair <priya@brightledger.io>';
const slot = { start: '2026-03-12T14:00:00-05:00', end: '2026-03-12T14:30:00-05:00' };

const ASK = 'If a short call would be useful, which day and time would suit you best?';

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a courtesy once they agreed to meet',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Walkthrough',
          body: "Hi Dana,\n\nGreat, the invite for Thursday at 10 is on its way. If you can't make it after all, just let me know and we'll find another slot.\n\nSam",
          thread: [
            { from: vendor, body: 'Would a short walkthrough be useful? Thursday at 10 or Friday at 2 work for me.' },
            { from: dana, body: 'Thursday at 10 works for me.' },
          ],
        },
      },
      {
        name: 'internal mail between colleagues',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Pipeline review',
          body: "Priya,\n\nI put the pipeline review on Thursday at 10. If this time doesn't work, propose another.\n\nSam",
        },
      },
      {
        name: 'the sender offers to find another time, the recipient is asked for nothing',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Month-end close',
          body: "Hi Dana,\n\nWould a 20-minute call about cutting month-end close be useful? Thursday at 10 works on my side. If Thursday doesn't suit, I'm happy to suggest another time.\n\nBest,\nSam",
        },
      },
      {
        name: 'choice first: asking which day suits them',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Following your webinar question',
          body: 'Hi Dana,\n\nYou asked during the webinar how approvals work across sites. If a short demo would help, which day and time would suit you best? I will fit around your calendar.\n\nSam',
        },
      },
      {
        name: 'a delivery date, not a meeting slot, in a mail that also mentions a call',
        draft: {
          from: 'Karin Holm <karin@nordpack.se>',
          to: ['Ben Adler <ben@adler-coffee.de>'],
          subject: 'Your order #4471',
          body: "Hi Ben,\n\nThe 2,000 printed pouches are ready and will ship on 14 March. If the date doesn't work for your go-live, let me know and we can hold them. Thanks again for the call last week.\n\nKarin",
        },
      },
      {
        name: 'a trigger phrase quoted from someone else',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your note about vendors',
          body: 'Hi Dana,\n\nYou mentioned a vendor who sent an unasked invite that said "if this time doesn\'t work, please propose another" and how tiring that was. We will not do that. If you ever want to talk, just say so.\n\nSam',
        },
      },
      {
        name: 'a trigger phrase inside the signature block',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Benchmark report',
          body: 'Hi Dana,\n\nHere is the benchmark report you asked for at the conference. No need to reply, and no call needed.\n\nBest,\nSam Ortiz\nAccount Executive, BrightLedger\nMeetings: reschedule as needed at brightledger.io/sam',
        },
      },
      {
        name: 'an invite description after agreement in the thread',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: "As agreed on Monday's call, a deep dive on duplicate detection. If the time no longer works, just propose a new one.",
          invite: { title: 'Duplicate detection deep dive', ...slot, attendees: [dana] },
        },
      },
      {
        name: 'a webinar reminder that asks nothing of them',
        draft: {
          from: 'Events at BrightLedger <events@brightledger.io>',
          to: ['tomasz.wojcik@gmail.com'],
          subject: 'Tomorrow: Month-End Without Overtime',
          body: "Hi Tomasz,\n\nThe session starts tomorrow at 4pm CET. If you can't make it, the recording will be in your inbox on Friday.\n\nThe BrightLedger team",
        },
      },
      {
        name: 'an invoice date, with the invoice named in the sentence before',
        draft: {
          from: 'Ana Costa <ana@brightledger.io>',
          to: [dana],
          subject: 'Renewal paperwork',
          body: "Hi Dana,\n\nYour renewal invoice goes out on the 30th. If the date doesn't suit your finance team, let me know. Happy to review the numbers on a call too.\n\nAna",
        },
      },
      {
        name: 'a recurring check-in with an existing customer',
        draft: {
          from: 'Ana Costa <ana@brightledger.io>',
          to: [dana],
          subject: 'Monthly check-in',
          body: "Hi Dana,\n\nI've sent the invite for our monthly check-in on the 14th at 11. If the time doesn't suit, let me know and I'll move it.\n\nAna",
        },
      },
      {
        name: '"if that doesn\'t work" about a price, with no time named before it',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Revised pricing',
          body: "Hi Dana,\n\nThanks for the call. Here is the revised pricing for the three hospitals. If that doesn't work for your budget, let me know and I'll look at the terms.\n\nSam",
        },
      },
    ],
    invalid: [
      {
        name: 'a booked slot about invoice matching, then the burden shift',
        draft: {
          from: 'Sam Ortiz <sam.ortiz@brightledger.io>',
          to: ['Dana Whitfield <dana.whitfield@northwind-health.com>'],
          subject: 'BrightLedger for Northwind',
          body: "Hi Dana,\n\nI've put 30 minutes on your calendar for Thursday at 10am to walk you through\nhow BrightLedger automates invoice matching. If this time doesn't work, please\npropose another one.\n\nBest,\nSam",
        },
        errors: [
          {
            excerpt: "If this time doesn't work, please\npropose another one.",
            replacement: 'If a short call would be useful, which day and time would suit you best?',
          },
        ],
      },
      {
        name: 'an invite description that leaves the rescheduling to them',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: "Intro to BrightLedger for the Northwind AP team. If this time doesn't work, please propose another.",
          invite: { title: 'BrightLedger intro', ...slot, attendees: [dana] },
        },
        errors: [
          {
            excerpt: "If this time doesn't work, please propose another.",
            replacement: ASK,
            messageIncludes: 'before they have said they want to meet',
          },
        ],
      },
      {
        name: 'feel free to suggest a new time, after announcing an invite',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Demo on Thursday',
          body: 'Hi Dana,\n\nI sent over an invite for Thursday at 2pm to show you the approval workflow. Feel free to suggest a new time for the demo if that one is awkward.\n\nBest,\nSam',
        },
        errors: [
          {
            excerpt: 'Feel free to suggest a new time for the demo if that one is awkward.',
            replacement: 'If a short demo would be useful, which day and time would suit you best?',
          },
        ],
      },
      {
        name: 'let me know if you can’t make it, with a curly apostrophe',
        draft: {
          from: 'Jonas Berg <jonas@fjordfreight.no>',
          to: ['Carmen Ibarra <c.ibarra@almadenfoods.es>'],
          subject: 'Route planner call',
          body: 'Hola Carmen,\n\nI have booked a call for Wednesday 3pm to show our route planner for Spain. Let me know if you can’t make it.\n\nJonas',
        },
        errors: [{ excerpt: 'Let me know if you can’t make it.', replacement: ASK, messageIncludes: 'if you can\'t make it' }],
      },
      {
        name: 'just decline, buried in the middle of a longer email',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Supplier payments',
          body: "Hi Dana,\n\nIt was good to see Northwind on the panel about supplier payments. Your point about duplicate invoices stayed with me.\n\nI've put a 30-minute invite in for Friday at 11am. Just decline if it's not convenient. In the meantime the report is attached; page 4 has the numbers for organisations your size.\n\nBest regards,\nSam Ortiz",
        },
        errors: [{ excerpt: "Just decline if it's not convenient.", replacement: ASK }],
      },
      {
        name: 'lower case, no apostrophes, typed fast',
        draft: {
          from: 'Marco Bellini <marco@ventoso.it>',
          to: ['giulia.trattoria@gmail.com'],
          subject: 'demo',
          body: 'hi giulia\n\nsent u a meeting invite for tue. if the slot doesnt suit, send me a better one\n\nmarco',
        },
        errors: [{ excerpt: 'if the slot doesnt suit, send me a better one', replacement: ASK }],
      },
      {
        name: 'reschedule as needed (not an agreed meeting being moved)',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Intro call',
          body: 'Hi Dana,\n\nYou should have a calendar invite from me for Tuesday at 9. Reschedule as needed.\n\nSam',
        },
        errors: [{ excerpt: 'Reschedule as needed.', replacement: ASK }],
      },
      {
        name: 'propose a new time via the invite, in an invite description',
        draft: {
          kind: 'invite',
          from: 'Rachel Green <rachel@cloudpeak.com>',
          subject: '',
          body: 'CloudPeak security review for your infrastructure team. You can propose a new time via the invite.',
          invite: { title: 'CloudPeak security review', ...slot, attendees: ['ops@meridian-logistics.com'] },
        },
        errors: [{ excerpt: 'You can propose a new time via the invite.', replacement: ASK }],
      },
      {
        name: 'a named day that is a problem for them',
        draft: {
          from: 'Rob Kerr <rob@kerr-dental.co.uk>',
          to: ['Aisha Malik <aisha@smilebright.co.uk>'],
          subject: 'Practice software',
          body: 'Hi Aisha,\n\nI will pop by the practice on Tuesday at 3 to show you the new booking screen. If Tuesday at 3 is a problem for you, just let me know and propose another slot.\n\nCheers,\nRob',
        },
        errors: [
          {
            excerpt: 'If Tuesday at 3 is a problem for you, just let me know and propose another slot.',
            replacement: ASK,
          },
        ],
      },
      {
        name: 'non-native formal English',
        draft: {
          from: 'Hiroshi Tanaka <tanaka@kizuna-sys.co.jp>',
          to: ['Peter Lang <p.lang@langmachinen.de>'],
          subject: 'Meeting for our sensors',
          body: 'Dear Mr. Lang,\n\nWe have arranged online meeting on 12 March at 10:00 CET for introduce our sensors. If the proposed date is not convenient for you, kindly propose other date.\n\nBest regards,\nHiroshi Tanaka',
        },
        errors: [
          {
            excerpt: 'If the proposed date is not convenient for you, kindly propose other date.',
            replacement: ASK,
          },
        ],
      },
      {
        name: 'two burden shifts are two findings',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Quarter-end close walkthrough.\n\nFeel free to move it on your calendar.\n\nIf you’re busy then, just decline.',
          invite: { title: 'Close walkthrough', ...slot, attendees: [dana, 'Lee Chan <lee.chan@northwind-health.com>'] },
        },
        errors: [
          { excerpt: 'Feel free to move it on your calendar.', replacement: ASK },
          { excerpt: 'If you’re busy then, just decline.', replacement: ASK },
        ],
      },
      {
        name: 'a time picked for them, then "if that doesn\'t suit" leaves the rest to them',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'AP automation',
          body: "Hi Dana,\n\nI'll call you Friday at 11 about invoice matching. If that doesn't suit, just reply with a better time.\n\nSam",
        },
        errors: [{ excerpt: "If that doesn't suit, just reply with a better time.", replacement: ASK }],
      },
      {
        name: 'typed fast: "if thats no good just lmk"',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'quick call',
          body: 'hi dana, ill ring you tmrw at 2 re the AP backlog, if thats no good just lmk\n\nsam',
        },
        errors: [{ excerpt: 'ill ring you tmrw at 2 re the AP backlog, if thats no good just lmk', replacement: ASK }],
      },
    ],
  },
  { describe, it },
);
