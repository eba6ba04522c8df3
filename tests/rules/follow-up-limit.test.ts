import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/follow-up-limit';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const colleague = 'Priya Nair <priya@brightledger.io>';
const chen = 'Chen Wei <chen.wei@harbourline-freight.com>';
const chensTeam = 'Ana Lima <ana.lima@harbourline-freight.com>';

const first = { from: vendor, body: 'Hi Chen, would a short overview of our label-printing integration be useful for the Felixstowe warehouse?' };
const bump = { from: vendor, body: 'Hi Chen, just floating this back to the top of your inbox.' };
const bump2 = { from: vendor, body: 'Hi Chen, checking in once more on the overview.' };
const bump3 = { from: vendor, body: 'Chen, any thoughts on the below?' };

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a reply after they answered',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nThanks, the overview is attached; page 3 covers the Zebra printers you mentioned.\n\nSam',
          thread: [first, bump, { from: chen, body: 'Sorry for the delay. Yes, please send the overview. We use Zebra printers.' }],
        },
      },
      {
        name: 'the first follow-up',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nI know the peak season keeps you busy, so just a light follow-up on my note from last week.\n\nSam',
          thread: [first],
        },
      },
      {
        name: 'messages interleaved with their replies',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Pilot',
          body: 'Hi Chen,\n\nHere is the pilot plan we discussed; the first scanners arrive on Monday.\n\nSam',
          thread: [
            first,
            { from: chen, body: 'Yes, interested.' },
            { from: vendor, body: 'Great, would Tuesday suit for a call?' },
            { from: chen, body: 'Tuesday works. Send a pilot plan afterwards.' },
            { from: vendor, body: 'Thanks for the call today, plan coming tomorrow.' },
          ],
        },
      },
      {
        name: 'a custom limit of 3 allows a third message after 2 unanswered',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nOne more note on the label integration: the Felixstowe case study is now public, in case it is useful.\n\nSam',
          thread: [first, bump],
        },
        policy: { followUpLimit: 3 },
      },
      {
        name: 'a cold first email',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Label printing at Felixstowe',
          body: 'Hi Chen,\n\nI saw the Felixstowe warehouse is moving to same-day dispatch. Would a short overview of how others print labels at that speed be useful?\n\nSam',
        },
      },
      {
        name: 'they asked to follow up later and this is the only message since',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nAs you suggested, checking back now that March has started. Is label printing still on your list for this quarter?\n\nSam',
          thread: [first, { from: chen, body: 'Not right now, check back with me in March.' }],
        },
      },
      {
        name: 'a colleague of theirs answered: that resets the count',
        draft: {
          from: vendor,
          to: [chen, chensTeam],
          subject: 'Re: Label printing',
          body: 'Hi Chen, hi Ana,\n\nThanks Ana, I will send the integration guide to you both this afternoon.\n\nSam',
          thread: [first, bump, { from: chensTeam, body: 'Hi Sam, Chen is travelling. Could you send me the integration guide?' }],
        },
      },
      {
        name: 'internal mail with many unanswered messages',
        draft: {
          from: vendor,
          to: [colleague],
          subject: 'Re: Q2 forecast',
          body: 'Priya, nudging once more: I need your Q2 forecast numbers before Friday.\n\nSam',
          thread: [
            { from: vendor, body: 'Priya, could you send your Q2 forecast?' },
            { from: vendor, body: 'Priya, any news on the forecast?' },
            { from: vendor, body: 'Friendly reminder on the forecast.' },
          ],
        },
      },
      {
        name: 'their reply is the latest message in the quoted history',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nGlad it landed well. I will ask our engineer to join the call on Thursday.\n\nSam\n\nOn Wed, 4 Mar 2026 at 14:10, Chen Wei <chen.wei@harbourline-freight.com> wrote:\n> Thanks Sam, the overview was useful. Can your engineer join Thursday?\n>\n> On Mon, 2 Mar 2026 at 09:00, Sam Ortiz <sam@brightledger.io> wrote:\n>> Hi Chen, just checking in once more.\n>>\n>> On Mon, 23 Feb 2026 at 09:00, Sam Ortiz <sam@brightledger.io> wrote:\n>>> Hi Chen, would an overview be useful?\n',
        },
      },
    ],
    invalid: [
      {
        name: 'a third message after two unanswered',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nJust bumping this again in case it got buried. Would 15 minutes this week work?\n\nSam',
          thread: [first, bump],
        },
        errors: [
          { field: 'thread', excerpt: null, replacement: null, severity: 'warning', messageIncludes: 'your 3rd message in a row without a reply' },
        ],
      },
      {
        name: 'a custom limit of 3: the fourth message is flagged',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nI’ll keep this short: our label integration now supports your carrier, DPD. Worth a look?\n\nSam',
          thread: [first, bump, bump2],
        },
        policy: { followUpLimit: 3 },
        errors: [{ field: 'thread', excerpt: null, replacement: null, severity: 'warning', messageIncludes: '4th message' }],
      },
      {
        name: 'two past the limit is an error',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Chen — I must be catching you at a busy time. Should I reach out to someone else on the warehouse team instead?\n\nSam',
          thread: [first, bump, bump2, bump3],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, severity: 'error', messageIncludes: '5th message' }],
      },
      {
        name: 'a request to follow up later earns no exception',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nFollowing up again as you asked me to in January. Is now a better time?\n\nSam',
          thread: [
            first,
            { from: chen, body: 'Busy until the end of January, please follow up in February.' },
            { from: vendor, body: 'Hi Chen, it is February, so checking back as promised.' },
            { from: vendor, body: 'Hi Chen, just making sure my last note reached you.' },
          ],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'an early reply does not cover the silence after it',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Pilot',
          body: 'Hi Chen,\n\nHope the audit went well! Any update on the pilot? Happy to adjust the plan if the timing has changed.\n\nBest,\nSam',
          thread: [
            first,
            { from: chen, body: 'Interesting, send me the pilot plan after our audit.' },
            { from: vendor, body: 'Here is the pilot plan, as promised.' },
            { from: vendor, body: 'Hi Chen, did the plan make sense?' },
          ],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: "a colleague's unanswered message counts for the sender's side",
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nMy colleague Priya wrote to you last week as well. Could we find 20 minutes before the end of the month?\n\nSam',
          thread: [first, { from: colleague, body: 'Hi Chen, Priya here from BrightLedger, following up on Sam’s note.' }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, messageIncludes: 'silence' }],
      },
      {
        name: 'unanswered messages read from the quoted history',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nresending in case my previous mails went to spam. We help 3PLs like Harbourline print labels 2x faster.\n\nthx\nSam\n\nOn Mon, 9 Mar 2026 at 09:00, Sam Ortiz <sam@brightledger.io> wrote:\n> Hi Chen, just checking in.\n>\n> On Mon, 2 Mar 2026 at 09:00, Sam Ortiz <sam@brightledger.io> wrote:\n>> Hi Chen, would an overview be useful?\n',
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, messageIncludes: '3rd' }],
      },
      {
        name: 'a limit of 1: the second message is already one too many',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hi Chen,\n\nJust following up on my email from Monday.\n\nSam',
          thread: [first],
        },
        policy: { followUpLimit: 1 },
        errors: [{ field: 'thread', excerpt: null, replacement: null, severity: 'warning', messageIncludes: '2nd message' }],
      },
      {
        name: 'a "breakup" email after two unanswered is still a third message',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: "Hi Chen,\n\nSince I haven't heard back, I'll assume label printing isn't a priority right now. Should I close your file?\n\nSam",
          thread: [first, bump],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'a long silent sequence with a custom limit of 3 is an error',
        draft: {
          from: vendor,
          to: [chen],
          subject: 'Re: Label printing',
          body: 'Hello Chen,\n\nI am writing again regarding our solution. Please let me know your feedback.\n\nRegards,\nSam',
          thread: [first, bump, bump2, bump3, { from: vendor, body: 'Hi Chen, following up.' }],
        },
        policy: { followUpLimit: 3 },
        errors: [{ field: 'thread', excerpt: null, replacement: null, severity: 'error', messageIncludes: '6th message' }],
      },
    ],
  },
  { describe, it },
);
