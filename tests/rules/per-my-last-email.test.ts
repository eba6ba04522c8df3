import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/per-my-last-email';

const eva = 'Eva Lindqvist <eva@norrsken.se>';
const dev = 'Dev Patel <dev.patel@orchardmedia.co.uk>';
const hana = 'Hana Sato <h.sato@kumo-logistics.jp>';
const luis = 'Luis Herrera <luis@andesfarma.cl>';

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'recalling a meeting, not an email',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Pilot scope',
          body: "Hi Dev,\n\nAs we discussed on Tuesday's call, the pilot covers the London and Leeds offices. The draft plan is attached.\n\nBest,\nEva",
        },
      },
      {
        name: 'recalling what the recipient said',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Jira integration',
          body: 'Hi Dev,\n\nAs you mentioned, your editors already live in Jira, so the integration guide is the first link below.\n\nEva',
        },
      },
      {
        name: 'correcting the sender’s own earlier email',
        draft: {
          from: hana,
          to: [luis],
          subject: 'Missing attachment',
          body: 'Hi Luis,\n\nIn my last email I forgot to attach the file, here it is. As I said in my last email, the rates were attached, but I forgot to actually include them, sorry about that.\n\nHana',
        },
      },
      {
        name: 'internal mail between colleagues',
        draft: {
          from: eva,
          to: ['Jonas Berg <jonas@norrsken.se>'],
          subject: 'Forecast',
          body: 'Jonas,\n\nPer my last email, the numbers are due Friday.\n\nEva',
        },
      },
      {
        name: 'the phrase in double quotes, as the recipient’s complaint',
        draft: {
          from: hana,
          to: [luis],
          subject: 'Your feedback on support',
          body: 'Hi Luis,\n\nThank you for telling us that our support desk answered you with "per my last email" twice. That should not happen, and I have shared it with the team.\n\nHana',
        },
      },
      {
        name: 'the phrase only in quoted history',
        draft: {
          from: hana,
          to: [luis],
          subject: 'Re: Cold-chain rates',
          body: 'Hi Luis,\n\nThe updated rates for Valparaíso are below, with the reefer surcharge split out.\n\nHana\n\nOn Wed, 4 Mar 2026 at 11:20, Luis Herrera <luis@andesfarma.cl> wrote:\n> Per my last email, we still need the surcharge split out.\n',
        },
      },
      {
        name: 'like I said on the call',
        draft: {
          from: eva,
          to: [dev],
          subject: 'API access',
          body: 'Hi Dev,\n\nLike I said on the call, API access is included in every plan. The docs link is below.\n\nEva',
        },
      },
      {
        name: 'reiterating thanks, not a lead-in',
        draft: {
          from: hana,
          to: [luis],
          subject: 'Thank you',
          body: 'Hi Luis,\n\nI would like to reiterate our thanks for hosting us at the Santiago warehouse. The photos from the visit are attached.\n\nHana',
        },
      },
      {
        name: 'pointing to a contract clause, not to an old email',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Termination clause',
          body: 'Hi Dev,\n\nAs stated in the contract, either side can end the pilot with 30 days notice. Clause 9 has the details.\n\nEva',
        },
      },
      {
        name: 'keeping a promise: "like we said" tacked onto the action',
        draft: {
          from: 'Eva Lund <eva@northwind-apps.io>',
          to: ['Dev Patel <dev@orbitfreight.com>'],
          subject: 'Re: thanks for the call',
          body: "hi Dev,\n\nthanks for today, ill send over the contract draft on monday like we said.\n\neva",
        },
      },
    ],
    invalid: [
      {
        name: 'per my last email, at the head of a sentence',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Pricing',
          body: 'Hi Dev,\n\nPer my last email, the pricing is £40 per seat for annual plans.\n\nBest,\nEva',
        },
        errors: [{ excerpt: 'Per my last email, the pricing is £40 per seat for annual plans.', replacement: 'The pricing is £40 per seat for annual plans.', messageIncludes: 'already told you' }],
      },
      {
        name: 'as I mentioned in my previous email, mid-sentence',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Onboarding',
          body: 'Hi Dev,\n\nThe onboarding, as I mentioned in my previous email, takes two weeks for a team of your size.\n\nEva',
        },
        errors: [{ excerpt: 'The onboarding, as I mentioned in my previous email, takes two weeks for a team of your size.', replacement: 'The onboarding takes two weeks for a team of your size.' }],
      },
      {
        name: 'as I already said, at the end of a sentence',
        draft: {
          from: hana,
          to: [luis],
          subject: 'Reefer containers',
          body: 'Hi Luis,\n\nThe discount applies to annual contracts only, as I already said. Happy to model both options.\n\nHana',
        },
        errors: [{ excerpt: 'The discount applies to annual contracts only, as I already said.', replacement: 'The discount applies to annual contracts only.' }],
      },
      {
        name: 'as previously stated, formal',
        draft: {
          from: hana,
          to: [luis],
          subject: 'Contract terms',
          body: 'Dear Mr. Herrera,\n\nAs previously stated, the contract is month to month and can be cancelled at any time.\n\nKind regards,\nHana Sato',
        },
        errors: [{ excerpt: 'As previously stated, the contract is month to month and can be cancelled at any time.', replacement: 'The contract is month to month and can be cancelled at any time.' }],
      },
      {
        name: 'to reiterate',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Trial',
          body: 'Hi Dev,\n\nThanks for the questions from your editors. To reiterate, the trial has no commitment and ends on its own after 14 days.\n\nEva',
        },
        errors: [{ excerpt: 'To reiterate, the trial has no commitment and ends on its own after 14 days.', replacement: 'The trial has no commitment and ends on its own after 14 days.' }],
      },
      {
        name: 'see my email below',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Re: Pricing',
          body: 'Dev,\n\nPlease see my email below.\n\nEva\n\nOn Mon, 2 Mar 2026 at 09:14, Eva Lindqvist <eva@norrsken.se> wrote:\n> The pricing is £40 per seat for annual plans.\n',
        },
        errors: [{ excerpt: 'Please see my email below.', replacement: 'Please see the details below.' }],
      },
      {
        name: 'kindly refer to my previous mail, non-native English',
        draft: {
          from: hana,
          to: [luis],
          subject: 'Price list',
          body: 'Dear Luis,\n\nThank you for your question. Kindly refer to my previous mail for the price list of reefer containers.\n\nBest regards,\nHana',
        },
        errors: [
          { excerpt: 'Kindly refer to my previous mail for the price list of reefer containers.', replacement: 'Kindly see the earlier note in this thread for the price list of reefer containers.' },
        ],
      },
      {
        name: 'as per my last email, typed in lower case',
        draft: {
          from: eva,
          to: [dev],
          subject: 'demo',
          body: 'hi dev - as per my last email the demo is on tuesday at 3pm uk time\n\neva',
        },
        errors: [{ excerpt: 'as per my last email the demo is on tuesday at 3pm uk time', replacement: 'The demo is on tuesday at 3pm uk time.' }],
      },
      {
        name: 'like I said, with a curly apostrophe, and as stated before',
        draft: {
          from: luis,
          to: [hana],
          subject: 'Volumes for Q2',
          body: 'Hi Hana,\n\nLike I said, it’s 40 containers a month from April.\n\nWe also need Sundays covered. As stated before, we cannot go below this volume.\n\nLuis',
        },
        errors: [
          { excerpt: 'Like I said, it’s 40 containers a month from April.', replacement: "It's 40 containers a month from April." },
          { excerpt: 'As stated before, we cannot go below this volume.', replacement: 'We cannot go below this volume.' },
        ],
      },
      {
        name: 'a reproach buried in the middle of a long email',
        draft: {
          from: eva,
          to: [dev],
          subject: 'Next steps for Orchard Media',
          body: "Hi Dev,\n\nThanks again for the introduction to your head of content. I've added her to the shared folder.\n\nOn security, SSO is included, as I've said multiple times, and the SOC 2 report is in the folder too.\n\nLet me know if the legal team has questions.\n\nEva",
        },
        errors: [{ excerpt: "On security, SSO is included, as I've said multiple times, and the SOC 2 report is in the folder too.", replacement: 'On security, SSO is included, and the SOC 2 report is in the folder too.' }],
      },
      {
        name: 'a trailing "like I said" after a comma is still the reproach',
        draft: {
          from: 'Eva Lund <eva@northwind-apps.io>',
          to: ['Dev Patel <dev@orbitfreight.com>'],
          subject: 'Re: SSO',
          body: 'Hi Dev,\n\nSSO comes with the business plan, like I said.\n\nEva',
        },
        errors: [{ excerpt: 'SSO comes with the business plan, like I said.', replacement: 'SSO comes with the business plan.' }],
      },
    ],
  },
  { describe, it },
);
