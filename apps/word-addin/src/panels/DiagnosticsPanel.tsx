import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { runDiagnostics, type DiagnosticsReport } from '@cds/word-adapter';
import { useState } from 'react';
import type { Session } from '../session.js';
import { t } from '../strings.vi.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyle: 'none' },
  step: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', overflowWrap: 'anywhere' },
  badge: { flexShrink: 0 },
});

/** Chẩn đoán: every adapter operation in a scratch document; signed in, the report goes to the server. */
export function DiagnosticsPanel({ session }: { session: Session }) {
  const s = useStyles();
  const [report, setReport] = useState<DiagnosticsReport | null>(null);
  const [sent, setSent] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const r = await runDiagnostics();
      setReport(r);
      if (session.token) {
        const res = await fetch('/api/diagnostics', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
          body: JSON.stringify(r),
        });
        setSent(res.ok);
      } else setSent(false);
    } finally {
      setBusy(false);
    }
  };
  const c = report?.capabilities;
  return (
    <section className={s.root} aria-label={t.tabs.diagnostics}>
      <Text size={200}>{t.diagnostics.intro}</Text>
      <Button appearance="primary" disabled={busy} onClick={() => void run()} data-testid="diagnostics-run">
        {t.diagnostics.run}
      </Button>
      {c && (
        <>
          <Text size={200}>
            {t.diagnostics.version(c.version, c.platform)} · {t.diagnostics.api(c.wordApiMinor)}
          </Text>
          <Text size={200}>{t.diagnostics.webview(c.webview)}</Text>
          {report.ranIn !== 'scratch' && <Text size={200}>{t.diagnostics.readOnly}</Text>}
          <ul className={s.list} data-testid="diagnostics-steps">
            {report.steps.map((x) => (
              <li key={x.name} className={s.step}>
                <Badge className={s.badge} size="small" appearance="tint" color={x.ok ? 'success' : 'danger'}>
                  {x.ok ? t.diagnostics.passed : t.diagnostics.failed}
                </Badge>
                <Text size={200}>
                  {x.name} · {x.ms} ms{x.error ? ` · ${x.error}` : ''}
                </Text>
              </li>
            ))}
          </ul>
          <MessageBar intent={sent ? 'success' : 'info'}>
            <MessageBarBody>{sent ? t.diagnostics.sent : t.diagnostics.notSent}</MessageBarBody>
          </MessageBar>
        </>
      )}
    </section>
  );
}
