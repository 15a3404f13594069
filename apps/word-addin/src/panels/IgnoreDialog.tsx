import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { t } from '../strings.vi.js';

/** Asks for the reason of an ignore (required: MST reads it). */
export function IgnoreDialog({ message, onSave, onClose }: { message: string; onSave(reason: string): void; onClose(): void }) {
  const [reason, setReason] = useState('');
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined} style={{ maxWidth: 'calc(100vw - 24px)' }}>
        <DialogBody>
          <DialogTitle>{t.check.ignoreTitle}</DialogTitle>
          <DialogContent>
            <p style={{ marginTop: 0 }}>{message}</p>
            <Field label={t.check.reason} hint={t.check.ignoreHint} required>
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" data-testid="ignore-reason" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!reason.trim()} onClick={() => onSave(reason.trim())}>
              {t.check.save}
            </Button>
            <Button onClick={onClose}>{t.check.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
