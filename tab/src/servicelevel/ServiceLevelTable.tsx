import type { ServiceLevelMonth } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { useTableStyles } from '../ui/tableStyles';
import { mergeClasses } from '@fluentui/react-components';

/** All months and officers with the numbers behind the charts. */
export function ServiceLevelTable({ rows }: { rows: ServiceLevelMonth[] }) {
  const { t, formatDays, formatMonth, formatPercent } = useI18n();
  const s = useTableStyles();
  const num = mergeClasses(s.td, s.num);
  const dash = '–';
  return (
    <div className={s.wrap}>
      <table className={s.table} data-testid="service-level-table">
        <caption className={s.caption}>{t('sl.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={s.th}>{t('sl.col.month')}</th>
            <th scope="col" className={s.th}>{t('sl.col.officer')}</th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>{t('sl.col.closed')}</th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>{t('sl.col.median')}</th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>{t('sl.col.p90')}</th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>{t('sl.col.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.month}-${r.officerId}`}>
              <td className={mergeClasses(s.td, s.date)}>{formatMonth(r.month)}</td>
              <th scope="row" className={mergeClasses(s.td, s.rowHeader)}>{r.officerName}</th>
              <td className={num}>{r.closed}</td>
              <td className={num}>{r.medianDays === null ? dash : formatDays(r.medianDays)}</td>
              <td className={num}>{r.p90Days === null ? dash : formatDays(r.p90Days)}</td>
              <td className={num}>{r.withinTargetShare === null ? dash : formatPercent(r.withinTargetShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
