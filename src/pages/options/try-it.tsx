/** A box to try the policy in force on any text: findings appear as the user types or pastes. */
import { useEffect, useState } from 'preact/hooks';
import { analyze } from '../../engine/analyze';
import { parseDraft, type Finding } from '../../engine/draft';
import type { Policy } from '../../settings/schema';
import { severityLabel } from '../../ui/guard-view';
import { t } from '../../ui/i18n';
import { Card } from './parts';

/** How long typing must pause before the text is checked again. */
export const TRY_DELAY_MS = 200;

/** The findings for a text written as the body of an email to nobody yet (so, to someone outside). */
export function tryText(text: string, policy: Policy): Finding[] {
  const draft = parseDraft({ kind: 'email', to: [], cc: [], bcc: [], subject: '', body: text });
  return draft.ok ? analyze(draft.value, policy) : [];
}

export function TryIt({ policy }: { policy: Policy }) {
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[] | null>(null);

  // Checked again when the text settles and whenever the saved policy changes (a new phrase, a rule off).
  useEffect(() => {
    if (!text.trim()) {
      setFindings(null);
      return;
    }
    const timer = setTimeout(() => setFindings(tryText(text, policy)), TRY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, policy]);

  const summary =
    findings === null ? '' : findings.length === 0 ? t('options_tryNone') : findings.length === 1 ? t('options_tryOne') : t('options_tryMany', findings.length);

  return (
    <Card id="try" title={t('options_tryTitle')} lead={t('options_tryLead')}>
      <div class="field">
        <label for="try-text">{t('options_tryLabel')}</label>
        <textarea
          id="try-text"
          data-action="test"
          rows={6}
          placeholder={t('options_tryPlaceholder')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="results" data-tactful="test-results">
        <p class="results-summary" role="status" aria-live="polite">
          {summary}
        </p>
        {findings && findings.length > 0 ? (
          <ul class="findings">
            {findings.map((f, i) => (
              <li key={`${f.rule}:${f.start ?? ''}:${i}`} class={`finding ${f.severity}`} data-rule={f.rule} data-severity={f.severity}>
                <p class="kind">
                  <span class="dot" aria-hidden="true" />
                  {severityLabel(f.severity)}
                </p>
                {f.excerpt ? <p class="excerpt">“<bdi>{f.excerpt}</bdi>”</p> : null}
                <p class="message">{f.message}</p>
                {f.suggestions.length > 0 ? (
                  <ul class="suggestions" aria-label={t('options_trySuggestions')}>
                    {f.suggestions.map((s, j) => (
                      <li key={j}>{s.label}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
