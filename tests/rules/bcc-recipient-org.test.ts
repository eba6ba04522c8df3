import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/bcc-recipient-org';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const lee = 'Lee Chan <lee.chan@northwind-health.com>';

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'Bcc to the HubSpot logging address',
        draft: {
          from: vendor,
          to: [dana],
          bcc: ['21984476@bcc.hubspot.com'],
          subject: 'Pricing for 200 seats',
          body: 'Hi Dana,\n\nAs promised, the pricing for 200 seats is attached. Happy to walk through it if useful.\n\nBest,\nSam',
        },
      },
      {
        name: 'Bcc to Salesforce and Pipedrive logging addresses',
        draft: {
          from: 'Marta Kowalska <marta@fleetwise.eu>',
          to: ['Jonas Berg <jonas.berg@nordlogistik.se>'],
          bcc: ['emailtosalesforce@1x9kd7a0q.le.salesforce.com', 'fleetwise@pipedrivemail.com'],
          subject: 'Telematics pilot',
          body: 'Hello Jonas,\n\nThank you for the call today. I send the pilot plan for the 20 trucks as we discussed.\n\nRegards,\nMarta',
        },
      },
      {
        name: "Bcc to a colleague at the sender's own company",
        draft: {
          from: vendor,
          to: [dana],
          bcc: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Re: Security questionnaire',
          body: "Hi Dana,\n\nHere are our answers to the security questionnaire. Let me know if anything's unclear.\n\nSam",
        },
      },
      {
        name: 'Bcc to someone at a different organisation (the referring partner)',
        draft: {
          from: vendor,
          to: [dana],
          bcc: ['Oliver Grant <oliver@grantadvisory.co.uk>'],
          subject: 'Introduction via Oliver',
          body: 'Hi Dana,\n\nOliver Grant suggested we talk about your month-end close. Would a short call next week be useful?\n\nSam',
        },
      },
      {
        name: 'two gmail.com users are not colleagues',
        draft: {
          from: 'Kemal Aydin <kemal@studio-aydin.com>',
          to: ['Rosa Lima <rosa.lima.bakes@gmail.com>'],
          bcc: ['tomfromthemarket@gmail.com'],
          subject: 'Photos for your bakery site',
          body: 'Hi Rosa,\n\nThe edited photos are in the shared folder. Tell me which ones you like and I prepare the web sizes.\n\nKemal',
        },
      },
      {
        name: 'the introducer is moved to Bcc, and the body says so',
        draft: {
          from: vendor,
          to: [lee],
          bcc: ['Dana Whitfield <dana.whitfield@northwind-health.com>'],
          subject: 'Re: Intro: Sam <> Lee',
          body: 'Thanks for the introduction, Dana (moving you to Bcc to spare your inbox).\n\nHi Lee, great to meet you. Dana mentioned you are reviewing AP tools this quarter; would a short call be useful?\n\nSam',
        },
      },
      {
        name: "bcc'ing a named colleague openly, with a curly apostrophe",
        draft: {
          from: vendor,
          to: [dana],
          bcc: ['Tom Reyes <tom.reyes@northwind-health.com>', '21984476@bcc.hubspot.com'],
          subject: 'Re: Next steps',
          body: 'Hi Dana,\n\nBcc’ing Tom to spare his inbox, since you’re taking it from here. The contract draft is attached.\n\nBest,\nSam',
        },
      },
      {
        name: 'moving Jane to Bcc when two colleagues are blind-copied and both are named',
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          bcc: ['Jane Morris <jane.morris@harbourfreight.com.au>', 'Tom Baker <tom.baker@harbourfreight.com.au>'],
          subject: 'Re: Intro to Wei',
          body: 'Thanks Jane and Tom for connecting us, moving Jane and Tom to Bcc.\n\nWei, lovely to e-meet you. I have attached the migration checklist we talked about.\n\nCheers,\nArjun',
        },
      },
      {
        name: 'internal mail only: Bcc to a colleague on a colleague thread',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          bcc: ['Lena Fischer <lena@brightledger.io>'],
          subject: 'Northwind renewal',
          body: 'Priya,\n\nNorthwind renews in May. Can you pull their usage numbers?\n\nSam',
        },
      },
    ],
    invalid: [
      {
        name: "a follow-up with the recipient's boss silently on Bcc",
        draft: {
          from: vendor,
          to: [dana],
          bcc: ['Lee Chan <lee.chan@northwind-health.com>'],
          subject: 'Following up on the proposal',
          body: 'Hi Dana,\n\nFollowing up on the proposal I sent last week. Do you have any questions I can answer?\n\nBest,\nSam',
        },
        errors: [
          {
            field: 'bcc',
            excerpt: 'Lee Chan <lee.chan@northwind-health.com>',
            replacement: null,
            severity: 'error',
            messageIncludes: 'Dana',
          },
        ],
      },
      {
        name: 'Bcc to a bare address at a subdomain of the same organisation',
        draft: {
          from: 'Marta Kowalska <marta@fleetwise.eu>',
          to: ['Jonas Berg <jonas.berg@nordlogistik.se>'],
          bcc: ['ceo@group.nordlogistik.se'],
          subject: 'Pilot results',
          body: 'Hello Jonas,\n\nThe pilot results are ready, fuel use went down 11 percent on the test routes. I attach the report.\n\nRegards,\nMarta',
        },
        errors: [{ field: 'bcc', excerpt: 'ceo@group.nordlogistik.se', replacement: null, messageIncludes: 'nordlogistik.se' }],
      },
      {
        name: 'the CRM address is fine but the colleague next to it is not',
        draft: {
          from: vendor,
          to: [dana],
          bcc: ['21984476@bcc.hubspot.com', 'Tom Reyes <tom.reyes@northwind-health.com>'],
          subject: 'Re: Contract',
          body: "Hi Dana,\n\nJust checking whether legal has had a chance to look at the contract. No rush if they're still on it.\n\nSam",
        },
        errors: [{ field: 'bcc', excerpt: 'Tom Reyes <tom.reyes@northwind-health.com>', replacement: null }],
      },
      {
        name: 'two colleagues blind-copied are two findings',
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          bcc: ['jane.morris@harbourfreight.com.au', 'Tom Baker <tom.baker@harbourfreight.com.au>'],
          subject: 'Migration quote',
          body: 'Hi Wei,\n\nPlease find the migration quote attached, valid until end of month. Happy to adjust the scope.\n\nCheers,\nArjun',
        },
        errors: [
          { field: 'bcc', excerpt: 'jane.morris@harbourfreight.com.au', replacement: null },
          { field: 'bcc', excerpt: 'Tom Baker <tom.baker@harbourfreight.com.au>', replacement: null },
        ],
      },
      {
        name: 'a Cc colleague and a blind copy to their director',
        draft: {
          from: 'Chloé Martin <chloe@vinexport.fr>',
          to: ['Giulia Ferri <g.ferri@enotecaroma.it>'],
          cc: ['Marco Ferri <m.ferri@enotecaroma.it>'],
          bcc: ['direzione@enotecaroma.it'],
          subject: 'Order for spring',
          body: 'Dear Giulia, dear Marco,\n\nHere is the new price list for the spring order. The Chablis is limited this year, so I would confirm soon if you want it.\n\nBest regards,\nChloé',
        },
        errors: [{ field: 'bcc', excerpt: 'direzione@enotecaroma.it', replacement: null }],
      },
      {
        name: 'a hand-off that names only one of the two blind-copied colleagues',
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          bcc: ['Jane Morris <jane.morris@harbourfreight.com.au>', 'Rob Hale <rob.hale@harbourfreight.com.au>'],
          subject: 'Re: Intro to Wei',
          body: 'Thanks Jane, moving you to Bcc.\n\nWei, lovely to e-meet you. The checklist is attached.\n\nCheers,\nArjun',
        },
        errors: [{ field: 'bcc', excerpt: 'Rob Hale <rob.hale@harbourfreight.com.au>', replacement: null }],
      },
      {
        name: 'a comma-separated Bcc string with the boss buried in the middle',
        draft: {
          from: vendor,
          to: dana,
          bcc: 'Priya Nair <priya@brightledger.io>, "Chen, Lee" <lee.chan@northwind-health.com>, 21984476@bcc.hubspot.com',
          subject: 'Quick question',
          body: "Hi Dana,\n\nwanted to check if you had time to look at the numbers?? I think theyre pretty compelling for a team your size.\n\nthx\nSam",
        },
        errors: [{ field: 'bcc', excerpt: '"Chen, Lee" <lee.chan@northwind-health.com>', replacement: null, messageIncludes: 'forwarded' }],
      },
      {
        name: 'a meeting invite whose attendees are at the same company as the Bcc',
        draft: {
          kind: 'invite',
          from: vendor,
          bcc: ['Lee Chan <lee.chan@northwind-health.com>'],
          subject: 'Demo: BrightLedger for Northwind',
          body: 'Agenda: approval flows, reporting, Q&A.',
          invite: { title: 'Demo: BrightLedger for Northwind', attendees: [dana] },
        },
        errors: [{ field: 'bcc', excerpt: 'Lee Chan <lee.chan@northwind-health.com>', replacement: null }],
      },
      {
        name: 'a Bcc mentioned in quoted history does not count as saying so now',
        draft: {
          from: vendor,
          to: [dana],
          bcc: ['Lee Chan <lee.chan@northwind-health.com>'],
          subject: 'Re: Renewal',
          body: 'Hi Dana,\n\nAny update on the renewal? The discount holds until the 30th.\n\nSam\n\nOn Mon, 2 Mar 2026 at 09:14, Oliver Grant <oliver@grantadvisory.co.uk> wrote:\n> Thanks both, moving myself to bcc.\n',
        },
        errors: [{ field: 'bcc', excerpt: 'Lee Chan <lee.chan@northwind-health.com>', replacement: null }],
      },
    ],
  },
  { describe, it },
);
