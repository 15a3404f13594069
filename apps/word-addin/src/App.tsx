import { Button, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { detectCapabilities } from '@cds/word-adapter';
import { useMemo, useState } from 'react';
import { AccountPanel } from './panels/AccountPanel.js';
import { AdoptPanel } from './panels/AdoptPanel.js';
import { CheckPanel } from './panels/CheckPanel.js';
import { ComposePanel } from './panels/ComposePanel.js';
import { DiagnosticsPanel } from './panels/DiagnosticsPanel.js';
import { useSession } from './session.js';
import { t } from './strings.vi.js';
import { useValidation } from './useValidation.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, maxWidth: '100%', boxSizing: 'border-box' },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0, flex: 1, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

type TabId = keyof typeof t.tabs;

export function App() {
  const s = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  const caps = useMemo(() => detectCapabilities(), []);
  const session = useSession();
  const [live, setLive] = useState(true);
  const v = useValidation({
    catalog: session.info?.catalog?.entries ?? null,
    agencyKind: session.info?.agency?.kind ?? null,
    agencyCode: session.info?.agency?.code ?? null,
    live,
  });
  return (
    <main className={s.root}>
      <header className={s.header}>
        <Text as="h1" size={400} className={s.title}>{t.appTitle}</Text>
        {/* The account sits in the header so the four working tabs fit the pane's 320–350 px. */}
        <Button size="small" appearance={tab === 'account' ? 'secondary' : 'subtle'} icon={<PersonRegular />} onClick={() => setTab('account')} aria-pressed={tab === 'account'}>
          {session.info ? t.account.signedInShort : t.tabs.account}
        </Button>
      </header>
      <TabList className={s.tabs} size="small" selectedValue={tab === 'account' ? null : tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.appTitle}>
        {(Object.keys(t.tabs) as TabId[]).filter((k) => k !== 'account').map((k) => (
          <Tab key={k} value={k}>{t.tabs[k]}</Tab>
        ))}
      </TabList>
      {!session.info?.catalog && tab === 'check' && (
        <MessageBar intent="info" data-testid="offline"><MessageBarBody>{t.offline}</MessageBarBody></MessageBar>
      )}
      {tab === 'check' && <CheckPanel v={v} caps={caps} live={live} setLive={setLive} />}
      {tab === 'compose' && <ComposePanel v={v} session={session} />}
      {tab === 'adopt' && <AdoptPanel onDone={v.run} />}
      {tab === 'account' && <AccountPanel session={session} onChange={v.run} />}
      {tab === 'diagnostics' && <DiagnosticsPanel session={session} />}
    </main>
  );
}
