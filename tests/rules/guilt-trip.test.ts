import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/guilt-trip';

const nina = 'Nina Holm <nina@fernbrook.co>';
const tom = 'Tom Becker <tom.becker@alder-energy.de>';
const ravi = 'Ravi Menon <ravi@quillstack.in>';
const grace = 'Grace Oduya <g.oduya@meridianclinics.co.ke>';

const SILENCE = "If the timing isn't right, no need to reply; I'm glad to pick this up whenever it suits you.";
const BREAK_UP = "I'll stop here; if priorities change, I'm glad to pick this up whenever it suits you.";
const OBLIGATION = "If this is useful to you, I'm glad to help whenever the timing suits you; if not, no reply needed.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a genuinely respectful closing note',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Grid forecasting',
          body: "Hi Tom,\n\nI know forecasting tools are a crowded space and you have a lot on. I'll stop here; if priorities change, I'm glad to pick this up.\n\nAll the best,\nNina",
        },
      },
      {
        name: 'a handover on the sender’s last day',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Handover to Priya',
          body: 'Hi Tom,\n\nToday is my last day at Fernbrook, so this will be my last email from this address. Priya Shah is taking over your account and is copied here; she has all our notes on the substation pilot.\n\nIt has been a pleasure working with you.\n\nNina',
        },
      },
      {
        name: 'assuming an agreed meeting still stands (logistics, not interest)',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Re: Thursday',
          body: "Hi Tom,\n\nI'll assume Thursday still works unless you say otherwise. I'll bring the load-curve samples.\n\nNina",
          thread: [
            { from: nina, body: 'Would Thursday at 10 suit you for the walkthrough?' },
            { from: tom, body: 'Thursday at 10 works for me.' },
          ],
        },
      },
      {
        name: 'the recipient’s own words, in quotes',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Your feedback',
          body: 'Hi Grace,\n\nThank you for being candid. You said a vendor once wrote "have you been eaten by a bear?" and that it put you off them for good. That is fair, and we will keep our emails plain.\n\nRavi',
        },
      },
      {
        name: 'internal mail about a quota',
        draft: {
          from: ravi,
          to: ['Anil Rao <anil@quillstack.in>'],
          subject: 'Meridian deal',
          body: 'Anil,\n\nI need to hit my quota this month. Can you help me get legal review on the Meridian order form by Wednesday?\n\nRavi',
        },
      },
      {
        name: 'a product claim about time invested, not a favour to them',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Security questionnaire',
          body: "Hi Grace,\n\nWe've invested a lot of time in our security programme over the past year, and the SOC 2 report is attached. Let me know if your IT team needs anything else.\n\nRavi",
        },
      },
      {
        name: 'a customer-success note about the customer’s own quota',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'API usage this month',
          body: "Hi Grace,\n\nYour clinics are at 80% of this month's API quota. No action is needed unless usage keeps growing; if a site goes dark on the dashboard, it's usually the Wi-Fi bridge.\n\nRavi",
        },
      },
      {
        name: 'letting them off the hook',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Substation data',
          body: "Hi Tom,\n\nOne more resource in case it's useful: our write-up of the Bavaria substation trial. If the timing isn't right, no need to reply.\n\nNina",
        },
      },
      {
        name: 'assuming they are not interested in one option, to narrow a quote',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Quote for the cloud plan',
          body: "Hi Tom,\n\nI assume you're not interested in the on-prem version, so the quote covers the cloud plan only. Happy to add on-prem if I got that wrong.\n\nNina",
        },
      },
      {
        name: 'talking about break-up emails as a bad habit',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Sales training for your clinic managers',
          body: 'Hi Grace,\n\nOur workshop for clinic managers covers the classic mistakes in outreach, from guilt-laden follow-ups to the so-called break-up email. The agenda is attached.\n\nRavi',
        },
      },
      {
        name: 'a story about animals, not about the recipient',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Farm visit',
          body: 'Hi Tom,\n\nThe tour was great. Most of the spent grain from the brewery ends up eaten by cattle on the next farm over.\n\nNina',
        },
      },
      {
        name: 'a mailbox quota is not a sales target',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Re: the export',
          body: "Hi Tom,\n\nThe archive bounced because I've hit my quota limit on the mail server; I'll share it through the drive instead.\n\nNina",
          thread: [{ from: tom, body: 'Could you send the export?' }],
        },
      },
      {
        name: 'a last try at a recipe, in passing',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Re: Friday',
          body: 'Hi Tom,\n\nI made my last try at the sourdough on Sunday and it finally rose. See you Friday at the workshop as agreed.\n\nNina',
          thread: [{ from: tom, body: 'See you Friday?' }],
        },
      },
    ],
    invalid: [
      {
        name: 'assuming they are not interested and closing the file',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Closing the loop',
          body: "Hi Tom,\n\nSince I haven't heard back, I'll assume you're not interested and close your file.\n\nNina",
        },
        errors: [
          {
            excerpt: "Since I haven't heard back, I'll assume you're not interested and close your file.",
            replacement: SILENCE,
            messageIncludes: 'silence',
          },
        ],
      },
      {
        name: 'should I close your file?',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Should I close your file?',
          body: 'Hi Grace,\n\nI have tried a few times to connect about patient reminders. Should I close your file?\n\nRavi',
        },
        errors: [{ excerpt: 'Should I close your file?', replacement: BREAK_UP, messageIncludes: 'break-up' }],
      },
      {
        name: 'a joke about being eaten by a bear',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Still there?',
          body: 'Hey Tom, have you been eaten by a bear? Haha. Let me know if forecasting is still on your radar.\n\nNina',
        },
        errors: [{ excerpt: 'have you been eaten by a bear?', replacement: SILENCE }],
      },
      {
        name: 'did I do something wrong?',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Reminders pilot',
          body: 'Hi Grace,\n\nWe were making such good progress on the reminders pilot and then nothing. Did I do something wrong?\n\nRavi',
        },
        errors: [{ excerpt: 'Did I do something wrong?', replacement: SILENCE }],
      },
      {
        name: 'it would mean a lot to me if you replied',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Forecast pilot',
          body: 'Hi Tom,\n\nI know you are busy with the winter peak. It would mean a lot to me if you replied, even briefly.\n\nNina',
        },
        errors: [
          {
            excerpt: 'It would mean a lot to me if you replied, even briefly.',
            replacement: OBLIGATION,
            messageIncludes: 'your needs',
          },
        ],
      },
      {
        name: 'the quota, buried mid-email in non-native English',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Offer for Meridian',
          body: 'Dear Grace,\n\nHope you are doing well. Please find the revised offer for 12 clinics attached. I need to hit my quota this month so kindly do the needful and sign before 30th. The implementation team is ready from our side.\n\nRegards,\nRavi',
        },
        errors: [
          {
            excerpt: 'I need to hit my quota this month so kindly do the needful and sign before 30th.',
            replacement: OBLIGATION,
          },
        ],
      },
      {
        name: 'a break-up line with a curly apostrophe',
        draft: {
          from: nina,
          to: [tom],
          subject: 'One more note',
          body: 'Hi Tom,\n\nI’ve shared the pilot results and the pricing. This is my last email, so I hope to hear from you.\n\nNina',
        },
        errors: [
          {
            excerpt: 'This is my last email, so I hope to hear from you.',
            replacement: BREAK_UP,
          },
        ],
      },
      {
        name: 'you’ve gone dark',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Reminders pilot',
          body: 'Hi Grace,\n\nIt seems you’ve gone dark on me since the demo. Is the pilot still happening?\n\nRavi',
        },
        errors: [{ excerpt: 'It seems you’ve gone dark on me since the demo.', replacement: SILENCE }],
      },
      {
        name: 'the work put into a proposal, and the least they could do',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Your proposal',
          body: "Tom,\n\nI've put a lot of work into this proposal for you.\n\nThe least you could do is reply.\n\nNina",
        },
        errors: [
          { excerpt: "I've put a lot of work into this proposal for you.", replacement: OBLIGATION },
          { excerpt: 'The least you could do is reply.', replacement: OBLIGATION },
        ],
      },
      {
        name: 'safe to say it is not a priority, then closing the file',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'Patient reminders',
          body: "Hi Grace,\n\nIs it safe to say this isn't a priority anymore? If so, I'll go ahead and close your file.\n\nRavi",
        },
        errors: [
          { excerpt: "Is it safe to say this isn't a priority anymore?", replacement: SILENCE },
          { excerpt: "If so, I'll go ahead and close your file.", replacement: BREAK_UP },
        ],
      },
      {
        name: 'I guess your silence tells me everything, typed in lower case',
        draft: {
          from: ravi,
          to: [grace],
          subject: 'reminders',
          body: 'hi grace - i guess your silence tells me everything. shame, the pilot numbers were great\n\nravi',
        },
        errors: [{ excerpt: 'i guess your silence tells me everything.', replacement: SILENCE }],
      },
      {
        name: 'a terse last try with a not-serious jab',
        draft: {
          from: nina,
          to: [tom],
          subject: 'Re: Heat pumps',
          body: "Tom - final attempt. If nothing comes back, I'll take it you aren't that serious about cutting the energy bill.\n\nNina",
          thread: [{ from: nina, body: 'Hi Tom, could our heat pumps cut your energy bill by a third?' }],
        },
        errors: [
          { excerpt: 'Tom - final attempt.', replacement: BREAK_UP },
          {
            excerpt: "If nothing comes back, I'll take it you aren't that serious about cutting the energy bill.",
            replacement: SILENCE,
          },
        ],
      },
      {
        name: 'taking the hint, and implying they are happy to waste money',
        draft: {
          from: nina,
          to: [ravi],
          subject: 'Re: Cloud costs',
          body: "Ravi,\n\nGuess I'll take the hint. Maybe you're just fine overpaying for idle servers.\n\nNina",
          thread: [{ from: nina, body: 'Hi Ravi, we usually find 20% of cloud spend is idle. Worth a look?' }],
        },
        errors: [
          { excerpt: "Guess I'll take the hint.", replacement: SILENCE },
          { excerpt: "Maybe you're just fine overpaying for idle servers.", replacement: SILENCE },
        ],
      },
    ],
  },
  { describe, it },
);
