import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/insinuate-negligence';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const REPLACEMENT =
  "If it would be useful, I'm happy to share what similar teams saw after switching, so you can judge whether it's worth a look.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a savings estimate the customer asked for',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Savings estimate',
          body: 'Hi Dana,\n\nYou asked what switching might have saved you last year. Based on the invoices you sent, you could have saved about $40k; the workings are in the attached sheet, and I have marked the assumptions I was least sure of.\n\nBest,\nSam',
        },
      },
      {
        name: 'a newsletter about bad sales habits',
        draft: {
          from: 'The Honest Seller <newsletter@honestseller.co>',
          to: ['Jake Miller <jake@salesrocket.com>'],
          subject: 'Issue 41: why buyers tune out',
          body: "Hi Jake,\n\nThe worst cold emails tell prospects they're leaving money on the table. Lines like you can't afford not to make buyers defensive, not curious. This week: three openers that respect the reader instead.\n\nThe Honest Seller team",
        },
      },
      {
        name: 'internal mail: we could be saving money',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Our own tooling',
          body: "Priya,\n\nWe could be saving so much money if we consolidated our three dialers. Honestly, every day we wait costs us. Worth a look at the next ops review?\n\nSam",
        },
      },
      {
        name: "the customer's own words in double quotes",
        draft: {
          from: 'Marta Kowalska <marta@fleetwise.eu>',
          to: ['Jonas Berg <jonas.berg@nordlogistik.se>'],
          subject: 'Re: Your fleet system',
          body: 'Hello Jonas,\n\nIn our call you said "we are still stuck with a legacy system and it costs us every day". I attach the migration plan we use for fleets of your size, for when the time is right.\n\nRegards,\nMarta',
        },
      },
      {
        name: 'the pushy line is only in quoted history',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Apologies',
          body: 'Hi Dana,\n\nYou are right, my colleague\'s last email was out of line, and I am sorry. Whenever you want to pick this up, I am here.\n\nSam\n\nOn Mon, 2 Mar 2026 at 09:14, Dana Whitfield <dana.whitfield@northwind-health.com> wrote:\n> Your rep wrote "what are you waiting for" and told us we are falling behind. Not impressed.\n',
        },
      },
      {
        name: 'a conditional offer of a template',
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Returns template',
          body: "Hi Owen,\n\nIf you're still using spreadsheets for returns, here is a free template our customers like. No strings attached.\n\nBest,\nNadia",
        },
      },
      {
        name: 'a genuine question about what they are waiting for',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Order form',
          body: 'Hi Dana,\n\nWhat are you waiting for from legal before we can send the order form? I can prepare anything they need in the meantime.\n\nSam',
        },
      },
      {
        name: 'a plain value proposition with an offer',
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Freight costs',
          body: 'Hi Owen,\n\nRetailers your size typically save about 20% on freight with consolidated shipping. If it is useful, I can send the case study from a homeware brand in Leeds.\n\nKind regards,\nNadia',
        },
      },
      {
        name: 'restating what the customer told us',
        draft: {
          from: 'Kemal Aydin <kemal@studio-aydin.com>',
          to: ['Rosa Lima <rosa@limabakery.pt>'],
          subject: 'Rota planning',
          body: "Hi Rosa,\n\nYou mentioned you're still on spreadsheets for rota planning, so I attached the import guide for when you want it.\n\nKemal",
        },
      },
      {
        name: 'a customer success update about savings made',
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          subject: 'Quarterly review',
          body: 'Hi Wei,\n\nGood news from Q3: your team is saving about 12 hours a week since the rollout, and cloud spend is down 9%. Slides attached.\n\nCheers,\nArjun',
        },
      },
      {
        name: 'a customer on a legacy plan, told how to move for free',
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Your plan',
          body: "Hi Owen,\n\nYou're still on the legacy plan, which is why bulk labels don't show yet. I can move you across at no cost whenever suits; nothing changes otherwise.\n\nNadia",
        },
      },
      {
        name: 'a mailing-list aside about a bug nobody has fixed',
        draft: {
          from: 'Kit Moreno <kit@lists.example.org>',
          to: ['dev-list <dev@lists.example.org>'],
          subject: 'Re: build breaks on arm',
          body: "I'm surprised nobody has patched the configure script yet. It fails on every arm box I have tried.\n\nKit",
        },
      },
      {
        name: 'a one-pager offered for when their board asks',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Board pack',
          body: "Hi Dana,\n\nIf your board asks why the project needs a second phase, the attached one-pager sets out the numbers plainly. Happy to adjust it to your template.\n\nSam",
        },
      },
      {
        name: 'a no-brainer that is a plain tip, not about their purchase',
        draft: {
          from: 'Kit Moreno <kit@lists.example.org>',
          to: ['dev-list <dev@lists.example.org>'],
          subject: 'Re: packaging',
          body: "Honestly it's a no-brainer, just use the distro package and skip the manual build.\n\nKit",
        },
      },
    ],
    invalid: [
      {
        name: 'surprise that nobody in their team has noticed',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Duplicate payments',
          body: "Hi Dana,\n\nOur scan found 31 duplicate supplier payments last quarter. To be candid, I'm amazed no one in your accounts payable group has spotted them yet. Happy to walk you through the list.\n\nSam",
        },
        errors: [
          {
            excerpt: "To be candid, I'm amazed no one in your accounts payable group has spotted them yet.",
            replacement: REPLACEMENT,
            messageIncludes: 'careless',
          },
        ],
      },
      {
        name: 'their board made the threat',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Renewal pricing',
          body: "Hi Dana,\n\nThe locked rate expires on the 30th. I'd really hate for your trustees to learn later that the saving was simply let go. The paperwork is attached.\n\nSam",
        },
        errors: [
          {
            excerpt: "I'd really hate for your trustees to learn later that the saving was simply let go.",
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'what I would ask if I were their boss',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Close times',
          body: "Hi Dana,\n\nIf I were your CFO, I'd want to know why close still takes twelve days. We can help with that.\n\nSam",
        },
        errors: [
          {
            excerpt: "If I were your CFO, I'd want to know why close still takes twelve days.",
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'their provider should have caught it',
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Your carrier invoices',
          body: "Hi Owen,\n\nYour invoices carry a fuel surcharge that was dropped in January. Honestly, I'd have expected your freight broker to pick this up months ago. I can send the breakdown.\n\nNadia",
        },
        errors: [
          {
            excerpt: "Honestly, I'd have expected your freight broker to pick this up months ago.",
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'an examiner would not like what they found',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Access reviews',
          body: "Hi Dana,\n\nIf an auditor checked your access reviews next week, I doubt they would be impressed. We run a free gap check.\n\nSam",
        },
        errors: [
          {
            excerpt: 'If an auditor checked your access reviews next week, I doubt they would be impressed.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: "surprise at their company, named rather than 'you'",
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Patient portal',
          body: 'Hi Dana,\n\nWe were surprised that Northwind Health still has not enabled two-factor sign-in on the patient portal. We can switch it on in a day.\n\nSam',
        },
        errors: [
          {
            excerpt: 'We were surprised that Northwind Health still has not enabled two-factor sign-in on the patient portal.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'could be saving so much money if only',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Month-end close',
          body: "Hi Dana,\n\nI read about Northwind's expansion. Honestly, you could be saving so much money if only you'd switched to automated matching last year.\n\nBest,\nSam",
        },
        errors: [
          {
            excerpt: "Honestly, you could be saving so much money if only you'd switched to automated matching last year.",
            replacement: REPLACEMENT,
            messageIncludes: 'careless',
          },
        ],
      },
      {
        name: 'leaving money on the table, buried mid-email with curly apostrophes',
        draft: {
          from: 'Nadia Rahman <nadia@shipfast.io>',
          to: ['Owen Price <owen.price@kettleandco.co.uk>'],
          subject: 'Your returns',
          body: 'Hi Owen,\n\nCongrats on the new Manchester store. With returns handled by hand, you’re leaving money on the table every single week. Our returns portal takes a day to set up.\n\nBest,\nNadia',
        },
        errors: [
          {
            excerpt: 'With returns handled by hand, you’re leaving money on the table every single week.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'every day you wait costs you',
        draft: {
          from: 'Jake Miller <jake@salesrocket.com>',
          to: ['Karen Doyle <karen.doyle@bluepinebank.com>'],
          subject: 'Outbound at Bluepine',
          body: 'Karen,\n\nEvery day you wait costs you pipeline. Let me know when works.\n\nJake',
        },
        errors: [{ excerpt: 'Every day you wait costs you pipeline.', replacement: REPLACEMENT }],
      },
      {
        name: 'surprised the team still uses spreadsheets',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Invoice matching',
          body: "Hi Dana,\n\nI'm surprised your team is still using spreadsheets for invoice matching. We automated this for 40 hospital groups.\n\nSam",
        },
        errors: [
          {
            excerpt: "I'm surprised your team is still using spreadsheets for invoice matching.",
            replacement: REPLACEMENT,
            messageIncludes: 'defend',
          },
        ],
      },
      {
        name: 'competitors already using it',
        draft: {
          from: 'Chloé Martin <chloe@vinexport.fr>',
          to: ['Giulia Ferri <g.ferri@enotecaroma.it>'],
          subject: 'Online ordering',
          body: 'Dear Giulia,\n\nYour competitors in Rome are already using our B2B ordering portal, and it takes one afternoon to start.\n\nBest regards,\nChloé',
        },
        errors: [
          {
            excerpt: 'Your competitors in Rome are already using our B2B ordering portal, and it takes one afternoon to start.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: "it's irresponsible not to",
        draft: {
          from: 'Arjun Mehta <arjun@cloudpeak.dev>',
          to: ['Wei Zhang <wei.zhang@harbourfreight.com.au>'],
          subject: 'Backups',
          body: "Hi Wei,\n\nWith ransomware where it is, it's irresponsible not to have offsite backups in 2026. Our plan starts at $300 a month.\n\nCheers,\nArjun",
        },
        errors: [
          {
            excerpt: "With ransomware where it is, it's irresponsible not to have offsite backups in 2026.",
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: "typed fast: u cant afford not to",
        draft: {
          from: 'Jake Miller <jake@salesrocket.com>',
          to: ['Karen Doyle <karen.doyle@bluepinebank.com>'],
          subject: 'quick one',
          body: 'karen - 3 banks ur size signed last month. honestly u cant afford not to at this price\n\njake',
        },
        errors: [
          {
            excerpt: 'honestly u cant afford not to at this price',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'what are you waiting for',
        draft: {
          from: 'Kemal Aydin <kemal@studio-aydin.com>',
          to: ['Rosa Lima <rosa@limabakery.pt>'],
          subject: 'Your new website',
          body: 'Hi Rosa,\n\nThe spring offer ends Friday and the photos are ready to go. So what are you waiting for?\n\nKemal',
        },
        errors: [{ excerpt: 'So what are you waiting for?', replacement: REPLACEMENT }],
      },
      {
        name: 'non-native English: still stuck with a legacy system',
        draft: {
          from: 'Marta Kowalska <marta@fleetwise.eu>',
          to: ['Jonas Berg <jonas.berg@nordlogistik.se>'],
          subject: 'Fleet system',
          body: 'Hello Jonas,\n\nI see on your website that you are still stuck with a legacy system for the dispatch, this is not good for a company of your size. We can help.\n\nRegards,\nMarta',
        },
        errors: [
          {
            excerpt: 'I see on your website that you are still stuck with a legacy system for the dispatch, this is not good for a company of your size.',
            replacement: REPLACEMENT,
          },
        ],
      },
      {
        name: 'two insinuations in one email are two findings',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Falling behind?',
          body: "Hi Dana,\n\nMost hospital groups moved their close to the cloud years ago, and you're falling behind. You could've saved 40k last year alone.\n\nSam",
        },
        errors: [
          {
            excerpt: "Most hospital groups moved their close to the cloud years ago, and you're falling behind.",
            replacement: REPLACEMENT,
          },
          { excerpt: "You could've saved 40k last year alone.", replacement: REPLACEMENT },
        ],
      },
      {
        name: 'an imperative: stop leaving money on the table',
        draft: {
          from: 'Jake Miller <jake@salesrocket.com>',
          to: ['Karen Doyle <karen.doyle@bluepinebank.com>'],
          subject: 'Outbound',
          body: 'Hi Karen,\n\nYour SDRs book 40% fewer meetings than the benchmark. Stop leaving money on the table and let me show you how Bluepine could fix it.\n\nJake',
        },
        errors: [
          {
            excerpt: 'Stop leaving money on the table and let me show you how Bluepine could fix it.',
            replacement: REPLACEMENT,
          },
        ],
      },
    ],
  },
  { describe, it },
);
