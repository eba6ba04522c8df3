import { describe, expect, it } from 'vitest';
import { firstNameOf, organisationOf, parseAddress, splitAddressList } from '../../src/engine/address';
import { classifyRecipients } from '../../src/engine/recipients';
import { DraftSchema } from '../../src/engine/draft';
import { PolicySchema } from '../../src/settings/schema';

describe('addresses', () => {
  it('parses the forms people write', () => {
    expect(parseAddress('Jane Doe <Jane.Doe@Acme.com>')).toMatchObject({ name: 'Jane Doe', address: 'jane.doe@acme.com', domain: 'acme.com' });
    expect(parseAddress('"Doe, Jane" <jane@acme.com>')).toMatchObject({ name: 'Doe, Jane', address: 'jane@acme.com' });
    expect(parseAddress('jane@acme.com')).toMatchObject({ name: '', address: 'jane@acme.com' });
    expect(parseAddress('Jane Doe')).toMatchObject({ name: 'Jane Doe', address: '', domain: '' });
    expect(parseAddress('<mailto:x@y.org>')).toMatchObject({ address: 'x@y.org' });
  });

  it('splits lists on commas and semicolons outside quotes and brackets', () => {
    expect(splitAddressList('"Doe, Jane" <j@a.com>, b@c.com; Lee <l@d.com>')).toEqual(['"Doe, Jane" <j@a.com>', 'b@c.com', 'Lee <l@d.com>']);
  });

  it('finds the organisation behind a domain', () => {
    expect(organisationOf('eu.mail.acme.com')).toBe('acme.com');
    expect(organisationOf('kestrel-logistics.co.uk')).toBe('kestrel-logistics.co.uk');
    expect(organisationOf('mail.kestrel.co.uk')).toBe('kestrel.co.uk');
  });

  it('finds a first name to greet', () => {
    expect(firstNameOf(parseAddress('Dana Whitfield <d@x.com>'))).toBe('Dana');
    expect(firstNameOf(parseAddress('"Whitfield, Dana" <d@x.com>'))).toBe('Dana');
    expect(firstNameOf(parseAddress('d@x.com'))).toBe('');
    expect(firstNameOf(parseAddress('AP Team (shared) <ap@x.com>'))).toBe('AP');
  });
});

describe('recipients', () => {
  const policy = PolicySchema.parse({});
  const classify = (draft: object) => classifyRecipients(DraftSchema.parse(draft), policy);

  it("splits recipients into own, CRM and external, and names the recipient's organisation", () => {
    const r = classify({
      from: 'Sam <sam@vendor.io>',
      to: ['Dana <dana@eu.acme.com>'],
      cc: ['priya@vendor.io'],
      bcc: ['123@bcc.hubspot.com', 'boss@acme.com'],
    });
    expect(r.all.map((x) => [x.address, x.kind])).toEqual([
      ['dana@eu.acme.com', 'external'],
      ['priya@vendor.io', 'own'],
      ['123@bcc.hubspot.com', 'crm'],
      ['boss@acme.com', 'external'],
    ]);
    expect([...r.recipientOrgs]).toEqual(['acme.com']);
    expect(r.isInternal).toBe(false);
    expect(r.greetingName).toBe('Dana');
  });

  it('gives each entry its offsets in the field text', () => {
    const r = classify({ bcc: ['a@x.com', 'Bob <b@y.com>'] });
    expect(r.all.map((x) => [x.start, x.end])).toEqual([[0, 7], [9, 22]]);
  });

  it('does not treat two users of a public mailbox provider as colleagues', () => {
    const r = classify({ from: 'me@gmail.com', to: ['you@gmail.com'], bcc: ['other@gmail.com'] });
    expect(r.isInternal).toBe(false);
    expect(r.recipientOrgs.size).toBe(0);
    expect(r.all.map((x) => x.kind)).toEqual(['external', 'external']);
  });

  it('knows internal mail', () => {
    expect(classify({ from: 'sam@vendor.io', to: ['priya@vendor.io'], bcc: ['1@bcc.hubspot.com'] }).isInternal).toBe(true);
    expect(classify({ from: 'sam@vendor.io', to: [] }).isInternal).toBe(false);
  });

  it('keeps a name-only chip (no address) as an external recipient with an unknown address', () => {
    const r = classify({ from: 'sam@vendor.io', to: ['Dana Whitfield'] });
    expect(r.all[0]).toMatchObject({ name: 'Dana Whitfield', address: '', kind: 'external', org: '' });
  });
});
