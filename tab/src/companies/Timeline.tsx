import { Badge, Button, makeStyles, shorthands, Text, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { TimelineEntry } from '../api/contract';
import { useSession } from '../core/SessionContext';
import { RowActions } from '../followups/RowActions';
import { rowHeaderId } from '../followups/rowHeaderId';
import type { useFollowUpActions } from '../followups/useFollowUpActions';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  date: { whiteSpace: 'nowrap' },
  item: {
    display: 'grid',
    gridTemplateColumns: '7rem 1fr',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: `${tokens.spacingVerticalXXS} 0 0`, whiteSpace: 'pre-wrap' },
});

/** The company's whole history, newest first, as an ordered list; a contact can be marked confidential or public. */
export function Timeline({
  entries,
  onConfidential,
  actions,
}: {
  entries: TimelineEntry[];
  onConfidential?: (id: string, confidential: boolean) => void;
  /** close / postpone / reassign on a follow-up line the user may change (its owner or a manager) */
  actions?: ReturnType<typeof useFollowUpActions>;
}) {
  const { t, formatDate } = useI18n();
  const { me, isManager } = useSession();
  const styles = useStyles();
  if (entries.length === 0) return <Text block as="p">{t('co.timelineEmpty')}</Text>;
  return (
    <ol className={styles.list} data-testid="company-timeline">
      {entries.map((e, i) => (
        <li key={`${e.date}-${i}`} className={styles.item} data-testid="timeline-entry" data-kind={e.kind}>
          <time dateTime={e.date} className={styles.date}>
            {formatDate(e.date)}
          </time>
          <div>
            <div className={styles.meta}>
              <Badge appearance="outline" color="informative">
                {t(`kind.${e.kind}`)}
              </Badge>
              <h3 className={styles.title}>{e.title}</h3>
              {e.status && <Text size={200}>{t(`tl.status.${e.status}`)}</Text>}
              {e.confidential && (
                <Badge appearance="tint" color="warning" icon={<LockClosedRegular aria-hidden="true" />}>
                  {t('co.confidential')}
                </Badge>
              )}
              {e.kind === 'interaction' && e.id && onConfidential && (
                <Button size="small" appearance="subtle" data-testid="toggle-confidential" onClick={() => onConfidential(e.id!, !e.confidential)}>
                  {t(e.confidential ? 'co.makePublic' : 'co.makeConfidential')}
                </Button>
              )}
            </div>
            {e.detail && <p className={styles.detail}>{e.detail}</p>}
            {e.followUp && actions && (isManager || e.followUp.ownerId === me.userId) && (
              <div id={rowHeaderId(e.followUp.id)} tabIndex={-1}>
                <RowActions item={e.followUp} actions={actions} />
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
