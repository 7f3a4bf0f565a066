import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { isoDate, saveBlob } from '../api/download';
import { errorText } from '../api/errors';
import { useI18n } from '../i18n/I18nContext';
import { useStatus } from '../core/StatusContext';

export interface ExportButtonProps {
  /** API path below /api/v1 including the current filters, e.g. /followups/export?status=open */
  path: string;
  /** file name prefix; the date is added: uppfoljningar-2026-11-23.csv */
  fileName: string;
  testId: string;
}

/** Downloads a server-made CSV with the bearer token (a plain link could not send it). */
export function ExportButton({ path, fileName, testId }: ExportButtonProps) {
  const api = useApi();
  const { t } = useI18n();
  const { announce } = useStatus();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const blob = await api.csv(path);
      const file = `${fileName}-${isoDate()}.csv`;
      saveBlob(blob, file);
      announce(t('exportDone', { file }), 'success');
    } catch (e) {
      announce(errorText(e, t('loadFailed')), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<ArrowDownloadRegular aria-hidden="true" />} onClick={() => void run()} disabled={busy} data-testid={testId}>
      {t('exportCsv')}
    </Button>
  );
}
