/** The team's own phrases: a list with edit and delete, and a form to add or change one. */
import { useRef, useState } from 'preact/hooks';
import { CATEGORIES, SEVERITIES } from '../../engine/draft';
import { CustomPhraseSchema, type CustomPhrase } from '../../settings/schema';
import type { Settings } from '../../settings/storage';
import { categoryName, severityLabel } from '../../ui/guard-view';
import { t, type MessageKey } from '../../ui/i18n';
import { Card, describedBy, FieldError, isLocked, LockedBadge, shown, type SectionProps } from './parts';

type FormField = 'phrase' | 'category' | 'message' | 'suggestion' | 'severity';
type Form = Record<FormField, string>;

const EMPTY: Form = { phrase: '', category: 'impersonal', message: '', suggestion: '', severity: 'warning' };

/** What to say when the schema refuses a field: the page's own words, in the user's language. */
const FIELD_ERRORS: Record<FormField, MessageKey> = {
  phrase: 'options_phraseErrorPhrase',
  category: 'options_phraseErrorChoice',
  message: 'options_phraseErrorMessage',
  suggestion: 'options_phraseErrorSuggestion',
  severity: 'options_phraseErrorChoice',
};

/** Checks the form with CustomPhraseSchema: the phrase, or an error for each field it refuses. */
export function checkPhrase(form: Form): { ok: true; value: CustomPhrase } | { ok: false; errors: Partial<Record<FormField, string>> } {
  const input = { ...form, suggestion: form.suggestion.trim() ? form.suggestion : undefined };
  const result = CustomPhraseSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: Partial<Record<FormField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as FormField;
    if (field in FIELD_ERRORS && !errors[field]) errors[field] = t(FIELD_ERRORS[field]);
  }
  return { ok: false, errors };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function PhrasesSection({ settings, save, errors, announce }: SectionProps) {
  const locked = isLocked(settings, 'customPhrases');
  const list = shown(settings, 'customPhrases');
  // The form lives here, not in the settings: a reload (another tab, a new organisation policy) keeps it.
  const [form, setForm] = useState<Form>(EMPTY);
  /** The phrase being edited, as it was when editing began (found again by its text when saving). */
  const [editing, setEditing] = useState<CustomPhrase | null>(null);
  const [formErrors, setFormErrors] = useState<Partial<Record<FormField, string>>>({});
  const [busy, setBusy] = useState(false);
  const phraseInput = useRef<HTMLInputElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const set = (field: FormField) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setForm((f) => ({ ...f, [field]: value }));
  };

  const reset = () => {
    setForm(EMPTY);
    setEditing(null);
    setFormErrors({});
  };

  const startEdit = (phrase: CustomPhrase) => {
    setEditing(phrase);
    setFormErrors({});
    setForm({ phrase: phrase.phrase, category: phrase.category, message: phrase.message, suggestion: phrase.suggestion ?? '', severity: phrase.severity });
    requestAnimationFrame(() => {
      phraseInput.current?.focus();
      if (typeof phraseInput.current?.scrollIntoView === 'function') phraseInput.current.scrollIntoView({ block: 'center' });
    });
  };

  const remove = async (phrase: CustomPhrase) => {
    const patch = ({ personal }: Settings) => ({ customPhrases: personal.customPhrases.filter((p) => !same(p.phrase, phrase.phrase)) });
    if (await save('customPhrases', patch, t('options_phraseRemoved', phrase.phrase))) {
      if (editing && same(editing.phrase, phrase.phrase)) reset();
      listHeading.current?.focus();
    }
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    // Read from the form itself: what is on screen is what the user means, even mid-render.
    const elements = (event.currentTarget as HTMLFormElement).elements;
    const read = (field: FormField) => (elements.namedItem(field) as HTMLInputElement | null)?.value ?? form[field];
    const values: Form = { phrase: read('phrase'), category: read('category'), message: read('message'), suggestion: read('suggestion'), severity: read('severity') };
    setForm(values);
    const checked = checkPhrase(values);
    const original = editing;
    const others = settings.personal.customPhrases.filter((p) => !(original && same(p.phrase, original.phrase)));
    if (checked.ok && others.some((p) => same(p.phrase, checked.value.phrase))) {
      setFormErrors({ phrase: t('options_phraseErrorDuplicate') });
      phraseInput.current?.focus();
      return;
    }
    if (!checked.ok) {
      setFormErrors(checked.errors);
      const first = (['phrase', 'category', 'message', 'suggestion', 'severity'] as const).find((f) => checked.errors[f]);
      document.getElementById(`phrase-${first}`)?.focus();
      return;
    }
    setFormErrors({});
    const phrase = checked.value;
    /** Replaces the phrase being edited where it stands now, or adds a new one at the end. */
    const patch = ({ personal }: Settings) => {
      const list = personal.customPhrases;
      const at = original ? list.findIndex((p) => same(p.phrase, original.phrase)) : -1;
      return { customPhrases: at >= 0 ? list.map((p, i) => (i === at ? phrase : p)) : [...list, phrase] };
    };
    setBusy(true);
    const ok = await save('customPhrases', patch, t(original ? 'options_phraseUpdated' : 'options_phraseAdded', phrase.phrase));
    setBusy(false);
    if (ok) {
      reset();
      phraseInput.current?.focus();
    }
  };

  const control = (field: FormField) => ({
    id: `phrase-${field}`,
    name: field,
    value: form[field],
    disabled: locked,
    onInput: set(field),
    'aria-invalid': formErrors[field] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(formErrors[field] && `phrase-${field}-error`, locked && 'phrases-locked'),
  });

  return (
    <Card id="phrases" title={t('options_phrasesTitle')} lead={t('options_phrasesLead')} field="customPhrases" locked={locked}>
      {locked ? (
        <p class="locked-note">
          <LockedBadge id="phrases-locked" />
        </p>
      ) : null}
      <h3 tabIndex={-1} ref={listHeading}>
        {t('options_phrasesListTitle', list.length)}
      </h3>
      {list.length === 0 ? (
        <p class="empty">{t('options_phrasesEmpty')}</p>
      ) : (
        <ul class="phrases">
          {list.map((p, i) => (
            <li key={`${i}:${p.phrase}`} class="phrase" data-phrase={p.phrase}>
              <div class="phrase-text">
                <p class="phrase-title">
                  <q>{p.phrase}</q>
                  <span class="meta">
                    {categoryName(p.category)} · {severityLabel(p.severity)}
                  </span>
                </p>
                <p>{p.message}</p>
                {p.suggestion ? <p class="muted">{t('options_phraseSuggests', p.suggestion)}</p> : null}
              </div>
              {locked ? null : (
                <div class="row-actions">
                  <button type="button" class="text-button" data-action="edit" aria-label={t('options_phraseEditLabel', p.phrase)} onClick={() => startEdit(p)}>
                    {t('options_edit')}
                  </button>
                  <button type="button" class="text-button danger" data-action="delete" aria-label={t('options_phraseDeleteLabel', p.phrase)} onClick={() => void remove(p)}>
                    {t('options_delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <form class="phrase-form" noValidate onSubmit={onSubmit} aria-labelledby="phrase-form-title">
        <h3 id="phrase-form-title">{t(editing ? 'options_phraseEditTitle' : 'options_phraseAddTitle')}</h3>
        <div class="grid">
          <div class="field wide">
            <label for="phrase-phrase">{t('options_phraseLabel')}</label>
            <input ref={phraseInput} type="text" maxLength={200} autoComplete="off" {...control('phrase')} />
            <FieldError id="phrase-phrase-error" text={formErrors.phrase} />
          </div>
          <div class="field">
            <label for="phrase-category">{t('options_phraseCategory')}</label>
            <select {...control('category')} onChange={set('category')}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryName(c)}
                </option>
              ))}
            </select>
            <FieldError id="phrase-category-error" text={formErrors.category} />
          </div>
          <div class="field">
            <label for="phrase-severity">{t('options_flagAs')}</label>
            <select {...control('severity')} onChange={set('severity')}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {severityLabel(s)}
                </option>
              ))}
            </select>
            <FieldError id="phrase-severity-error" text={formErrors.severity} />
          </div>
          <div class="field wide">
            <label for="phrase-message">{t('options_phraseMessage')}</label>
            <textarea rows={2} {...control('message')} placeholder={t('options_phraseMessagePlaceholder')} />
            <FieldError id="phrase-message-error" text={formErrors.message} />
          </div>
          <div class="field wide">
            <label for="phrase-suggestion">{t('options_phraseSuggestion')}</label>
            <input type="text" autoComplete="off" {...control('suggestion')} />
            <FieldError id="phrase-suggestion-error" text={formErrors.suggestion} />
          </div>
        </div>
        <FieldError id="phrases-error" text={errors.customPhrases && t('options_notSaved', errors.customPhrases)} />
        <div class="form-actions">
          <button type="submit" class="button primary" data-action="save-phrase" disabled={locked || busy}>
            {t(editing ? 'options_phraseSave' : 'options_phraseAdd')}
          </button>
          {editing ? (
            <button
              type="button"
              class="button"
              data-action="cancel-edit"
              onClick={() => {
                reset();
                announce(t('options_phraseEditCancelled'));
              }}
            >
              {t('options_cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
