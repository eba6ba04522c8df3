/**
 * One guard per open composer: reads the draft on pauses in typing and on recipient changes,
 * has the service worker analyse it, keeps the `<tactful-guard>` host's test hooks current,
 * marks flagged spans, applies suggestions through the editor, and asks once more before a
 * risky send. Anything that fails here lets the email send (fail open).
 */
import { render } from 'preact';
import type { Finding } from '../engine/draft';
import type { Contact } from '../memory/contacts';
import type { DraftState } from '../messaging/protocol';
import type { Composer, SendAttempt } from '../sites/types';
import { askFirstText, fullChecklist, GuardView, GUARD_CSS, highest } from '../ui/guard-view';
import { setHighlights } from './highlights';

export type Analyze = (draft: ReturnType<Composer['readDraft']>) => Promise<Finding[]>;

/** What the page's other parts hear from a guard: the toolbar badge and the popup follow the focused draft. */
export interface GuardEvents {
  /** The findings shown changed (a new analysis, a dismissal). */
  changed(guard: Guard): void;
  /** The user started working in this composer. */
  focused(guard: Guard): void;
  /** The draft went out (the page's own send, or Send anyway). */
  sent?(draft: ReturnType<Composer['readDraft']>): void;
  /** What the contact memory knows of these recipients, for the card in the panel. */
  contacts?(addresses: string[]): Promise<Contact[]>;
  /** Saves a note on a contact; resolves to an error message, or null when saved. */
  saveNote?(address: string, note: string): Promise<string | null>;
}

const DEBOUNCE_MS = 300;
const logged = new Set<string>();

/** Logs a failure once per composer: Tactful's problems must never become the user's. */
function logOnce(composer: Composer, error: unknown): void {
  if (logged.has(composer.id)) return;
  logged.add(composer.id);
  console.warn(`Tactful: guard for composer ${composer.id} failed; sending is unaffected.`, error);
}

const keyOf = (f: Finding): string => `${f.rule}|${f.field}|${f.excerpt ?? f.message}`;
const RISKY = (f: Finding): boolean => f.severity !== 'info';

export class Guard {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private findings: Finding[] = [];
  private readonly dismissed = new Set<string>();
  /** The draft the findings are for, serialised; a send compares it with the draft now. */
  private analysedKey = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;
  private panelOpen = false;
  /** The panel opens below the badge when the badge sits high on the screen (Outlook's top toolbar). */
  private panelBelow = false;
  private focused = -1;
  private presend: SendAttempt | null = null;
  /** For a risky invite, the email to send instead (shown in the pre-send dialog). */
  private askFirst: string | undefined;
  /** The finding under the pointer, shown in a small card by it. */
  private hover: { index: number; x: number; y: number } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last analysis failed (the extension was updated, say): sends are not held for it. */
  private broken = false;
  /** What the contact memory knows of the recipients, and for which recipients. */
  private contacts: Contact[] = [];
  private contactsFor = '';
  /** Checklist questions the user ticked in the popup, kept while the composer is open. */
  private readonly ticked = new Set<string>();

  constructor(
    private readonly composer: Composer,
    private readonly analyze: Analyze,
    private readonly signal: AbortSignal,
    private readonly events?: GuardEvents,
  ) {
    const doc = composer.root.ownerDocument;
    this.host = doc.createElement('tactful-guard');
    this.host.setAttribute('data-findings', '0');
    this.host.setAttribute('data-severity', '');
    this.host.setAttribute('data-composer', composer.id);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(GUARD_CSS);
      this.shadow.adoptedStyleSheets = [sheet];
    } catch {
      // No constructable stylesheets (old browsers, jsdom): the UI works unstyled.
    }
    const { parent, before } = composer.guardSlot();
    parent.insertBefore(this.host, before);
    this.host.setAttribute('data-theme', isDark(doc) ? 'dark' : 'light');

    const root = composer.root;
    const opts = { capture: true, signal };
    root.addEventListener('input', () => this.schedule(), opts);
    root.addEventListener('change', () => this.schedule(), opts);
    root.addEventListener('click', (e) => this.onEditorClick(e as MouseEvent), opts);
    root.addEventListener('mousemove', (e) => this.onEditorHover(e as MouseEvent), { passive: true, signal });
    root.addEventListener('mouseleave', () => this.onEditorHover(null), { passive: true, signal });
    root.addEventListener('focusin', () => this.events?.focused(this), opts);
    // Recipient chips come and go without input events.
    const observer = new MutationObserver(() => this.schedule());
    observer.observe(root, { childList: true, subtree: true });
    composer.onSendAttempt((attempt) => this.onSend(attempt), signal);
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      clearTimeout(this.hoverTimer);
      observer.disconnect();
      setHighlights(composer.id, []);
      render(null, this.shadow);
      this.host.remove();
    });
    this.render();
    void this.check();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), DEBOUNCE_MS);
  }

  private visible(): Finding[] {
    return this.findings.filter((f) => !this.dismissed.has(keyOf(f)));
  }

  /** Reads the memory of these recipients when they changed (or `force`); a failure shows no card. */
  private async loadContacts(addresses: string[], force = false): Promise<void> {
    const key = addresses.join('|');
    if (!this.events?.contacts || (key === this.contactsFor && !force)) return;
    this.contactsFor = key;
    this.contacts = await this.events.contacts(addresses).catch(() => []);
  }

  private async saveNote(address: string, note: string): Promise<string | null> {
    const error = (await this.events?.saveNote?.(address, note)) ?? null;
    const draft = this.composer.readDraft();
    await this.loadContacts([...(draft.to ?? []), ...(draft.cc ?? [])], true);
    this.render();
    return error;
  }

  get id(): string {
    return this.composer.id;
  }

  /** Analyses the draft again even if it did not change (the settings did). */
  recheck(): Promise<void> {
    this.analysedKey = '';
    return this.check();
  }

  /** The draft as the popup shows it: findings, and the checklist with the user's ticks. */
  state(): DraftState {
    const draft = this.composer.readDraft();
    const findings = this.visible();
    return {
      composer: this.composer.id,
      kind: draft.kind ?? 'email',
      subject: draft.subject ?? '',
      findings,
      checklist: fullChecklist(findings).map((item) => ({ item, ticked: this.ticked.has(item) })),
    };
  }

  tick(item: string, ticked: boolean): void {
    if (ticked) this.ticked.add(item);
    else this.ticked.delete(item);
  }

  /** Reads the draft and, when it changed since the last analysis, has it analysed and shows the result. */
  private async check(): Promise<void> {
    if (this.signal.aborted) return;
    try {
      const draft = this.composer.readDraft();
      const key = JSON.stringify(draft);
      if (key === this.analysedKey) return;
      const run = ++this.run;
      const started = performance.now();
      const findings = await this.analyze(draft);
      await this.loadContacts([...(draft.to ?? []), ...(draft.cc ?? [])]);
      if (run !== this.run || this.signal.aborted) return;
      this.findings = findings;
      this.analysedKey = key;
      this.broken = false;
      this.focused = -1;
      this.hover = null;
      this.update();
      this.events?.changed(this);
      // For the browser benchmark: when the marks are current, and how long the check took.
      this.host.dispatchEvent(new CustomEvent('tactful-checked', { detail: String(performance.now() - started) }));
    } catch (error) {
      this.broken = true;
      logOnce(this.composer, error);
    }
  }

  private update(): void {
    const shown = this.visible();
    this.host.setAttribute('data-findings', String(shown.length));
    this.host.setAttribute('data-severity', highest(shown));
    const marks = [];
    for (const f of shown) {
      if (f.field !== 'body' || f.start === undefined || f.end === undefined) continue;
      const range = this.composer.bodyRange(f.start, f.end);
      if (range) marks.push({ severity: f.severity, range });
    }
    setHighlights(this.composer.id, marks);
    this.render();
  }

  private render(): void {
    render(
      <GuardView
        findings={this.visible()}
        panelOpen={this.panelOpen}
        panelBelow={this.panelBelow}
        focused={this.focused}
        hover={this.hover}
        presend={this.presend !== null}
        contacts={this.contacts}
        onSaveNote={(address, note) => this.saveNote(address, note)}
        askFirst={this.askFirst}
        onToggle={() => this.openPanel(!this.panelOpen)}
        onApply={(finding, replacement) => void this.apply(finding, replacement)}
        onDismiss={(finding) => {
          this.dismissed.add(keyOf(finding));
          this.update();
          this.events?.changed(this);
        }}
        onEdit={() => this.closePresend(false)}
        onSendAnyway={() => this.closePresend(true)}
      />,
      this.shadow,
    );
  }

  /** Applies a suggestion through the editor (its undo stack), then analyses the new text. */
  apply(finding: Finding, replacement: string): Promise<void> {
    if (finding.start === undefined || finding.end === undefined) return Promise.resolve();
    if (finding.field !== 'body' && finding.field !== 'subject') return Promise.resolve();
    // The draft may have changed since the analysis: only rewrite text that is still the same.
    const draft = this.composer.readDraft();
    const text = (finding.field === 'body' ? draft.body : draft.subject) ?? '';
    if (finding.excerpt !== undefined && !finding.excerpt.endsWith('…') && text.slice(finding.start, finding.end) !== finding.excerpt) {
      return this.check();
    }
    return this.composer.replace(finding.field, finding.start, finding.end, replacement) ? this.check() : Promise.resolve();
  }

  /** The finding marked at a point in the editor, or -1. */
  private findingAt(event: MouseEvent): number {
    const editor = this.composer.editor;
    if (!editor || !(event.target instanceof Node) || !editor.contains(event.target)) return -1;
    const offset = this.composer.bodyOffsetAt(event.clientX, event.clientY);
    if (offset < 0) return -1;
    return this.visible().findIndex((f) => f.field === 'body' && f.start !== undefined && f.start <= offset && offset < f.end!);
  }

  private onEditorClick(event: MouseEvent): void {
    const index = this.findingAt(event);
    if (index === -1) return;
    this.hover = null;
    this.focused = index;
    this.openPanel(true);
  }

  /** Opens or closes the findings panel; where it opens is measured then, not on every render. */
  private openPanel(open: boolean): void {
    if (open) this.panelBelow = this.host.getBoundingClientRect().top < (this.host.ownerDocument.defaultView?.innerHeight ?? 0) / 2;
    this.panelOpen = open;
    this.render();
  }

  /** Resting the pointer on a mark shows its card; moving off hides it. */
  private onEditorHover(event: MouseEvent | null): void {
    clearTimeout(this.hoverTimer);
    if (event === null || this.visible().length === 0) {
      if (this.hover) {
        this.hover = null;
        this.render();
      }
      return;
    }
    const { clientX: x, clientY: y } = event;
    this.hoverTimer = setTimeout(() => {
      const index = this.findingAt(event);
      const next = index === -1 ? null : { index, x, y };
      if (next?.index === this.hover?.index) return;
      this.hover = next;
      this.render();
    }, 250);
  }

  /** Decides a send attempt: true stops it. Never throws: a failure lets the email go. */
  private onSend(attempt: SendAttempt): boolean {
    try {
      if (this.presend) return true;
      if (this.broken) return false;
      const current = JSON.stringify(this.composer.readDraft()) === this.analysedKey;
      if (current && !this.visible().some(RISKY)) {
        if (attempt.commit) this.events?.sent?.(this.composer.readDraft());
        return false;
      }
      if (!attempt.commit) return true;
      if (current) {
        this.openPresend(attempt);
        return true;
      }
      // Sent right after typing: check the final text first, then send or ask.
      clearTimeout(this.timer);
      void this.check().then(() => {
        if (this.signal.aborted) return;
        if (this.visible().some(RISKY)) this.openPresend(attempt);
        else this.release(attempt);
      }, () => this.release(attempt));
      return true;
    } catch (error) {
      logOnce(this.composer, error);
      return false;
    }
  }

  /** Lets a held send go, through the page's own control, and remembers who it went to. */
  private release(attempt: SendAttempt): void {
    try {
      this.events?.sent?.(this.composer.readDraft());
    } finally {
      this.composer.send(attempt);
    }
  }

  private openPresend(attempt: SendAttempt): void {
    this.presend = attempt;
    const draft = this.composer.readDraft();
    this.askFirst = draft.kind === 'invite' && this.visible().some((f) => RISKY(f) && f.category === 'presumptive-appointment') ? askFirstText(draft.invite ?? {}) : undefined;
    this.panelOpen = false;
    this.render();
  }

  private closePresend(send: boolean): void {
    const attempt = this.presend;
    this.presend = null;
    this.render();
    if (!attempt) return;
    if (send) {
      this.release(attempt);
      return;
    }
    // Back to the draft, at the first thing worth a look.
    const first = this.visible().find((f) => RISKY(f) && f.field === 'body' && f.start !== undefined);
    const range = first ? this.composer.bodyRange(first.start!, first.start!) : null;
    const editor = this.composer.editor;
    editor?.focus();
    if (range) {
      const selection = editor?.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    this.focused = first ? this.visible().indexOf(first) : -1;
    this.openPanel(this.visible().length > 0);
  }
}

/** Gmail's dark themes: judged by the page's background, whatever the system setting. */
function isDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    const colour = el ? (doc.defaultView?.getComputedStyle(el).backgroundColor ?? '') : '';
    const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?/.exec(colour);
    // A transparent background shows what is behind it: look further out.
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return 0.299 * r + 0.587 * g + 0.114 * b < 110;
  }
  return false;
}
