import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { errorText } from '../api/errors';
import { useI18n } from '../i18n/I18nContext';

/** Inline load error showing the ProblemDetails `detail` from the server. */
export function ErrorBar({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{errorText(error, t('loadFailed'))}</MessageBarBody>
    </MessageBar>
  );
}
