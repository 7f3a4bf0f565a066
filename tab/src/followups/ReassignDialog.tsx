import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Officer } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { ActionResult } from './useFollowUpActions';

export interface ReassignDialogProps {
  title: string;
  officers: Officer[];
  onClose: () => void;
  onSubmit: (ownerId: string) => Promise<ActionResult>;
}

/** Picks the colleague who takes over one or several follow-ups. */
export function ReassignDialog({ title, officers, onClose, onSubmit }: ReassignDialogProps) {
  const { t } = useI18n();
  const [ownerId, setOwnerId] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ownerId) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await onSubmit(ownerId);
    setBusy(false);
    if (result.ok) onClose();
    else setProblem(result.message);
  };

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              <Field
                label={t('reassign.to')}
                required
                validationState={missing ? 'error' : 'none'}
                validationMessage={missing ? t('reassign.required') : undefined}
              >
                <Select
                  data-testid="reassign-owner"
                  value={ownerId}
                  onChange={(_, d) => {
                    setOwnerId(d.value);
                    setMissing(false);
                  }}
                >
                  <option value="">{t('reassign.choose')}</option>
                  {officers.map((o) => (
                    <option key={o.userId} value={o.userId}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <div role="alert">
                {problem && (
                  <MessageBar intent="warning">
                    <MessageBarBody>{problem}</MessageBarBody>
                  </MessageBar>
                )}
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy} data-testid="reassign-submit">
                {t('reassign.submit')}
              </Button>
              <Button onClick={onClose}>{t('cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
