import { Link, mergeClasses } from '@fluentui/react-components';
import type { CompanySummary } from '../api/contract';
import { companyHref } from '../core/route';
import { useI18n } from '../i18n/I18nContext';
import { useTableStyles } from '../ui/tableStyles';

export function CompanyTable({ items }: { items: CompanySummary[] }) {
  const { t, formatDate } = useI18n();
  const s = useTableStyles();
  const num = mergeClasses(s.td, s.num);
  const numTh = mergeClasses(s.th, s.num);
  return (
    <div className={s.wrap}>
      <table className={s.table} data-testid="company-table">
        <caption className={s.caption}>{t('co.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={s.th}>{t('co.col.name')}</th>
            <th scope="col" className={s.th}>{t('co.col.orgNr')}</th>
            <th scope="col" className={s.th}>{t('co.col.sni')}</th>
            <th scope="col" className={s.th}>{t('co.col.lastContact')}</th>
            <th scope="col" className={numTh}>{t('co.col.needs')}</th>
            <th scope="col" className={numTh}>{t('co.col.signals')}</th>
            <th scope="col" className={numTh}>{t('co.col.followUps')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.orgNr} data-testid={`company-row-${c.orgNr}`}>
              <th scope="row" className={mergeClasses(s.td, s.rowHeader)}>
                <Link href={companyHref(c.orgNr)} data-testid={`company-link-${c.orgNr}`}>
                  {c.name}
                </Link>
              </th>
              <td className={mergeClasses(s.td, s.date)}>{c.orgNr}</td>
              <td className={s.td}>{c.sniCode ?? '–'}</td>
              <td className={mergeClasses(s.td, s.date)}>{c.lastContact ? formatDate(c.lastContact) : t('co.never')}</td>
              <td className={num}>{c.openNeeds}</td>
              <td className={num}>{c.openSignals}</td>
              <td className={num}>{c.openFollowUps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
