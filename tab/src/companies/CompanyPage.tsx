import { Link, makeStyles, Spinner, Title1, Title2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { CompanyDetail } from '../api/contract';
import { ROUTE_PATHS } from '../core/route';
import { useI18n } from '../i18n/I18nContext';
import { ErrorBar } from '../ui/ErrorBar';
import { ShowMore } from '../ui/ShowMore';
import { Timeline } from './Timeline';

const useStyles = makeStyles({
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalM },
  dl: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXL}`,
  },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
});

/** One company: its details and whole timeline of contacts, needs, signals and follow-ups, older pages on "Visa fler". */
export function CompanyPage({ orgNr }: { orgNr: string }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useStyles();
  const [data, setData] = useState<CompanyDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const more = () => {
    if (!data?.continuationToken) return;
    setLoadingMore(true);
    api.company(orgNr, data.continuationToken).then(
      (next) => {
        setData({ ...next, timeline: [...data.timeline, ...next.timeline] });
        setLoadingMore(false);
      },
      (e) => {
        setError(e);
        setLoadingMore(false);
      },
    );
  };

  const setConfidential = (id: string, confidential: boolean) => {
    api.setConfidential(id, confidential).then(
      () =>
        setData((d) => d && { ...d, timeline: d.timeline.map((e) => (e.id === id ? { ...e, confidential } : e)) }),
      (e) => setError(e),
    );
  };

  useEffect(() => {
    let cancelled = false;
    setData(null);
    setError(null);
    api.company(orgNr).then(
      (d) => !cancelled && setData(d),
      (e) => !cancelled && setError(e),
    );
    return () => {
      cancelled = true;
    };
  }, [api, orgNr]);

  const c = data?.company;
  const details: [string, string][] = c
    ? [
        [t('co.col.orgNr'), c.orgNr],
        [t('co.col.sni'), c.sniCode ?? '–'],
        [t('co.address'), c.address ?? '–'],
        [t('co.employees'), c.employeesBand ?? '–'],
        [t('co.responsible'), c.responsibleOfficerName ?? '–'],
        [t('co.keyAccount'), c.keyAccount ? t('co.yes') : t('co.no')],
      ]
    : [];

  return (
    <section aria-labelledby="company-heading" data-testid="view-company">
      <Link href={`#/${ROUTE_PATHS.companies}`} className={styles.back} data-testid="company-back">
        <ArrowLeftRegular aria-hidden="true" />
        {t('co.back')}
      </Link>
      <ErrorBar error={error} />
      {!data && !error && <Spinner label={t('loading')} />}
      {c && data && (
        <>
          <Title1 block as="h1" id="company-heading">
            {c.name}
          </Title1>
          <Title2 block as="h2">{t('co.details')}</Title2>
          <dl className={styles.dl}>
            {details.map(([k, v]) => (
              <div key={k} style={{ display: 'contents' }}>
                <dt className={styles.dt}>{k}</dt>
                <dd className={styles.dd}>{v}</dd>
              </div>
            ))}
          </dl>
          <Title2 block as="h2">{t('co.timeline')}</Title2>
          <Timeline entries={data.timeline} onConfidential={setConfidential} />
          <ShowMore count={data.timeline.length} loading={loadingMore} hasMore={!!data.continuationToken} onMore={more} />
        </>
      )}
    </section>
  );
}
