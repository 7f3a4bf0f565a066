import { Field, makeStyles, Select, Text, Title1, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ROUTE_PATHS } from '../core/route';
import { registerTabConfig } from '../auth/teams';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/sv';

const CHOICES: { path: string; label: MessageKey }[] = [
  { path: ROUTE_PATHS.mine, label: 'nav.mine' },
  { path: ROUTE_PATHS.followups, label: 'nav.followups' },
  { path: ROUTE_PATHS.serviceLevel, label: 'nav.serviceLevel' },
  { path: ROUTE_PATHS.companies, label: 'nav.companies' },
];

const useStyles = makeStyles({
  main: { maxWidth: '36rem', padding: '24px 16px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Teams configuration page (#/config) for a channel tab: picks the start view. */
export function ConfigView() {
  const { t } = useI18n();
  const styles = useStyles();
  const [path, setPath] = useState<string>(ROUTE_PATHS.mine);
  const current = useRef(path);
  useEffect(() => {
    current.current = path;
  }, [path]);

  useEffect(() => {
    try {
      registerTabConfig(() => current.current, t('appName'));
    } catch {
      // not in a configuration context
    }
  }, [t]);

  return (
    <main className={styles.main} data-testid="config-view">
      <Title1 block as="h1">{t('config.title')}</Title1>
      <Text block as="p">{t('config.body')}</Text>
      <Field label={t('config.view')}>
        <Select value={path} onChange={(_, d) => setPath(d.value)} data-testid="config-view-select">
          {CHOICES.map((c) => (
            <option key={c.path} value={c.path}>
              {t(c.label)}
            </option>
          ))}
        </Select>
      </Field>
    </main>
  );
}
