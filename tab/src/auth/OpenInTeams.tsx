import { makeStyles, Text, Title1, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  main: { maxWidth: '40rem', margin: '0 auto', padding: '48px 16px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function OpenInTeams() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <main className={styles.main} data-testid="open-in-teams">
      <Title1 block as="h1">{t('auth.openInTeams')}</Title1>
      <Text block as="p">{t('auth.openInTeamsBody')}</Text>
    </main>
  );
}
