import { mergeClasses, Spinner, Text, Title2 } from '@fluentui/react-components';
import { useQuery } from '../api/useQuery';
import { useApi } from '../api/ApiContext';
import type { DeliveryProblem } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/sv';
import { ErrorBar } from '../ui/ErrorBar';
import { useTableStyles } from '../ui/tableStyles';

/** The text for each kind of delivery problem: bot card (notInstalled, unreachable) and activity feed (feed*). */
const PROBLEM_TEXT: Record<DeliveryProblem['problem'], MessageKey> = {
  notInstalled: 'dp.notInstalled',
  unreachable: 'dp.unreachable',
  feedWithoutApp: 'dp.feedWithoutApp',
  feedAppMismatch: 'dp.feedAppMismatch',
  feedPermission: 'dp.feedPermission',
};

/** Manager view: officers reminders do not reach (app not installed, bot blocked, feed refused by Graph and why). */
export function DeliveryProblems() {
  const api = useApi();
  const { t, formatDate } = useI18n();
  const styles = useTableStyles();
  const query = useQuery<DeliveryProblem[]>('delivery-problems', () => api.deliveryProblems());
  const items = query.data ?? null;
  const error = query.error;

  return (
    <section aria-labelledby="dp-heading" data-testid="delivery-problems">
      <Title2 block as="h2" id="dp-heading">
        {t('dp.title')}
      </Title2>
      <ErrorBar error={error} />
      {!items && !error && <Spinner size="small" label={t('loading')} />}
      {items?.length === 0 && (
        <Text block as="p">
          {t('dp.none')}
        </Text>
      )}
      {items && items.length > 0 && (
        <div className={styles.wrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{t('dp.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>{t('dp.officer')}</th>
                <th scope="col" className={styles.th}>{t('dp.problem')}</th>
                <th scope="col" className={styles.th}>{t('dp.since')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={`${p.officerId}-${p.problem}`}>
                  <th scope="row" className={`${styles.td} ${styles.rowHeader}`}>{p.officerName}</th>
                  <td className={styles.td}>{t(PROBLEM_TEXT[p.problem] ?? 'dp.unreachable')}</td>
                  <td className={mergeClasses(styles.td, styles.date)}>{formatDate(p.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
