import { Link, makeStyles, Spinner, Title1, Title2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useDataCache } from '../api/DataContext';
import { useQuery } from '../api/useQuery';
import { COMPANY_PAGES } from '../followups/followUpCache';
import { useFollowUpActions } from '../followups/useFollowUpActions';
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

/** The company page as cached: the pages of its timeline shown so far, joined. */
interface Shown {
  detail: CompanyDetail;
  pages: number;
}

/** One company: its details and whole timeline of contacts, needs, signals and follow-ups, older pages on "Visa fler". */
export function CompanyPage({ orgNr }: { orgNr: string }) {
  const api = useApi();
  const cache = useDataCache();
  const { t } = useI18n();
  const styles = useStyles();
  const key = `${COMPANY_PAGES}${orgNr}`;
  // reloads as many pages as were shown (after a follow-up on it changed, say)
  const query = useQuery<Shown>(key, async (previous) => {
    let detail = await api.company(orgNr);
    let pages = 1;
    while (pages < (previous?.pages ?? 1) && detail.continuationToken) {
      const next = await api.company(orgNr, detail.continuationToken);
      detail = { ...next, timeline: [...detail.timeline, ...next.timeline] };
      pages++;
    }
    return { detail, pages };
  });
  const data = query.data?.detail;
  const error = query.error;
  const actions = useFollowUpActions();
  const [problem, setProblem] = useState<unknown>(null);

  const more = () => {
    const token = data?.continuationToken;
    if (!token) return;
    void cache.load<Shown>(key, async (previous) => {
      const next = await api.company(orgNr, token);
      const before = previous?.detail ?? next;
      return { detail: { ...next, timeline: [...before.timeline, ...next.timeline] }, pages: (previous?.pages ?? 1) + 1 };
    });
  };

  const setConfidential = (id: string, confidential: boolean) => {
    api.setConfidential(id, confidential).then(
      () =>
        cache.patch<Shown>(key, (d) => ({
          ...d,
          detail: { ...d.detail, timeline: d.detail.timeline.map((e) => (e.id === id ? { ...e, confidential } : e)) },
        })),
      (e) => setProblem(e),
    );
  };

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
      <ErrorBar error={error ?? problem} />
      {!data && !error && <Spinner label={t('loading')} />}
      {c && data && (
        <>
          <Title1 block as="h1" id="company-heading" tabIndex={-1}>
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
          <Timeline entries={data.timeline} onConfidential={setConfidential} actions={actions} />
          <ShowMore count={data.timeline.length} loading={query.loading} hasMore={!!data.continuationToken} onMore={more} />
        </>
      )}
    </section>
  );
}
