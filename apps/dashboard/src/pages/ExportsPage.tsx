import { Button, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { api, errorText, saveFile } from '../api';
import { t } from '../strings.vi';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalM },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
});

const EXPORTS = [
  { name: 'workbook', title: t.exports.workbook, hint: t.exports.workbookHint, fallback: 'tong-hop.xlsx' },
  { name: 'submissionsZip', title: t.exports.zip, hint: t.exports.zipHint, fallback: 'ban-gui.zip' },
  { name: 'overallPlan', title: t.exports.overall, hint: t.exports.overallHint, fallback: 'du-thao-ke-hoach-tong-hop.docx' },
] as const;

/** The consolidated workbook, the round's submitted files, and the draft of the overall plan. */
export function ExportsPage() {
  const s = useStyles();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (e: (typeof EXPORTS)[number]) => {
    setBusy(e.name);
    setMessage(null);
    try {
      const f = await api.downloadFile(e.name);
      const name = f.fileName ?? e.fallback;
      saveFile(f.bytes, f.contentType, name);
      setMessage({ ok: true, text: t.exports.done(name) });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Title2 as="h1" block>
        {t.exports.title}
      </Title2>
      {message && (
        <MessageBar intent={message.ok ? 'success' : 'error'} style={{ marginTop: 12 }}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.grid}>
        {EXPORTS.map((e) => (
          <Card key={e.name} className={s.card}>
            <CardHeader
              header={
                <Text as="h2" weight="semibold" size={400}>
                  {e.title}
                </Text>
              }
            />
            <Text>{e.hint}</Text>
            <div>
              <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy !== null} onClick={() => void run(e)} data-export={e.name}>
                {busy === e.name ? t.exports.busy : t.exports.download}
              </Button>
            </div>
          </Card>
        ))}
      </div>
    </>
  );
}
