import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/complain-to-boss';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const lee = 'Lee Chan <lee.chan@northwind-health.com>';
const LOOP_IN =
  'Would it help if I shared this with anyone else on your side, or would you rather bring them in yourself when the time is right?';
const REPLACEMENT =
  "I know everyone's time is stretched, so if someone else on your team is better placed to look at this I'd be glad to know, and if now isn't the right time I'm happy to step back.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a referral: the colleague asked the author to write',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Dana suggested I get in touch',
          body: 'Hi Lee,\n\nJane Park asked me to reach out to you about the AP automation pilot, since the budget sits with finance. Would a short overview by email be useful first?\n\nBest,\nSam',
        },
      },
      {
        name: 'a fair question about who is the right person',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Right person?',
          body: 'Hi Lee,\n\nI spoke with Tom Reyes in March about invoice matching. Is Tom still the right person for this, or is there someone better placed on your team? Either way, thanks for pointing me in the right direction.\n\nSam',
        },
      },
      {
        name: 'asking the recipient themself to reply, with nobody else copied',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Proposal',
          body: "Hi Dana,\n\nI haven't heard back from you on the proposal, and I know you haven't had much time since the audit. No worries if the timing is off, just let me know either way.\n\nSam",
        },
      },
      {
        name: "internal mail to the sender's own manager about a customer",
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Northwind stalled',
          body: "Priya,\n\nDana hasn't returned my calls in three weeks and I've been unable to reach her IT director. Should we park the deal?\n\nSam",
        },
      },
      {
        name: 'a customer success update praising their team',
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Monthly account review',
          body: 'Hi Owen,\n\nQuick recap of October: your team responded quickly to the carrier outage, and on-time delivery stayed at 98%. Ana from your warehouse team asked about label templates; I have sent her the guide.\n\nBest,\nNadia',
        },
      },
      {
        name: 'the complaint is only in quoted history',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Re: Update',
          body: 'Hi Lee,\n\nThanks for the update, understood. I will leave it with you and Tom.\n\nSam\n\nOn Mon, 2 Mar 2026 at 09:14, Lee Chan <lee.chan@northwind-health.com> wrote:\n> Sorry, Tom hasn\'t returned your calls because he has been out sick.\n',
        },
      },
      {
        name: "the author's own team apologising, with curly apostrophes",
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Your ticket',
          body: 'Hi Owen,\n\nSorry our support team hasn’t gotten back to you yet about the label printer. I’ve asked them to call you today.\n\nNadia',
        },
      },
      {
        name: "the recipient's own words in double quotes",
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Re: Timing',
          body: 'Hi Lee,\n\nYou wrote "Tom won\'t make time for vendors until the audit is done", which makes complete sense. I will wait until May.\n\nSam',
        },
      },
      {
        name: 'technical support mail with "no luck" and "can\'t reach"',
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          subject: 'Re: Export failing',
          body: "Hi Wei,\n\nWe can't reach the 99.9% target without the cache. I tried the export three times with no luck before switching formats, and the report doesn't answer the question either. Please ignore my last email.\n\nArjun",
        },
      },
      {
        name: 'a colleague copied openly, but no complaint about anyone',
        draft: {
          from: vendor,
          to: [dana],
          cc: [lee],
          subject: 'Next steps',
          body: "Hi Dana,\n\nLooping in Lee from finance, as you suggested. Lee, the pricing sheet is attached; happy to answer anything.\n\nSam",
        },
      },
      {
        name: 'saying they will not go over the colleague\'s head',
        draft: {
          from: 'Jake Miller <jake@salesrocket.com>',
          to: ['Karen Doyle <karen.doyle@bluepinebank.com>'],
          subject: 'Thanks for the intro',
          body: "Hi Karen,\n\nThanks for pointing me to Tom. I don't want to go over Tom's head, so I'll wait to hear from him and won't chase.\n\nJake",
        },
      },
      {
        name: 'a system that has not responded, and the sender saying sorry for the delay',
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          subject: 'Re: Incident 4471',
          body: "Hi Wei,\n\nThe backup server hasn't responded since the 02:00 update, and it's gone quiet on the status page too. We haven't gotten back to you sooner because we were still diagnosing; full report by noon.\n\nArjun",
        },
      },
      {
        name: 'busy, said to the reader alone',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'No rush',
          body: "Hi Dana,\n\nI know you've been swamped with the audit, so no rush at all on the proposal. I'll be here when it suits.\n\nSam",
        },
      },
      {
        name: 'sent to their boss at their request',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Proposal',
          body: "Hi Dana,\n\nI've sent the proposal to Lee, your CFO, as you asked, with the pricing page on top.\n\nSam",
        },
      },
      {
        name: 'a news story about a reporter who could not reach someone',
        draft: {
          from: 'Kit Moreno <kit@lists.example.org>',
          to: ['friends <friends@lists.example.org>'],
          subject: 'Re: that interview',
          body: 'The paper says its reporter was unable to reach the minister for comment before print.\n\nKit',
        },
      },
      {
        name: 'copying the colleague the reader asked to include',
        draft: {
          from: vendor,
          to: [dana],
          cc: [lee],
          subject: 'Re: Proposal',
          body: "Hi Dana,\n\nCopying Lee as you suggested, so he has the pricing before your review.\n\nSam",
          thread: [
            { from: vendor, to: [dana], body: 'Hi Dana, the proposal is attached. Sam' },
            { from: dana, to: ['sam@brightledger.io'], body: "Thanks Sam. Let me check with the team and I'll come back to you. Please cc Lee on the next one. Dana" },
          ],
        },
      },
    ],
    invalid: [
      {
        name: 'telling the boss a colleague will not give time',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Month-end close',
          body: "Hi Lee,\n\nI've been trying to get twenty minutes with Dana since February about the close project. Is there someone else I should speak to?\n\nSam",
        },
        errors: [{ excerpt: "I've been trying to get twenty minutes with Dana since February about the close project.", replacement: REPLACEMENT }],
      },
      {
        name: 'a softened heads-up that their team is hard to book',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'A quick note',
          body: "Hi Lee,\n\nJust so it's on your radar, it has been tricky to book a call with Dana's finance team this quarter. Any guidance is welcome.\n\nSam",
        },
        errors: [{ excerpt: "Just so it's on your radar, it has been tricky to book a call with Dana's finance team this quarter.", replacement: REPLACEMENT }],
      },
      {
        name: 'copying a colleague because the paperwork is stuck with the reader',
        draft: {
          from: vendor,
          to: [dana],
          cc: [lee],
          subject: 'Order form',
          body: 'Hi Dana,\n\nAdding Lee here. The order form has been sitting with you since the 3rd, and pricing lapses at month end.\n\nSam',
        },
        errors: [
          {
            excerpt: 'The order form has been sitting with you since the 3rd, and pricing lapses at month end.',
            replacement: LOOP_IN,
            messageIncludes: 'pressure from above',
          },
        ],
      },
      {
        name: 'copying a colleague right after the reader asked for time',
        draft: {
          from: vendor,
          to: [dana],
          cc: [lee],
          subject: 'Re: Proposal',
          body: 'Hi Dana,\n\nLooping in Lee so the numbers are in front of him early. Shout if anything is unclear.\n\nSam',
          thread: [
            { from: vendor, to: [dana], body: 'Hi Dana, the proposal is attached. Sam' },
            { from: dana, to: ['sam@brightledger.io'], body: 'Thanks Sam. We are mid-audit, so please hold off until June. Dana' },
          ],
        },
        errors: [{ excerpt: 'Looping in Lee so the numbers are in front of him early.', replacement: LOOP_IN, messageIncludes: 'asked for time' }],
      },
      {
        name: 'writing to the boss after a colleague said no',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Your finance tooling',
          body: "Hi Lee,\n\nDana told me the team has chosen to stay put this year. I think the savings deserve a second look, and I'd value ten minutes with you on it.\n\nSam",
          thread: [
            { from: vendor, to: [dana], body: 'Hi Dana, here is our final offer. Sam' },
            { from: dana, to: ['sam@brightledger.io'], body: "Hi Sam, we've decided to stay with our current provider. Thanks. Dana" },
          ],
        },
        errors: [
          {
            excerpt: 'Dana told me the team has chosen to stay put this year.',
            replacement: "I understand Dana has already given me your team's answer, and I respect it; if anything changes, I'd be glad to hear from either of you.",
            messageIncludes: 'already gave',
          },
        ],
      },
      {
        name: "sending the proposal straight to the reader's boss",
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Proposal',
          body: "Hi Dana,\n\nI went ahead and forwarded the quote straight to Lee (your VP) so he can weigh in. Talk soon.\n\nSam",
        },
        errors: [{ excerpt: 'I went ahead and forwarded the quote straight to Lee (your VP) so he can weigh in.', replacement: REPLACEMENT, messageIncludes: 'above them' }],
      },
      {
        name: "writing to the boss that the colleague hasn't returned calls",
        draft: {
          from: vendor,
          to: [lee],
          subject: 'AP automation',
          body: "Hi Lee,\n\nI've been talking to Jane Park about automating invoice matching, but Jane hasn't returned my calls since the demo. Any thoughts on how to move this forward?\n\nBest,\nSam",
        },
        errors: [
          {
            excerpt: "I've been talking to Jane Park about automating invoice matching, but Jane hasn't returned my calls since the demo.",
            replacement: REPLACEMENT,
            messageIncludes: 'reported on',
          },
        ],
      },
      {
        name: 'your team has not got back, buried mid-email with curly apostrophes',
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Carrier contract',
          body: 'Hi Owen,\n\nHope the peak season is going well. We sent the revised carrier rates on the 3rd, but your team hasn’t gotten back to me yet. The rates are valid until the end of the month.\n\nKind regards,\nNadia',
        },
        errors: [
          {
            excerpt: 'We sent the revised carrier rates on the 3rd, but your team hasn’t gotten back to me yet.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'non-native English: unable to reach the IT director',
        draft: {
          from: 'Marta Kowalska <marta@fleetwise.eu>',
          to: ['Jonas Berg <jonas.berg@nordlogistik.se>'],
          subject: 'Telematics integration',
          body: 'Hello Jonas,\n\nI write you because I have been unable to reach your IT director about the integration, he is maybe very busy. Can you tell me what is best way?\n\nRegards,\nMarta',
        },
        errors: [
          {
            excerpt: 'I write you because I have been unable to reach your IT director about the integration, he is maybe very busy.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: "typed fast: he wont make time for a meeting",
        draft: {
          from: 'Jake Miller <jake@salesrocket.com>',
          to: ['Karen Doyle <karen.doyle@bluepinebank.com>'],
          subject: 'quick q',
          body: "karen - tried to set something up w/ your head of ops but he wont make time for a meeting. any chance you can help?\n\njake",
        },
        errors: [
          {
            excerpt: 'karen - tried to set something up w/ your head of ops but he wont make time for a meeting.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'hoping the boss will nudge the colleague',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Pilot sign-off',
          body: 'Hi Lee,\n\nThe pilot results look strong: close time went from nine days to five. I was hoping you could nudge Tom to sign off on the next phase.\n\nThanks,\nSam',
        },
        errors: [
          {
            excerpt: 'I was hoping you could nudge Tom to sign off on the next phase.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'asking the recipient to encourage their team to respond',
        draft: {
          from: 'Chloé Martin <chloe@vinexport.fr>',
          to: ['Giulia Ferri <g.ferri@enotecaroma.it>'],
          subject: 'Spring order',
          body: 'Dear Giulia,\n\nThe spring allocation closes soon. Could you encourage your purchasing team to respond to my offer before Friday?\n\nBest regards,\nChloé',
        },
        errors: [
          {
            excerpt: 'Could you encourage your purchasing team to respond to my offer before Friday?',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'tried the colleague several times with no luck',
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          subject: 'Migration plan',
          body: "Hi Wei,\n\nI've tried Mark several times with no luck. Is there a better time to catch him?\n\nCheers,\nArjun",
        },
        errors: [{ excerpt: "I've tried Mark several times with no luck.", replacement: REPLACEMENT }],
      },
      {
        name: "going over the colleague's head, with an apology",
        draft: {
          from: 'Jake Miller <jake@salesrocket.com>',
          to: ['Karen Doyle <karen.doyle@bluepinebank.com>'],
          subject: 'Outbound tooling',
          body: "Hi Karen,\n\nI hate going over Tom's head, but the renewal is close and I want to make sure you see the new pricing.\n\nJake",
        },
        errors: [
          {
            excerpt: "I hate going over Tom's head, but the renewal is close and I want to make sure you see the new pricing.",
            replacement: REPLACEMENT,
            messageIncludes: "going over Tom's head",
          },
        ],
      },
      {
        name: 'ignoring emails and a request for a nudge are two findings',
        draft: {
          from: vendor,
          to: [lee],
          subject: 'Invoice matching',
          body: 'Hi Lee,\n\nJane has been ignoring my emails for weeks. Would you mind giving her a gentle nudge?\n\nSam',
        },
        errors: [
          { excerpt: 'Jane has been ignoring my emails for weeks.', replacement: REPLACEMENT },
          { excerpt: 'Would you mind giving her a gentle nudge?', replacement: REPLACEMENT },
        ],
      },
      {
        name: "copying the recipient's manager to complain about the recipient's silence",
        draft: {
          from: vendor,
          to: [dana],
          cc: [lee],
          subject: 'Re: Proposal',
          body: "Hi Dana,\n\nLooping in Lee, since you haven't replied to my last three emails. Let me know where things stand.\n\nSam",
        },
        errors: [
          {
            excerpt: "Looping in Lee, since you haven't replied to my last three emails.",
            replacement: REPLACEMENT,
            messageIncludes: 'colleague or boss',
          },
        ],
      },
      {
        name: 'escalating to the boss because a colleague has gone dark',
        draft: {
          from: 'Kemal Aydin <kemal@studio-aydin.com>',
          to: ['Rosa Lima <rosa@limabakery.pt>'],
          subject: 'Website photos',
          body: 'Hi Rosa,\n\nSorry to bother you directly. Your marketing manager has gone dark since the shoot, and I still need the approval for the photos.\n\nKemal',
        },
        errors: [
          {
            excerpt: 'Your marketing manager has gone dark since the shoot, and I still need the approval for the photos.',
            replacement: REPLACEMENT,
          },
        ],
      },
    ],
  },
  { describe, it },
);
