import type { Draft } from './draft';
import { domainMatches, firstNameOf, isPublicMailDomain, organisationOf, parseAddress, type Address } from './address';
import type { Policy } from '../settings/schema';

export type RecipientField = 'to' | 'cc' | 'bcc' | 'invite';

export interface Recipient extends Address {
  field: RecipientField;
  /** own: the sender's organisation; crm: a CRM logging address; external: anyone else. */
  kind: 'own' | 'crm' | 'external';
  /** Registrable domain; empty for public mailbox providers and unknown addresses. */
  org: string;
  /** Offsets of this entry in the field's text (the entries joined with ", "). */
  start: number;
  end: number;
}

export interface Recipients {
  sender?: Address;
  /** Domains that count as the sender's own (policy plus the sender's domain). */
  ownDomains: string[];
  all: Recipient[];
  external: Recipient[];
  /** Organisations of the external To and Cc recipients (and invite attendees). */
  recipientOrgs: Set<string>;
  /** Every recipient is a colleague or a CRM address: internal mail, judged more lightly. */
  isInternal: boolean;
  /** First name of the single external person addressed, when it is known. */
  greetingName: string;
}

export function classifyRecipients(draft: Draft, policy: Policy): Recipients {
  const sender = draft.from ? parseAddress(draft.from) : undefined;
  const ownDomains = [...policy.ownDomains];
  if (sender?.domain && !isPublicMailDomain(sender.domain)) ownDomains.push(organisationOf(sender.domain));

  const isOwn = (a: Address): boolean =>
    (a.address !== '' && a.address === sender?.address) || (a.domain !== '' && ownDomains.some((d) => domainMatches(a.domain, d)));
  const isCrm = (a: Address): boolean => a.domain !== '' && policy.crmDomains.some((d) => domainMatches(a.domain, d));

  const all: Recipient[] = [];
  const add = (field: RecipientField, list: readonly string[]): void => {
    let offset = 0;
    for (const raw of list) {
      const a = parseAddress(raw);
      const kind = isCrm(a) ? 'crm' : isOwn(a) ? 'own' : 'external';
      const org = a.domain && !isPublicMailDomain(a.domain) ? organisationOf(a.domain) : '';
      // Written out rather than spread: spreading the memo's frozen objects takes V8's slow path.
      all.push({ raw: a.raw, name: a.name, address: a.address, domain: a.domain, field, kind, org, start: offset, end: offset + raw.length });
      offset += raw.length + 2;
    }
  };
  add('to', draft.to);
  add('cc', draft.cc);
  add('bcc', draft.bcc);
  if (draft.invite) add('invite', draft.invite.attendees);

  const external = all.filter((r) => r.kind === 'external');
  const recipientOrgs = new Set<string>();
  for (const r of external) if (r.field !== 'bcc' && r.org) recipientOrgs.add(r.org);
  const addressed = external.filter((r) => r.field === 'to' || r.field === 'invite');
  const greetingName = addressed.length === 1 ? firstNameOf(addressed[0]!) : '';
  return {
    sender,
    ownDomains,
    all,
    external,
    recipientOrgs,
    isInternal: all.length > 0 && external.length === 0,
    greetingName,
  };
}
