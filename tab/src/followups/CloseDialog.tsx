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
  Textarea,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { FollowUp } from '../api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { ActionResult } from './useFollowUpActions';

export interface CloseDialogProps {
  item: FollowUp;
  onClose: () => void;
  onSubmit: (note: string) => Promise<ActionResult>;
}

/** Closing a follow-up requires the återkoppling (feedback) given to the company. */
export function CloseDialog({ item, onClose, onSubmit }: CloseDialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await onSubmit(note.trim());
    setBusy(false);
    if (result.ok) onClose();
    else setProblem(result.message);
  };

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{t('close.title', { title: item.title })}</DialogTitle>
            <DialogContent>
              <Field
                label={t('close.note')}
                hint={t('close.hint')}
                required
                validationState={missing ? 'error' : 'none'}
                validationMessage={missing ? t('close.required') : undefined}
              >
                <Textarea
                  data-testid="close-note"
                  value={note}
                  resize="vertical"
                  onChange={(_, d) => {
                    setNote(d.value);
                    if (d.value.trim()) setMissing(false);
                  }}
                />
              </Field>
              <div role="alert" data-testid="close-problem">
                {problem && (
                  <MessageBar intent="warning">
                    <MessageBarBody>{problem}</MessageBarBody>
                  </MessageBar>
                )}
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy || item.status === 'done'} data-testid="close-submit">
                {t('close.submit')}
              </Button>
              <Button onClick={onClose}>{t('cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
