import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester';
import rule from '../../src/rules/follow-up-across-threads';

const vendor = 'Sam Ortiz <sam@brightledger.io>';
const dana = 'Dana Whitfield <dana@northwind-health.com>';
const omar = 'omar.haddad@globex-logistics.com';
const colleague = 'Priya Nair <priya@brightledger.io>';
const DAY = 86_400;
const t0 = 1_790_000_000;

const fresh = { from: vendor, to: [dana], subject: 'An idea for your month-end close', body: 'Hi Dana,\n\nWe helped a clinic group like yours close two days faster. Would the write-up be useful?\n\nSam' };
const danaKnown = (sent: number[], replies: number[] = []) => [{ address: 'dana@northwind-health.com', sent, replies }];

new RuleTester().run(
  rule,
  {
    valid: [
      { name: 'no memory of the recipient', draft: fresh },
      { name: 'one earlier message without a reply', draft: { ...fresh, subject: 'Month-end close, take two' }, contacts: danaKnown([t0]) },
      { name: 'they replied after the last message', draft: { ...fresh, subject: 'Re: close' }, contacts: danaKnown([t0, t0 + DAY, t0 + 2 * DAY], [t0 + 3 * DAY]) },
      { name: 'two sends since their reply, limit 3', draft: { ...fresh, subject: 'Close, with numbers' }, contacts: danaKnown([t0, t0 + 2 * DAY, t0 + 3 * DAY], [t0 + DAY]), policy: { followUpLimit: 3 } },
      {
        name: 'the silent one is only on Cc',
        draft: { ...fresh, to: [omar], cc: [dana], subject: 'Shipping schedule' },
        contacts: danaKnown([t0, t0 + DAY, t0 + 2 * DAY]),
      },
      {
        name: 'the thread itself already shows the silence (follow-up-limit speaks)',
        draft: { ...fresh, subject: 'Re: close', thread: [{ from: vendor, body: 'First note.' }, { from: vendor, body: 'Second note.' }] },
        contacts: danaKnown([t0, t0 + DAY]),
      },
      {
        name: 'internal mail to a colleague the memory knows',
        draft: { from: vendor, to: [colleague], subject: 'Northwind notes', body: 'Priya, notes from the Northwind call attached.' },
        contacts: [{ address: 'priya@brightledger.io', sent: [t0, t0 + DAY, t0 + 2 * DAY], replies: [] }],
      },
      {
        name: 'memory of someone else only',
        draft: { ...fresh, to: [omar], subject: 'Pallet tracking' },
        contacts: danaKnown([t0, t0 + DAY, t0 + 2 * DAY]),
      },
    ],
    invalid: [
      {
        name: 'a third message with no reply ever, in a new thread',
        draft: fresh,
        contacts: danaKnown([t0, t0 + 5 * DAY]),
        errors: [{ field: 'to', excerpt: dana, replacement: null, severity: 'warning', messageIncludes: 'without a reply' }],
      },
      {
        name: 'two sends since their last reply',
        draft: { ...fresh, subject: 'Following your question in March' },
        contacts: danaKnown([t0, t0 + 2 * DAY, t0 + 4 * DAY], [t0 + DAY]),
        errors: [{ field: 'to', excerpt: dana, replacement: null, messageIncludes: 'since their last reply' }],
      },
      {
        name: 'four unanswered: an error',
        draft: { ...fresh, subject: 'One last idea' },
        contacts: danaKnown([t0, t0 + DAY, t0 + 2 * DAY, t0 + 3 * DAY]),
        errors: [{ field: 'to', excerpt: dana, replacement: null, severity: 'error', messageIncludes: '4 times' }],
      },
      {
        name: 'a stricter limit of 1',
        draft: { ...fresh, subject: 'Checking in' },
        contacts: danaKnown([t0]),
        policy: { followUpLimit: 1 },
        errors: [{ field: 'to', excerpt: dana, replacement: null, messageIncludes: 'Dana Whitfield' }],
      },
      {
        name: 'the silent one among two recipients, second in To',
        draft: { ...fresh, to: [omar, dana], subject: 'Both of you' },
        contacts: danaKnown([t0, t0 + DAY]),
        errors: [{ field: 'to', excerpt: dana, replacement: null }],
      },
      {
        name: 'two silent recipients, each flagged',
        draft: { ...fresh, to: [dana, omar], subject: 'Both of you again' },
        contacts: [...danaKnown([t0, t0 + DAY]), { address: omar, sent: [t0, t0 + DAY, t0 + 2 * DAY], replies: [] }],
        errors: [
          { field: 'to', excerpt: dana, replacement: null },
          { field: 'to', excerpt: omar, replacement: null, messageIncludes: '3 times' },
        ],
      },
      {
        name: 'a bare address is named by its address',
        draft: { ...fresh, to: [omar], subject: 'Pallets' },
        contacts: [{ address: omar, sent: [t0, t0 + DAY], replies: [] }],
        errors: [{ field: 'to', excerpt: omar, replacement: null, messageIncludes: omar }],
      },
      {
        name: 'a reply seen long ago does not reset later silence',
        draft: { ...fresh, subject: 'New quarter' },
        contacts: danaKnown([t0 + 10 * DAY, t0 + 20 * DAY], [t0]),
        errors: [{ field: 'to', excerpt: dana, replacement: null }],
      },
    ],
  },
  { describe, it },
);
