import { Spinner, Text, Title2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { DeliveryProblem } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { ErrorBar } from '../ui/ErrorBar';
import { useTableStyles } from '../ui/tableStyles';

/** Manager view: officers the bot cannot bring follow-up reminders to (app not installed, bot blocked). */
export function DeliveryProblems() {
  const api = useApi();
  const { t, formatDate } = useI18n();
  const styles = useTableStyles();
  const [items, setItems] = useState<DeliveryProblem[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    api.deliveryProblems().then(
      (d) => !cancelled && setItems(d),
      (e) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

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
                <tr key={p.officerId}>
                  <th scope="row" className={`${styles.td} ${styles.rowHeader}`}>{p.officerName}</th>
                  <td className={styles.td}>{t(p.problem === 'notInstalled' ? 'dp.notInstalled' : 'dp.unreachable')}</td>
                  <td className={styles.td}>{formatDate(p.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
