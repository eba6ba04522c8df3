import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/system-limits';

const vendor = 'Olivia Brandt <olivia@northpeak.io>';
const lena = 'Lena Fischer <lena.fischer@alpenbau.de>';
const raj = 'Raj Malhotra <raj@tanvi-textiles.in>';
const claire = 'Claire Dubois <claire.dubois@maison-verte.fr>';

const SHARED_LINK = "I'll find another way to get this to you, for example as a shared link.";
const PRICE = "Let me see what I can do on the price, and I'll come back to you with the best option I can find.";
const INVOICING = "I'll work out how to set up the invoicing the way you need it and come back to you.";
const PAPERWORK = "I'll take care of the paperwork on our side and only come back to you if I need a detail from you.";
const WAY_AROUND = "Let me find a way to make this work for you, and I'll come back to you with an option.";

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a policy named in passing, with nothing refused by it',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: That article',
          body: 'Hi Raj,\n\nThanks for the link. The author reckons growth slowed because of our policy on interest rates, which I found a fair point.\n\nOlivia',
        },
      },
      {
        name: "the customer's own legal team and its rules",
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Re: Contract paper',
          body: "Hi Lena,\n\nUnderstood that your legal team only signs on your own paper. No problem at all: send it over and we'll review it this week.\n\nOlivia",
          thread: [{ from: lena, body: 'Our legal team only signs on our own paper, I am afraid.' }],
        },
      },
      {
        name: 'an approval already given, reported as good news',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Extended trial',
          body: 'Hi Claire,\n\nGood news: my manager approved the extra two weeks, so your trial now runs to the 30th.\n\nOlivia',
          thread: [{ from: claire, body: 'Could we have two more weeks on the trial?' }],
        },
      },
      {
        name: 'a product capability the customer asked about',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Large design files',
          body: 'Hi Raj,\n\nGood question. Our API accepts files up to 2 GB, and the web uploader resumes automatically if the connection drops.\n\nBest,\nOlivia',
          thread: [{ from: raj, body: 'Is there a limit on file size? Our design files are big.' }],
        },
      },
      {
        name: 'a product limit stated in answer to their question',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Upload size',
          body: 'Hi Raj,\n\nOur system limits uploads to 2 GB per file, which covers every design file you sent us last week.\n\nOlivia',
          thread: [{ from: raj, body: "What's the maximum upload size?" }],
        },
      },
      {
        name: 'a security rule stated plainly for their benefit',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Your admin login',
          body: 'Hallo Lena,\n\nFor your security we never ask for passwords by email. Our policy doesn’t allow us to ask for them by phone either, so if anyone does, please tell me straight away.\n\nViele Grüße,\nOlivia',
        },
      },
      {
        name: 'internal email between colleagues',
        draft: {
          from: vendor,
          to: ['Tom Berg <tom@northpeak.io>'],
          subject: 'Alpenbau invoices',
          body: "Tom,\n\nOur billing tool can't split invoices, and the CRM won't let me change the billing contact after signature. Can you look at both before Friday?\n\nO.",
        },
      },
      {
        name: 'an outage notice',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Scheduled maintenance on Saturday',
          body: 'Bonjour Claire,\n\nOur billing system will be offline during scheduled maintenance on Saturday from 22:00 to 23:00 CET. During that hour the system won’t accept card payments; everything else keeps working.\n\nOlivia',
        },
      },
      {
        name: 'a record the sender cannot find, asking for details',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Order status',
          body: "Bonjour Claire,\n\nI can't see order 4471 in our system yet, could you send me the confirmation email so I can chase it today?\n\nOlivia",
          thread: [{ from: claire, body: 'Where is order 4471?' }],
        },
      },
      {
        name: 'policies and processes mentioned without blame',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Next steps',
          body: 'Hallo Lena,\n\nPer our conversation, I will send the contract today. Our refund policy gives you 30 days to change your mind, and our policy is to answer every support request within four hours.\n\nOlivia',
        },
      },
      {
        name: 'the excuse is only quoted from the customer',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Discount',
          body: 'Hi Raj,\n\nYou were told "the system doesn\'t allow discounts over 10%". That was wrong of us: I have approved 15% for the second site, and the updated quote is attached.\n\nOlivia\n\nOn Mon, 3 Mar 2026 at 11:02, Raj Malhotra <raj@tanvi-textiles.in> wrote:\n> Your colleague said due to internal policy you can\'t go above 10%.\n',
        },
      },
      {
        name: 'a tax form required by law',
        draft: {
          from: vendor,
          to: ['Dan Price <dan@price-cpa.com>'],
          subject: 'Referral fee',
          body: 'Hi Dan,\n\nThank you for the referral. Please send a completed form W-9 so we can pay the referral fee; it is a tax requirement on our side.\n\nOlivia',
        },
      },
      {
        name: 'a product feature, not a refusal',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Duplicate invoices',
          body: "Bonjour Claire,\n\nOur system automatically flags duplicate invoices before they are paid. Our platform doesn't support SAML yet, but it is on the roadmap for June.\n\nOlivia",
        },
      },
    ],
    invalid: [
      {
        name: 'a sign-off chain made the reason for a wait',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Longer trial',
          body: 'Hi Claire,\n\nExtending the trial past 30 days needs sign-off from our head of sales, which usually takes a week or two.\n\nOlivia',
          thread: [{ from: claire, body: 'Could we extend the trial by a month?' }],
        },
        errors: [
          {
            excerpt: 'Extending the trial past 30 days needs sign-off from our head of sales, which usually takes a week or two.',
            replacement: "I'll take care of the approvals on our side and come back to you with an answer as soon as I have it.",
            messageIncludes: 'sign-off chain',
          },
        ],
      },
      {
        name: "a department's own timetable pushed onto the customer",
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Re: Invoice timing',
          body: 'Hi Lena,\n\nOur accounting team only sends invoices on the first business day of the month, so yours will arrive on 1 July.\n\nOlivia',
          thread: [{ from: lena, body: 'Could we have the invoice this week? Our books close on the 28th.' }],
        },
        errors: [
          {
            excerpt: 'Our accounting team only sends invoices on the first business day of the month, so yours will arrive on 1 July.',
            replacement: INVOICING,
          },
        ],
      },
      {
        name: 'legal named as the one who says no',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Pen test report',
          body: 'Hi Raj,\n\nLegal won’t let us share the pen test report before the contract is in place, sorry.\n\nOlivia',
          thread: [{ from: raj, body: 'Can you send your latest pen test report?' }],
        },
        errors: [{ excerpt: 'Legal won’t let us share the pen test report before the contract is in place, sorry.', replacement: WAY_AROUND }],
      },
      {
        name: 'a hurried "crm wont let me", without "our" or "the"',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Billing contact',
          body: 'tried twice but crm wont let me change the billing contact once a deal is closed\n\nO.',
          thread: [{ from: claire, body: 'Please change our billing contact to Marc.' }],
        },
        errors: [{ excerpt: 'tried twice but crm wont let me change the billing contact once a deal is closed', replacement: INVOICING }],
      },
      {
        name: 'an internal reporting deadline used as pressure',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Re: Proposal',
          body: 'Hi Lena,\n\nI need to update the forecast in our CRM by Thursday, so could you tell me where things stand?\n\nOlivia',
          thread: [{ from: lena, body: 'Thanks, I will share the proposal with the board.' }],
        },
        errors: [
          {
            excerpt: 'I need to update the forecast in our CRM by Thursday, so could you tell me where things stand?',
            replacement: WAY_AROUND,
          },
        ],
      },
      {
        name: 'a quote said to expire in the vendor’s system',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Quote',
          body: 'Hi Raj,\n\nJust so you know, the quote expires in our system at the end of the month.\n\nOlivia',
          thread: [{ from: raj, body: 'Thanks, we are still comparing vendors.' }],
        },
        errors: [{ excerpt: 'Just so you know, the quote expires in our system at the end of the month.', replacement: WAY_AROUND }],
      },
      {
        name: 'an internal policy with a modifier, used to refuse',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Holding the training room',
          body: "Hi Claire,\n\nOur booking policy is that we can't hold a room without a deposit.\n\nOlivia",
          thread: [{ from: claire, body: 'Could you hold the training room for the 12th while we confirm?' }],
        },
        errors: [{ excerpt: "Our booking policy is that we can't hold a room without a deposit.", replacement: WAY_AROUND }],
      },
      {
        name: 'attachment size blamed on the system',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Catalogue',
          body: 'Hi Raj,\n\nI tried to send the full catalogue, but our system limits attachments to 10 MB. Could you check the website instead?\n\nOlivia',
          thread: [{ from: raj, body: 'Please send me the full catalogue.' }],
        },
        errors: [
          {
            excerpt: 'I tried to send the full catalogue, but our system limits attachments to 10 MB.',
            replacement: SHARED_LINK,
            messageIncludes: 'excuse',
          },
        ],
      },
      {
        name: "our CRM won't let me change that",
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Re: New billing contact',
          body: "Hallo Lena,\n\nSorry, our CRM won't let me change the billing contact after signature. Viele Grüße aus Hamburg!\n\nOlivia",
          thread: [{ from: lena, body: 'Please send future invoices to our new AP mailbox.' }],
        },
        errors: [
          {
            excerpt: "Sorry, our CRM won't let me change the billing contact after signature.",
            replacement: INVOICING,
            messageIncludes: 'internal systems',
          },
        ],
      },
      {
        name: "the system doesn't allow discounts over 10%",
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: Pricing for the second site',
          body: "Hi Raj,\n\nI'd love to help, but the system doesn't allow discounts over 10%. Let me know if you want to go ahead at that price.\n\nOlivia",
        },
        errors: [{ excerpt: "I'd love to help, but the system doesn't allow discounts over 10%.", replacement: PRICE }],
      },
      {
        name: "due to internal policy we can't",
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Trial extension',
          body: "Bonjour Claire,\n\nThanks for the feedback on the pilot. Due to internal policy we can't extend the trial beyond 30 days. Your team's results so far look very promising.\n\nBien à vous,\nOlivia",
        },
        errors: [{ excerpt: "Due to internal policy we can't extend the trial beyond 30 days.", replacement: WAY_AROUND }],
      },
      {
        name: 'our process requires you to fill in form B-12 first',
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Re: Adding the Munich site',
          body: 'Hallo Lena,\n\nHappy to add Munich. Our process requires you to fill in form B-12 first, then we can start.\n\nOlivia',
        },
        errors: [
          { excerpt: 'Our process requires you to fill in form B-12 first, then we can start.', replacement: PAPERWORK },
        ],
      },
      {
        name: "our billing tool can't split invoices, with curly apostrophes",
        draft: {
          from: vendor,
          to: [lena],
          subject: 'Re: Two cost centres',
          body: 'Hallo Lena,\n\nUnfortunately our billing tool can’t split invoices by cost centre, so you’ll get one invoice for both sites.\n\nOlivia',
          thread: [{ from: lena, body: 'Could we get one invoice per cost centre?' }],
        },
        errors: [
          {
            excerpt: 'Unfortunately our billing tool can’t split invoices by cost centre, so you’ll get one invoice for both sites.',
            replacement: INVOICING,
          },
        ],
      },
      {
        name: 'unable to because of how our system is set up, non-native English',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Change of currency',
          body: 'Dear Claire,\n\nWe have checked your demand. I am unable to do it because of how our system is set up, the currency is fixed after the first order. We thank you for your comprehension.\n\nBest regards,\nOlivia',
        },
        errors: [
          {
            excerpt: 'I am unable to do it because of how our system is set up, the currency is fixed after the first order.',
            replacement: WAY_AROUND,
          },
        ],
      },
      {
        name: 'typed fast, buried mid-email',
        draft: {
          from: vendor,
          to: [raj],
          subject: 'quick one',
          body: "hey raj\n\ngreat call yesterday. unfortunately our crm doesnt let me add a second billing address so we'd need a new account for the Surat plant. the onboarding deck is attached, page 5 has the timeline\n\nolivia",
        },
        errors: [
          {
            excerpt: "unfortunately our crm doesnt let me add a second billing address so we'd need a new account for the Surat plant.",
            replacement: INVOICING,
          },
        ],
      },
      {
        name: 'against company policy, and a mail server limit: two findings',
        draft: {
          from: vendor,
          to: [claire],
          subject: 'Re: Payment terms and drawings',
          body: "Bonjour Claire,\n\nIt's against company policy to offer 90-day payment terms. Also, our mail server rejects anything over 15 MB, so please send the drawings in smaller parts.\n\nOlivia",
        },
        errors: [
          { excerpt: "It's against company policy to offer 90-day payment terms.", replacement: INVOICING },
          {
            excerpt: 'Also, our mail server rejects anything over 15 MB, so please send the drawings in smaller parts.',
            replacement: SHARED_LINK,
          },
        ],
      },
      {
        name: "a limit blamed on the rules, even though they asked",
        draft: {
          from: vendor,
          to: [raj],
          subject: 'Re: More seats',
          body: "Hi Raj,\n\nI'm not allowed to go above 50 seats on a monthly plan, sorry. The annual plan has no such limit.\n\nOlivia",
          thread: [{ from: raj, body: 'Can your monthly plan handle 80 seats?' }],
        },
        errors: [
          { excerpt: "I'm not allowed to go above 50 seats on a monthly plan, sorry.", replacement: WAY_AROUND },
        ],
      },
    ],
  },
  { describe, it },
);
