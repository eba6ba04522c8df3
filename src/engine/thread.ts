import type { Draft } from './draft';
import { parseAddress, organisationOf, type Address } from './address';
import type { Recipients } from './recipients';
import { ownWords, type PreparedText } from './text';
import { findAll, firstMatch, matchesAny, occursIn } from './match';
import { AGREEMENT, AGREEMENT_IN_BODY } from '../rules/data/thread-agreement';
import { ASKED_FOR_FOLLOW_UP, DECLINE, RECIPIENT_DEADLINE } from '../rules/data/thread-signals';
import { LIST_DOMAIN, LIST_FOOTER, LIST_MAILBOX, LIST_NAME, LIST_SUBJECT } from '../rules/data/mailing-list';

export type Side = 'sender' | 'recipient';

export interface EarlierMessage {
  readonly from: Address;
  readonly side: Side;
  /** The message's own words, without the history it quotes. */
  readonly text: string;
}

/**
 * What the thread tells the rules. Reading the messages' words (preparing and indexing each
 * one) took about a tenth of the analysis of real mail, and most drafts never give a rule a
 * reason to ask, so the facts drawn from them (and each message's text) are worked out the
 * first time they are read.
 */
export interface ThreadFacts {
  /** Earlier messages, oldest first: from `draft.thread`, else read from the quoted history. */
  readonly messages: readonly EarlierMessage[];
  /** The draft continues a conversation: a thread was given, the body quotes one, or it answers a known message. */
  readonly hasHistory: boolean;
  /** The recipient proposed, accepted or asked for a meeting, or the sender's text shows it was agreed. */
  readonly agreedToMeet: boolean;
  /** What showed the agreement, for explanations. */
  readonly agreementEvidence: string;
  /** The recipient's latest message is a clear no, with no invitation to come back later. */
  readonly declined: boolean;
  readonly declineEvidence: string;
  /** The recipient asked to be contacted again. */
  readonly askedForFollowUp: boolean;
  /** The recipient named a deadline or date of their own. */
  readonly recipientDeadline: boolean;
  /** The sender's messages at the end of the thread with no reply after them. */
  readonly unansweredInARow: number;
  /**
   * The draft goes to a mailing list or group, or continues a public thread: the conversation it
   * answers is in the list's archive, and what it quotes was not said to the sender. A call, as
   * it reads the whole raw body: worked out the first time a rule asks.
   */
  listMail(): boolean;
}

/** "On Tue, 3 Mar 2026, Jane Doe <jane@acme.com> wrote:" or an Outlook "From:" line opens each quoted message. */
const QUOTED_AUTHOR =
  /^[ \t]*(?:On\s[^\n]{0,300}?(?:\n[^\n]{0,200}?)?\bwrote:|\*?From\*?:[^\n]{1,300})[ \t]*$/gim;

/** Splits a body's quoted history into messages, newest first as they appear, then returns them oldest first. */
function messagesFromQuotedHistory(quotedText: string): { from: string; body: string }[] {
  const heads: { index: number; end: number; from: string }[] = [];
  QUOTED_AUTHOR.lastIndex = 0;
  for (let m = QUOTED_AUTHOR.exec(quotedText); m; m = QUOTED_AUTHOR.exec(quotedText)) {
    const line = m[0];
    const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(line);
    const bare = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line);
    const name = /^\s*On\s.*?,\s*([^,<]+?)\s*(?:<|wrote:)/s.exec(line) ?? /From\*?:\s*([^<\n]+?)\s*(?:<|$)/.exec(line);
    const from = angle ? `${name?.[1]?.trim() ?? ''} <${angle[1]}>` : bare?.[0] ?? name?.[1]?.trim() ?? '';
    heads.push({ index: m.index, end: m.index + line.length, from });
  }
  if (heads.length === 0) return quotedText.trim() ? [{ from: '', body: quotedText }] : [];
  return heads
    .map((h, i) => ({ from: h.from, body: quotedText.slice(h.end, heads[i + 1]?.index ?? quotedText.length) }))
    .reverse();
}

/**
 * A list tag or renamed thread in the subject, a list's address or name among the recipients, or
 * a list footer or automatic reply in the body (read whole: ctx.body masks footers).
 */
function isListMail(draft: Draft, recipients: Recipients): boolean {
  if (matchesAny(draft.subject, LIST_SUBJECT)) return true;
  const isList = (r: Address): boolean =>
    (r.address !== '' && (LIST_MAILBOX.test(r.address.slice(0, r.address.indexOf('@'))) || LIST_DOMAIN.test(r.domain))) ||
    LIST_NAME.test(r.name);
  return recipients.all.some(isList) || occursIn(draft.body, LIST_FOOTER);
}

/** Who wrote an earlier message: the sender's side or the recipient's. */
function sideOf(from: Address, recipients: Recipients, recipientAddresses: ReadonlySet<string>): Side {
  const senderAddress = recipients.sender?.address ?? '';
  if (from.address && from.address === senderAddress) return 'sender';
  if (from.address && recipientAddresses.has(from.address)) return 'recipient';
  if (from.domain && recipients.recipientOrgs.has(organisationOf(from.domain))) return 'recipient';
  if (from.domain && recipients.ownDomains.some((d) => organisationOf(from.domain) === organisationOf(d))) return 'sender';
  // In a two-party thread, whoever is not among the people addressed now is the sender's side,
  // unless the sender is known and this is someone else: then it is a reply from their side.
  return senderAddress ? 'recipient' : 'sender';
}

class Message implements EarlierMessage {
  private own?: string;
  constructor(
    readonly from: Address,
    readonly side: Side,
    private readonly body: string,
  ) {}

  // Prepared on first use: most rules read only the latest reply, and only when they found something.
  get text(): string {
    return (this.own ??= ownWords(this.body));
  }
}

const NO_MESSAGES: readonly EarlierMessage[] = [];

/** A class rather than an object of closures: one small object per draft, its getters shared. */
class Thread implements ThreadFacts {
  readonly messages: readonly EarlierMessage[];
  readonly hasHistory: boolean;
  readonly unansweredInARow: number;
  private theirText?: string;
  private agreement?: string;
  private decline?: string;
  private followUp?: boolean;
  private deadline?: boolean;
  private list?: boolean;

  constructor(
    private readonly draft: Draft,
    private readonly body: PreparedText,
    private readonly recipients: Recipients,
  ) {
    const raw =
      draft.thread && draft.thread.length > 0
        ? draft.thread.map((m) => ({ from: m.from, body: m.body ?? '' }))
        : body.hasQuotedHistory
          ? messagesFromQuotedHistory(body.quotedText)
          : [];
    if (raw.length === 0) {
      this.messages = NO_MESSAGES;
    } else {
      const recipientAddresses = new Set(recipients.external.filter((r) => r.field !== 'bcc').map((r) => r.address));
      this.messages = raw.map((m) => {
        const from = parseAddress(m.from);
        // A message without a known author in a body's quoted history is most often the one being answered.
        return new Message(from, m.from ? sideOf(from, recipients, recipientAddresses) : 'recipient', m.body);
      });
    }
    let unanswered = 0;
    for (let i = this.messages.length - 1; i >= 0 && this.messages[i]!.side === 'sender'; i--) unanswered++;
    this.unansweredInARow = unanswered;
    this.hasHistory = this.messages.length > 0 || body.hasQuotedHistory || Boolean(draft.inReplyTo);
  }

  // What their words say is read the first time a rule asks: most drafts never give one a reason to.
  private get their(): string {
    return (this.theirText ??= this.messages
      .filter((m) => m.side === 'recipient')
      .map((m) => m.text)
      .join('\n\n'));
  }

  private get latest(): string {
    return this.messages.findLast((m) => m.side === 'recipient')?.text ?? '';
  }

  get agreementEvidence(): string {
    return (this.agreement ??= firstMatch(this.their, AGREEMENT) ?? findAll(this.body, AGREEMENT_IN_BODY)[0]?.text ?? '');
  }

  get agreedToMeet(): boolean {
    return this.agreementEvidence !== '';
  }

  get declineEvidence(): string {
    return (this.decline ??= firstMatch(this.latest, DECLINE) ?? '');
  }

  get declined(): boolean {
    return this.declineEvidence !== '' && !matchesAny(this.latest, ASKED_FOR_FOLLOW_UP);
  }

  get askedForFollowUp(): boolean {
    return (this.followUp ??= matchesAny(this.their, ASKED_FOR_FOLLOW_UP));
  }

  get recipientDeadline(): boolean {
    return (this.deadline ??= matchesAny(this.their, RECIPIENT_DEADLINE));
  }

  listMail(): boolean {
    return (this.list ??= isListMail(this.draft, this.recipients));
  }
}

export function readThread(draft: Draft, body: PreparedText, recipients: Recipients): ThreadFacts {
  return new Thread(draft, body, recipients);
}
