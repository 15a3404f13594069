import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { applyQuickFix, clearMarks, markFindings, saveIgnore, selectFinding, type Capabilities, type LocatedFinding } from '@cds/word-adapter';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../strings.vi.js';
import type { useValidation } from '../useValidation.js';
import { FindingItem } from './FindingItem.js';
import { IgnoreDialog } from './IgnoreDialog.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  counts: { fontWeight: tokens.fontWeightSemibold },
  group: { margin: 0, padding: 0, listStyle: 'none' },
  groupHead: { marginTop: tokens.spacingVerticalS, display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Kiểm tra: findings grouped by section, with counts, click-to-go, quick fixes and ignores. */
export function CheckPanel({ v, caps, live, setLive }: { v: ReturnType<typeof useValidation>; caps: Capabilities; live: boolean; setLive(b: boolean): void }) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [ignoring, setIgnoring] = useState<LocatedFinding | null>(null);
  const [marks, setMarks] = useState(false);
  const r = v.result;
  const groups = useMemo(() => {
    if (!r) return [];
    const heading = new Map(r.analysis.sections.map((x) => [x.id, x.heading]));
    const out = new Map<string, { title: string; findings: LocatedFinding[] }>();
    for (const f of r.findings) {
      const key = f.section ?? '';
      const g = out.get(key) ?? { title: f.section ? `${f.section} · ${heading.get(f.section) ?? ''}` : t.check.whole, findings: [] };
      g.findings.push(f);
      out.set(key, g);
    }
    return [...out.values()];
  }, [r]);

  // Marks follow the findings while switched on; switching off removes them.
  useEffect(() => {
    if (!r) return;
    void (async () => {
      await clearMarks();
      if (marks)
        await markFindings(
          r.findings.filter((f) => !f.ignored),
          { mode: caps.annotations ? 'annotations' : 'highlight' },
        );
    })();
  }, [marks, r, caps.annotations]);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setNote(null);
    try {
      await fn();
    } catch (e) {
      setNote(t.error(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const actions = {
    go: (f: LocatedFinding) => void act(async () => (await selectFinding(f)) || setNote(t.check.notFound)),
    fix: (f: LocatedFinding) =>
      void act(async () => {
        await applyQuickFix(f, r ? { reading: r.reading } : {});
        await v.run();
      }),
    ignore: (f: LocatedFinding) => setIgnoring(f),
  };
  const c = r?.analysis.counts;
  return (
    <section className={s.root} aria-label={t.tabs.check}>
      <div className={s.bar}>
        <Button appearance="primary" size="small" onClick={() => void v.run()} disabled={v.checking}>
          {t.check.run}
        </Button>
        {v.checking && <Spinner size="extra-tiny" label={t.check.checking} data-testid="checking" />}
      </div>
      <div className={s.bar}>
        <Switch checked={live} onChange={(_, d) => setLive(d.checked)} label={t.check.live} />
        <Switch checked={marks} onChange={(_, d) => setMarks(d.checked)} label={caps.annotations ? t.check.marksAnnotations : t.check.marksHighlight} />
      </div>
      {c && (
        <Text className={s.counts} data-testid="counts" data-errors={c.error}>
          {t.check.counts(c.error, c.warning, c.info)}
        </Text>
      )}
      {r && (
        <Text size={200} className={s.muted}>
          {t.check.timing(Math.round(r.readMs + r.rulesMs))}
        </Text>
      )}
      {v.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t.error(v.error)}</MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {r && !r.findings.length && <Text>{t.check.none}</Text>}
      {groups.map((g) => (
        <div key={g.title}>
          <div className={s.groupHead}>
            <Text weight="semibold" size={200}>
              {g.title}
            </Text>
            <Text size={200} className={s.muted}>
              {g.findings.length}
            </Text>
          </div>
          <ul className={s.group}>
            {g.findings.map((f, i) => (
              <FindingItem key={`${f.rule}-${f.blockId}-${i}`} f={f} actions={actions} busy={busy} />
            ))}
          </ul>
        </div>
      ))}
      <Text size={200} className={s.muted}>
        {t.check.pageRules}
      </Text>
      {ignoring && (
        <IgnoreDialog
          message={ignoring.message}
          onClose={() => setIgnoring(null)}
          onSave={(reason) => {
            const f = ignoring;
            setIgnoring(null);
            void act(async () => {
              await saveIgnore({ rule: f.rule, section: f.section, reason });
              await v.run();
            });
          }}
        />
      )}
    </section>
  );
}
