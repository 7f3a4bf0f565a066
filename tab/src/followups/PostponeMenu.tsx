import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { CalendarArrowRightRegular } from '@fluentui/react-icons';
import type { FollowUp, PostponeDays } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';

const DAYS: PostponeDays[] = [1, 3, 7];

export function PostponeMenu({ item, onPostpone }: { item: FollowUp; onPostpone: (days: PostponeDays) => void }) {
  const { t } = useI18n();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          size="small"
          icon={<CalendarArrowRightRegular aria-hidden="true" />}
          aria-label={t('postpone.menuLabel', { title: item.title })}
          data-testid={`postpone-${item.id}`}
        >
          {t('postpone.action')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {DAYS.map((d) => (
            <MenuItem key={d} onClick={() => onPostpone(d)} data-testid={`postpone-${item.id}-${d}`}>
              {t(`postpone.days${d}`)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
