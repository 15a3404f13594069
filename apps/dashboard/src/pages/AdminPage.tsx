import { Tab, TabList, Title2, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { AgenciesPanel } from '../admin/AgenciesPanel';
import { CatalogImport } from '../admin/CatalogImport';
import { RoundForm } from '../admin/RoundForm';
import { UsersPanel } from '../admin/UsersPanel';
import { QueryState } from '../components/Status';
import { t } from '../strings.vi';

type TabId = keyof typeof t.admin.tabs;

/** The round's deadline and late policy, agencies, accounts, the indicator catalogue. */
export function AdminPage() {
  const [tab, setTab] = useState<TabId>('round');
  const totals = useQuery({ queryKey: ['totals'], queryFn: () => api.boardTotals() });
  const rounds = useQuery({ queryKey: ['admin', 'rounds'], queryFn: () => api.adminRounds() });
  const round = rounds.data?.find((r) => r.id === totals.data?.round.id) ?? rounds.data?.at(-1);
  return (
    <>
      <Title2 as="h1" block>
        {t.admin.title}
      </Title2>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.admin.title}>
        {(Object.keys(t.admin.tabs) as TabId[]).map((k) => (
          <Tab key={k} value={k} id={`admin-tab-${k}`} aria-controls="admin-panel">
            {t.admin.tabs[k]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="admin-panel" aria-labelledby={`admin-tab-${tab}`} style={{ paddingTop: tokens.spacingVerticalL }}>
        <QueryState pending={rounds.isPending} error={rounds.error} />
        {tab === 'round' && round && <RoundForm key={round.id} round={round} />}
        {tab === 'agencies' && <AgenciesPanel />}
        {tab === 'users' && <UsersPanel />}
        {tab === 'catalog' && round && <CatalogImport roundId={round.id} />}
      </div>
    </>
  );
}
