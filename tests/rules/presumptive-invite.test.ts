import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/presumptive-invite';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const colleague = 'Priya Nair <priya@brightledger.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const lee = 'Lee Chan <lee.chan@northwind-health.com>';

const slot = { start: '2026-03-12T10:00:00-05:00', end: '2026-03-12T10:30:00-05:00' };

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'an internal meeting between colleagues',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Going through the Q3 pipeline before the board deck is due. Bring your top five deals.',
          invite: { title: 'Pipeline review', ...slot, attendees: [colleague, 'Marta Ruiz <marta@brightledger.io>'], location: 'Zoom' },
        },
      },
      {
        name: 'the guest already said a time works for them',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Walkthrough of invoice matching for the Northwind AP team. Dial-in below.',
          invite: { title: 'BrightLedger walkthrough', ...slot, attendees: [dana], location: 'Zoom' },
          thread: [
            { from: vendor, body: 'Would a 30-minute walkthrough be useful? If so, Tuesday at 2pm or Thursday at 10 work for me.' },
            { from: dana, body: 'Tuesday 2pm works for me.' },
          ],
        },
      },
      {
        name: 'the guest asked for the invite',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Pricing questions for 200 seats.',
          invite: { title: 'Pricing Q&A', ...slot, attendees: [dana, lee] },
          thread: [{ from: lee, body: 'Happy to go over pricing with Dana and me. Send me an invite for sometime Thursday.' }],
        },
      },
      {
        name: 'moving a meeting that was already agreed, said in the title',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Same agenda as before, sorry for the shuffle.',
          invite: { title: 'Rescheduled: BrightLedger demo', ...slot, attendees: [dana] },
        },
      },
      {
        name: 'the description says it was agreed on a call',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'As agreed on our call this morning, here is the deep dive on duplicate detection. I’ll bring Lina from our data team.',
          invite: { title: 'Duplicate detection deep dive', ...slot, attendees: [dana], location: 'Teams' },
        },
      },
      {
        name: 'only colleagues and a CRM logging address',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Internal prep for the Northwind renewal.',
          invite: { title: 'Northwind renewal prep', ...slot, attendees: [colleague, 'log-4417@bcc.hubspot.com'] },
        },
      },
      {
        name: 'a plain email is not an invite',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Duplicate invoices',
          body: 'Hi Dana,\n\nYour panel point about duplicate invoices stayed with me. Would a short call about how two hospital groups handled it be useful?\n\nBest,\nSam',
        },
      },
      {
        name: 'a webinar the guest registered for',
        draft: {
          kind: 'invite',
          from: 'Events at BrightLedger <events@brightledger.io>',
          subject: '',
          body: 'Thanks for registering for Month-End Without Overtime. The recording will be sent to everyone afterwards.',
          invite: { title: 'Webinar: Month-End Without Overtime', ...slot, attendees: ['tomasz.wojcik@gmail.com'] },
        },
      },
      {
        name: 'a recurring check-in with an existing customer',
        draft: {
          kind: 'invite',
          from: 'Ana Costa <ana@brightledger.io>',
          subject: '',
          body: 'Open items, usage numbers and anything blocking the AP team.',
          invite: { title: 'Monthly check-in: Northwind x BrightLedger', ...slot, attendees: [dana, lee] },
        },
      },
      {
        name: 'the guest proposed the time in the thread, with a non-native phrasing',
        draft: {
          kind: 'invite',
          from: 'Jonas Berg <jonas@fjordfreight.no>',
          subject: '',
          body: 'Short introduction of the route planner, 20 minutes.',
          invite: { title: 'Fjord Freight x Almaden Foods', ...slot, attendees: ['Carmen Ibarra <c.ibarra@almadenfoods.es>'] },
          thread: [
            { from: 'Jonas Berg <jonas@fjordfreight.no>', body: 'Would a short look at the route planner be of use for your team?' },
            { from: 'Carmen Ibarra <c.ibarra@almadenfoods.es>', body: 'Yes ok. How about wednesday at 3pm? I am free then.' },
          ],
        },
      },
      {
        name: 'the guest who agreed asked to bring a named colleague',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Walkthrough of three-way matching for the AP team.',
          invite: { title: 'BrightLedger walkthrough', ...slot, attendees: [dana, 'rokafor@northwind-health.com'] },
          thread: [
            { from: vendor, to: [dana], body: 'Would a walkthrough be useful? Thursday at 10 or Friday at 2 are open.' },
            { from: dana, to: [vendor], body: 'Thursday at 10 works for me. Could you loop in Ruth Okafor from procurement?' },
          ],
        },
      },
      {
        name: 'a kickoff with a customer who has signed',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Welcome aboard! Scope, data migration and the training plan.',
          invite: { title: 'Implementation kickoff: Northwind', ...slot, attendees: [dana, lee] },
        },
      },
    ],
    invalid: [
      {
        name: 'a cold invite to one prospect',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Looking forward to showing you how BrightLedger cuts month-end close in half.',
          invite: { title: 'BrightLedger intro', ...slot, attendees: [dana], location: 'Zoom' },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, severity: 'warning', messageIncludes: 'dana.whitfield@northwind-health.com' }],
      },
      {
        name: 'two prospects and a colleague: only the outside guests are named',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Agenda: your current AP process, a live demo, next steps. Priya from solutions will join.',
          invite: { title: 'AP automation demo', ...slot, attendees: [dana, colleague, lee] },
        },
        errors: [
          {
            field: 'invite',
            excerpt: null,
            replacement: null,
            messageIncludes: '\u2068dana.whitfield@northwind-health.com\u2069 and \u2068lee.chan@northwind-health.com\u2069',
          },
        ],
      },
      {
        name: 'a whole buying committee invited at once is counted',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'A 45 minute overview for the finance leadership team.',
          invite: {
            title: 'BrightLedger overview for Northwind finance',
            ...slot,
            attendees: [dana, lee, 'cfo@northwind-health.com', 'controller@northwind-health.com', 'ap.lead@northwind-health.com'],
          },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, messageIncludes: '5 external guests' }],
      },
      {
        name: 'the prospect only asked for a document',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Going through the pricing sheet line by line.',
          invite: { title: 'Pricing walkthrough', ...slot, attendees: [dana] },
          thread: [
            { from: vendor, body: 'Would pricing for 200 users help?' },
            { from: dana, body: 'Please just email me the pricing sheet, thanks.' },
          ],
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null }],
      },
      {
        name: '"reschedule as needed" in the description is not an agreed meeting being moved',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Quick intro to BrightLedger. Feel free to reschedule as needed!',
          invite: { title: 'Intro call', ...slot, attendees: [dana] },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, messageIncludes: 'agreed to meet' }],
      },
      {
        name: 'an invite after a prospect said no',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'One last try, 15 minutes, I promise it is worth it.',
          invite: { title: 'Last chance: 15 minutes', ...slot, attendees: [dana] },
          thread: [
            { from: vendor, body: 'Would a short call be useful?' },
            { from: dana, body: "We're not interested, thanks." },
          ],
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null }],
      },
      {
        name: 'the guest is in To rather than in the attendee list',
        draft: {
          kind: 'invite',
          from: vendor,
          to: [dana],
          subject: 'BrightLedger intro',
          body: '',
          invite: { title: 'BrightLedger intro', ...slot },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, messageIncludes: 'dana.whitfield@northwind-health.com' }],
      },
      {
        name: 'a personal address, with the CRM logging address left out of the message',
        draft: {
          kind: 'invite',
          from: 'Marco Bellini <marco@ventoso.it>',
          subject: '',
          body: 'hi! short demo of our booking tool for your restaurant, you will love it',
          invite: {
            title: 'Ventoso demo',
            ...slot,
            attendees: ['giulia.trattoria@gmail.com', 'crm-88@bcc.hubspot.com'],
            location: 'Google Meet',
          },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, messageIncludes: '\u2068giulia.trattoria@gmail.com\u2069 arrives' }],
      },
      {
        name: 'the sender\u2019s own enthusiasm is not the guest\u2019s agreement',
        draft: {
          kind: 'invite',
          from: 'Jonas Berg <jonas@fjordfreight.no>',
          subject: '',
          body: 'Looking forward to our call! We will show the route planner and our prices for Spain.',
          invite: { title: 'Fjord Freight x Almaden Foods', ...slot, attendees: ['Carmen Ibarra <c.ibarra@almadenfoods.es>'] },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null }],
      },
      {
        name: 'an invite with no description at all',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: '',
          invite: { title: 'Quick chat', ...slot, attendees: ['Rob Kerr <rob@kerr-dental.co.uk>'] },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, messageIncludes: 'rob@kerr-dental.co.uk' }],
      },
      {
        name: 'onboarding as a selling point is not an onboarding call',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'See how we make supplier onboarding painless for hospital groups like yours.',
          invite: { title: 'BrightLedger x Northwind', ...slot, attendees: [lee] },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, messageIncludes: 'lee.chan@northwind-health.com' }],
      },
      {
        name: 'the guest agreed, but the invite adds someone above them who never did',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: "I've also added Ruth so we can get a decision faster.",
          invite: { title: 'BrightLedger pricing', ...slot, attendees: [dana, 'Ruth Okafor <rokafor@northwind-health.com>'] },
          thread: [
            { from: vendor, to: [dana], body: 'Would a pricing walkthrough help? Thursday at 10 is open.' },
            { from: dana, to: [vendor], body: 'Thursday at 10 works for me.' },
          ],
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, severity: 'warning', messageIncludes: 'rokafor@northwind-health.com' }],
      },
      {
        name: 'a "pilot kickoff" booked off a brochure download',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Thanks for downloading our AP automation guide! This is your pilot kickoff.',
          invite: { title: 'Pilot kickoff: Northwind', ...slot, attendees: [dana] },
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, severity: 'warning', messageIncludes: 'dana.whitfield@northwind-health.com' }],
      },
      {
        name: 'a weekly sync while they are still evaluating vendors',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'A standing slot to keep things moving.',
          invite: { title: 'Weekly sync: Northwind x BrightLedger', ...slot, attendees: [dana] },
          thread: [{ from: dana, to: [vendor], body: "We're still evaluating two vendors and will come back to you in April." }],
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, severity: 'warning', messageIncludes: 'dana.whitfield@northwind-health.com' }],
      },
      {
        name: 'they asked not to be sent an invite yet',
        draft: {
          kind: 'invite',
          from: vendor,
          subject: '',
          body: 'Getting this on the calendar before it fills up.',
          invite: { title: 'Pricing review', ...slot, attendees: [dana] },
          thread: [
            { from: vendor, to: [dana], body: 'Shall I send an invite for a pricing review?' },
            { from: dana, to: [vendor], body: 'Not yet. Please do not send me an invite before I talk to our CFO.' },
          ],
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null, severity: 'warning', messageIncludes: 'dana.whitfield@northwind-health.com' }],
      },
    ],
  },
  { describe, it },
);
