import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { UNREACHABLE, type Session } from '../session.js';
import { t } from '../strings.vi.js';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Đăng nhập: e-mail and password against the server; the agency and its catalogue come back. */
export function AccountPanel({ session, onChange }: { session: Session; onChange(): void }) {
  const s = useStyles();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const info = session.info;
  if (info)
    return (
      <section className={s.root} aria-label={t.tabs.account}>
        <Text data-testid="signed-in">{t.account.signedIn(info.user.name || info.user.email)}</Text>
        {info.agency && (
          <Text>
            {t.account.agency}: {info.agency.name}
          </Text>
        )}
        {info.catalog && <Text size={200}>{t.account.catalog(info.catalog.entries.length, info.catalog.name)}</Text>}
        <Button onClick={() => void session.signOut().then(onChange)}>{t.account.signOut}</Button>
      </section>
    );
  return (
    <form
      className={s.root}
      aria-label={t.tabs.account}
      onSubmit={(e) => {
        e.preventDefault();
        void session.signIn(email, password).then((ok) => ok && onChange());
      }}
    >
      <Field label={t.account.email} required>
        <Input type="email" autoComplete="username" value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      <Field label={t.account.password} required>
        <Input type="password" autoComplete="current-password" value={password} onChange={(_, d) => setPassword(d.value)} />
      </Field>
      {session.error && (
        <MessageBar intent="error">
          <MessageBarBody>{session.error === UNREACHABLE ? t.account.unreachable : session.error}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" type="submit">
        {t.account.signIn}
      </Button>
    </form>
  );
}
