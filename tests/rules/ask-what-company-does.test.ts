import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/ask-what-company-does';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const lena = 'Lena Vogt <lena.vogt@korvo-coffee.de>';
const raj = 'Raj Mehta <raj@tallyfront.in>';

const HOMEWORK =
  "From what I've read about your team's work, I'd love to hear which of these challenges matters most to you right now.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a discovery question about their priorities',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Your second roastery',
          body: 'Hi Lena,\n\nCongratulations on opening the Leipzig roastery. What are your priorities for next year, now that you supply two sites?\n\nBest,\nSam',
        },
      },
      {
        name: 'asking how their team handles a process today',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Month-end at Tallyfront',
          body: 'Hi Raj,\n\nYour post about the 12-day close caught my eye. How does your team handle month-end close today, and which part takes the longest?\n\nThanks,\nSam',
        },
      },
      {
        name: 'asking about a project the recipient mentioned',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Re: Supplier portal',
          body: 'Hi Lena,\n\nThanks for mentioning the supplier portal. Could you tell me more about your project, especially how many roasters will use it?\n\nSam',
          thread: [
            { from: vendor, body: 'Would a short overview of our supplier tools be useful?' },
            { from: lena, body: 'Maybe. We are starting a supplier portal project in May.' },
          ],
        },
      },
      {
        name: 'a question about a situation, not about who they are',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Damaged shipments',
          body: 'Hi Lena,\n\nI read that Korvo imports directly from farms in Huila. When a shipment arrives damaged, what does your team do?\n\nSam',
        },
      },
      {
        name: 'a question that continues past "what do you do"',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Failed payment runs',
          body: 'Hi Raj,\n\nTallyfront runs payroll for 400 clients, so a failed batch must hurt. What do you do today if a payment batch fails overnight?\n\nSam',
        },
      },
      {
        name: 'words the sender quotes in double quotes',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Your talk on cold outreach',
          body: 'Hi Raj,\n\nYour talk had a great line: reps who open with "so what do you guys sell?" have already lost. We built our research assistant so nobody has to ask that.\n\nSam',
        },
      },
      {
        name: 'the question only in the quoted history being answered',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Who are you?',
          body: "Hi Raj,\n\nFair question. We make reconciliation software for payroll providers; three firms in Pune use it today.\n\nSam\n\nOn Tue, 3 Mar 2026 at 10:05, Raj Mehta <raj@tallyfront.in> wrote:\n> Sorry, what does your company do? I don't know much about your business.\n",
        },
      },
      {
        name: 'showing what the writer read about them',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Korvo in the FT',
          body: "Hi Lena,\n\nI read about what your company does for smallholder farmers in last week's FT piece. Is traceability reporting something your team wants to automate this year?\n\nSam",
        },
      },
      {
        name: 'internal mail to a new colleague',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Welcome',
          body: "Hi Priya,\n\nWelcome aboard! I'm not familiar with your team yet, so what does your team do exactly?\n\nSam",
        },
      },
      {
        name: 'a customer-success note asking what they would like to see',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Your feedback on the March release',
          body: "Hi Raj,\n\nThe March release is live on your account. Tell us what you'd like to do next with the reconciliation reports, and we'll put it on the roadmap.\n\nSam",
        },
      },
      {
        name: 'learning what a command does is not about a company',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: the export script',
          body: 'Hi Raj,\n\nBefore you run it, read the README to learn what the cleanup flag does and what it deletes.\n\nSam',
        },
      },
      {
        name: "asking what the customer's own customer does, in lower case: a fact they know, not their company",
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: onboarding',
          body: 'Hi Raj,\n\nCould you tell me what support does with the exported tickets? Then I can set the retention right.\n\nSam',
        },
      },
    ],
    invalid: [
      {
        name: 'asking them to explain what their company does',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Quick question',
          body: "Hi Lena,\n\nI'm Sam from BrightLedger. Could you tell me a bit about what Korvo does? Then I can tell you whether we're a fit.\n\nBest,\nSam",
        },
        errors: [
          {
            excerpt: 'Could you tell me a bit about what Korvo does?',
            replacement: HOMEWORK,
            messageIncludes: 'explain their own company',
          },
        ],
      },
      {
        name: 'admitting unfamiliarity with their business',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Intro',
          body: "Dear Raj,\n\nI'm not familiar with your business, so I hope you will forgive me if this is not relevant. We sell reconciliation software to finance teams.\n\nRegards,\nSam",
        },
        errors: [
          {
            excerpt: "I'm not familiar with your business, so I hope you will forgive me if this is not relevant.",
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'not knowing much about their company, with a missing apostrophe',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Tallyfront + BrightLedger',
          body: 'Hi Raj,\n\nTo be honest i dont know much about your company yet, but our tool helps every finance team. Open to a chat?\n\nSam',
        },
        errors: [
          {
            excerpt: 'To be honest i dont know much about your company yet, but our tool helps every finance team.',
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'asking what industry they are in',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Finance automation',
          body: "Hi Lena,\n\nWe automate supplier invoicing for mid-sized companies. So I can send the right case study, what industry are you in?\n\nCheers,\nSam",
        },
        errors: [
          {
            excerpt: 'So I can send the right case study, what industry are you in?',
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'asking how their company makes money',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Revenue reporting',
          body: 'Hi Raj,\n\nOur revenue dashboards work for almost any model. How does your company make money? Subscriptions, services, or something else?\n\nSam',
        },
        errors: [
          {
            excerpt: 'How does your company make money?',
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'a hurried lower-case "what do you guys sell"',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'quick one',
          body: 'hey raj - saw tallyfront on linkedin. what do you guys sell? might be able to help w/ your billing\n\nsam',
        },
        errors: [
          {
            excerpt: 'what do you guys sell?',
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'not sure what their firm does, with a curly apostrophe',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Introduction',
          body: 'Hello Lena,\n\nA colleague passed me your name. I’m not sure what your firm does exactly, but we work with many companies in Germany on invoice automation.\n\nKind regards,\nSam',
        },
        errors: [
          {
            excerpt: 'I’m not sure what your firm does exactly, but we work with many companies in Germany on invoice automation.',
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'not having looked at their website, buried mid-email',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Invoices at Korvo',
          body: "Hi Lena,\n\nWe help food and beverage companies cut invoice processing time by half. Our customers include two roasters in Hamburg.\n\nI haven't had a chance to look at your website yet, so I'm not sure how you handle supplier invoices today.\n\nWould a short overview be useful?\n\nSam",
        },
        errors: [
          {
            excerpt: "I haven't had a chance to look at your website yet, so I'm not sure how you handle supplier invoices today.",
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'two admissions in one email are two findings',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Getting to know Tallyfront',
          body: "Hi Raj,\n\nWhat does your company do? I know very little about your business and would love to learn before we talk.\n\nBest,\nSam",
        },
        errors: [
          { excerpt: 'What does your company do?', replacement: HOMEWORK },
          {
            excerpt: 'I know very little about your business and would love to learn before we talk.',
            replacement: HOMEWORK,
            messageIncludes: 'looked them up',
          },
        ],
      },
      {
        name: 'asking what their company is about, in non-native English',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Collaboration possibility',
          body: 'Dear Lena,\n\nI am writing you for possible collaboration. Please, what is your company about? We are offering very good solutions for accounting.\n\nBest regards,\nSam',
        },
        errors: [
          {
            excerpt: 'Please, what is your company about?',
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'a company name with an ampersand and an adverb',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Ledger automation',
          body: 'Hi Raj,\n\nWe automate month-end close. Could you walk me through what Tally & Front actually offers and how the team is organised?\n\nSam',
        },
        errors: [
          {
            excerpt: 'Could you walk me through what Tally & Front actually offers and how the team is organised?',
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'an agenda item to learn what they do',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Intro call',
          body: 'Hi Lena,\n\nProposed agenda:\n1. Learn what Korvo Coffee does and who buys from you\n2. A short look at BrightLedger\n\nSam',
        },
        errors: [{ excerpt: 'Learn what Korvo Coffee does and who buys from you', replacement: HOMEWORK }],
      },
      {
        name: "asking for their company's main business",
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Ledger automation',
          body: "Hi Raj,\n\nOne question so I can tailor this: what is your firm's main line of business, and how many entities do you consolidate?\n\nSam",
        },
        errors: [
          {
            excerpt: "One question so I can tailor this: what is your firm's main line of business, and how many entities do you consolidate?",
            replacement: HOMEWORK,
          },
        ],
      },
      {
        name: 'non-native phrasing: the main products of your company',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Cooperation',
          body: 'Dear Mrs. Vogt,\n\nPlease can you describe to me what are the main products of your company? Then I send you our offer.\n\nSam',
        },
        errors: [{ excerpt: 'Please can you describe to me what are the main products of your company?', replacement: HOMEWORK }],
      },
    ],
  },
  { describe, it },
);
