import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/ignored-no';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const omar = 'Omar Haddad <omar.haddad@cedarline-retail.com>';
const giulia = 'Giulia Rossi <g.rossi@ferramenta-rossi.it>';

const pitch = { from: vendor, body: 'Hi Omar, would automated invoice matching help your stores team? Happy to send a two-page overview.' };

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'the draft confirms the removal and stops',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: "Hi Omar,\n\nUnderstood, I've removed you from our list. Thanks for the clear answer.\n\nSam",
          thread: [pitch, { from: omar, body: "We're not interested. Please remove me from your list." }],
        },
      },
      {
        name: 'thanks for letting me know, and good luck',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nThanks for letting me know, and best of luck with the new platform. If anything ever changes on your side, you know where to find me.\n\nSam',
          thread: [pitch, { from: omar, body: 'We went with another vendor last month, so this is not something we need.' }],
        },
      },
      {
        name: 'a short lower-case acknowledgement',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: "no problem omar, i won't reach out again. have a good week\n\nsam",
          thread: [pitch, { from: omar, body: 'No thanks.' }],
        },
      },
      {
        name: 'respecting the decision, with curly apostrophes',
        draft: {
          from: vendor,
          to: [giulia],
          subject: 'Re: Gestione fatture',
          body: 'Dear Giulia,\n\nI respect that, and I’m grateful you took the time to answer. You won’t hear from me again about this.\n\nKind regards,\nSam',
          thread: [
            { from: vendor, body: 'Dear Giulia, may I send you some information about our invoice software?' },
            { from: giulia, body: 'Thank you but we have decided to stay with our current system. We are not interested.' },
          ],
        },
      },
      {
        name: 'they said no, then came back later: their latest message is what counts',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nGood to hear from you again. Pricing for 40 stores is attached, and the pilot can start whenever suits you.\n\nSam',
          thread: [
            pitch,
            { from: omar, body: 'Not interested, thanks.' },
            { from: vendor, body: 'Understood, thanks Omar.' },
            { from: omar, body: 'Hi Sam, things changed after our audit. Could you send pricing for 40 stores?' },
          ],
        },
      },
      {
        name: 'not now, reach out in Q3: a deferral, not a no',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nAs you suggested, I am checking back now that Q3 has started. The two-page overview is attached; would a short call be useful this month?\n\nSam',
          thread: [pitch, { from: omar, body: "We're not interested right now, but reach out again in Q3 when the budget is set." }],
        },
      },
      {
        name: 'answering a question they asked after saying no',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nYes, we integrate with SAP Business One through its standard API; setup usually takes a day. That was the only question, so I will leave it there.\n\nSam',
          thread: [
            pitch,
            { from: omar, body: "We've decided to go with another provider. Out of curiosity though, do you integrate with SAP Business One?" },
          ],
        },
      },
      {
        name: 'a pushy phrase only in the quoted history, the draft itself acknowledges',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Spring offer',
          body: "Hi Omar,\n\nFair enough, you're off our list.\n\nSam\n\nOn Wed, 4 Mar 2026 at 11:02, Omar Haddad <omar.haddad@cedarline-retail.com> wrote:\n> We're all set, thank you.\n>\n> On Mon, 2 Mar 2026 at 08:00, Sam Ortiz <sam@brightledger.io> wrote:\n>> One last thing: our special discount ends Friday, are you sure you want to miss out?\n",
        },
      },
      {
        name: 'internal mail about a customer who declined',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Re: Cedarline',
          body: 'Priya,\n\nCedarline said no. I still think they are a fit, so can we try their finance director next quarter?\n\nSam',
          thread: [{ from: 'Priya Nair <priya@brightledger.io>', body: 'Cedarline told me they are not interested. Close the opportunity?' }],
        },
      },
      {
        name: 'their no narrows the offer and they ask for something else: the draft gives only that',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nHere is the price for the matching module on its own: $900 a month for all 40 stores, no onboarding fee. I have left the forecasting add-on out.\n\nSam',
          thread: [pitch, { from: omar, body: 'Not interested in the forecasting add-on, but could you price the matching module by itself?' }],
        },
      },
      {
        name: 'no to the long contract, but a shorter option could work',
        draft: {
          from: vendor,
          to: [giulia],
          subject: 'Re: Gestione fatture',
          body: 'Dear Giulia,\n\nOf course. The quarterly plan is the same software, billed every three months, and you can stop at any renewal. The order form is attached.\n\nSam',
          thread: [
            { from: vendor, body: 'Dear Giulia, the three-year plan is attached.' },
            { from: giulia, body: "We're not interested in a three-year commitment, but something quarterly might work for us." },
          ],
        },
      },
      {
        name: 'a mailing-list reply that quotes someone else saying they are not interested',
        draft: {
          from: vendor,
          to: ['Linux users <linux-users@lists.example.org>'],
          subject: 'Re: [lug] cheap backup tapes',
          body: 'Try the DAT drives on the auction site, they still work fine.\n\nSam\n\nOn Mon, 2 Mar 2026 at 08:00, Kim Ode <kim@example.net> wrote:\n> I am not interested in paying for support contracts.\n',
        },
      },
      {
        name: 'they turned down a call and asked for an email: the draft answers by email',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nOf course. Pricing for 40 stores is $2,400 a month, and the overview is attached. Happy to answer anything by email.\n\nSam',
          thread: [pitch, { from: omar, body: "Can you just send me the numbers? I don't have the bandwidth for another call this month." }],
        },
      },
      {
        name: 'they asked to wait, and the draft simply confirms',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nUnderstood, I will wait to hear from you after the audit. Good luck with it.\n\nSam',
          thread: [pitch, { from: omar, body: 'Please hold off for now, we are in the middle of an audit.' }],
        },
      },
    ],
    invalid: [
      {
        name: 'pitching on after "not interested"',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nI wanted to share a case study from a retailer your size: they cut invoice exceptions by 60% in three months. Worth 15 minutes next week?\n\nSam',
          thread: [pitch, { from: omar, body: "Hi Sam, we're not interested. Thanks." }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, messageIncludes: "we're not interested" }],
      },
      {
        name: 'circling back after they asked to be removed',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nJust circling back on my note below. Did you get a chance to look at the overview?\n\nBest,\nSam',
          thread: [pitch, { from: omar, body: 'Please take me off your mailing list.' }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, severity: 'error' }],
      },
      {
        name: 'acknowledging, then pushing past the no',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: "Hi Omar,\n\nThanks for letting me know! But before you rule us out completely, have you seen our new returns module? It's quite different from what you looked at.\n\nSam",
          thread: [pitch, { from: omar, body: 'This is not a fit for us.' }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, messageIncludes: 'not a fit for us' }],
      },
      {
        name: 'a discount offered after they chose someone else',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nI hear you. A lot of teams switch to us after six months with other tools, so I can offer a 20% discount if you move before June.\n\nCheers,\nSam',
          thread: [pitch, { from: omar, body: 'We went with another provider, sorry.' }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'a rhetorical question after the no is no opening',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nSorry if my emails came too often. Our platform is used by 300 retailers and I really believe it could help Cedarline, so I wanted to make sure you saw the overview.\n\nSam',
          thread: [pitch, { from: omar, body: 'Stop emailing me. Why do you keep sending these?' }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, messageIncludes: 'Stop emailing me' }],
      },
      {
        name: 'the no is in the quoted history of the body',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: "Hi Omar,\n\nOur spring release adds automatic VAT checks, which I know matters for retailers in the Gulf. Could I send a short video?\n\nSam\n\nOn Thu, 5 Mar 2026 at 16:40, Omar Haddad <omar.haddad@cedarline-retail.com> wrote:\n> We're all set for this year, thank you.\n",
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'two more follow-ups after a clear no',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nOne more try: we are running a free migration offer for retailers until the end of the month. Let me know if you want the details.\n\nSam',
          thread: [
            pitch,
            { from: omar, body: "Please don't contact me again." },
            { from: vendor, body: 'Hi Omar, just bumping this in case it got buried.' },
          ],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'objection handling dressed as understanding',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hi Omar,\n\nI understand your concerns about switching systems mid-year. Our onboarding team does the whole migration for you, so there is almost no work on your side.\n\nSam',
          thread: [pitch, { from: omar, body: "We're not looking for a new tool this year." }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'asking for a referral after the no, in non-native English',
        draft: {
          from: vendor,
          to: [giulia],
          subject: 'Re: Gestione fatture',
          body: 'Dear Mrs Rossi,\n\nI understand. May be you can forward this to a colleague in the purchasing department? Our solution is very good for companies like Ferramenta Rossi.\n\nBest regards,\nSam',
          thread: [
            { from: vendor, body: 'Dear Giulia, may I send you some information about our invoice software?' },
            { from: giulia, body: 'No, thank you.' },
          ],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'a curt unsubscribe request answered with a nudge',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Hey Omar — did you get a chance to look at the deck? Happy to walk you through it whenever.\n\nSam',
          thread: [pitch, { from: omar, body: 'pls unsubscribe me' }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, messageIncludes: 'pls unsubscribe me' }],
      },
      {
        name: 'probing what they pay after they chose a competitor',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Invoice matching',
          body: 'Shame to hear that! Which tool did you pick, and what do they charge you? I bet we come in lower, can I send a quick comparison?\n\nSam',
          thread: [pitch, { from: omar, body: "Thanks Sam, we've gone with a different supplier." }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'acknowledging, then "but maybe" an easier payment plan',
        draft: {
          from: vendor,
          to: [giulia],
          subject: 'Re: Gestione fatture',
          body: 'Dear Giulia,\n\nI understand the situation, but perhaps we could split the licence in monthly payments so it is easier for the budget. I can put together a proposal this week.\n\nSam',
          thread: [
            { from: vendor, body: 'Dear Giulia, may I send you some information about our invoice software?' },
            { from: giulia, body: 'We have no budget for new software this year. Please do not contact us again.' },
          ],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: "they won't renew, and the reply keeps offering cheaper tiers",
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Re: Your renewal',
          body: "Hi Omar,\n\nThanks for letting me know. I'd still love 15 minutes to show you the new starter tier, which is half the price.\n\nSam",
          thread: [pitch, { from: omar, body: "We will not be renewing when the contract ends in June." }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'they asked not to get an invite yet, and the draft sends one',
        draft: {
          from: vendor,
          to: [omar],
          subject: 'Pricing review',
          body: 'Hi Omar,\n\nPutting a slot in now so we have it. Bring anyone you like!\n\nSam',
          invite: { title: 'Pricing review', start: '2026-03-10T12:00:00Z', end: '2026-03-10T12:30:00Z', attendees: [vendor, omar] },
          thread: [pitch, { from: omar, body: "Please don't put anything in my calendar until I've talked to finance. I'll come back to you." }],
        },
        errors: [{ field: 'invite', excerpt: null, replacement: null }],
      },
      {
        name: 'they asked for pricing in writing with no calls, and the draft books a call',
        draft: {
          from: vendor,
          to: [giulia],
          subject: 'Re: Gestione fatture',
          body: 'Dear Giulia,\n\nThe pricing depends on many options, so I have booked a 20-minute call on Thursday to go through it together.\n\nSam',
          thread: [
            { from: vendor, body: 'Dear Giulia, may I send you some information about our invoice software?' },
            { from: giulia, body: 'Please send the prices by email. No calls please, I am travelling.' },
          ],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null }],
      },
      {
        name: 'they asked to wait, and the draft copies their manager anyway',
        draft: {
          from: vendor,
          to: [omar],
          cc: ['Lina Haddad <lina.haddad@cedarline-retail.com>'],
          subject: 'Re: Invoice matching',
          body: "Hi Omar,\n\nNo problem on the timing. I've looped in Lina so she has the proposal ahead of the budget round; it can't hurt to have it early.\n\nSam",
          thread: [pitch, { from: omar, body: "Interesting, but I'll raise it with Lina myself after the audit. Please hold off until then." }],
        },
        errors: [{ field: 'thread', excerpt: null, replacement: null, messageIncludes: 'hold off' }],
      },
    ],
  },
  { describe, it },
);
