import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { syncMessages } from '@cds/plan-sync';
import { useId, useRef, useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pick: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  // The browser's own control (English "Choose File / No file chosen") stays in the page for the Fluent button to open, unseen.
  hidden: { display: 'none' },
  name: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

/** The fallback when Word will not give the file: the user picks the saved .docx (checked by the engine before upload). */
export function FilePicker({ message, refusal, onFile }: { message: string; refusal: string | null; onFile(bytes: Uint8Array, fileName: string): void }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const ui = syncMessages.ui;
  const labelId = useId();
  const nameId = useId();
  return (
    <div className={s.root} data-testid="file-picker">
      <MessageBar intent="warning">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
      <div className={s.pick}>
        <Text id={labelId} size={300} weight="semibold">
          {ui.pickFileLabel}
        </Text>
        <Button icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()} aria-describedby={`${labelId} ${nameId}`} data-testid="pick-file">
          {ui.pickFileButton}
        </Button>
        <Text id={nameId} size={200} className={s.name} data-testid="picked-file" aria-live="polite">
          {chosen ? ui.chosenFile(chosen) : ui.noFileChosen}
        </Text>
      </div>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        tabIndex={-1}
        data-testid="pick-file-input"
        aria-hidden
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) {
            setChosen(file.name);
            void file.arrayBuffer().then((b) => onFile(new Uint8Array(b), file.name));
          }
          e.currentTarget.value = ''; // picking the same file again after a refusal fires again
        }}
      />
      {refusal && (
        <MessageBar intent="error" data-testid="file-refused">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
