import { Button, Card, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { errorText } from '../api';
import { useSession } from '../session';
import { t } from '../strings.vi';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    justifyContent: 'center',
    alignItems: 'flex-start',
    paddingTop: '10vh',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  card: { width: '420px', maxWidth: '92vw', padding: tokens.spacingHorizontalXXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function LoginPage() {
  const s = useStyles();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className={s.page}>
      <Card className={s.card}>
        <Text size={300}>{t.ministry}</Text>
        <Title2 as="h1" block>
          {t.appName}
        </Title2>
        <Text>{t.login.intro}</Text>
        <form className={s.form} onSubmit={(e) => void submit(e)}>
          <Field label={t.login.email} required>
            <Input type="email" autoComplete="username" value={email} onChange={(_, d) => setEmail(d.value)} />
          </Field>
          <Field label={t.login.password} required>
            <Input type="password" autoComplete="current-password" value={password} onChange={(_, d) => setPassword(d.value)} />
          </Field>
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" type="submit" disabled={busy}>
            {busy ? t.login.busy : t.login.submit}
          </Button>
        </form>
      </Card>
    </main>
  );
}
