import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Severity } from '@cds/rules';
import { applyQuickFix, clearMarks, markFindings, saveIgnore, selectFinding, type Capabilities, type LocatedFinding } from '@cds/word-adapter';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { t } from '../strings.vi.js';
import type { useValidation } from '../useValidation.js';
import { FindingItem } from './FindingItem.js';

// The dialog (and Fluent's dialog code) loads when the user first asks to ignore, not with the first screen.
const IgnoreDialog = lazy(() => import('./IgnoreDialog.js').then((m) => ({ default: m.IgnoreDialog })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  counts: { fontWeight: tokens.fontWeightSemibold },
  group: { margin: 0, padding: 0, listStyle: 'none' },
  groupsBar: { display: 'flex', justifyContent: 'flex-end', marginBottom: `calc(-1 * ${tokens.spacingVerticalXS})` },
  // The header's button: the title wraps (long Vietnamese headings), the counts stay on its right.
  header: {
    '& > button': {
      alignItems: 'flex-start',
      height: 'auto',
      minHeight: '32px',
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
      paddingLeft: 0,
      paddingRight: 0,
    },
  },
  headerBody: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, width: '100%', minWidth: 0, textAlign: 'start' },
  headerTitle: { flex: 1, minWidth: 0, overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  headerCounts: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0, paddingTop: '1px' },
  // Findings use the pane's whole width (320 px): no indent under the header.
  panel: { marginLeft: 0, marginRight: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Group {
  key: string;
  title: string;
  findings: LocatedFinding[];
  /** Findings not ignored, by severity. */
  counts: Record<Severity, number>;
}

const BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useCountStyles = makeStyles({
  // Read by screen readers as part of the header button's name; the badges beside it are only seen.
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** A group's counts in its header: one badge per severity present (ignored findings apart), read out in words. */
function GroupCounts({ counts, total, className }: { counts: Record<Severity, number>; total: number; className: string }) {
  const cs = useCountStyles();
  const shown = (['error', 'warning', 'info'] as const).filter((k) => counts[k] > 0);
  const ignored = total - shown.reduce((n, k) => n + counts[k], 0);
  const words = [...shown.map((k) => t.check.groupCount[k](counts[k])), ...(ignored ? [t.check.groupCount.ignored(ignored)] : [])];
  return (
    <span className={className} data-testid="group-counts" data-total={total}>
      {shown.map((k) => (
        <Badge key={k} size="small" appearance="filled" color={BADGE[k]} aria-hidden title={t.check.groupCount[k](counts[k])}>
          {counts[k]}
        </Badge>
      ))}
      {ignored > 0 && (
        <Badge size="small" appearance="outline" color="informative" aria-hidden title={t.check.groupCount.ignored(ignored)}>
          {ignored}
        </Badge>
      )}
      <span className={cs.hidden}>{`: ${words.join(', ')}`}</span>
    </span>
  );
}

/** Word 2019 (desktop, WordApi 1.1–1.3 only): the host whose API cannot read the page setup; the web and newer Words can. */
export const isWord2019 = (caps: Pick<Capabilities, 'inOffice' | 'platform' | 'wordApiMinor'>) =>
  caps.inOffice && caps.platform !== 'OfficeOnline' && caps.wordApiMinor > 0 && caps.wordApiMinor <= 3;

/** Kiểm tra: findings grouped by section, with counts, click-to-go, quick fixes and ignores. */
export function CheckPanel({
  v,
  caps,
  live,
  setLive,
  marks,
  setMarks,
}: {
  v: ReturnType<typeof useValidation>;
  caps: Capabilities;
  live: boolean;
  setLive(b: boolean): void;
  /** The marks switch, kept by the pane: a submission takes the marks out of the document and turns it off. */
  marks: boolean;
  setMarks(b: boolean): void;
}) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [ignoring, setIgnoring] = useState<LocatedFinding | null>(null);
  // Groups the user folded (by key): a group seen for the first time is open, so a new finding is never hidden.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const r = v.result;
  const groups = useMemo(() => {
    if (!r) return [];
    const heading = new Map(r.analysis.sections.map((x) => [x.id, x.heading]));
    const out = new Map<string, Group>();
    for (const f of r.findings) {
      const key = f.section ?? '';
      const g = out.get(key) ?? {
        key,
        title: f.section ? `${f.section} · ${heading.get(f.section) ?? ''}` : t.check.whole,
        findings: [],
        counts: { error: 0, warning: 0, info: 0 },
      };
      g.findings.push(f);
      if (!f.ignored) g.counts[f.severity]++;
      out.set(key, g);
    }
    return [...out.values()];
  }, [r]);
  const openItems = groups.filter((g) => !folded.has(g.key)).map((g) => g.key);

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
      {groups.length > 1 && (
        <div className={s.groupsBar}>
          <Button
            size="small"
            appearance="transparent"
            data-testid="fold-all"
            onClick={() => setFolded(openItems.length ? new Set(groups.map((g) => g.key)) : new Set())}
          >
            {openItems.length ? t.check.foldAll : t.check.unfoldAll}
          </Button>
        </div>
      )}
      {groups.length > 0 && (
        <Accordion
          multiple
          collapsible
          navigation="linear"
          openItems={openItems}
          onToggle={(_, d) => {
            const key = String(d.value);
            setFolded((prev) => {
              const next = new Set(prev);
              if (d.openItems.includes(key)) next.delete(key);
              else next.add(key);
              return next;
            });
          }}
        >
          {groups.map((g) => (
            <AccordionItem key={g.key} value={g.key} data-testid="finding-group" data-section={g.key}>
              <AccordionHeader size="small" expandIconPosition="start" className={s.header}>
                <span className={s.headerBody}>
                  <span className={s.headerTitle}>{g.title}</span>
                  <GroupCounts counts={g.counts} total={g.findings.length} className={s.headerCounts} />
                </span>
              </AccordionHeader>
              <AccordionPanel className={s.panel}>
                <ul className={s.group}>
                  {g.findings.map((f, i) => (
                    <FindingItem key={`${f.rule}-${f.blockId}-${i}`} f={f} actions={actions} busy={busy} />
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      <Text size={200} className={s.muted} data-testid="page-rules">
        {t.check.pageRules(isWord2019(caps))}
      </Text>
      {ignoring && (
        <Suspense fallback={null}>
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
        </Suspense>
      )}
    </section>
  );
}
