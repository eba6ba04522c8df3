import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/generic-salutation';
import { CASUAL_SALUTATIONS, GENERIC_SALUTATIONS } from '../../src/rules/data/generic-salutation';

const vendor = 'Rahul Mehta <rahul@fleetsight.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const carlos = 'Carlos Ibáñez <carlos.ibanez@ibanez-transportes.es>';

describe('generic-salutation data', () => {
  for (const entry of [...GENERIC_SALUTATIONS, ...CASUAL_SALUTATIONS]) {
    it(`matches its example: ${entry.example}`, () => {
      expect(new RegExp(entry.pattern, 'i').test(entry.example)).toBe(true);
    });
  }
});

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'greeting a group as a team',
        draft: {
          from: vendor,
          to: ['Ops <ops@harborline-freight.com>', 'Lee Chan <lee.chan@harborline-freight.com>'],
          subject: 'Telematics trial: week 2 numbers',
          body: 'Hi team,\n\nWeek 2 of the trial is in: idle time is down 14% across the 30 trucks. The full report is attached, and I have flagged the three routes that improved most.\n\nBest,\nRahul',
        },
      },
      {
        name: 'Hi all, to several people',
        draft: {
          from: vendor,
          to: [dana, 'Tom Reyes <tom.reyes@northwind-health.com>'],
          subject: 'Notes from Tuesday',
          body: 'Hi all,\n\nThanks for the time on Tuesday. My notes are below; please correct anything I got wrong.\n\n- Pilot at two sites\n- Review in six weeks\n\nRahul',
        },
      },
      {
        name: 'a formal greeting by title and name',
        draft: {
          from: vendor,
          to: ['Dr. Anita Patel <apatel@riverside-cardiology.com>'],
          subject: 'Courier routes for your lab samples',
          body: 'Dear Dr. Patel,\n\nThank you for your note after the conference. I have attached the route plan for the two labs you mentioned, with pick-up windows for each.\n\nKind regards,\nRahul Mehta',
        },
      },
      {
        name: '"our customers" in the middle of a sentence',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'What other clinics changed',
          body: 'Hi Dana,\n\nMost of our customers start with the two busiest routes and add the rest after a month. Dear customer feedback drove that approach, to be honest, so I am happy to share what worked.\n\nRahul',
        },
      },
      {
        name: 'a team named in the greeting',
        draft: {
          from: vendor,
          to: ['Support <success@routemaster.com>'],
          subject: 'API key rotation',
          body: 'Dear Customer Success team,\n\nCould you tell me how to rotate our API key without breaking the nightly sync? Our account ID is 44821.\n\nThanks,\nRahul',
        },
      },
      {
        name: 'a template the author quotes in double quotes',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Your question about our outreach',
          body: 'Hi Dana,\n\nYou asked why our old emails opened with "Dear Valued Customer". Honestly, it was a template nobody had reviewed in years, and we have since rewritten all of them.\n\nRahul',
        },
      },
      {
        name: 'a generic salutation in the quoted history only',
        draft: {
          from: vendor,
          to: [carlos],
          subject: 'Re: Fleet tracking',
          body: 'Hi Carlos,\n\nSorry about the stiff first email, it came from our old system. Here are the prices for 40 vehicles you asked for.\n\nRahul\n\nOn Mon, 2 Mar 2026 at 09:14, Rahul Mehta <rahul@fleetsight.io> wrote:\n> Dear Sir or Madam,\n> We offer fleet tracking for transport companies.\n',
        },
      },
      {
        name: '"Hi there" when the recipient\'s name is not known',
        draft: {
          from: vendor,
          to: ['info@bluewater-couriers.com'],
          subject: 'Who handles your fleet?',
          body: 'Hi there,\n\nCould you point me to whoever looks after your delivery vans? I have a short note on cutting fuel costs that may be useful to them.\n\nThanks,\nRahul',
        },
      },
      {
        name: '"Hello there" followed by the name',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Good to meet you at HIMSS',
          body: 'Hello there Dana,\n\nGood to meet you at the booth yesterday. Here is the case study about the Denver courier network we talked about.\n\nCheers,\nRahul',
        },
      },
      {
        name: 'To whom it may concern, sent to a procurement inbox that names no contact',
        draft: {
          from: vendor,
          to: ['procurement@metro-ambulance.org'],
          subject: 'Vehicle tracking tender',
          body: 'To whom it may concern:\n\nWe would like to take part in your tender for vehicle tracking. Please find our company profile attached.\n\nRegards,\nRahul Mehta',
        },
      },
      {
        name: 'Respected Sir to a sales inbox: there is no name to use',
        draft: {
          from: vendor,
          to: ['sales@kumar-logistics.in'],
          subject: 'Tracking devices',
          body: 'Respected Sir,\n\nKindly find attached our catalogue of tracking devices for your fleet. We can give demo at your office on any day convenient to you.\n\nWarm regards,\nRahul Mehta',
        },
      },
      {
        name: 'a reference letter pasted under a personal note',
        draft: {
          from: vendor,
          to: ['Priya Sandhu <priya.sandhu@outlook.com>'],
          subject: 'The letter for your landlord',
          body: 'Hi Priya,\n\nHere is the letter for the flat application, signed. Shout if they want anything else from me.\n\nRahul\n\n***\n\nTo whom it may concern,\n\nPriya Sandhu has worked with FleetSight as a senior analyst since 2022 and has always been reliable, careful and easy to work with. I recommend her without reservation.\n\nRahul Mehta, Head of Operations',
        },
      },
      {
        name: '"Hey there" with the name on the same line',
        draft: {
          from: vendor,
          to: ['Sam Okoye <sam@okoye-removals.co.uk>'],
          subject: 'Your van tracker',
          body: 'Hey there, Sam!\n\nThe replacement tracker for van 4 shipped this morning and should be with you Thursday.\n\nRahul',
        },
      },
      {
        name: '"Hi there" to a users list with a display name',
        draft: {
          from: vendor,
          to: ['FleetSight Users <users@lists.fleetsight.io>'],
          subject: 'Maintenance window on Sunday',
          body: 'Hi there,\n\nThe dashboard will be offline on Sunday from 02:00 to 03:00 UTC while we upgrade the database. Trackers keep recording and nothing is lost.\n\nThe FleetSight team',
        },
      },
      {
        name: 'Dear Sir or Madam to an accounts payable mailbox',
        draft: {
          from: vendor,
          to: ['Accounts Payable <payables@kumar-logistics.in>'],
          subject: 'Invoice 2291 - bank details unchanged',
          body: 'Dear Sir or Madam,\n\nPlease find invoice 2291 for March attached. Our bank details are unchanged and payment is due within 30 days.\n\nRegards,\nRahul Mehta',
        },
      },
    ],
    invalid: [
      {
        name: 'Dear Sir or Madam to a named person',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Fleet tracking for Northwind',
          body: 'Dear Sir or Madam,\n\nWe provide GPS tracking for hospital courier fleets. Our clients cut late deliveries by 25% in the first quarter.\n\nKind regards,\nRahul Mehta',
        },
        errors: [{ excerpt: 'Dear Sir or Madam', replacement: 'Hi Dana', messageIncludes: 'anyone' }],
      },
      {
        name: 'Dear Valued Customer in a renewal email',
        draft: {
          from: vendor,
          to: [carlos],
          subject: 'Your FleetSight renewal',
          body: 'Dear Valued Customer,\n\nYour subscription renews on 1 June. This year we added driver scoring and fuel reports at no extra cost.\n\nBest regards,\nRahul',
        },
        errors: [{ excerpt: 'Dear Valued Customer', replacement: 'Hi Carlos' }],
      },
      {
        name: 'Dear Sir/Madam from a non-native writer, no comma',
        draft: {
          from: vendor,
          to: [carlos],
          subject: 'GPS trackers offer',
          body: 'Dear Sir/Madam\nI am writing you for offer our GPS trackers for your trucks, they are very cheap and good quality. Please revert back with your requirement.\n\nThanks and regards\nRahul',
        },
        errors: [{ excerpt: 'Dear Sir/Madam', replacement: 'Hi Carlos' }],
      },
      {
        name: 'Dear Business Owner in a cold email',
        draft: {
          from: vendor,
          to: ['Priya Sandhu <priya@sandhu-plumbing.co.uk>'],
          subject: 'Your vans',
          body: 'Dear Business Owner,\n\nDo you know where your vans are right now? Our trackers show every van on one map, and they install in ten minutes.\n\nCheers,\nRahul',
        },
        errors: [{ excerpt: 'Dear Business Owner', replacement: 'Hi Priya' }],
      },
      {
        name: 'Dear Decision Maker, with curly apostrophes further down',
        draft: {
          from: vendor,
          to: ['Lena Park <lena.park@greenfield-dental.com>'],
          subject: 'Courier costs',
          body: 'Dear Decision Maker,\n\nI’m reaching out because dental labs we work with spend less on couriers after switching to shared routes. If that’s relevant to Greenfield, I can send the numbers.\n\nRahul',
        },
        errors: [{ excerpt: 'Dear Decision Maker', replacement: 'Hi Lena' }],
      },
      {
        name: '"Hi there" to the one person the email is for',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'The route report',
          body: 'Hi there,\n\nAttached is the route report for the three Northwind clinics. The Aurora site has the longest waits; page 2 explains why.\n\nBest,\nRahul',
        },
        errors: [{ excerpt: 'Hi there', replacement: 'Hi Dana', severity: 'warning', messageIncludes: 'Dana' }],
      },
      {
        name: '"hello there" in lower case with an exclamation mark',
        draft: {
          from: vendor,
          to: ['Tom Reyes <tom.reyes@northwind-health.com>'],
          subject: 'quick follow-up',
          body: 'hello there!\n\njust a short one - the pricing sheet you wanted is attached, let me know if anything looks off.\n\nrahul',
        },
        errors: [{ excerpt: 'hello there', replacement: 'Hi Tom', severity: 'warning' }],
      },
      {
        name: 'Dear Friend after a forwarded-style opening line',
        draft: {
          from: vendor,
          to: [carlos],
          subject: 'Opportunity for your company',
          body: 'Good afternoon.\nDear Friend, I hope this email finds you well. We are leading provider of fleet software and want to offer you special price this month.\n\nRahul',
        },
        errors: [{ excerpt: 'Dear Friend', replacement: 'Hi Carlos' }],
      },
      {
        name: '"Hi there" answering an enquiry the prospect signed with their name',
        draft: {
          from: vendor,
          to: ['Grace Mwangi <grace.mwangi@mwangi-haulage.co.ke>'],
          subject: 'Re: Trackers for 12 lorries',
          thread: [
            {
              from: 'Grace Mwangi <grace.mwangi@mwangi-haulage.co.ke>',
              to: [vendor],
              date: '2026-03-02',
              body: 'Good day,\n\nWe have 12 lorries on the Mombasa route. What would tracking cost per month?\n\nGrace Mwangi\nTransport Manager',
            },
          ],
          body: 'Hi there,\n\nThanks for getting in touch! For 12 lorries the Standard plan comes to USD 14 per vehicle per month, hardware included.\n\nRahul',
        },
        errors: [{ excerpt: 'Hi there', replacement: 'Hi Grace', severity: 'warning' }],
      },
      {
        name: 'Dear Sirs to a named buyer',
        draft: {
          from: vendor,
          to: [carlos],
          subject: 'Trackers for your new depot',
          body: 'Dear Sirs,\n\nWe read that Ibáñez Transportes opened a depot in Zaragoza. Our trackers install in ten minutes per truck and need no wiring.\n\nRahul Mehta',
        },
        errors: [{ excerpt: 'Dear Sirs', replacement: 'Hi Carlos', severity: 'warning' }],
      },
      {
        name: 'To whom this may concern, misspelt, to a named manager',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Courier tracking',
          body: 'To whome this may concern\n\nWe are offering courier tracking for hospitals at a special rate this quarter.\n\nRahul',
        },
        errors: [{ excerpt: 'To whome this may concern', replacement: 'Hi Dana', messageIncludes: 'Dana' }],
      },
      {
        name: 'Respected Madam to a named owner is a gentle note',
        draft: {
          from: vendor,
          to: ['Lakshmi Rao <lakshmi@rao-couriers.in>'],
          subject: 'GPS for your bikes',
          body: 'Respected Madam,\n\nWe supply GPS units for delivery bikes and can show you the app on any day that suits you.\n\nRegards,\nRahul',
        },
        errors: [{ excerpt: 'Respected Madam', replacement: 'Hi Lakshmi', severity: 'info' }],
      },
    ],
  },
  { describe, it },
);
