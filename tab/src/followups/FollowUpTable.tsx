import { Checkbox, Link, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FollowUp } from '../api/contract';
import { companyHref } from '../core/route';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../core/SessionContext';
import { useTableStyles } from '../ui/tableStyles';
import { categoryList, statusLabel } from './labels';
import { OverdueBadge } from './OverdueBadge';
import { rowHeaderId } from './rowHeaderId';

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  toggleAll: () => void;
}

export interface FollowUpTableProps {
  caption: string;
  items: FollowUp[];
  showOwner: boolean;
  selection?: Selection;
  renderActions: (item: FollowUp) => ReactNode;
}

export function FollowUpTable({ caption, items, showOwner, selection, renderActions }: FollowUpTableProps) {
  const { t, locale, formatDate } = useI18n();
  const { categories } = useSession();
  const styles = useTableStyles();
  const selectable = items.filter((i) => i.status !== 'done');
  const selectedCount = selection ? selectable.filter((i) => selection.selected.has(i.id)).length : 0;
  const allState = selectedCount === 0 ? false : selectedCount === selectable.length ? true : 'mixed';

  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="followup-table">
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className={styles.th}>
                <Checkbox
                  aria-label={t('select.all')}
                  checked={allState}
                  disabled={selectable.length === 0}
                  onChange={selection.toggleAll}
                  data-testid="select-all"
                />
              </th>
            )}
            <th scope="col" className={styles.th}>{t('col.title')}</th>
            <th scope="col" className={styles.th}>{t('col.company')}</th>
            {showOwner && <th scope="col" className={styles.th}>{t('col.owner')}</th>}
            <th scope="col" className={styles.th}>{t('col.due')}</th>
            <th scope="col" className={styles.th}>{t('col.status')}</th>
            <th scope="col" className={styles.th}>{t('col.categories')}</th>
            <th scope="col" className={styles.th}>{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.id}
              className={item.overdue ? styles.overdueRow : undefined}
              data-testid={`followup-row-${item.id}`}
              data-overdue={item.overdue ? 'true' : 'false'}
            >
              {selection && (
                <td className={styles.td}>
                  <Checkbox
                    aria-label={t('select.row', { title: item.title })}
                    checked={selection.selected.has(item.id)}
                    disabled={item.status === 'done'}
                    onChange={() => selection.toggle(item.id)}
                    data-testid={`select-${item.id}`}
                  />
                </td>
              )}
              <th scope="row" id={rowHeaderId(item.id)} tabIndex={-1} className={mergeClasses(styles.td, styles.rowHeader)}>
                {item.title}
              </th>
              <td className={styles.td}>
                <Link href={companyHref(item.companyOrgNr)}>{item.companyName}</Link>
                <br />
                <span className={styles.date}>{item.companyOrgNr}</span>
              </td>
              {showOwner && <td className={styles.td}>{item.ownerName}</td>}
              <td className={mergeClasses(styles.td, styles.date)} data-testid="due-cell">
                {formatDate(item.dueDate)}
                {item.overdue && (
                  <>
                    <br />
                    <OverdueBadge />
                  </>
                )}
              </td>
              <td className={styles.td}>{statusLabel(t, item.status)}</td>
              <td className={styles.td}>{categoryList(categories, item.categories, locale)}</td>
              <td className={styles.td}>{renderActions(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
