import { mergeClasses } from '@fluentui/react-components';
import type { ServiceLevel } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { useTableStyles } from '../ui/tableStyles';

export function AgeTable({ rows }: { rows: ServiceLevel['openByAge'] }) {
  const { t } = useI18n();
  const s = useTableStyles();
  return (
    <div className={s.wrap}>
      <table className={s.table} data-testid="open-by-age-table">
        <caption className={s.caption}>{t('sl.ageCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={s.th}>{t('sl.col.bucket')}</th>
            <th scope="col" className={mergeClasses(s.th, s.num)}>{t('sl.col.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.bucket}>
              <th scope="row" className={mergeClasses(s.td, s.rowHeader)}>{r.bucket}</th>
              <td className={mergeClasses(s.td, s.num)}>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
