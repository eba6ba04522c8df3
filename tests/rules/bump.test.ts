import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/bump';

const sam = 'Sam Ortiz <sam@brightledger.io>';
const marco = 'Marco Bianchi <marco.bianchi@fratelli-logistica.it>';
const priya = 'Priya Raman <priya@kestrelhq.com>';
const jon = 'Jon Keller <jkeller@harborfoods.com>';
const RESPECT = "If now isn't the right time, no need to reply; I won't keep filling your inbox.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'the recipient asked to be contacted again in March',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Re: Warehouse reconciliation',
          body: 'Hi Marco,\n\nYou asked me to check back once the new fiscal year started, so here I am. Did you get my last email with the two pilot options, or shall I resend it?\n\nBest,\nSam',
          thread: [
            { from: sam, body: 'Would a short pilot for the Verona warehouse be useful?' },
            { from: marco, body: 'Not before the budget is approved. Check back with me in March.' },
          ],
        },
      },
      {
        name: 'following up on a real call',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Notes from our call',
          body: 'Hi Marco,\n\nFollowing up on our call yesterday: the notes and the integration checklist are attached. Your point about customs codes is on page 2.\n\nBest,\nSam',
        },
      },
      {
        name: 'following up as promised with the pricing',
        draft: {
          from: priya,
          to: [jon],
          subject: 'Pricing for 40 stores',
          body: 'Hi Jon,\n\nFollowing up as promised with the pricing for all 40 stores. I split it by region so your finance team can compare it with the current contract.\n\nThanks,\nPriya',
        },
      },
      {
        name: 'a customer-success check-in',
        draft: {
          from: priya,
          to: [jon],
          subject: 'How is the rollout going?',
          body: "Hi Jon,\n\nJust checking in to see how the rollout is going at the Portland stores. If the label printers are still giving you trouble, I can get an engineer on a call this week.\n\nCheers,\nPriya",
        },
      },
      {
        name: 'internal mail between colleagues',
        draft: {
          from: sam,
          to: ['Lena Vogt <lena@brightledger.io>'],
          subject: 'Forecast',
          body: "Lena,\n\nDid you get my last email? I haven't heard back from you on the Q3 forecast and the board deck is due.\n\nSam",
        },
      },
      {
        name: 'a vendor bump quoted in double quotes, as something to avoid',
        draft: {
          from: sam,
          to: [marco],
          subject: 'No chasing from us',
          body: 'Hi Marco,\n\nYou told me your last vendor sent "did you get my last email?" four times in a week. I will not do that. The benchmark you asked about is attached, and that is all from me for now.\n\nBest,\nSam',
        },
      },
      {
        name: 'respecting silence in the present tense',
        draft: {
          from: priya,
          to: [jon],
          subject: 'Cold-chain sensors',
          body: "Hi Jon,\n\nI read that Harbor Foods is opening two new distribution centres. If cold-chain monitoring is on the list, our one-page comparison is attached. If I don't hear back, no worries at all.\n\nPriya",
        },
      },
      {
        name: 'waiting on a third party, not on the recipient',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Your DPA questions',
          body: "Ciao Marco,\n\nI haven't heard back from our legal team yet on clause 7, but they promised comments by Thursday. I'll send them over the moment they arrive.\n\nSam",
        },
      },
      {
        name: 'a generic follow-up when the recipient wrote last',
        draft: {
          from: priya,
          to: [jon],
          subject: 'Re: Sensor battery life',
          body: 'Hi Jon,\n\nJust following up on this with the battery figures you asked for: 18 months at one reading a minute, 30 months at one every five minutes.\n\nPriya',
          thread: [
            { from: priya, body: 'Here is the sensor spec sheet.' },
            { from: jon, body: 'Thanks. How long do the batteries last in the freezers?' },
          ],
        },
      },
      {
        name: 'completing the sender’s own email with a forgotten attachment',
        draft: {
          from: priya,
          to: [jon],
          subject: 'Re: Cold-chain sensors',
          body: 'Hi Jon,\n\nFollowing up on my email from this morning: I forgot to attach the case study, so here it is.\n\nPriya',
        },
      },
      {
        name: 'the bump lives only in the quoted history of an earlier message',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Re: Pilot',
          body: 'Hi Marco,\n\nThanks for the reply, Thursday works well.\n\nSam\n\nOn Mon, 2 Mar 2026 at 09:14, Sam Ortiz <sam@brightledger.io> wrote:\n> Just bumping this to the top of your inbox. Did you get my last email?\n',
        },
      },
      {
        name: "a note to a manager about a colleague who went quiet is not a nudge to the manager",
        draft: {
          from: sam,
          to: [jon],
          subject: 'Harbor Foods pilot',
          body: "Hi Jon,\n\nThe pilot wrapped up on Friday. I was working with Dana on it, but we haven't heard back from her since the kickoff, so I wanted you to have the results.\n\nSam",
        },
      },
      {
        name: 'a named third person, with a title, is the silent one',
        draft: {
          from: sam,
          to: [priya],
          subject: 'Evaluation debrief',
          body: 'Hi Priya,\n\nWe have not managed to book the debrief with Dr. Okoro despite several attempts by phone. Could you point me to the right person in his team?\n\nSam',
        },
      },
      {
        name: "forwarding a note to someone new, because its first reader didn't answer",
        draft: {
          from: sam,
          to: [jon],
          subject: 'Fwd: Scope for the Harbor pilot',
          body: 'Hi Jon,\n\nForwarding the note below. I have been trying to get a reply from Luis for two weeks; is he still the right contact?\n\nSam',
        },
      },
    ],
    invalid: [
      {
        name: 'a classic two-line bump',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Quick question',
          body: 'Hi Marco,\n\nJust bumping this to the top of your inbox. Did you get my last email?\n\nBest,\nSam',
        },
        errors: [
          { excerpt: 'Just bumping this to the top of your inbox.', replacement: RESPECT, messageIncludes: 'silence' },
          { excerpt: 'Did you get my last email?', replacement: RESPECT },
        ],
      },
      {
        name: 'haven’t heard back, with a curly apostrophe, buried mid-email',
        draft: {
          from: priya,
          to: [jon],
          subject: 'Cold-chain audit results',
          body: 'Hi Jon,\n\nCongratulations on the new Tacoma site. I haven’t heard back from you since the expo, so I wanted to share the audit checklist our grocery customers use. Page 3 covers freezer doors, which came up in our chat.\n\nThanks,\nPriya',
        },
        errors: [
          {
            excerpt: 'I haven’t heard back from you since the expo, so I wanted to share the audit checklist our grocery customers use.',
            replacement: RESPECT,
          },
        ],
      },
      {
        name: 'circling back on the email below, in a top-posted reply',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Re: Reconciliation pilot',
          body: 'Marco,\n\nCircling back on my email below.\n\nSam\n\nOn Tue, 3 Mar 2026 at 10:02, Sam Ortiz <sam@brightledger.io> wrote:\n> Would a short pilot for the Verona warehouse be useful?\n',
        },
        errors: [{ excerpt: 'Circling back on my email below.', replacement: RESPECT }],
      },
      {
        name: 'a formal follow-up on the previous email, non-native English',
        draft: {
          from: 'Tomasz Nowak <t.nowak@sensorika.pl>',
          to: ['Adam Kowalski <adam.kowalski@baltic-cold.pl>'],
          subject: 'Sensors offer',
          body: 'Dear Mr. Kowalski,\n\nI am writing to following up on my previous email regarding the warehouse sensors. Kindly advise when is possible for you.\n\nWith best regards,\nTomasz Nowak',
        },
        errors: [
          {
            excerpt: 'I am writing to following up on my previous email regarding the warehouse sensors.',
            replacement: RESPECT,
          },
        ],
      },
      {
        name: 'since I didnt hear back, typed fast',
        draft: {
          from: priya,
          to: [jon],
          subject: 'sensors',
          body: "hi jon - since i didnt hear back i figured id try once more. we cut spoilage 12% for a chain your size\n\npriya",
        },
        errors: [
          {
            excerpt: 'since i didnt hear back i figured id try once more.',
            replacement: RESPECT,
          },
        ],
      },
      {
        name: 'you haven’t responded to my emails',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Still interested?',
          body: "Hi Marco,\n\nYou haven't responded to my emails, so I'm not sure where things stand. Would it help if I spoke with someone else on your team?\n\nSam",
        },
        errors: [
          {
            excerpt: "You haven't responded to my emails, so I'm not sure where things stand.",
            replacement: RESPECT,
            messageIncludes: 'reply',
          },
        ],
      },
      {
        name: 'I’ve reached out several times',
        draft: {
          from: priya,
          to: [jon],
          subject: 'Spoilage numbers',
          body: "Hi Jon,\n\nI've reached out several times about the spoilage numbers for your region, and I know how busy Q4 gets. The summary is attached either way.\n\nPriya",
        },
        errors: [
          {
            excerpt: "I've reached out several times about the spoilage numbers for your region, and I know how busy Q4 gets.",
            replacement: RESPECT,
          },
        ],
      },
      {
        name: 'any update on my last email, as a one-liner',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Pilot',
          body: 'Any update on my last email?',
        },
        errors: [{ excerpt: 'Any update on my last email?', replacement: RESPECT }],
      },
      {
        name: 'a generic “just following up” after an unanswered message',
        draft: {
          from: priya,
          to: [jon],
          subject: 'Re: Cold-chain sensors',
          body: 'Hi Jon,\n\nJust following up. Happy to send the spec sheet if useful.\n\nPriya',
          thread: [{ from: priya, body: 'Would a one-page comparison of cold-chain sensors be useful for the new sites?' }],
        },
        errors: [{ excerpt: 'Just following up.', replacement: RESPECT }],
      },
      {
        name: 'floating this back up, wrapped across lines',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Reconciliation',
          body: 'Hey Marco, floating this back up in case it got buried under the quarter-end\nrush, since the pilot slots for April are being planned now.\n\nSam',
        },
        errors: [
          {
            excerpt:
              'floating this back up in case it got buried under the quarter-end\nrush, since the pilot slots for April are being planned now.',
            replacement: RESPECT,
          },
        ],
      },
      {
        name: 'not sure if you saw my previous note',
        draft: {
          from: 'Aiko Tanaka <aiko@lumenpay.jp>',
          to: ['Ben Ruiz <ben.ruiz@casa-verde.mx>'],
          subject: 'Payment links for Casa Verde',
          body: 'Hola Ben,\n\nNot sure if you saw my previous note about payment links for your online store. We now support OXXO vouchers, which several of your competitors use.\n\nSaludos,\nAiko',
        },
        errors: [
          {
            excerpt: 'Not sure if you saw my previous note about payment links for your online store.',
            replacement: RESPECT,
          },
        ],
      },
      {
        name: 'a chain of voicemails and no connection, in hurried spelling',
        draft: {
          from: sam,
          to: [priya],
          subject: 'Kestrel rollout',
          body: 'Priya, weve left you three voicemails this month. Havent been able to reach you, so trying email. The plan is attached.\n\nSam',
        },
        errors: [
          { excerpt: 'Priya, weve left you three voicemails this month.', replacement: RESPECT },
        ],
      },
      {
        name: 'asking whether they saw the calendar invitation',
        draft: {
          from: sam,
          to: [marco],
          subject: 'Re: Demo on Thursday',
          body: 'Hi Marco, did you see my calendar invitation from Monday? Let me know.\n\nSam',
          thread: [{ from: sam, body: 'Hi Marco, I have sent an invitation for Thursday at 10.' }],
        },
        errors: [{ excerpt: 'did you see my calendar invitation from Monday?', replacement: RESPECT }],
      },
      {
        name: "we haven't been able to connect",
        draft: {
          from: sam,
          to: [jon],
          subject: 'Harbor Foods',
          body: "Hi Jon,\n\nWe haven't been able to connect since the trade show, so here is the one-page summary instead.\n\nSam",
        },
        errors: [
          {
            excerpt: "We haven't been able to connect since the trade show, so here is the one-page summary instead.",
            replacement: RESPECT,
          },
        ],
      },
    ],
  },
  { describe, it },
);
