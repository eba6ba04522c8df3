/** Small pieces the options page's sections share: cards, the organisation badge, field errors. */
import type { ComponentChildren } from 'preact';
import { t } from '../../ui/i18n';
import type { Policy, PolicyField } from '../../settings/schema';
import type { Settings } from '../../settings/storage';

/** A change to the personal policy, or a way to make one from the settings as they are when it is saved. */
export type Patch = Partial<Policy> | ((current: Settings) => Partial<Policy>);

/** What every section gets from the page: the settings as loaded, a way to save, errors by key. */
export interface SectionProps {
  settings: Settings;
  /** Saves a patch of the personal policy; `key` names where an error is shown. True when saved. */
  save: (key: string, patch: Patch, done?: string) => Promise<boolean>;
  errors: Readonly<Record<string, string>>;
  announce: (text: string) => void;
}

export const isLocked = (settings: Settings, field: PolicyField): boolean => settings.lockedFields.includes(field);

/** The value a control shows: the organisation's where it is locked, else the user's own. */
export function shown<F extends PolicyField>(settings: Settings, field: F): Policy[F] {
  return isLocked(settings, field) ? settings.policy[field] : settings.personal[field];
}

/** A titled card. */
export function Card(props: { title: string; lead?: string; id: string; children: ComponentChildren; field?: string; locked?: boolean }) {
  return (
    <section class="card" aria-labelledby={`${props.id}-title`} data-field={props.field} data-locked={props.locked ? 'true' : undefined}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.lead ? <p class="lead">{props.lead}</p> : null}
      {props.children}
    </section>
  );
}

/** "Set by your organisation": shown beside anything the organisation's policy fixes. */
export function LockedBadge({ id }: { id: string }) {
  return (
    <span class="badge" id={id}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <path fill="currentColor" d="M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7h1Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
      </svg>
      {t('options_locked')}
    </span>
  );
}

/** An error next to the control it belongs to; renders nothing without one. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p class="error" id={id} role="alert">
      {text}
    </p>
  ) : null;
}

/** The ids that describe a control, skipping the absent ones. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
