import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/not-my-department';

const vendor = 'Tomás Reyes <tomas@ledgerly.com>';
const marco = 'Marco Bellini <marco@bellini-foods.it>';
const priya = 'Priya Raman <priya.raman@sundarammotors.in>';
const hannah = 'Hannah Vogel <h.vogel@vogel-logistik.de>';

const TAKE_IT_ON = "I'll take this to the right colleague and come back to you with an answer.";
const LOG_IT = "I'll log this for you myself and keep you posted until it's sorted.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'an order flow described, nobody turned away',
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'Re: Order 5521',
          body: 'Hallo Hannah,\n\nYour order goes through our warehouse team this afternoon and should ship tomorrow morning.\n\nTomás',
          thread: [{ from: hannah, body: 'When will order 5521 ship?' }],
        },
      },
      {
        name: 'a regulatory footer the salesperson did not write',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Fee schedule',
          body: 'Hi Priya,\n\nAs promised, the fee schedule is attached. Shout if anything is unclear.\n\nTomás\n\n---\nIMPORTANT INFORMATION: Ledgerly Ltd is authorised and regulated by the Financial Conduct Authority. To make a complaint, please write to our Customer Relations team.',
          thread: [{ from: priya, body: 'Could you send the fee schedule?' }],
        },
      },
      {
        name: 'another office issues it, but the sender already arranged it',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: Credit note',
          body: "Ciao Marco,\n\nI've asked our Milan office to reissue it, since it has to come from their office; you'll have it by Friday.\n\nTomás",
          thread: [{ from: marco, body: 'We need a credit note for the duplicate invoice.' }],
        },
      },
      {
        name: 'a warm hand-off where the sender does the work',
        draft: {
          from: vendor,
          to: [marco],
          cc: ['Maria Santos <maria.santos@ledgerly.com>'],
          subject: 'Re: Duplicate charge',
          body: "Hi Marco,\n\nThanks for flagging the duplicate charge. I've passed this to Maria in billing and copied her here; she'll reply today with the credit note.\n\nTomás",
          thread: [{ from: marco, body: 'We were charged twice for March. Can you help?' }],
        },
      },
      {
        name: 'a ticket the sender opened themselves',
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'Re: Export fails',
          body: "Hallo Hannah,\n\nSorry the export keeps failing. I've opened a ticket for you and will keep you posted; the engineers already have your log file.\n\nTomás",
          thread: [{ from: hannah, body: 'The CSV export stops at 10,000 rows.' }],
        },
      },
      {
        name: 'the customer asked for the portal link and gets it',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Portal',
          body: "Hi Priya,\n\nHere's the link: https://portal.ledgerly.com. Please log in to the customer portal with your work email and you'll see every invoice since January.\n\nTomás",
          thread: [{ from: priya, body: 'Could you send me the link to the customer portal? I need last year’s invoices.' }],
        },
      },
      {
        name: 'internal email between colleagues',
        draft: {
          from: vendor,
          to: ['Maria Santos <maria.santos@ledgerly.com>'],
          subject: 'Bellini refund',
          body: "Maria,\n\nThat's not my department, so you'll need to open a ticket with support for the Bellini refund.\n\nT.",
        },
      },
      {
        name: 'not my area, but the sender has already looped someone in',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: Credit note',
          body: "Ciao Marco,\n\nThat's not really my area, so I've looped in Maria from billing, who will send the credit note this afternoon.\n\nTomás",
          thread: [{ from: marco, body: 'Where is the credit note you promised?' }],
        },
      },
      {
        name: 'a generic pointer for later in an onboarding email',
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'Welcome to Ledgerly',
          body: 'Hallo Hannah,\n\nYour workspace is ready and your team can log in from Monday. If you ever need anything outside office hours, please contact our support team at support@ledgerly.com.\n\nBeste Grüße,\nTomás',
          thread: [{ from: hannah, body: 'Thanks, we are looking forward to starting.' }],
        },
      },
      {
        name: "the customer's own IT and legal teams",
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Before go-live',
          body: "Hi Priya,\n\nTwo small things before go-live. You'll need to ask your IT team to allow emails from ledgerly.com, and to check with your legal team about the data processing agreement I sent on Monday.\n\nTomás",
        },
      },
      {
        name: 'the brush-off is only quoted, inside double quotes and the history',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: Still waiting',
          body: 'Hi Marco,\n\nYou were told "that\'s not my department, please contact billing directly". That should not have happened. The corrected invoice is attached, and I will watch the next one myself.\n\nTomás\n\nOn Wed, 5 Mar 2026 at 17:40, Marco Bellini <marco@bellini-foods.it> wrote:\n> Your colleague said: That\'s not my department, you\'ll need to open a ticket with support.\n',
        },
      },
      {
        name: 'a newsletter pointing to support',
        draft: {
          from: 'Ledgerly <news@ledgerly.com>',
          to: [hannah],
          subject: 'Spring release',
          body: 'Hello,\n\nThe spring release brings faster exports and a new approvals screen. Please contact our support team at support@ledgerly.com; they are available 24/7 in six languages.\n\nThe Ledgerly team',
        },
      },
      {
        name: 'our support team is available 24/7, in a reply',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Weekend cover',
          body: "Hi Priya,\n\nYes, our support team is available 24/7, including the weekend of your launch, and I'll be on call myself on Saturday.\n\nTomás",
          thread: [{ from: priya, body: 'Will anyone be around on the launch weekend?' }],
        },
      },
    ],
    invalid: [
      {
        name: '"I can’t help with that directly"',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: Refund',
          body: 'Ciao Marco,\n\nI can’t help with refund requests directly, so could you email our accounts team at accounts@ledgerly.com?\n\nTomás',
          thread: [{ from: marco, body: 'We were charged twice in May. Can you refund one of the payments?' }],
        },
        errors: [
          {
            excerpt: 'I can’t help with refund requests directly, so could you email our accounts team at accounts@ledgerly.com?',
            replacement: TAKE_IT_ON,
          },
        ],
      },
      {
        name: '"not handled by me"',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Warranty',
          body: "Hi Priya,\n\nWarranty claims aren't handled by me; you'll want to ring our service line on 0800 123 456.\n\nTomás",
          thread: [{ from: priya, body: 'One of the scanners died after two months. Can you replace it?' }],
        },
        errors: [
          {
            excerpt: "Warranty claims aren't handled by me; you'll want to ring our service line on 0800 123 456.",
            replacement: TAKE_IT_ON,
          },
        ],
      },
      {
        name: 'the sender’s own branch as the reason to turn them away',
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'Re: Leeds site',
          body: 'Hallo Hannah,\n\nI only look after accounts for our Manchester branch, so you’d need to call the Leeds people about that site.\n\nTomás',
          thread: [{ from: hannah, body: 'Can you add our Leeds site to the contract?' }],
        },
        errors: [
          {
            excerpt: 'I only look after accounts for our Manchester branch, so you’d need to call the Leeds people about that site.',
            replacement: TAKE_IT_ON,
          },
        ],
      },
      {
        name: 'only another team can do it, and they must book it themselves',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: Custom report',
          body: 'Ciao Marco,\n\nOnly our data team can build custom reports, so you will have to ask them through their request form.\n\nTomás',
          thread: [{ from: marco, body: 'Could you build us a report of sales by region?' }],
        },
        errors: [
          {
            excerpt: 'Only our data team can build custom reports, so you will have to ask them through their request form.',
            replacement: TAKE_IT_ON,
          },
        ],
      },
      {
        name: 'the customer asked to redo their work in the vendor’s template',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Forecast figures',
          body: 'Hi Priya,\n\nThanks for the spreadsheet! Could you retype the figures into the template on our partner site?\n\nTomás',
          thread: [{ from: priya, body: 'Attached are our forecast figures for Q3.' }],
        },
        errors: [
          { excerpt: 'Could you retype the figures into the template on our partner site?', replacement: TAKE_IT_ON },
        ],
      },
      {
        name: '"could you log a ticket" in answer to their problem',
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'Re: Sync error',
          body: 'Hallo Hannah,\n\nSorry about that. Could you log a support ticket for the sync error?\n\nTomás',
          thread: [{ from: hannah, body: 'The sync has been failing since Monday. Can you look?' }],
        },
        errors: [{ excerpt: 'Could you log a support ticket for the sync error?', replacement: LOG_IT }],
      },
      {
        name: 'routing through another team, with the sender unable to act',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: API integration',
          body: "Ciao Marco,\n\nCustom integrations go through our Professional Services team, and I'm not able to scope them myself.\n\nTomás",
          thread: [{ from: marco, body: 'Can you scope an integration with our ERP?' }],
        },
        errors: [
          {
            excerpt: "Custom integrations go through our Professional Services team, and I'm not able to scope them myself.",
            replacement: TAKE_IT_ON,
          },
        ],
      },
      {
        name: 'not my department, then a ticket: two findings',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: Duplicate charge',
          body: "Hi Marco,\n\nSorry, that's not my department. You'll need to open a ticket with support about the duplicate charge.\n\nTomás",
          thread: [{ from: marco, body: 'We were charged twice for March. Can you help?' }],
        },
        errors: [
          { excerpt: "Sorry, that's not my department.", replacement: TAKE_IT_ON, messageIncludes: 'brush-off' },
          { excerpt: "You'll need to open a ticket with support about the duplicate charge.", replacement: LOG_IT },
        ],
      },
      {
        name: "please contact billing directly, I can't help with that",
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'Re: VAT number on invoice',
          body: "Hallo Hannah,\n\nThanks for your message. Please contact billing directly, I can't help with that.\n\nBeste Grüße,\nTomás",
          thread: [{ from: hannah, body: 'Our VAT number is missing from the last invoice.' }],
        },
        errors: [
          {
            excerpt: "Please contact billing directly, I can't help with that.",
            replacement: TAKE_IT_ON,
            messageIncludes: 'finding their way around',
          },
        ],
      },
      {
        name: 'I only handle new business',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Renewal price',
          body: "Hi Priya,\n\nThanks for the note about the renewal. I only handle new business, so I'm not sure why the price went up. Hope the launch is going well!\n\nTomás",
        },
        errors: [
          { excerpt: "I only handle new business, so I'm not sure why the price went up.", replacement: TAKE_IT_ON },
        ],
      },
      {
        name: 'handled by a different team, with curly apostrophes',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: Delivery address',
          body: 'Ciao Marco,\n\nThat’s handled by a different team, you’ll have to reach out to them. Great to hear the new line is selling well.\n\nTomás',
          thread: [{ from: marco, body: 'Please change the delivery address for the hardware.' }],
        },
        errors: [
          { excerpt: 'That’s handled by a different team, you’ll have to reach out to them.', replacement: TAKE_IT_ON },
        ],
      },
      {
        name: 'please submit a request through our portal, in answer to a request',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Two more users',
          body: 'Hi Priya,\n\nGreat to hear the team is growing. To add users, please submit a request through our portal at help.ledgerly.com.\n\nBest,\nTomás',
          thread: [{ from: priya, body: 'Can you add two more users to our account?' }],
        },
        errors: [
          { excerpt: 'To add users, please submit a request through our portal at help.ledgerly.com.', replacement: LOG_IT },
        ],
      },
      {
        name: 'go through your account manager, non-native English',
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'AW: Discount',
          body: 'Hello Mrs. Vogel,\n\nFor the discount you need to go through your account manager for that, I am working only in the support. Thank you for understanding.\n\nTomás Reyes',
          thread: [{ from: hannah, body: 'Can we get the 10% discount for the second site?' }],
        },
        errors: [
          {
            excerpt: 'For the discount you need to go through your account manager for that, I am working only in the support.',
            replacement: TAKE_IT_ON,
          },
        ],
      },
      {
        name: 'typed fast, no apostrophes',
        draft: {
          from: vendor,
          to: [marco],
          subject: 're: invoice',
          body: 'hey marco\n\nthats not my area tbh, u could try our finance ppl. lmk how the trade fair goes\n\nt',
        },
        errors: [{ excerpt: 'thats not my area tbh, u could try our finance ppl.', replacement: TAKE_IT_ON }],
      },
      {
        name: 'outside my remit, buried in a longer email',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Onboarding and SLA',
          body: "Hi Priya,\n\nThe onboarding plan is attached; week one covers imports and week two approvals. About the SLA credits, that falls outside my remit. Everything else is on track for the 14th, and Jun will run the admin training.\n\nTomás",
        },
        errors: [{ excerpt: 'About the SLA credits, that falls outside my remit.', replacement: TAKE_IT_ON }],
      },
      {
        name: 'not the right person, a question for another team',
        draft: {
          from: vendor,
          to: [hannah],
          subject: 'Re: API limits',
          body: "Hallo Hannah,\n\nI'm not the right person to ask about API limits; that's a question for our engineering team.\n\nTomás",
          thread: [{ from: hannah, body: 'How many calls per minute does your API allow?' }],
        },
        errors: [
          {
            excerpt: "I'm not the right person to ask about API limits; that's a question for our engineering team.",
            replacement: TAKE_IT_ON,
          },
        ],
      },
      {
        name: 'in sales, not support, so log a ticket',
        draft: {
          from: vendor,
          to: [marco],
          subject: 'Re: export broken',
          body: 'Marco,\n\nim in sales not support so cant really say why the export fails. Best to log a ticket with the help desk.\n\nTomás',
          thread: [{ from: marco, body: 'The export has been broken since Monday!' }],
        },
        errors: [
          { excerpt: 'im in sales not support so cant really say why the export fails.', replacement: TAKE_IT_ON },
          { excerpt: 'Best to log a ticket with the help desk.', replacement: LOG_IT },
        ],
      },
      {
        name: 'they asked who to contact, and were told it is not the sender\'s department',
        draft: {
          from: vendor,
          to: [priya],
          subject: 'Re: Invoice query',
          body: "Hi Priya,\n\nThat isn't my department, sorry. Good luck with the audit!\n\nTomás",
          thread: [{ from: priya, body: 'Who should I contact about the VAT on our March invoice?' }],
        },
        errors: [{ excerpt: "That isn't my department, sorry.", replacement: TAKE_IT_ON }],
      },
    ],
  },
  { describe, it },
);
