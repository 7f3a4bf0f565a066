import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/** Shared look of the native data tables (th/scope/caption kept for screen readers). */
export const useTableStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    padding: `${tokens.spacingVerticalS} 0`,
    color: tokens.colorNeutralForeground1,
  },
  th: {
    textAlign: 'left',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    ...shorthands.borderBottom(tokens.strokeWidthThick, 'solid', tokens.colorNeutralStroke1),
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  rowHeader: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  td: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    verticalAlign: 'top',
    color: tokens.colorNeutralForeground1,
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  /** dates and months never break inside ("2026-12-\n04") */
  date: { whiteSpace: 'nowrap' },
  overdueRow: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    boxShadow: `inset 4px 0 0 ${tokens.colorStatusDangerBorder2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});
