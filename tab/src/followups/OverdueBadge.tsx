import { makeStyles, tokens } from '@fluentui/react-components';
import { WarningFilled } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorStatusDangerForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Overdue is shown with an icon and the word "Försenad", never by colour alone. */
export function OverdueBadge() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <span className={styles.badge} data-testid="overdue-badge">
      <WarningFilled aria-hidden="true" />
      {t('overdue')}
    </span>
  );
}
