import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { clearMarks, detectCapabilities, placeOf, selectPlace, validateDocument } from '@cds/word-adapter';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import type { Finding } from '@cds/rules';
import { CheckPanel } from './panels/CheckPanel.js';
import { goToFinding } from './sync/goTo.js';
import { useSession } from './session.js';
import { t } from './strings.vi.js';
import { useValidation } from './useValidation.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0, flex: 1, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Four tabs on one line in 320 px (no horizontal scroll): the list spans the pane's width, tabs narrower than Fluent's small size.
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalM})` },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

type TabId = keyof typeof t.tabs;

/*
 * The first screen is Kiểm tra: the other tabs, and sync (only after sign-in), load on
 * demand as their own chunks, so the pane's first paint parses only what it shows.
 */
const ComposePanel = lazy(() => import('./panels/ComposePanel.js').then((m) => ({ default: m.ComposePanel })));
const AdoptPanel = lazy(() => import('./panels/AdoptPanel.js').then((m) => ({ default: m.AdoptPanel })));
const AccountPanel = lazy(() => import('./panels/AccountPanel.js').then((m) => ({ default: m.AccountPanel })));
const DiagnosticsPanel = lazy(() => import('./panels/DiagnosticsPanel.js').then((m) => ({ default: m.DiagnosticsPanel })));
const LiveSync = lazy(() => import('./sync/LiveSync.js'));

export function App() {
  const s = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  const caps = useMemo(() => detectCapabilities(), []);
  const session = useSession();
  const [live, setLive] = useState(true);
  /*
   * The sync engine's refusal when the open file is another agency's plan (a copy of its
   * file): state, set by LiveSync's effect, because the engine runs after the validation.
   * While refused the plan is not judged with the signed-in agency's catalogue and kind.
   */
  const [refusal, setRefusal] = useState<string | null>(null);
  const v = useValidation({
    catalog: refusal ? null : (session.info?.catalog?.entries ?? null),
    agencyKind: refusal ? null : (session.info?.agency?.kind ?? null),
    agencyCode: refusal ? null : (session.info?.agency?.code ?? null),
    live: live && !refusal,
  });
  /*
   * The marks switch (Kiểm tra): here, not in the panel, because a submission takes the
   * add-in's marks out of the document before Word gives the file; the switch then says
   * what is true (off), and the next check does not put them back until the user turns it on.
   */
  const [marks, setMarks] = useState(false);
  const clearMarksForFile = useCallback(async () => {
    await clearMarks();
    setMarks(false);
  }, []);
  const catalog = session.info?.catalog?.entries ?? null;
  const readPlan = useCallback(async () => (await validateDocument({ analyzer: v.analyzer, catalog })).analysis, [v.analyzer, catalog]);
  // The sync engine's "plan changed", once LiveSync has loaded (signed in); null before.
  const syncChanged = useRef<(() => void) | null>(null);
  const onSyncChanged = useCallback((f: (() => void) | null) => void (syncChanged.current = f), []);
  // After the pane's own writes (insert, adopt, quick fix, ignore) the plan changed: re-check, then sync.
  const { run, ...validation } = v;
  const afterWrite = useCallback(async () => {
    await run();
    syncChanged.current?.();
  }, [run]);
  const vw = useMemo(() => ({ ...validation, run: afterWrite }), [validation, afterWrite]);
  const selectSection = useCallback(
    (id: string) => {
      const r = v.result;
      const blockId = r?.analysis.sections.find((x) => x.id === id)?.blockId;
      const place = r && blockId ? placeOf({ blockId, section: id }, r.reading) : null;
      if (place) void selectPlace(place);
    },
    [v.result],
  );
  /*
   * The pane's go-to for a finding (the submission's "Đi tới"): its place in the check
   * panel's last reading, as the check panel's own "Đi tới" selects it; when that reading
   * has no such place (checked before an edit), the document is read again.
   */
  const goTo = useCallback(
    (f: Finding) => {
      const r = v.result;
      const heading = new Map(r?.analysis.sections.map((x) => [x.id, x.blockId]) ?? []);
      const control = new Map(r?.analysis.outline.sections.filter((x) => x.controlId).map((x) => [x.id, x.controlId!]) ?? []);
      const place = r ? placeOf(f, r.reading, (id) => heading.get(id) ?? control.get(id) ?? null) : null;
      void (place ? selectPlace(place) : goToFinding(f)).catch(() => false);
    },
    [v.result],
  );
  return (
    <main className={s.root}>
      <header className={s.header}>
        <Text as="h1" size={400} className={s.title}>
          {t.appTitle}
        </Text>
        {/* The account sits in the header so the four working tabs fit the pane's 320–350 px. */}
        <Button
          size="small"
          appearance={tab === 'account' ? 'secondary' : 'subtle'}
          icon={<PersonRegular />}
          onClick={() => setTab('account')}
          aria-pressed={tab === 'account'}
        >
          {session.info ? t.account.signedInShort : t.tabs.account}
        </Button>
      </header>
      {session.token && (
        <Suspense fallback={null}>
          <LiveSync
            client={session.api}
            readPlan={readPlan}
            clearMarks={clearMarksForFile}
            selectSection={selectSection}
            goTo={goTo}
            onChanged={onSyncChanged}
            onRefusal={setRefusal}
          />
        </Suspense>
      )}
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={tab === 'account' ? null : tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={t.appTitle}
      >
        {(Object.keys(t.tabs) as TabId[])
          .filter((k) => k !== 'account')
          .map((k) => (
            <Tab key={k} value={k} className={s.tab}>
              {t.tabs[k]}
            </Tab>
          ))}
      </TabList>
      {!session.info?.catalog && !refusal && tab === 'check' && (
        <MessageBar intent="info" data-testid="offline">
          <MessageBarBody>{t.offline}</MessageBarBody>
        </MessageBar>
      )}
      {tab === 'check' && refusal && (
        <MessageBar intent="error" data-testid="check-refused">
          <MessageBarBody>{t.check.foreignPlan}</MessageBarBody>
        </MessageBar>
      )}
      {tab === 'check' && !refusal && <CheckPanel v={vw} caps={caps} live={live} setLive={setLive} marks={marks} setMarks={setMarks} />}
      <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
        {tab === 'compose' && <ComposePanel v={vw} session={session} />}
        {tab === 'adopt' && <AdoptPanel onDone={afterWrite} />}
        {tab === 'account' && <AccountPanel session={session} onChange={v.run} />}
        {tab === 'diagnostics' && <DiagnosticsPanel session={session} />}
      </Suspense>
    </main>
  );
}
