import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title1,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { AuditEntry, PersonQuery, RegisterExtract, RetentionItem } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import { ErrorBar } from '../ui/ErrorBar';
import { ExportButton } from '../ui/ExportButton';
import { ShowMore } from '../ui/ShowMore';
import { useTableStyles } from '../ui/tableStyles';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXXL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', margin: `${tokens.spacingVerticalM} 0` },
});

function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

/** Managers: the audit log by month, the register extract and erasure of a person, and the retention dry run. */
export function PrivacyView() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="privacy-heading" data-testid="view-privacy">
      <Title1 block as="h1" id="privacy-heading">
        {t('pv.title')}
      </Title1>
      <AuditLog />
      <PersonData />
      <Retention />
    </section>
  );
}

function AuditLog() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const [month, setMonth] = useState(thisMonth());
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = (m: string, from: string | null) => {
    setLoading(true);
    api.audit(m, from).then(
      (page) => {
        setItems((prev) => (from ? [...(prev ?? []), ...page.items] : page.items));
        setToken(page.continuationToken);
        setLoading(false);
      },
      (e) => {
        setError(e);
        setLoading(false);
      },
    );
  };

  // eslint-disable-next-line react-hooks/set-state-in-effect, react-hooks/exhaustive-deps -- the audit page is not yet on the data layer (see docs/tab.md)
  useEffect(() => load(month, null), [month]);

  return (
    <section className={styles.section} aria-labelledby="audit-heading">
      <Title2 block as="h2" id="audit-heading">
        {t('pv.audit')}
      </Title2>
      <div className={styles.row}>
        <Field label={t('pv.month')}>
          <Input type="month" value={month} onChange={(_, d) => d.value && setMonth(d.value)} data-testid="audit-month" />
        </Field>
        <ExportButton path={api.auditExportPath(month)} fileName={`granskningslogg-${month}`} testId="audit-export" />
      </div>
      <ErrorBar error={error} />
      {items?.length === 0 && <Text block as="p">{t('pv.auditEmpty')}</Text>}
      {items && items.length > 0 && (
        <div className={table.wrap}>
          <table className={table.table} data-testid="audit-table">
            <caption className={table.caption}>{t('pv.auditCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={table.th}>{t('pv.at')}</th>
                <th scope="col" className={table.th}>{t('pv.who')}</th>
                <th scope="col" className={table.th}>{t('pv.channel')}</th>
                <th scope="col" className={table.th}>{t('pv.what')}</th>
                <th scope="col" className={table.th}>{t('pv.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td className={table.td}>{e.at.replace('T', ' ').slice(0, 19)}</td>
                  <th scope="row" className={`${table.td} ${table.rowHeader}`}>{e.actorName}</th>
                  <td className={table.td}>{e.channel}</td>
                  <td className={table.td}>{e.action}</td>
                  <td className={table.td}>{`${e.subject} ${e.subjectId}${e.detail ? ` (${e.detail})` : ''}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items && <ShowMore count={items.length} loading={loading} hasMore={!!token} onMore={() => load(month, token)} />}
    </section>
  );
}

function PersonData() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useStyles();
  const [person, setPerson] = useState<PersonQuery>({ name: '' });
  const [found, setFound] = useState<RegisterExtract | null>(null);
  const [erased, setErased] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const query: PersonQuery = { name: person.name.trim(), email: person.email?.trim() || undefined, phone: person.phone?.trim() || undefined };

  const search = () => {
    setError(null);
    setErased(null);
    api.registerExtract(query).then(setFound, setError);
  };

  const erase = () => {
    setConfirming(false);
    api.erasePerson(query).then(
      (r) => {
        setFound(null);
        setErased(t('pv.erased', { ref: r.caseReference, contacts: r.contacts, interactions: r.interactions, followUps: r.followUps }));
      },
      setError,
    );
  };

  return (
    <section className={styles.section} aria-labelledby="person-heading">
      <Title2 block as="h2" id="person-heading">
        {t('pv.person')}
      </Title2>
      <Text block as="p">{t('pv.personHelp')}</Text>
      <div className={styles.row}>
        <Field label={t('pv.name')} required>
          <Input value={person.name} onChange={(_, d) => setPerson({ ...person, name: d.value })} data-testid="person-name" />
        </Field>
        <Field label={t('pv.email')}>
          <Input type="email" value={person.email ?? ''} onChange={(_, d) => setPerson({ ...person, email: d.value })} />
        </Field>
        <Field label={t('pv.phone')}>
          <Input type="tel" value={person.phone ?? ''} onChange={(_, d) => setPerson({ ...person, phone: d.value })} />
        </Field>
        <Button appearance="primary" onClick={search} disabled={query.name.length < 3} data-testid="person-search">
          {t('pv.search')}
        </Button>
      </div>
      <ErrorBar error={error} />
      {erased && (
        <MessageBar intent="success">
          <MessageBarBody>{erased}</MessageBarBody>
        </MessageBar>
      )}
      {found && (
        <div data-testid="person-found">
          <Text block as="p">
            {t('pv.found', { contacts: found.contacts.length, interactions: found.interactions.length, followUps: found.followUps.length })}
          </Text>
          {found.interactions.some((i) => i.confidential) && (
            <Text block as="p">{t('pv.confidentialNote', { n: found.interactions.filter((i) => i.confidential).length })}</Text>
          )}
          <div className={styles.row}>
            <ExportButton path={api.registerExtractCsvPath(query)} fileName="registerutdrag" testId="person-export" />
            <Button onClick={() => setConfirming(true)} data-testid="person-erase">
              {t('pv.erase')}
            </Button>
          </div>
        </div>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('pv.eraseTitle', { name: query.name })}</DialogTitle>
            <DialogContent>{t('pv.eraseBody')}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>
                {t('pv.cancel')}
              </Button>
              <Button appearance="primary" onClick={erase} data-testid="person-erase-confirm">
                {t('pv.eraseConfirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

function Retention() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const [items, setItems] = useState<RetentionItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <section className={styles.section} aria-labelledby="retention-heading">
      <Title2 block as="h2" id="retention-heading">
        {t('pv.retention')}
      </Title2>
      <Text block as="p">{t('pv.retentionHelp')}</Text>
      <div className={styles.row}>
        <Button onClick={() => void api.retentionPlan().then((r) => setItems(r.items), setError)} data-testid="retention-run">
          {t('pv.retentionRun')}
        </Button>
      </div>
      <ErrorBar error={error} />
      {items?.length === 0 && <Text block as="p">{t('pv.retentionNone')}</Text>}
      {items && items.length > 0 && (
        <div className={table.wrap}>
          <table className={table.table} data-testid="retention-table">
            <caption className={table.caption}>{t('pv.retentionCount', { n: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className={table.th}>{t('pv.what')}</th>
                <th scope="col" className={table.th}>{t('pv.subject')}</th>
                <th scope="col" className={table.th}>{t('pv.at')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${table.td} ${table.rowHeader}`}>{r.what}</th>
                  <td className={table.td}>{r.orgNr}</td>
                  <td className={table.td}>{r.basisDate}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
