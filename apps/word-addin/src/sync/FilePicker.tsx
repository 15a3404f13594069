import { Field, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { syncMessages } from '@cds/plan-sync';
import { useId } from 'react';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** The fallback when Word will not give the file: the user picks the saved .docx (checked by the engine before upload). */
export function FilePicker({ message, refusal, onFile }: { message: string; refusal: string | null; onFile(bytes: Uint8Array, fileName: string): void }) {
  const s = useStyles();
  const id = useId();
  return (
    <div className={s.root} data-testid="file-picker">
      <MessageBar intent="warning">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
      <Field label={syncMessages.ui.pickFileLabel}>
        <input
          id={id}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void file.arrayBuffer().then((b) => onFile(new Uint8Array(b), file.name));
            e.currentTarget.value = ''; // picking the same file again after a refusal fires again
          }}
        />
      </Field>
      {refusal && (
        <MessageBar intent="error" data-testid="file-refused">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
