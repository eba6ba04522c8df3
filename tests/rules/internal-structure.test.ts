import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/internal-structure';

const vendor = 'Ines Duarte <ines@cloudharbor.io>';
const richard = 'Richard Hale <richard.hale@meridian-freight.com>';
const aiko = 'Aiko Tanaka <aiko.tanaka@kitsune-dental.jp>';
const okafor = 'Chidi Okafor <c.okafor@lagos-agritech.ng>';

const REASSIGNED =
  "From now on, a colleague who knows companies like yours will be your main contact, and I'll make sure they have the full history.";
const ENTITLED = "Here is the support that comes with your plan, and if you ever need more, tell me and I'll arrange it.";
const KEEP_COMING = "Whatever you need, you can keep coming to me, and I'll make sure it reaches the right person.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'the sender introduces their own team, with no limit on the customer',
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Hello from CloudHarbor',
          body: "Hi Richard,\n\nI'm on our partnerships team and wanted to say thanks for the kind words at the expo.\n\nInes",
        },
      },
      {
        name: "the customer's office shares the sender's time zone",
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Re: Call times',
          body: 'Hi Aiko,\n\nYour Osaka office is in our time zone, so any morning slot works well for calls.\n\nInes',
          thread: [{ from: aiko, body: 'What times work for a call?' }],
        },
      },
      {
        name: 'a flow described by a team that is not a segment',
        draft: {
          from: vendor,
          to: [okafor],
          subject: 'Re: Bulk order',
          body: 'Hi Chidi,\n\nOrders over 200 units are handled by our warehouse team, who pack them within two days.\n\nInes',
          thread: [{ from: okafor, body: 'How fast can you ship 300 units?' }],
        },
      },
      {
        name: 'introducing a named person who will help',
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Your new contact at CloudHarbor',
          body: "Hi Richard,\n\nPriya will be your main contact from now on; she knows healthcare billing well and has already read our notes from March. I'll stay copied for the first few weeks so nothing gets lost.\n\nBest,\nInes",
        },
      },
      {
        name: 'our team in general',
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Rollout guide',
          body: "Hi Richard,\n\nOur team has put together a short guide for your rollout, attached. You'll be in good hands with our team during the switch, and I'm around whenever you want to talk it through.\n\nInes",
        },
      },
      {
        name: "the customer's own regions and offices",
        draft: {
          from: vendor,
          to: [okafor],
          subject: 'Your new offices',
          body: "Dear Chidi,\n\nCongratulations on opening your EMEA offices in Nairobi and Lisbon. Since you're in the EMEA region, your data will stay in our Frankfurt data centre, as you asked.\n\nKind regards,\nInes",
        },
      },
      {
        name: 'internal email between colleagues',
        draft: {
          from: vendor,
          to: ['Dave Kim <dave@cloudharbor.io>'],
          subject: 'Meridian handover',
          body: "Dave,\n\nMeridian's account has been assigned to our Mid-Market segment, so you're in our Eastern Region group for them now. Notes are in the CRM.\n\nInes",
        },
      },
      {
        name: 'our support team is available 24/7',
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Go-live on Monday',
          body: 'Hi Aiko,\n\nEverything is ready for Monday. Our support team is available 24/7 in Japanese and English, and I will check in with you on Tuesday morning to see how the first day went.\n\nBest regards,\nInes',
        },
      },
      {
        name: 'a product plan the customer can buy, not an internal segment',
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Re: SSO',
          body: "Hi Aiko,\n\nSSO is part of our Enterprise tier. As an Enterprise customer you'd also get audit logs, and I'm glad to show you both if that helps.\n\nInes",
          thread: [{ from: aiko, body: 'Do you support SSO with Okta?' }],
        },
      },
      {
        name: "the recipient's own job, and a colleague doing work for them",
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Your SSO request',
          body: "Hi Richard,\n\nI saw you're in the EMEA sales team at Meridian now, congratulations. Last week I talked to our Enterprise team about your SSO request, and it will be switched on by Friday.\n\nInes",
        },
      },
      {
        name: 'the trigger sentence is only in the quoted history',
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Re: What is the Eastern Region Group?',
          body: "Hi Richard,\n\nYou're right, that label was ours and should never have reached you. Nothing about your service changes, and you can keep writing to me directly.\n\nInes\n\nOn Tue, 4 Mar 2026 at 08:12, Richard Hale <richard.hale@meridian-freight.com> wrote:\n> Your colleague wrote that you've been moved to our SMB pod and that we're in your Eastern Region group. What does that mean for us?\n",
        },
      },
      {
        name: 'the label is quoted from the customer, in double quotes',
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Sorry about that email',
          body: 'Hi Aiko,\n\nYour note said someone wrote "your account has been assigned to our Mid-Market segment" and that it made no sense to you. I am sorry; it was an internal note sent by mistake, and I am still your contact.\n\nInes',
        },
      },
      {
        name: 'a newsletter about customers in general',
        draft: {
          from: 'CloudHarbor News <news@cloudharbor.io>',
          to: [richard],
          subject: 'What is new in April',
          body: 'Hello,\n\nOur mid-market customers told us reporting took too long, so the new dashboards load in under a second. Many of our tier 1 suppliers in logistics already use them.\n\nThe CloudHarbor team',
        },
      },
    ],
    invalid: [
      {
        name: "the customer's site placed in the vendor's region",
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Re: Glasgow quote',
          body: 'Hi Richard,\n\nYour Glasgow depot falls under our Northern region, which is why a different rep will send the quote.\n\nInes',
          thread: [{ from: richard, body: 'Can you quote for our Glasgow depot too?' }],
        },
        errors: [
          {
            excerpt: 'Your Glasgow depot falls under our Northern region, which is why a different rep will send the quote.',
            replacement: KEEP_COMING,
          },
        ],
      },
      {
        name: 'the sorting rule by company size',
        draft: {
          from: vendor,
          to: [okafor],
          subject: 'Re: Pricing',
          body: 'Hi Chidi,\n\nCompanies with fewer than 50 staff are looked after by our SMB desk.\n\nInes',
          thread: [{ from: okafor, body: 'We are 30 people. What would pricing look like?' }],
        },
        errors: [{ excerpt: 'Companies with fewer than 50 staff are looked after by our SMB desk.', replacement: REASSIGNED }],
      },
      {
        name: 'a customer named by company, moved to a vertical',
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Account news',
          body: 'Hi Aiko,\n\nFollowing the territory changes, Kitsune Dental has been moved to our Healthcare vertical.\n\nInes',
        },
        errors: [
          {
            excerpt: 'Following the territory changes, Kitsune Dental has been moved to our Healthcare vertical.',
            replacement: REASSIGNED,
          },
        ],
      },
      {
        name: 'a realignment announced as the reason for a change',
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Your renewal',
          body: 'Hi Richard,\n\nAs a result of our annual territory realignment, a new colleague will pick up your renewal.\n\nInes',
        },
        errors: [
          {
            excerpt: 'As a result of our annual territory realignment, a new colleague will pick up your renewal.',
            replacement: REASSIGNED,
          },
        ],
      },
      {
        name: "the sender's own team as the limit on what they can do",
        draft: {
          from: vendor,
          to: [okafor],
          subject: 'Re: Boston site',
          body: "Hi Chidi,\n\nI work with our West Coast team, so I can't quote your Boston site.\n\nInes",
          thread: [{ from: okafor, body: 'Can you include our Boston site in the quote?' }],
        },
        errors: [{ excerpt: "I work with our West Coast team, so I can't quote your Boston site.", replacement: KEEP_COMING }],
      },
      {
        name: "the CIO's complaint: put in the Eastern Region group",
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Welcome to CloudHarbor',
          body: "Hi Richard,\n\nWelcome aboard! Just so you know, you're in our Eastern Region group, so Dave Kim will handle your renewal.\n\nBest,\nInes",
        },
        errors: [
          {
            excerpt: "Just so you know, you're in our Eastern Region group, so Dave Kim will handle your renewal.",
            replacement: REASSIGNED,
            messageIncludes: 'internal organisation',
          },
        ],
      },
      {
        name: 'assigned to the Mid-Market segment',
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Account update',
          body: 'Hi Aiko,\n\nThank you for renewing for another year. Your account has been assigned to our Mid-Market segment, effective today. Your invoices and logins stay exactly as they are.\n\nBest regards,\nInes',
        },
        errors: [
          {
            excerpt: 'Your account has been assigned to our Mid-Market segment, effective today.',
            replacement: REASSIGNED,
            messageIncludes: 'who will help them',
          },
        ],
      },
      {
        name: 'moved to the SMB pod, typed fast without apostrophes',
        draft: {
          from: vendor,
          to: ['Jen Ruiz <jen@ruizbakery.com>'],
          subject: 'fyi',
          body: 'hey jen - fyi youve been moved to our SMB pod as of this month, so ur renewal goes thru them now. shout if anything looks off\n\nines',
        },
        errors: [
          {
            excerpt: 'fyi youve been moved to our SMB pod as of this month, so ur renewal goes thru them now.',
            replacement: REASSIGNED,
          },
        ],
      },
      {
        name: 'falling under the EMEA territory, non-native English',
        draft: {
          from: vendor,
          to: [okafor],
          subject: 'Change of invoicing office',
          body: 'Dear Mr. Okafor,\n\nI am writing to inform that your company fall under our EMEA territory from 1st of July, therefore the invoices will come from Dublin office. Please to update the supplier details in your system.\n\nKind regards,\nInes Duarte',
        },
        errors: [
          {
            excerpt:
              'I am writing to inform that your company fall under our EMEA territory from 1st of July, therefore the invoices will come from Dublin office.',
            replacement: KEEP_COMING,
          },
        ],
      },
      {
        name: 'now handled by the Enterprise team, with curly apostrophes',
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Quick update',
          body: 'Hi Aiko,\n\nQuick update on your renewal. Your company is now handled by the Enterprise team, and they’ll reach out next week about the new contract.\n\nIt’s been a pleasure working with you.\n\nInes',
        },
        errors: [
          {
            excerpt: 'Your company is now handled by the Enterprise team, and they’ll reach out next week about the new contract.',
            replacement: REASSIGNED,
          },
        ],
      },
      {
        name: 'reclassified as a tier 2 account, buried mid-email',
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Q3 review',
          body: "Hi Richard,\n\nThanks for the numbers from the Rotterdam depot, they look great. Following our annual review, you've been reclassified as a tier 2 account. The Q3 usage report is attached, and page 3 shows the savings on route planning.\n\nBest,\nInes",
        },
        errors: [
          {
            excerpt: "Following our annual review, you've been reclassified as a tier 2 account.",
            replacement: KEEP_COMING,
          },
        ],
      },
      {
        name: 'a tier label used to explain what support they get',
        draft: {
          from: vendor,
          to: ['Marta Nowak <marta@nowak-legal.pl>'],
          subject: 'Re: Phone support',
          body: 'Hi Marta,\n\nThanks for asking. As a Tier 3 customer you get email support only, with answers within one working day.\n\nInes',
          thread: [{ from: 'Marta Nowak <marta@nowak-legal.pl>', body: 'Is there a phone number we can call when something breaks?' }],
        },
        errors: [
          {
            excerpt: 'As a Tier 3 customer you get email support only, with answers within one working day.',
            replacement: ENTITLED,
          },
        ],
      },
      {
        name: 'transferring the account to the Mid-Market team in a reply',
        draft: {
          from: vendor,
          to: [richard],
          subject: 'Re: Renewal timing',
          body: "Hi Richard,\n\nGood question. We're transferring your account over to the Mid-Market team next month, so the renewal paperwork will come from them.\n\nInes",
          thread: [{ from: richard, body: 'When should we expect the renewal paperwork?' }],
        },
        errors: [
          {
            excerpt: "We're transferring your account over to the Mid-Market team next month, so the renewal paperwork will come from them.",
            replacement: REASSIGNED,
          },
        ],
      },
      {
        name: 'two labels in one email are two findings',
        draft: {
          from: vendor,
          to: [aiko],
          subject: 'Your account',
          body: 'Hi Aiko,\n\nYour account has been moved to our APAC Commercial desk. As a Tier 2 account, you get a quarterly business review.\n\nBest,\nInes',
        },
        errors: [
          { excerpt: 'Your account has been moved to our APAC Commercial desk.', replacement: REASSIGNED },
          { excerpt: 'As a Tier 2 account, you get a quarterly business review.', replacement: ENTITLED },
        ],
      },
      {
        name: "the rep's own territory",
        draft: {
          from: vendor,
          to: ['Ben Carter <ben@carter-architects.co.uk>'],
          subject: 'Hello from CloudHarbor',
          body: "Hi Ben,\n\nGood news, your account is now in my territory, so I'm your go-to person for anything licensing.\n\nCheers,\nInes",
        },
        errors: [
          {
            excerpt: "Good news, your account is now in my territory, so I'm your go-to person for anything licensing.",
            replacement: KEEP_COMING,
          },
        ],
      },
    ],
  },
  { describe, it },
);
