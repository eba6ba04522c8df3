/** The simple fields: the company's and the CRM's domains, and the follow-up limit. */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../ui/i18n';
import { Card, describedBy, FieldError, isLocked, LockedBadge, NumberField, shown, type SectionProps } from './parts';

/** One domain a line; commas and spaces also separate, since people paste lists. */
export function splitDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}

export function DomainsSection(props: SectionProps) {
  return (
    <Card id="domains" title={t('options_domainsTitle')} lead={t('options_domainsLead')}>
      <DomainsField {...props} field="ownDomains" label="options_ownDomains" help="options_ownDomainsHelp" placeholder="example.com" />
      <DomainsField {...props} field="crmDomains" label="options_crmDomains" help="options_crmDomainsHelp" placeholder="bcc.hubspot.com" />
    </Card>
  );
}

interface DomainsFieldProps extends SectionProps {
  field: 'ownDomains' | 'crmDomains';
  label: MessageKey;
  help: MessageKey;
  placeholder: string;
}

function DomainsField({ settings, save, errors, field, label, help, placeholder }: DomainsFieldProps) {
  const locked = isLocked(settings, field);
  const saved = shown(settings, field).join('\n');
  const [text, setText] = useState(saved);
  // A new stored value (saved here, in another tab, or by the organisation) replaces what is shown;
  // after a refused save the stored value is unchanged, so the user's text stays to be corrected.
  useEffect(() => setText(saved), [saved]);
  const error = errors[field];
  const id = `field-${field}`;

  const onChange = (event: Event) => {
    const value = (event.currentTarget as HTMLTextAreaElement).value;
    setText(value);
    const list = splitDomains(value);
    if (list.join('\n') === saved && !error) return;
    void save(field, { [field]: list });
  };

  return (
    <div class="field" data-locked={locked ? 'true' : undefined}>
      <div class="field-head">
        <label for={id}>{t(label)}</label>
        {locked ? <LockedBadge id={`${id}-locked`} /> : null}
      </div>
      <p class="help" id={`${id}-help`}>
        {t(help)}
      </p>
      <textarea
        id={id}
        data-field={field}
        data-locked={locked ? 'true' : undefined}
        rows={4}
        spellcheck={false}
        autocapitalize="off"
        placeholder={placeholder}
        value={text}
        disabled={locked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-help`, locked && `${id}-locked`, error && `${id}-error`)}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onChange={onChange}
      />
      <FieldError id={`${id}-error`} text={error && t('options_notSaved', error)} />
    </div>
  );
}

export function FollowUpSection({ settings, save, errors }: SectionProps) {
  return (
    <Card id="followup" title={t('options_followUpTitle')}>
      <NumberField
        settings={settings}
        errors={errors}
        field="followUpLimit"
        label={t('options_followUpLabel')}
        help={t('options_followUpHelp')}
        max={20}
        onSave={(followUpLimit) => save('followUpLimit', { followUpLimit })}
      />
    </Card>
  );
}
