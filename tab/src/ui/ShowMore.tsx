import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
});

/** Row count, spinner while loading and the "Visa fler" button while the server has more pages. */
export function ShowMore({ count, loading, hasMore, onMore }: { count: number; loading: boolean; hasMore: boolean; onMore: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Text>{t('showingCount', { n: count })}</Text>
      {loading && <Spinner size="tiny" label={t('loading')} />}
      {hasMore && !loading && (
        <Button onClick={onMore} data-testid="show-more">
          {t('showMore')}
        </Button>
      )}
    </div>
  );
}
