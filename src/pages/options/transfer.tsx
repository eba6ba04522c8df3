/** Export the personal policy as a file, and import one (checked whole before anything changes). */
import { useState } from 'preact/hooks';
import { parsePolicy, type Policy } from '../../settings/schema';
import { savePersonal } from '../../settings/storage';
import { download, messageOf, readText } from '../../ui/files';
import { t } from '../../ui/i18n';
import { Card } from './parts';

export const EXPORT_FILE = 'tactful-policy.json';

/** The personal policy as the exported file holds it. */
export function policyJson(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}


/**
 * Reads, parses and checks an import: the policy, or the error to show. Nothing is written here;
 * the caller saves the whole policy only when this succeeds.
 */
export async function readImport(file: File): Promise<{ ok: true; value: Policy } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    return { ok: false, error: t('options_importUnreadable', messageOf(error)) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: t('options_importBadJson', messageOf(error)) };
  }
  const policy = parsePolicy(data);
  return policy.ok ? policy : { ok: false, error: t('options_importInvalid', policy.error) };
}

export function TransferSection({ personal, onImported, announce }: { personal: Policy; onImported: () => Promise<void>; announce: (text: string) => void }) {
  const [error, setError] = useState('');

  const onExport = () => {
    download(EXPORT_FILE, policyJson(personal));
    announce(t('options_exported', EXPORT_FILE));
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) imports it again.
    input.value = '';
    if (!file) return;
    const read = await readImport(file);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    const saved = await savePersonal(read.value);
    if (!saved.ok) {
      setError(t('options_importInvalid', saved.error));
      return;
    }
    setError('');
    await onImported();
    announce(t('options_imported', file.name));
  };

  return (
    <Card id="transfer" title={t('options_transferTitle')} lead={t('options_transferLead')}>
      <div class="form-actions">
        <button type="button" class="button" data-action="export" onClick={onExport}>
          {t('options_export')}
        </button>
        <span class="file-picker">
          <input
            type="file"
            id="import-file"
            class="visually-hidden"
            accept=".json,application/json"
            data-action="import"
            aria-describedby={error ? 'import-error' : 'import-help'}
            onChange={(e) => void onFile(e)}
          />
          <label for="import-file" class="button">
            {t('options_import')}
          </label>
        </span>
      </div>
      <p class="help" id="import-help">
        {t('options_importHelp')}
      </p>
      {error ? (
        <p class="error" id="import-error" role="alert" data-tactful="import-error">
          {error}
        </p>
      ) : null}
    </Card>
  );
}
