import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/unfilled-merge-field';
import { GUILLEMET_FIELD, MERGE_FIELDS, SIGNATURE_FIELDS } from '../../src/rules/data/unfilled-merge-field';

const vendor = 'Maya Chen <maya@loopwise.io>';
const dana = 'Dana Whitfield <dana.whitfield@northwind-health.com>';
const jurgen = 'Jürgen Weber <j.weber@kessler-maschinenbau.de>';

describe('unfilled-merge-field data', () => {
  for (const entry of [...MERGE_FIELDS, GUILLEMET_FIELD, ...SIGNATURE_FIELDS]) {
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
        name: "Gmail's image placeholder, numbered link references and an [EXTERNAL] subject tag",
        draft: {
          from: vendor,
          to: [dana],
          subject: '[EXTERNAL] Re: scheduling pilot results',
          body: 'Hi Dana,\n\n[image: Loopwise logo]\n\nThe pilot numbers are in: no-shows fell 31% across the three clinics [1], and the front desk saved about four hours a week [2].\n\n[1] https://loopwise.io/pilot-report\n[2] https://loopwise.io/time-study\n\nBest,\nMaya',
        },
      },
      {
        name: 'a discount in percent and a growth figure, no field between the signs',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Renewal pricing',
          body: 'Hi Dana,\n\nAs promised, renewing before June gets you 20% off the second year, and usage is up 30% since January, so the larger tier may suit you. Happy to walk through it if useful.\n\nThanks,\nMaya',
        },
      },
      {
        name: 'a real name typed in capitals',
        draft: {
          from: vendor,
          to: ['Bob Kowalski <bob.k@harborline-freight.com>'],
          subject: 'the pallets question',
          body: 'Hi BOB,\n\nsorry for caps, my keyboard is acting up. The pallet scanner works with your Zebra handhelds, i checked with our engineers yesterday.\n\nMaya',
        },
      },
      {
        name: '[sic] in a quotation and a markdown link on a field-like word',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'The review you mentioned',
          body: 'Hi Dana,\n\nThe review you sent says the old vendor "never once answered [sic] a ticket on time", which matches what we hear a lot. Our response times are on the [website](https://loopwise.io/sla) if you want to compare.\n\nBest,\nMaya',
        },
      },
      {
        name: 'a developer email discussing template syntax in double quotes and backticks',
        draft: {
          from: vendor,
          to: ['Tom Reyes <tom.reyes@northwind-health.com>'],
          subject: 'Your question about reminder templates',
          body: 'Hi Tom,\n\nIn the reminder editor, type "{{first_name}}" where the patient\'s name should go, and `{{ clinic_name }}` for the site. The preview shows the filled text before anything is sent.\n\nCheers,\nMaya',
        },
      },
      {
        name: 'the unfilled field only appears in the quoted history being apologised for',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: Quick question for {{company}}',
          body: 'Hi Dana,\n\nYou are right, and I am sorry: that email went out from a template before I had finished it. Here is what I meant to ask, properly this time.\n\nMaya\n\nOn Tue, 3 Mar 2026 at 10:02, Dana Whitfield <dana.whitfield@northwind-health.com> wrote:\n> You sent me an email that starts with Hi {{first_name}}. Really?\n',
        },
      },
      {
        name: 'French guillemets around ordinary words',
        draft: {
          from: 'Claire Martin <claire@loopwise.io>',
          to: ['Luc Bernard <luc.bernard@pharmacie-bernard.fr>'],
          subject: 'Suite à notre échange',
          body: 'Bonjour Luc,\n\nVotre équipe a répondu «Parfait» à la démo, merci. Je vous envoie le devis demain, comme convenu.\n\nCordialement,\nClaire',
        },
      },
      {
        name: 'talking about names and companies in plain prose',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Badges for the summit',
          body: 'Hi Dana,\n\nFor the badges we only need each attendee’s first name, company and job title. Send them whenever it suits you; the print deadline is the 14th.\n\nMany thanks,\nMaya',
        },
      },
      {
        name: 'a footer tag the mailing tool fills at send time',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Loopwise product notes, March',
          body: 'Hi Dana,\n\nThree small things shipped this month: bulk rescheduling, SMS templates and a faster calendar view. Details are on our changelog.\n\nBest,\nMaya\nLoopwise\n{{unsubscribe_link}}',
        },
      },
      {
        name: 'colleagues reviewing a sequence step that still uses fields',
        draft: {
          from: vendor,
          to: ['Ken Ito <ken@loopwise.io>'],
          subject: 'Step 2 of the clinic cadence',
          body: 'Ken,\n\nStep 2 opens with {{first_name}} but the new import only has {{contact.name}}, so half the list would get a blank. Could you swap it before Monday?\n\nMaya',
        },
      },
      {
        name: 'a code sample for a developer, with a template literal',
        draft: {
          from: vendor,
          to: ['Tom Reyes <tom.reyes@northwind-health.com>'],
          subject: 'Re: custom reminder text',
          body: 'Hi Tom,\n\nYou can build the text yourself in the hook:\n\nreminders.onSend((appt) => `Hi ${appt.patient.firstName}, see you at ${appt.time}`);\n\nAnything on the appointment object is available there.\n\nMaya',
        },
      },
      {
        name: 'support explaining why a field came out blank',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Why some reminders said "Hi ,"',
          body: 'Hi Dana,\n\nI found it: your reminder template uses {{first_name}}, but the spreadsheet you uploaded calls that column Given Name, so nothing was mapped for 300 patients. I have fixed the mapping on our side.\n\nMaya',
        },
      },
      {
        name: 'asking the customer to fill in the blanks of an order form',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Order form for the pilot',
          body: 'Hi Dana,\n\nThe order form is attached. Could you fill in [Job Title] and [Company Name] in the signature box on page 2 and send it back when convenient?\n\nThanks,\nMaya',
        },
      },
      {
        name: 'build macros and shell variables in a technical reply',
        draft: {
          from: vendor,
          to: ['Ops <ops@harborline-freight.com>'],
          subject: 'Re: packaging the agent',
          body: 'Hi,\n\nIn the spec file the docs go to /usr/share/doc/%{name}-%{version}, and the build step runs: test -x agent${exe_suffix} && make install\n\nMaya',
        },
      },
      {
        name: 'remarks in double angle brackets and a usage line with a lower-case placeholder',
        draft: {
          from: vendor,
          to: ['Ops <ops@harborline-freight.com>'],
          subject: 'Re: the sync script',
          body: 'Hi,\n\nRun it as: sync-clinics <name> and it picks up the rest from the config.\n\n<<Just my two cents, of course>>\n\nMaya',
        },
      },
      {
        name: 'a joking "insert here" aside',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Conference recap',
          body: 'Hi Dana,\n\nThe keynote promised that AI will fix scheduling, billing and [insert favourite buzzword here] by next year. The panel on no-shows was far more useful; my notes are attached.\n\nMaya',
        },
      },
      {
        name: 'an example message shown under "for example:"',
        draft: {
          from: vendor,
          to: ['Tom Reyes <tom.reyes@northwind-health.com>'],
          subject: 'Re: reminder wording',
          body: 'Hi Tom,\n\nThe editor fills in patient details when each reminder is sent. A typical reminder looks like this, for example:\n\n   Hi {{patient.first_name}}, this is a reminder of your visit on {{appointment.date}}.\n\nYou can change every word of it.\n\nMaya',
        },
      },
    ],
    invalid: [
      {
        name: 'Handlebars fields in the greeting and mid-sentence',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'No-shows at your clinics',
          body: 'Hi {{first_name}},\n\nI noticed {{ company }} opened two new clinics this spring. Teams in that position usually see no-shows climb for a few months; we help cut them by about a third.\n\nWould a short note on how that works be useful?\n\nBest,\nMaya',
        },
        errors: [
          { excerpt: '{{first_name}}', replacement: 'Dana', messageIncludes: 'list' },
          { excerpt: '{{ company }}', replacement: null },
        ],
      },
      {
        name: 'an unfilled field in the subject line',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Quick question for {{company_name}}',
          body: 'Hi Dana,\n\nWho looks after patient reminders at Northwind these days? I have a short case study from a hospital group your size and would like to send it to the right person.\n\nThanks,\nMaya',
        },
        errors: [{ field: 'subject', excerpt: '{{company_name}}', replacement: null, messageIncludes: 'subject line' }],
      },
      {
        name: 'a Mailchimp tag sent to an address without a name',
        draft: {
          from: vendor,
          to: ['ops@harborline-freight.com'],
          subject: 'Route planning for your depot',
          body: 'Hi *|FNAME|*,\n\nWe help regional carriers plan delivery routes in minutes instead of hours. Worth a look?\n\nMaya',
        },
        errors: [{ excerpt: '*|FNAME|*', replacement: null }],
      },
      {
        name: 'square-bracket placeholders left in a hand-made template',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'An idea for the front desk',
          body: 'Hi [First Name],\n\nI saw that [Company Name] is hiring three receptionists. Many clinics we work with were dealing with [Insert pain point] before they automated reminders.\n\nOpen to a look?\n\nMaya',
        },
        errors: [
          { excerpt: '[First Name]', replacement: 'Dana' },
          { excerpt: '[Company Name]', replacement: null },
          { excerpt: '[Insert pain point]', replacement: null, messageIncludes: 'never filled in' },
        ],
      },
      {
        name: 'a Salesforce field in a formal email from a non-native writer',
        draft: {
          from: 'Stefan Vogel <s.vogel@praezis-sensorik.de>',
          to: [jurgen],
          subject: 'Sensors for your new line',
          body: 'Dear {!Contact.FirstName},\n\nwe are producer of pressure sensors for the hydraulic presses and we have seen you are building a new line in Ulm. I’d be glad to send you our datasheets, if it is interesting for you.\n\nWith best regards,\nStefan Vogel',
        },
        errors: [{ excerpt: '{!Contact.FirstName}', replacement: 'Jürgen' }],
      },
      {
        name: 'a bare field name after the greeting',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'reminders',
          body: 'Hi FNAME, hope your week is going ok! quick one: are you still using paper reminder cards at the front desk? we replaced them for 40 clinics last year.\n\nMaya',
        },
        errors: [{ excerpt: 'FNAME', replacement: 'Dana' }],
      },
      {
        name: 'Dear FIRST_NAME with no punctuation after it',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Following the HIMSS panel',
          body: 'Dear FIRST_NAME\n\nYour point on the HIMSS panel about staff burnout stayed with me. We published a short study on how reminder automation frees up front-desk time, and I can send it over.\n\nKind regards,\nMaya',
        },
        errors: [{ excerpt: 'FIRST_NAME', replacement: 'Dana' }],
      },
      {
        name: 'a single-brace name field, with a percent sign that is a real discount',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Spring offer',
          body: 'Hello {name},\n\nUntil the end of April new clinics get 15% off the first year. If reminders are on your list this spring, I can send the details.\n\nBest,\nMaya',
        },
        errors: [{ excerpt: '{name}', replacement: 'Dana' }],
      },
      {
        name: 'percent-sign fields buried in the middle of the email',
        draft: {
          from: vendor,
          to: ['Lena Park <lena.park@greenfield-dental.com>'],
          subject: 'Greenfield Dental and Loopwise',
          body: 'Hi Lena,\n\nThanks for stopping by our booth in Austin. As promised, here are the slides.\n\nI also think %COMPANY% could cut no-show rates by 20% or more in the first quarter, like %%first_name%% mentioned at the booth.\n\nBest,\nMaya',
        },
        errors: [
          { excerpt: '%COMPANY%', replacement: null },
          { excerpt: '%%first_name%%', replacement: 'Lena' },
        ],
      },
      {
        name: "a Word mail-merge field in guillemets",
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Invitation: Patient Experience breakfast',
          body: 'Dear «FirstName»,\n\nWe are hosting a small breakfast for clinic directors in Denver on 12 May, and we would be glad to have you there.\n\nWarm regards,\nMaya',
        },
        errors: [{ excerpt: '«FirstName»', replacement: 'Dana' }],
      },
      {
        name: 'a template-literal field in the subject and an angle-bracket field in the body',
        draft: {
          from: vendor,
          to: [dana],
          subject: '${firstName}, a thought on reminders',
          body: 'Hi Dana,\n\nClinics like <<Company>> usually lose a few hours a week to phone reminders. Ours go out by text and let patients reschedule themselves.\n\nMaya',
        },
        errors: [
          { field: 'subject', excerpt: '${firstName}', replacement: 'Dana' },
          { excerpt: '<<Company>>', replacement: null },
        ],
      },
      {
        name: 'internal mail is checked too',
        draft: {
          from: vendor,
          to: ['Priya Nair <priya@loopwise.io>', 'Ken Ito <ken@loopwise.io>'],
          subject: 'Offsite logistics',
          body: 'Hi {{first_name}},\n\nThe offsite is on 4 June in Boulder. Please book your travel by Friday and add it to the team sheet.\n\nThanks,\nMaya',
        },
        errors: [{ excerpt: '{{first_name}}', replacement: null }],
      },
      {
        name: 'a fake "Re:" subject with no thread behind it',
        draft: {
          from: vendor,
          to: ['Omar Haddad <omar@cedarpoint-logistics.com>'],
          subject: 'Re: {{company}} partnership',
          body: 'Hi Omar,\n\nFollowing up on the partnership idea: we integrate with the TMS your dispatchers already use, so there is nothing new to learn.\n\nMaya',
        },
        errors: [{ field: 'subject', excerpt: '{{company}}', replacement: null }],
      },
      {
        name: 'the sender field left in the signature',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'The case study',
          body: 'Hi Dana,\n\nHere is the case study from Mercy Clinics I mentioned on the phone. Page 3 has the numbers you asked about.\n\nBest regards,\n[Your Name]\nLoopwise',
        },
        errors: [{ excerpt: '[Your Name]', replacement: null }],
      },
      {
        name: 'single angle brackets around written-out fields',
        draft: {
          from: vendor,
          to: ['Lena Park <lena.park@greenfield-dental.com>'],
          subject: 'Recall reminders',
          body: 'Hi <First Name>,\n\nPractices like <Company Name> usually recall about 60% of hygiene patients on time. Ours reach 80% with two texts.\n\nMaya',
        },
        errors: [
          { excerpt: '<First Name>', replacement: 'Lena' },
          { excerpt: '<Company Name>', replacement: null },
        ],
      },
      {
        name: 'the prospect\'s current tool and company left in brackets',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Moving off paper cards',
          body: 'Hi Dana,\n\nTeams moving from [CURRENT VENDOR] usually switch over in a week, and [Prospect Company] could do the same without retraining staff.\n\nMaya',
        },
        errors: [
          { excerpt: '[CURRENT VENDOR]', replacement: null },
          { excerpt: '[Prospect Company]', replacement: null },
        ],
      },
      {
        name: 'a greeting whose name was merged empty',
        draft: {
          from: vendor,
          to: ['Lena Park <lena.park@greenfield-dental.com>'],
          subject: 'Recall reminders',
          body: 'Hello ,\n\nWe help dental groups bring hygiene patients back on time. Worth a short look?\n\nMaya',
        },
        errors: [{ excerpt: 'Hello ,', replacement: 'Hi Lena,', messageIncludes: 'empty' }],
      },
      {
        name: 'a follow-up to my own unanswered emails, the subject still carrying the field',
        draft: {
          from: vendor,
          to: [dana],
          subject: 'Re: {{account_name}} + Loopwise',
          thread: [{ from: vendor, to: [dana], date: '2026-02-02', body: 'Hi Dana,\n\nWould reminder automation help your clinics?\n\nMaya' }],
          body: 'Hi Dana,\n\nCircling back once in case this got lost in a busy week.\n\nMaya',
        },
        errors: [{ field: 'subject', excerpt: '{{account_name}}', replacement: null }],
      },
      {
        name: 'one passing mention of templates does not make the field a topic',
        draft: {
          from: vendor,
          to: ['Lena Park <lena.park@greenfield-dental.com>'],
          subject: 'Front desk scripts',
          body: 'Dear Ms Park,\n\nOur package is built around %ORGANIZATION% and includes call scripts, letter templates and a monthly review.\n\nKind regards,\nMaya',
        },
        errors: [{ excerpt: '%ORGANIZATION%', replacement: null }],
      },
    ],
  },
  { describe, it },
);
