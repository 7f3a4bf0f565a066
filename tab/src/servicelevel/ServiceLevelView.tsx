import { Button, Field, makeStyles, Select, Spinner, Subtitle2, Text, Title1, Title2, tokens } from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import type { ServiceLevel } from '../api/contract';
import { useQuery } from '../api/useQuery';
import { SERVICE_LEVEL } from '../followups/followUpCache';
import { useI18n } from '../i18n/I18nContext';
import { ErrorBar } from '../ui/ErrorBar';
import { AgeTable } from './AgeTable';
import { BarChart } from './BarChart';
import { defaultRange, isMonth, monthChoices } from './months';
import { ServiceLevelTable } from './ServiceLevelTable';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, alignItems: 'flex-start', marginBottom: tokens.spacingVerticalXL },
  chart: { flex: '1 1 24rem', minWidth: '18rem' },
  table: { flex: '1 1 24rem', minWidth: '18rem' },
});

/** Manager view: days to återkoppling per officer and month, share within target, open follow-ups by age. */
export function ServiceLevelView() {
  const api = useApi();
  const { t, formatDays, formatMonth, formatPercent } = useI18n();
  const styles = useStyles();
  const [range, setRange] = useState(defaultRange);
  const [draft, setDraft] = useState(range);
  const [month, setMonth] = useState('');
  const query = useQuery<ServiceLevel>(`${SERVICE_LEVEL}${range.from}:${range.to}`, () => api.serviceLevel(range.from, range.to));
  const data = query.data ?? null;
  const error = query.error;
  const choices = useMemo(() => monthChoices(), []);

  const months = useMemo(() => [...new Set((data?.months ?? []).map((m) => m.month))].sort(), [data]);
  const chartMonth = months.includes(month) ? month : months[months.length - 1] ?? '';
  const rows = (data?.months ?? []).filter((m) => m.month === chartMonth);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (isMonth(draft.from) && isMonth(draft.to)) setRange(draft);
  };

  const days = (n: number | null) => (n === null ? '–' : formatDays(n));

  return (
    <section aria-labelledby="sl-heading" data-testid="view-service-level">
      <Title1 block as="h1" id="sl-heading">
        {t('sl.title')}
      </Title1>
      <form className={styles.form} onSubmit={submit}>
        {/* months named in the tab's language (a native month input speaks the browser's: "January 2026") */}
        <Field label={t('sl.from')}>
          <Select value={draft.from} onChange={(_, d) => setDraft({ ...draft, from: d.value })} data-testid="sl-from">
            {choices.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('sl.to')}>
          <Select value={draft.to} onChange={(_, d) => setDraft({ ...draft, to: d.value })} data-testid="sl-to">
            {choices.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" data-testid="sl-apply">
          {t('sl.apply')}
        </Button>
        {months.length > 0 && (
          <Field label={t('sl.month')}>
            <Select value={chartMonth} onChange={(_, d) => setMonth(d.value)} data-testid="sl-month">
              {months.map((m) => (
                <option key={m} value={m}>
                  {formatMonth(m)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </form>
      <ErrorBar error={error} />
      {!data && !error && <Spinner label={t('loading')} />}
      {data && (
        <>
          <Text block as="p" data-testid="sl-target">
            {t('sl.target', { n: data.targetDays })}
          </Text>
          <Title2 block as="h2">{t('sl.monthHeading', { month: chartMonth ? formatMonth(chartMonth) : '–' })}</Title2>
          {rows.length === 0 ? (
            <Text block as="p">{t('sl.noData')}</Text>
          ) : (
            <div className={styles.pair}>
              <div className={styles.chart}>
                <Subtitle2 block as="h3">
                  {t('sl.daysHeading')}
                </Subtitle2>
                <BarChart
                  id="sl-days-chart"
                  title={t('sl.daysChart', { month: formatMonth(chartMonth) })}
                  description={t('sl.daysDesc')}
                  reference={{ value: data.targetDays, label: t('sl.targetShort', { n: data.targetDays }) }}
                  groups={rows.map((r) => ({
                    label: r.officerName,
                    bars: [
                      { series: 'median', value: r.medianDays, text: `${t('sl.median')} ${days(r.medianDays)}` },
                      { series: 'p90', value: r.p90Days, text: `${t('sl.p90')} ${days(r.p90Days)}` },
                    ],
                  }))}
                />
              </div>
              <div className={styles.chart}>
                <Subtitle2 block as="h3">
                  {t('sl.shareHeading', { n: data.targetDays })}
                </Subtitle2>
                <BarChart
                  id="sl-share-chart"
                  title={t('sl.shareChart', { month: formatMonth(chartMonth) })}
                  description={t('sl.shareDesc')}
                  max={1}
                  groups={rows.map((r) => ({
                    label: r.officerName,
                    bars: [
                      {
                        series: 'share',
                        value: r.withinTargetShare,
                        text: r.withinTargetShare === null ? '–' : formatPercent(r.withinTargetShare),
                      },
                    ],
                  }))}
                />
              </div>
            </div>
          )}
          <div className={styles.pair}>
            <div className={styles.table}>
              <ServiceLevelTable rows={data.months} />
            </div>
          </div>
          <Title2 block as="h2">{t('sl.ageChart')}</Title2>
          <div className={styles.pair}>
            <div className={styles.chart}>
              <BarChart
                id="sl-age-chart"
                title={t('sl.ageChart')}
                description={t('sl.ageDesc')}
                groups={data.openByAge.map((b) => ({
                  label: b.bucket,
                  bars: [{ series: 'count', value: b.count, text: String(b.count) }],
                }))}
              />
            </div>
            <div className={styles.table}>
              <AgeTable rows={data.openByAge} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
