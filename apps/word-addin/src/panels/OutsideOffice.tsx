import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { t } from '../strings.vi.js';

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** What a plain browser shows: the pane needs Word. */
export function OutsideOffice() {
  const s = useStyles();
  return (
    <main className={s.root}>
      <MessageBar intent="warning" layout="multiline" data-testid="outside-office">
        <MessageBarBody>
          <MessageBarTitle>{t.outside.title}</MessageBarTitle>
          {t.outside.body}
        </MessageBarBody>
      </MessageBar>
      <Text>{t.outside.upload}</Text>
    </main>
  );
}
