import type { Category, FollowUp } from '../api/contract';
import type { Translate } from '../i18n/I18nContext';
import type { Locale } from '../i18n/locale';
import { categoryList, statusLabel } from './labels';

/** "ansvarig: Anna → Erik; förfallodatum: 2026-11-25 → 2026-11-27" for what differs between two versions. */
export function describeChanges(
  before: FollowUp,
  after: FollowUp,
  t: Translate,
  categories: Category[],
  locale: Locale,
): string {
  const changes: string[] = [];
  const add = (label: string, a: string, b: string) => {
    if (a !== b) changes.push(`${label}: ${a || '–'} → ${b || '–'}`);
  };
  add(t('field.title'), before.title, after.title);
  add(t('field.owner'), before.ownerName, after.ownerName);
  add(t('field.dueDate'), before.dueDate, after.dueDate);
  add(t('field.status'), statusLabel(t, before.status), statusLabel(t, after.status));
  add(
    t('field.categories'),
    categoryList(categories, before.categories, locale),
    categoryList(categories, after.categories, locale),
  );
  add(t('field.feedbackNote'), before.feedbackNote ?? '', after.feedbackNote ?? '');
  return t('conflict.message', { changes: changes.length ? changes.join('; ') : t('conflict.noChanges') });
}
