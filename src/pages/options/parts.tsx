/** Small pieces the options page's sections share: cards, the organisation badge, field errors. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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

/**
 * A whole-number policy field (the follow-up limit, the retention days): label, help, the
 * organisation badge when locked, and its error. Saved when the user leaves it or presses Enter;
 * an empty or partial entry is sent as it is, so the schema's own message explains it.
 */
export function NumberField(props: {
  settings: Settings;
  errors: SectionProps['errors'];
  field: 'followUpLimit' | 'retentionDays';
  label: string;
  help: string;
  max: number;
  /** Saves the new value; its own errors come through `errors`. */
  onSave(value: number): unknown;
  /** An error of what followed the save (shown when the save itself had none). */
  extraError?: string;
}) {
  const { settings, field } = props;
  const locked = isLocked(settings, field);
  const saved = String(shown(settings, field));
  const [text, setText] = useState(saved);
  useEffect(() => setText(saved), [saved]);
  const error = props.errors[field] ? t('options_notSaved', props.errors[field]!) : props.extraError;
  const id = `field-${field}`;
  return (
    <div class="field" data-locked={locked ? 'true' : undefined}>
      <div class="field-head">
        <label for={id}>{props.label}</label>
        {locked ? <LockedBadge id={`${id}-locked`} /> : null}
      </div>
      <p class="help" id={`${id}-help`}>
        {props.help}
      </p>
      <input
        id={id}
        class="number"
        type="number"
        inputMode="numeric"
        min={1}
        max={props.max}
        step={1}
        data-field={field}
        data-locked={locked ? 'true' : undefined}
        value={text}
        disabled={locked}
        aria-invalid={props.errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-help`, locked && `${id}-locked`, error && `${id}-error`)}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          setText(value);
          if (value === saved && !props.errors[field]) return;
          props.onSave(value.trim() === '' ? Number.NaN : Number(value));
        }}
      />
      <FieldError id={`${id}-error`} text={error} />
    </div>
  );
}
