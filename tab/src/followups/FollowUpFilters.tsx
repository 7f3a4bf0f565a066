import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { DueFilter, FollowUpFilter, FollowUpStatusFilter } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { useSession } from '../core/SessionContext';

const STATUSES: FollowUpStatusFilter[] = ['active', 'open', 'inProgress', 'done', 'all'];
const DUES: DueFilter[] = ['all', 'overdue', 'today', 'week'];

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
  },
  field: { minWidth: '11rem' },
});

export interface FollowUpFiltersProps {
  value: FollowUpFilter;
  onChange: (filter: FollowUpFilter) => void;
  showOfficer: boolean;
}

/** Selects apply at once; the company field applies on "Filtrera" (or Enter). */
export function FollowUpFilters({ value, onChange, showOfficer }: FollowUpFiltersProps) {
  const { t, locale } = useI18n();
  const { officers, categories } = useSession();
  const styles = useStyles();
  const [company, setCompany] = useState(value.company ?? '');
  useEffect(() => setCompany(value.company ?? ''), [value.company]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...value, company: company.trim() || undefined });
  };

  return (
    <form className={styles.form} onSubmit={submit} role="search" aria-label={t('filters.title')} data-testid="followup-filters">
      {showOfficer && (
        <Field label={t('filters.officer')} className={styles.field}>
          <Select
            data-testid="filter-officer"
            value={value.owner ?? ''}
            onChange={(_, d) => onChange({ ...value, owner: d.value || undefined })}
          >
            <option value="">{t('filters.allOfficers')}</option>
            {officers.map((o) => (
              <option key={o.userId} value={o.userId}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('filters.status')} className={styles.field}>
        <Select
          data-testid="filter-status"
          value={value.status ?? 'active'}
          onChange={(_, d) => onChange({ ...value, status: d.value as FollowUpStatusFilter })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filters.due')} className={styles.field}>
        <Select
          data-testid="filter-due"
          value={value.due ?? 'all'}
          onChange={(_, d) => onChange({ ...value, due: d.value as DueFilter })}
        >
          {DUES.map((d) => (
            <option key={d} value={d}>
              {t(`due.${d}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filters.category')} className={styles.field}>
        <Select
          data-testid="filter-category"
          value={value.category ?? ''}
          onChange={(_, d) => onChange({ ...value, category: d.value || undefined })}
        >
          <option value="">{t('filters.allCategories')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filters.company')} className={styles.field}>
        <Input data-testid="filter-company" value={company} onChange={(_, d) => setCompany(d.value)} />
      </Field>
      <Button type="submit" data-testid="filter-apply">
        {t('filters.apply')}
      </Button>
    </form>
  );
}
