import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  field: { flex: '1 1 20rem', maxWidth: '32rem' },
});

export function CompanySearch({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [q, setQ] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(q.trim());
  };
  return (
    <form role="search" className={styles.form} onSubmit={submit}>
      <Field label={t('co.search')} className={styles.field}>
        <Input type="search" value={q} onChange={(_, d) => setQ(d.value)} data-testid="company-search" />
      </Field>
      <Button type="submit" icon={<SearchRegular aria-hidden="true" />} data-testid="company-search-submit">
        {t('co.searchButton')}
      </Button>
    </form>
  );
}
