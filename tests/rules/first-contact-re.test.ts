import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/first-contact-re';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const marta = 'Marta Sousa <marta.sousa@fernhill-logistics.pt>';
const jonas = 'Jonas Becker <j.becker@kraemer-bau.de>';

new RuleTester().run(
  rule,
  {
    valid: [
      {
        name: 'a real reply, with the thread it continues',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Re: Invoice matching for the Porto depot',
          body: 'Hi Marta,\n\nThanks for the numbers. At 4,000 invoices a month the standard plan covers you, and the pilot can start on the 1st.\n\nBest,\nSam',
          thread: [
            { from: vendor, body: 'Would an invoice-matching pilot for the Porto depot be useful?' },
            { from: marta, body: 'Possibly. We process about 4,000 invoices a month. Does the standard plan cover that?' },
          ],
        },
      },
      {
        name: 'a reply that quotes the message it answers',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'RE: Pricing',
          body: "Hi Marta,\n\nHere is the pricing sheet you asked for; page 2 has the 200-seat tier.\n\nSam\n\nOn Tue, 3 Mar 2026 at 09:14, Marta Sousa <marta.sousa@fernhill-logistics.pt> wrote:\n> Could you send pricing for 200 seats?\n",
        },
      },
      {
        name: 'a forward that carries the forwarded message',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Fwd: Case study you asked about',
          body: 'Hi Marta,\n\nForwarding the note from our customer in Braga, as promised at the trade fair.\n\nSam\n\n---------- Forwarded message ---------\nFrom: Rui Lopes <rui@braga-freight.pt>\nDate: Mon, 2 Mar 2026\nSubject: Case study\nTo: Sam Ortiz <sam@brightledger.io>\n\nHappy for you to share our results with other logistics firms.\n',
        },
      },
      {
        name: 'an Outlook forward with its header block',
        draft: {
          from: vendor,
          to: [jonas],
          subject: 'FW: Referenzprojekt Stuttgart',
          body: 'Hallo Herr Becker,\n\nwie besprochen leite ich Ihnen die Rückmeldung unseres Kunden weiter.\n\nViele Grüße\nSam\n\nFrom: Petra Lang <p.lang@lang-hochbau.de>\nSent: Monday, March 2, 2026 10:12 AM\nTo: Sam Ortiz <sam@brightledger.io>\nSubject: Referenzprojekt Stuttgart\n\nSie dürfen unser Projekt gern als Referenz nennen.\n',
        },
      },
      {
        name: 'a reply the mail client knows answers an earlier message, though nothing is quoted',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Re: Invoice matching for the Porto depot',
          body: 'Hi Marta,\n\nYes, the pilot can start on the 1st. I will send the onboarding checklist on Monday.\n\nBest,\nSam',
          inReplyTo: '<CAF3x9k2@mail.fernhill-logistics.pt>',
        },
      },
      {
        name: '"Regarding" at the start is a word, not a reply marker',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Regarding your Q3 freight tender',
          body: 'Hi Marta,\n\nI saw the Q3 freight tender on your website. We handle invoice matching for three carriers on your shortlist, so I thought a short summary of how that works might help your evaluation.\n\nBest,\nSam',
        },
      },
      {
        name: '"Re-engagement" at the start is a word, not a reply marker',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Re-engagement plan for lapsed shippers',
          body: 'Hi Marta,\n\nYou mentioned at the Lisbon meetup that lapsed shippers are a worry this year. I wrote up the re-engagement plan two of our customers used; it is attached, no reply needed.\n\nSam',
        },
      },
      {
        name: 'the AWS conference "re:Invent" is not a reply marker',
        draft: {
          from: vendor,
          to: [marta],
          subject: 're:Invent meetup for logistics teams',
          body: 'Hi Marta,\n\nWe are hosting a small breakfast for logistics teams at re:Invent in December. If that would be useful, the sign-up page is below; if not, no need to reply.\n\nSam',
        },
      },
      {
        name: 're: in the middle of the subject',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Quick question re: your Braga warehouse',
          body: 'Hi Marta,\n\nI read that the Braga warehouse opens in May. Are you still choosing the invoicing setup there, or is that settled?\n\nSam',
        },
      },
      {
        name: 'internal mail between colleagues',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@brightledger.io>'],
          subject: 'Re: Fernhill pipeline',
          body: 'Priya,\n\nFollowing up on what we said at stand-up: Fernhill is likely to close in Q3.\n\nSam',
        },
      },
      {
        name: 'a German reply quoting the earlier message',
        draft: {
          from: vendor,
          to: [jonas],
          subject: 'AW: Ihre Anfrage zur Rechnungsprüfung',
          body: 'Hallo Herr Becker,\n\nvielen Dank, anbei das Angebot für 50 Nutzer.\n\nSam\n\nAm 02.03.2026 um 10:12 schrieb Jonas Becker <j.becker@kraemer-bau.de>:\n> Bitte schicken Sie uns ein Angebot für 50 Nutzer.\n',
        },
      },
      {
        name: 'a reply to a mailing list, tagged in the subject, with nothing quoted',
        draft: {
          from: vendor,
          to: ['Irish Linux Users <ilug@linux.example.ie>'],
          subject: 'RE: [ILUG] mirroring a running system',
          body: 'rsync over ssh does this fine, just exclude /proc and /dev.\n\nSam',
        },
      },
      {
        name: 'a post to a group address, with its footer',
        draft: {
          from: vendor,
          to: ['backup-users@sourceforge.example.net'],
          subject: 'Re: tape rotation',
          body: 'We keep four weekly tapes and one monthly, works well.\n\n_______________________________________________\nBackup-users mailing list\nhttps://lists.example.net/mailman/listinfo/backup-users',
        },
      },
      {
        name: 'a renamed thread on a discussion list',
        draft: {
          from: vendor,
          to: ['Hobby group <woodturners@googlegroups.com>'],
          subject: 'Re: Lathe speeds (was Re: New member)',
          body: 'For bowls that size I would stay under 800 rpm until it is round.\n\nSam',
        },
      },
      {
        name: 'an out-of-office auto-reply keeps the subject it answers',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Re: Invoice questions',
          body: 'This is an automatic reply. I am out of the office until Monday and will answer when I return.\n\nSam',
        },
      },
    ],
    invalid: [
      {
        name: 'a cold email dressed up as a reply',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Re: our conversation',
          body: 'Hi Marta,\n\nI lead partnerships at BrightLedger. We help logistics companies match carrier invoices automatically, and I think Fernhill could save a lot of time.\n\nBest,\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'Re: ', replacement: '', messageIncludes: 'first email' }],
      },
      {
        name: 'a repeated reply marker',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'RE: RE: Pricing for Fernhill',
          body: 'Hi Marta, \n\nWanted to share our pricing for teams like yours. Most logistics firms your size pay less than one clerk’s salary for the whole year.\n\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'RE: RE: ', replacement: '' }],
      },
      {
        name: 'a forward marker with nothing forwarded',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Fwd: Idea for Fernhill',
          body: 'Hi Marta,\n\nMy colleague suggested I reach out. We cut invoice disputes by 40% for a carrier in Braga and I think we could do the same for you.\n\nAny interest?\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'Fwd: ', replacement: '', messageIncludes: 'nothing is forwarded' }],
      },
      {
        name: 'Outlook-style FW: on a first email',
        draft: {
          from: vendor,
          to: [jonas],
          subject: 'FW: Rechnungsprüfung',
          body: 'Hallo Herr Becker,\n\nich bin Sam von BrightLedger. Wir helfen Bauunternehmen, Lieferantenrechnungen automatisch zu prüfen. Hätten Sie Interesse an einer kurzen Übersicht?\n\nViele Grüße\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'FW: ', replacement: '' }],
      },
      {
        name: "Outlook's counted reply marker",
        draft: {
          from: vendor,
          to: [marta],
          subject: 'RE[2]: Follow-up',
          body: 'Hello Marta,\n\nI am writing to present our solution for invoice automation, used by more then 300 companies in Europe. It can reduce the work of your accounting team very much.\n\nKind regards,\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'RE[2]: ', replacement: '' }],
      },
      {
        name: 'a German reply marker on a cold email',
        draft: {
          from: vendor,
          to: [jonas],
          subject: 'AW: Ihre Anfrage',
          body: 'Hallo Herr Becker,\n\nich habe gesehen, dass Krämer Bau neue Standorte eröffnet. Unsere Software prüft Eingangsrechnungen automatisch – darf ich Ihnen zwei Kundenbeispiele schicken?\n\nViele Grüße\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'AW: ', replacement: '' }],
      },
      {
        name: 'markers run together without spaces',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Re:Re: catching up',
          body: "hey marta - been a while! we've launched a new carrier portal and i think it'd be perfect for fernhill. got 15 min this week?\n\nsam",
        },
        errors: [{ field: 'subject', excerpt: 'Re:Re: ', replacement: '' }],
      },
      {
        name: 'a mixed forward and reply chain in lower case',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'fw: re: carrier invoices',
          body: 'Hi Marta,\n\nI’m reaching out because Fernhill’s carrier base grew a lot this year, and that usually means more invoice disputes. We help with exactly that.\n\nThanks,\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'fw: re: ', replacement: '' }],
      },
      {
        name: 'a leading space before the marker',
        draft: {
          from: vendor,
          to: [marta],
          subject: ' Re:  Your Braga warehouse',
          body: 'Hi Marta,\n\nCongratulations on the Braga opening. I’d love to show you how other warehouses your size handle receiving and invoicing in one place.\n\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'Re:  ', replacement: '' }],
      },
      {
        name: 'a French forward marker',
        draft: {
          from: vendor,
          to: ['Claire Dubois <claire.dubois@transports-morel.fr>'],
          subject: 'TR: Proposition pour Transports Morel',
          body: 'Bonjour Claire,\n\nJe me permets de vous contacter au sujet de la gestion de vos factures transporteurs. Nous travaillons déjà avec plusieurs transporteurs en Bretagne.\n\nCordialement,\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'TR: ', replacement: '' }],
      },
      {
        name: 'a bracketed teaser is no list tag',
        draft: {
          from: vendor,
          to: [marta],
          subject: 'Re: [Quick question] invoice matching',
          body: 'Hi Marta,\n\nWe help logistics firms match invoices automatically. Worth a short call next week?\n\nSam',
        },
        errors: [{ field: 'subject', excerpt: 'Re: ', replacement: '' }],
      },
    ],
  },
  { describe, it },
);
