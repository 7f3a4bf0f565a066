import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, Title1, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { FetchLike } from '../api/client';
import { errorText } from '../api/errors';
import type { DevUser } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/sv';
import { requestDevToken, type StoredDevToken } from './devAuth';

const useStyles = makeStyles({
  main: { maxWidth: '36rem', margin: '0 auto', padding: '48px 16px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
});

export interface DevSignInProps {
  users: DevUser[];
  fetchImpl?: FetchLike;
  onSignedIn: (token: StoredDevToken) => void;
}

/** Explicit development sign-in, shown only when GET /api/v1/dev/status says enabled. */
export function DevSignIn({ users, fetchImpl, onSignedIn }: DevSignInProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [userId, setUserId] = useState(users[0]?.userId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const describe = (u: DevUser) =>
    `${u.name} – ${u.municipalityName} (${t('auth.devRoles', {
      roles: u.roles.map((r) => t(`role.${r}` as MessageKey)).join(', '),
    })})`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!userId) return;
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await requestDevToken(userId, fetchImpl));
    } catch (err) {
      setError(errorText(err, t('auth.tokenFailed')));
      setBusy(false);
    }
  };

  return (
    <main className={styles.main} data-testid="dev-signin">
      <Title1 block as="h1">{t('auth.devTitle')}</Title1>
      <Text block as="p">{t('auth.devBody')}</Text>
      <form className={styles.form} onSubmit={(e) => void submit(e)}>
        <Field label={t('auth.devUser')} required>
          <Select data-testid="dev-user-select" value={userId} onChange={(_, d) => setUserId(d.value)}>
            {users.map((u) => (
              <option key={u.userId} value={u.userId}>
                {describe(u)}
              </option>
            ))}
          </Select>
        </Field>
        <div role="alert">
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div>
          <Button appearance="primary" type="submit" disabled={busy || !userId} data-testid="dev-signin-submit">
            {t('auth.devSignIn')}
          </Button>
        </div>
      </form>
    </main>
  );
}
