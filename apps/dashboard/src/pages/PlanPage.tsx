import { Card, makeStyles, MessageBar, MessageBarBody, ProgressBar, Tab, TabList, Text, Title2, tokens } from '@fluentui/react-components';
import { formatDateTime, formatNumber } from '@cds/strings-vi';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { QueryState, StatusBadge } from '../components/Status';
import { ContentTab } from '../plan/ContentTab';
import { FindingsTab } from '../plan/FindingsTab';
import { HistoryTab } from '../plan/HistoryTab';
import { ReviewTab } from '../plan/ReviewTab';
import { RowsTable } from '../plan/RowsTable';
import { Link } from '../router';
import { t } from '../strings.vi';

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    flexDirection: 'row',
    gap: tokens.spacingHorizontalXXL,
    flexWrap: 'wrap',
    alignItems: 'center',
    padding: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, minWidth: '140px' },
  panel: { paddingTop: tokens.spacingVerticalM },
});

type TabId = keyof typeof t.plan.tabs;

/** One agency's plan: content, indicators, tasks, findings, history with comparisons, review. */
export function PlanPage({ id }: { id: number }) {
  const s = useStyles();
  const [tab, setTab] = useState<TabId>('content');
  const detail = useQuery({ queryKey: ['plan', id], queryFn: () => api.planDetail({ params: { id } }) });
  const d = detail.data;
  // The newest version's data: the last submission when it is newer than the last sync.
  const lastRev = d?.revisions.at(-1);
  const lastSub = d?.submissions[0];
  const ref = lastSub && (!lastRev || lastSub.submittedAt >= lastRev.createdAt) ? `s${lastSub.id}` : lastRev ? `r${lastRev.number}` : null;
  const version = useQuery({ queryKey: ['plan', id, 'version', ref], queryFn: () => api.planVersion({ params: { id, ref: ref! } }), enabled: ref !== null });
  const plan = version.data?.plan ?? null;
  return (
    <>
      <Link to="/">{t.back}</Link>
      <QueryState pending={detail.isPending} error={detail.error} retry={() => void detail.refetch()} />
      {d && (
        <>
          <Title2 as="h1" block style={{ display: 'block', marginTop: 8 }}>
            {t.plan.title(d.agency.name)}
          </Title2>
          <Card className={s.summary}>
            <div className={s.item}>
              <Text size={200}>{t.plan.status}</Text>
              <StatusBadge status={d.plan.status} />
            </div>
            <div className={s.item} style={{ minWidth: 200 }}>
              <Text size={200}>{t.plan.completeness}</Text>
              <ProgressBar value={d.plan.completeness / 100} thickness="large" aria-label={t.board.completenessLabel(d.plan.completeness)} />
              <Text size={200}>{d.plan.completeness}%</Text>
            </div>
            <div className={s.item}>
              <Text size={200}>{t.plan.revision}</Text>
              <Text>{formatNumber(d.plan.currentRevision)}</Text>
            </div>
            <div className={s.item}>
              <Text size={200}>{t.board.columns.lastSyncedAt}</Text>
              <Text>{d.plan.lastSyncedAt ? formatDateTime(d.plan.lastSyncedAt) : t.none}</Text>
            </div>
            <div className={s.item}>
              <Text size={200}>{t.board.columns.submittedAt}</Text>
              <Text>{d.plan.submittedAt ? formatDateTime(d.plan.submittedAt) : t.none}</Text>
            </div>
            {version.data && (
              <div className={s.item}>
                <Text size={200}>Dữ liệu hiển thị</Text>
                <Text>{version.data.label}</Text>
              </div>
            )}
          </Card>
          <TabList selectedValue={tab} onTabSelect={(_, v) => setTab(v.value as TabId)} aria-label={t.plan.title(d.agency.name)}>
            {(Object.keys(t.plan.tabs) as TabId[]).map((k) => (
              <Tab key={k} value={k} id={`tab-${k}`} aria-controls="plan-panel">
                {t.plan.tabs[k]}
              </Tab>
            ))}
          </TabList>
          <div className={s.panel} role="tabpanel" id="plan-panel" aria-labelledby={`tab-${tab}`}>
            {ref && <QueryState pending={version.isPending} error={version.error} />}
            {!ref && tab !== 'history' && tab !== 'review' && (
              <MessageBar>
                <MessageBarBody>{t.plan.noData}</MessageBarBody>
              </MessageBar>
            )}
            {tab === 'content' && plan && <ContentTab plan={plan} />}
            {tab === 'indicators' && plan && (
              <RowsTable
                label={t.plan.tabs.indicators}
                rows={plan.indicators}
                rowKey={(r, i) => `${r.blockId}-${i}`}
                columns={[
                  { label: t.plan.indicatorCols.code, width: '110px', render: (r) => r.code ?? t.none },
                  { label: t.plan.indicatorCols.name, width: '30%', render: (r) => r.name },
                  { label: t.plan.indicatorCols.unit, render: (r) => r.unit },
                  { label: t.plan.indicatorCols.t2026, render: (r) => r.target2026 },
                  { label: t.plan.indicatorCols.t2030, render: (r) => r.target2030 },
                  { label: t.plan.indicatorCols.lead, render: (r) => r.lead },
                  { label: t.plan.indicatorCols.deadline, render: (r) => r.deadline },
                ]}
              />
            )}
            {tab === 'tasks' && plan && (
              <RowsTable
                label={t.plan.tabs.tasks}
                rows={plan.tasks}
                rowKey={(r, i) => `${r.blockId}-${i}`}
                columns={[
                  { label: t.plan.taskCols.section, width: '90px', render: (r) => r.section },
                  { label: t.plan.taskCols.name, width: '28%', render: (r) => r.name },
                  { label: t.plan.taskCols.result, render: (r) => r.expectedResult },
                  { label: t.plan.taskCols.unit, render: (r) => r.implementingUnit },
                  { label: t.plan.taskCols.deadline, render: (r) => r.deadline },
                  { label: t.plan.taskCols.amount, render: (r) => r.amount },
                ]}
              />
            )}
            {tab === 'findings' && <FindingsTab detail={d} plan={plan} />}
            {tab === 'history' && <HistoryTab detail={d} />}
            {tab === 'review' && <ReviewTab detail={d} plan={plan} />}
          </div>
        </>
      )}
    </>
  );
}
