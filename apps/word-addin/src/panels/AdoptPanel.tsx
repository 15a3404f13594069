import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { adoptDocument, previewAdoption, type AdoptionPreview } from '@cds/word-adapter';
import { useState } from 'react';
import { t } from '../strings.vi.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '2px' },
  found: { overflowWrap: 'anywhere' },
  missing: { color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Tiếp nhận văn bản có sẵn: what was recognised, shown before anything changes; then one step. */
export function AdoptPanel({ onDone }: { onDone(): Promise<void> | void }) {
  const s = useStyles();
  const [preview, setPreview] = useState<AdoptionPreview | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      setNote(t.error(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const found = preview?.sections.filter((x) => x.found).length ?? 0;
  return (
    <section className={s.root} aria-label={t.tabs.adopt}>
      <Text size={200}>{t.adopt.intro}</Text>
      <Button
        onClick={() =>
          void run(async () => {
            setNote(null);
            setPreview(await previewAdoption());
          })
        }
        disabled={busy}
        data-testid="adopt-scan"
      >
        {t.adopt.scan}
      </Button>
      {note && (
        <MessageBar intent="success">
          <MessageBarBody data-testid="adopt-note">{note}</MessageBarBody>
        </MessageBar>
      )}
      {preview && (
        <>
          {preview.structured ? (
            <Text>{t.adopt.structured}</Text>
          ) : (
            <Text weight="semibold" data-testid="adopt-summary">
              {t.adopt.summary(found, preview.sections.length)}
            </Text>
          )}
          <Text size={200}>
            {t.adopt.tables(preview.tables.length)}: {preview.tables.map((x) => `${x.section ?? '?'} (${x.rows})`).join(', ')}
          </Text>
          {!preview.structured && (
            <Button
              appearance="primary"
              disabled={busy}
              data-testid="adopt-apply"
              onClick={() =>
                void run(async () => {
                  const r = await adoptDocument();
                  setNote(t.adopt.done(r.wrappedSections, r.wrappedItems, r.wrappedTables));
                  setPreview(null);
                  await onDone();
                })
              }
            >
              {t.adopt.apply}
            </Button>
          )}
          <ul className={s.list} aria-label={t.adopt.found}>
            {[...preview.sections]
              .sort((a, b) => Number(!!a.found) - Number(!!b.found))
              .map((x) => (
                <li key={x.id} className={x.found ? s.found : s.missing}>
                  <Text size={200}>
                    {x.id} → {x.found ?? t.adopt.missing}
                  </Text>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
