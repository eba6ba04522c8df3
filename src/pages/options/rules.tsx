/** The rules: one row per rule, grouped by category, each with an on/off switch and a severity. */
import { rules } from '../../rules/index';
import type { Rule } from '../../engine/rule';
import { CATEGORIES, SEVERITIES, type Severity } from '../../engine/draft';
import { categoryName, severityLabel } from '../../ui/guard-view';
import { t } from '../../ui/i18n';
import { useState } from 'preact/hooks';
import type { Policy } from '../../settings/schema';
import { Card, describedBy, FieldError, LockedBadge, type SectionProps } from './parts';

type RuleSetting = Policy['rules'][string];

export function RulesSection(props: SectionProps) {
  return (
    <Card id="rules" title={t('options_rulesTitle')} lead={t('options_rulesLead')}>
      {CATEGORIES.map((category) => {
        const inCategory = rules.filter((r) => r.category === category);
        if (inCategory.length === 0) return null;
        return (
          <div class="group" key={category}>
            <h3>{categoryName(category)}</h3>
            <ul class="rules">
              {inCategory.map((rule) => (
                <RuleRow key={rule.id} rule={rule} {...props} />
              ))}
            </ul>
          </div>
        );
      })}
    </Card>
  );
}

function RuleRow({ rule, settings, save, errors }: SectionProps & { rule: Rule }) {
  const locked = settings.lockedRules.includes(rule.id);
  const setting: RuleSetting | undefined = (locked ? settings.policy : settings.personal).rules[rule.id];
  // What the user chose, shown until its save is done and the settings read again: the page
  // redraws in between (another change's status message), and must not put the old value back.
  const [chosen, setChosen] = useState<{ enabled?: boolean; severity?: Severity | '' }>({});
  const enabled = chosen.enabled ?? setting?.enabled ?? true;
  const severity = chosen.severity ?? setting?.severity ?? '';
  const base = `rule-${rule.id}`;
  const errorKey = `rule:${rule.id}`;
  const error = errors[errorKey];
  const described = describedBy(locked && `${base}-locked`, error && `${base}-error`);

  /** Writes this rule's setting over the user's own table (the others stay as they are), showing the choice meanwhile. */
  const update = (key: 'enabled' | 'severity', value: boolean | Severity | '', change: (own: RuleSetting | undefined) => RuleSetting, done: string) => {
    setChosen((c) => ({ ...c, [key]: value }));
    void save(errorKey, ({ personal }) => ({ rules: { ...personal.rules, [rule.id]: change(personal.rules[rule.id]) } }), done).then(() =>
      // Saved (or refused, with its error shown): the settings say what holds, unless chosen again since.
      setChosen((c) => (c[key] === value ? { ...c, [key]: undefined } : c)),
    );
  };
  const onToggle = (event: Event) => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    update('enabled', on, (own) => ({ ...own, enabled: on }), t(on ? 'options_ruleTurnedOn' : 'options_ruleTurnedOff'));
  };
  const onSeverity = (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value as Severity | '';
    update('severity', value, (own) => (value ? { enabled: own?.enabled ?? true, severity: value } : { enabled: own?.enabled ?? true }), t('options_saved'));
  };

  return (
    <li class={`rule${enabled ? '' : ' off'}`} data-rule={rule.id} data-locked={locked ? 'true' : undefined}>
      <div class="rule-text">
        <p class="rule-desc" id={`${base}-desc`}>
          {rule.description}
        </p>
        {locked ? <LockedBadge id={`${base}-locked`} /> : null}
      </div>
      <div class="rule-controls">
        <label class="select-label" for={`${base}-severity`}>
          {t('options_flagAs')}
        </label>
        <select
          id={`${base}-severity`}
          data-field="severity"
          value={severity}
          disabled={locked}
          aria-describedby={described}
          onChange={onSeverity}
        >
          <option value="">{t('options_severityDefault', severityLabel(rule.defaultSeverity))}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityLabel(s)}
            </option>
          ))}
        </select>
        <input
          type="checkbox"
          role="switch"
          class="switch"
          data-field="enabled"
          checked={enabled}
          disabled={locked}
          aria-label={rule.description}
          aria-describedby={described}
          onChange={onToggle}
        />
      </div>
      <details class="rule-more">
        <summary>{t('options_ruleWhy')}</summary>
        <p>{rule.rationale}</p>
        <dl class="examples">
          <dt>{t('options_ruleInsteadOf')}</dt>
          <dd>{rule.examples.bad}</dd>
          <dt>{t('options_ruleTry')}</dt>
          <dd>{rule.examples.good}</dd>
        </dl>
      </details>
      <FieldError id={`${base}-error`} text={error && t('options_notSaved', error)} />
    </li>
  );
}
