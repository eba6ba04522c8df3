import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/presumptive-meeting';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a genuine question, with times offered in case they want to meet',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Month-end close at Northwind',
          body: 'Hi Dana,\n\nI read your interview about moving month-end close from ten days to five. Would a 20-minute call about how two other hospital groups did it be useful? If so, Thursday at 10 or Friday afternoon work on my side.\n\nBest,\nSam',
        },
      },
      {
        name: 'the recipient asked for the invite earlier in the thread',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Demo',
          body: "Hi Dana,\n\nThanks! I've sent you a calendar invite for Thursday at 10am with the dial-in.\n\nSam",
          thread: [
            { from: vendor, body: 'Would a short demo for your AP team be useful?' },
            { from: dana, body: 'Yes, Thursday at 10 works for me. Send me an invite.' },
          ],
        },
      },
      {
        name: 'agreement quoted in the body of a reply',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Intro call',
          body: "Great, see you Tuesday at 2pm.\n\nSam\n\nOn Mon, 2 Mar 2026 at 09:14, Dana Whitfield <dana.whitfield@northwind-health.com> wrote:\n> Tuesday at 2pm works for me, let's talk then.\n",
        },
      },
      {
        name: 'rescheduling a meeting that was already agreed',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Moving our call',
          body: "Hi Dana,\n\nSomething came up on my side, so I need to reschedule our call. I've sent an invite for Friday at 11am instead; if that is worse for you, I'll work around your calendar.\n\nSorry for the shuffle,\nSam",
        },
      },
      {
        name: 'an internal meeting between colleagues',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Pipeline review',
          body: "Priya,\n\nI've put 30 minutes on your calendar for Thursday at 10 to go through the Q3 pipeline.\n\nSam",
        },
      },
      {
        name: 'asking permission to send an invite',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Following your webinar question',
          body: 'Hi Dana,\n\nYou asked during the webinar how approvals work across sites. Can I send you an invite for Thursday at 10 to show you, or would a short recorded walkthrough suit you better?\n\nSam',
        },
      },
      {
        name: 'the trigger words are quoted from the recipient',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your note',
          body: 'Hi Dana,\n\nYou mentioned a vendor who wrote "I\'ve put 30 minutes on your calendar for Thursday" and how much that annoyed you. We will never do that. Whenever you want to talk, just say so.\n\nSam',
        },
      },
      {
        name: 'a meeting she booked herself through the booking page',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your booking on Thursday',
          body: 'Hi Dana,\n\nThank you for booking through my booking page. Looking forward to our call on Thursday at 10am; the agenda is below.\n\n1. Your approval flow today\n2. What a pilot would look like\n\nSam',
        },
      },
      {
        name: 'a trigger sentence inside the signature block only',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Benchmark report',
          body: 'Hi Dana,\n\nHere is the benchmark report you asked for at the conference. No need to reply.\n\nBest,\nSam Ortiz\nAccount Executive, BrightLedger\nBook time with me: brightledger.io/sam',
        },
      },
      {
        name: 'putting them in touch with a peer, not in a meeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'A peer at Mercy Regional',
          body: 'Hi Dana,\n\nI can also put you in touch with the controller at Mercy Regional, if a peer conversation would help. She went through the same change last year.\n\nSam',
        },
      },
      {
        name: 'silence as a yes about a document, not a meeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Order form',
          body: "Hi Dana,\n\nI'll countersign the order form on Monday unless I hear otherwise, so the licences are live for month-end.\n\nSam",
        },
      },
      {
        name: 'they asked to be rung at a time, so ringing then is what they wanted',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Pricing',
          body: "Will do. Ill ring you tomorrow at 10 and we can go through the tiers.\n\nSam",
          thread: [
            { from: vendor, body: 'Here is the pricing for the three hospitals.' },
            { from: dana, body: 'Easier to talk. Ring me tomorrow around 10.' },
          ],
        },
      },
      {
        name: 'they said which part of the day suits, so sending a slot in it follows their lead',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: AP walkthrough',
          body: "Hi Dana,\n\nI've sent you an invite for Thursday at 2pm; mornings are hard for me too.\n\nSam",
          thread: [
            { from: vendor, body: 'Would a walkthrough for the AP team help before the audit?' },
            { from: dana, body: 'Yes, that would be useful. Afternoons are best for us.' },
          ],
        },
      },
      {
        name: 'a trial account set up for them is not a meeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your sandbox',
          body: "Hi Dana,\n\nI've set up a demo account for you so your team can click around before deciding anything.\n\nSam",
        },
      },
      {
        name: 'time the sender blocked for their own work',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your proposal',
          body: "Hi Dana,\n\nI've blocked two hours on Thursday to finish the proposal, so you'll have it Friday morning.\n\nSam",
        },
      },
      {
        name: 'accepting the invite they sent, their words quoted below',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: AP review',
          body: "Accepted, see you Friday at 9am.\n\nSam\n\nOn Tue, 3 Mar 2026 at 08:02, Dana Whitfield <dana.whitfield@northwind-health.com> wrote:\n> Sam, I've sent you an invite for Friday at 9am to go through the AP numbers.\n> Dana\n",
        },
      },
      {
        name: 'a delivery arriving at their site is not a visit',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Scanners',
          body: 'Hi Dana,\n\nThe scanners will be at your office on Monday at 7am; the courier will call ahead.\n\nSam',
        },
      },
      {
        name: 'a conditional "if Thursday still works" asks',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Samples',
          body: "Hi Dana,\n\nIf Thursday still works for you, I'll bring the sample invoices along.\n\nSam",
        },
      },
    ],
    invalid: [
      {
        name: 'a cold email that books 30 minutes on their calendar',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Quick intro',
          body: "Hi Dana,\n\nI've put 30 minutes on your calendar for Thursday at 10 to walk you through BrightLedger.\n\nBest,\nSam",
        },
        errors: [
          {
            excerpt: "I've put 30 minutes on your calendar for Thursday at 10 to walk you through BrightLedger.",
            replacement:
              "Would a short call be useful? If so, Thursday at 10 works on my side, or I'm glad to fit around a time that suits you better.",
            messageIncludes: 'agreed',
          },
        ],
      },
      {
        name: 'announcing a call at a set time with no agreement',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your AP team',
          body: "Dana,\n\nI know your AP team is stretched. I'll call you Thursday at 10 to explain how we can help.\n\nSam",
        },
        errors: [
          {
            excerpt: "I'll call you Thursday at 10 to explain how we can help.",
            replacement:
              "Would a short call be useful? If so, Thursday at 10 works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'asking them to accept an invite they never asked for',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Demo next week',
          body: 'Hi Dana,\n\nI sent over a meeting request this morning. Please accept the invite when you get a moment so we can lock it in.\n\nThanks,\nSam',
        },
        errors: [
          {
            excerpt: 'Please accept the invite when you get a moment so we can lock it in.',
            replacement:
              'Would a short call be useful? If so, let me know a couple of times that suit you and I will fit around them.',
          },
        ],
      },
      {
        name: 'a closing line that assumes the meeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Cutting close time',
          body: 'Hi Dana,\n\nTwo hospital groups your size cut month-end close in half with us last year. I will show you exactly how.\n\nSee you Tuesday at 2pm!\n\nSam',
        },
        errors: [
          {
            excerpt: 'See you Tuesday at 2pm!',
            replacement:
              "Would a short call be useful? If so, Tuesday at 2pm works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'a tentative hold on their calendar, with typos and no capitals',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'placeholder',
          body: "hey dana - ive put a tentative hold on ur calender for wednesday 3pm so we dont lose the slot. lmk\n\nsam",
        },
        errors: [
          {
            excerpt: 'ive put a tentative hold on ur calender for wednesday 3pm so we dont lose the slot.',
            replacement:
              "Would a short call be useful? If so, wednesday 3pm works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'an invite sent with curly apostrophes, buried in the middle of a longer email',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Following up on the conference',
          body: 'Hi Dana,\n\nIt was good to see Northwind on the panel about supplier payments. Your point about duplicate invoices stayed with me.\n\nI’ve sent you a calendar invite for Friday at 11am so we can go through the duplicate-detection report together.\n\nIn the meantime I attached the report itself; page 4 has the numbers for organisations of your size.\n\nBest regards,\nSam Ortiz',
        },
        errors: [
          {
            excerpt: 'I’ve sent you a calendar invite for Friday at 11am so we can go through the duplicate-detection report together.',
            replacement:
              "Would a short call be useful? If so, Friday at 11am works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'the recipient only asked for a document, not a meeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Pricing sheet',
          body: "Hi Dana,\n\nAttached is the pricing sheet. I also went ahead and scheduled a 45-minute review for next Tuesday so we can go through it line by line.\n\nSam",
          thread: [
            { from: vendor, body: 'Would pricing for 200 users help?' },
            { from: dana, body: 'Please just email me the pricing sheet, thanks.' },
          ],
        },
        errors: [
          {
            excerpt: 'I also went ahead and scheduled a 45-minute review for next Tuesday so we can go through it line by line.',
            replacement:
              "Would a short call be useful? If so, next Tuesday works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'two presumptions in one email are two findings',
        draft: {
          from: vendor,
          to: [dana, 'Lee Chan <lee.chan@northwind-health.com>'],
          subject: 'Next steps',
          body: "Hi Dana and Lee,\n\nYou'll receive a calendar invite from me shortly.\n\nOur demo is set for Tuesday at 2pm, and I'll bring our solutions engineer.\n\nSam",
        },
        errors: [
          {
            excerpt: "You'll receive a calendar invite from me shortly.",
            replacement:
              'Would a short call be useful? If so, let me know a couple of times that suit you and I will fit around them.',
          },
          {
            excerpt: "Our demo is set for Tuesday at 2pm, and I'll bring our solutions engineer.",
            replacement:
              "Would a short demo be useful? If so, Tuesday at 2pm works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'a text wrapped across lines in a plain-text email',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Intro',
          body: 'Dana,\n\nFollowing the article about your new Denver clinic, I pencilled you in\nfor Thursday at 4pm to talk about scheduling software for the front desk team there.\n\nSam',
        },
        errors: [
          {
            excerpt:
              'Following the article about your new Denver clinic, I pencilled you in\nfor Thursday at 4pm to talk about scheduling software for the front desk team there.',
            replacement:
              "Would a short call be useful? If so, Thursday at 4pm works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'hurried typing: ill, a ring, tomorow',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'close times',
          body: 'hi dana\n\nill ring u tomorow at 4 to run through how the two hospital groups did it\n\nsam',
        },
        errors: [
          {
            excerpt: 'ill ring u tomorow at 4 to run through how the two hospital groups did it',
            replacement: "Would a short call be useful? If so, tomorrow at 4 works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'a visit to their premises announced for a day the sender chose',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Scanner survey',
          body: 'Hi Dana,\n\nOur installer will be at your office on Monday at 7:30 to survey where the invoice scanners would go.\n\nSam',
        },
        errors: [
          {
            excerpt: 'Our installer will be at your office on Monday at 7:30 to survey where the invoice scanners would go.',
            replacement: 'Would a visit be useful? If so, Monday at 7:30 works on our side, or we can come at a time that suits you better.',
            messageIncludes: 'visit',
          },
        ],
      },
      {
        name: 'a day held for them without asking',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'AP automation',
          body: "Hi Dana,\n\nI've grabbed Friday at 9am for a quick demo with your AP lead.\n\nSam",
        },
        errors: [
          {
            excerpt: "I've grabbed Friday at 9am for a quick demo with your AP lead.",
            replacement: "Would a short demo be useful? If so, Friday at 9am works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'an hour set aside with them and their team',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Month-end',
          body: "Hi Dana,\n\nWe've set aside an hour with you and your finance team next Wednesday to map the close.\n\nSam",
        },
        errors: [{ excerpt: "We've set aside an hour with you and your finance team next Wednesday to map the close.", replacement: "Would a short call be useful? If so, next Wednesday works on my side, or I'm glad to fit around a time that suits you better." }],
      },
      {
        name: 'silence will count as a yes to the meeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Walkthrough',
          body: "Hi Dana,\n\nI'll keep Tuesday at 3 for our walkthrough unless I hear otherwise.\n\nSam",
        },
        errors: [{ excerpt: "I'll keep Tuesday at 3 for our walkthrough unless I hear otherwise.", replacement: "Would a short walkthrough be useful? If so, Tuesday at 3 works on my side, or I'm glad to fit around a time that suits you better." }],
      },
      {
        name: 'checking a time is still good that they never agreed to',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Demo',
          body: 'Hi Dana, just checking that Wednesday at 4 is still ok for you.\n\nSam',
          thread: [{ from: vendor, body: "I've sent an invite for Wednesday at 4 to show you the matching engine." }],
        },
        errors: [{ excerpt: 'just checking that Wednesday at 4 is still ok for you.', replacement: "Would a short call be useful? If so, Wednesday at 4 works on my side, or I'm glad to fit around a time that suits you better." }],
      },
      {
        name: 'pencilling both sides in',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Close review',
          body: "Hi Dana,\n\nI'll pencil us in for the 9th to compare your close calendar with the other groups.\n\nSam",
        },
        errors: [
          {
            excerpt: "I'll pencil us in for the 9th to compare your close calendar with the other groups.",
            replacement: "Would a short call be useful? If so, the 9th works on my side, or I'm glad to fit around a time that suits you better.",
          },
        ],
      },
      {
        name: 'they said not to send an invite yet, and the sender books anyway',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Pricing review',
          body: "Hi Dana,\n\nI've sent an invite for Monday at 10am so we have it in the diary.\n\nSam",
          thread: [
            { from: vendor, body: 'Shall I send an invite for a pricing review?' },
            { from: dana, body: "Please don't send me an invite until I've checked with our CFO." },
          ],
        },
        errors: [{ excerpt: "I've sent an invite for Monday at 10am so we have it in the diary.", replacement: "Would a short call be useful? If so, Monday at 10am works on my side, or I'm glad to fit around a time that suits you better." }],
      },
      {
        name: 'a question they asked at a webinar is not a request to meet',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your webinar question',
          body: "Hi Dana,\n\nThanks for the question you asked about three-way matching. I've booked a call for Thursday at 10 with our product lead to go deeper.\n\nSam",
        },
        errors: [{ excerpt: "I've booked a call for Thursday at 10 with our product lead to go deeper.", replacement: "Would a short call be useful? If so, Thursday at 10 works on my side, or I'm glad to fit around a time that suits you better." }],
      },
      {
        name: 'taking the liberty of reserving a time',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'AP backlog',
          body: "Hi Dana,\n\nI took the liberty of reserving Wednesday at 2pm for a chat about the AP backlog.\n\nSam",
        },
        errors: [{ excerpt: "I took the liberty of reserving Wednesday at 2pm for a chat about the AP backlog.", replacement: "Would a short chat be useful? If so, Wednesday at 2pm works on my side, or I'm glad to fit around a time that suits you better." }],
      },
      {
        name: 'announcing a call in the progressive',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Quote',
          body: "Hi Dana,\n\nI'll be calling you Monday morning to walk through the quote.\n\nSam",
        },
        errors: [{ excerpt: "I'll be calling you Monday morning to walk through the quote.", replacement: "Would a short call be useful? If so, Monday morning works on my side, or I'm glad to fit around a time that suits you better." }],
      },
      {
        name: 'seeing them at their office at a time they never agreed',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Site visit',
          body: "Hi Dana,\n\nWe'll see you at your office on Thursday at 9 to look at the mailroom.\n\nSam",
        },
        errors: [
          {
            excerpt: "We'll see you at your office on Thursday at 9 to look at the mailroom.",
            replacement: 'Would a visit be useful? If so, Thursday at 9 works on our side, or we can come at a time that suits you better.',
          },
        ],
      },
    ],
  },
  { describe, it },
);
