import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
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

const ORG_NR = /^\d{6}-?\d{4}$/;

/**
 * Selects apply at once. The company field takes a name or an organisationsnummer and applies on "Visa företaget"
 * (or Enter): a name is looked up in the municipality's register; one match filters on it, none or several say so.
 */
export function FollowUpFilters({ value, onChange, showOfficer }: FollowUpFiltersProps) {
  const { t, locale } = useI18n();
  const { officers, categories } = useSession();
  const styles = useStyles();
  const api = useApi();
  const [company, setCompany] = useState(value.company ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const text = company.trim();
    if (!text || ORG_NR.test(text)) {
      onChange({ ...value, company: text || undefined });
      return;
    }
    try {
      const hits = (await api.companies(text)).items;
      if (hits.length === 1) {
        setCompany(hits[0].orgNr);
        onChange({ ...value, company: hits[0].orgNr });
      } else {
        setProblem(
          hits.length === 0
            ? t('filters.companyNone', { q: text })
            : t('filters.companyMany', { n: hits.length, names: hits.slice(0, 3).map((h) => h.name).join(', ') }),
        );
      }
    } catch (err) {
      setProblem(errorText(err, t('actionFailed')));
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} role="search" aria-label={t('filters.title')} data-testid="followup-filters">
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
      <Field
        label={t('filters.company')}
        className={styles.field}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ?? undefined}
      >
        <Input data-testid="filter-company" value={company} onChange={(_, d) => setCompany(d.value)} />
      </Field>
      <Button type="submit" data-testid="filter-apply">
        {t('filters.apply')}
      </Button>
    </form>
  );
}
