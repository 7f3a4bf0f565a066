import type { Category, FollowUpStatus } from '../api/contract';
import type { Translate } from '../i18n/I18nContext';
import type { Locale } from '../i18n/locale';

export function statusLabel(t: Translate, status: FollowUpStatus): string {
  return t(`status.${status}`);
}

export function categoryLabel(categories: Category[], id: string, locale: Locale): string {
  const c = categories.find((x) => x.id === id);
  return c ? c[locale] : id;
}

export function categoryList(categories: Category[], ids: string[], locale: Locale): string {
  return ids.map((id) => categoryLabel(categories, id, locale)).join(', ');
}
