import {
  Badge,
  Dropdown,
  Field,
  makeStyles,
  Option,
  ProgressBar,
  SearchBox,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { BOARD_STATUSES, type BoardSort, type BoardViewRowSchema } from '@cds/api';
import { AGENCY_KINDS, type AgencyKind } from '@cds/template/enums';
import { labelsVi } from '@cds/strings-vi';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type * as z from 'zod';
import { api } from '../api';
import { BOARD_DEFAULT_SORT, BOARD_PAGE_SIZE as PAGE } from '../boot';
import { QueryState, StatusBadge } from '../components/Status';
import { formatDateTime, formatNumber } from '../format';
import { Totals } from '../components/Totals';
import { useLiveBoard } from '../live';
import { Link } from '../router';
import { t } from '../strings.vi';

type Row = z.infer<typeof BoardViewRowSchema>;
type Status = (typeof BOARD_STATUSES)[number];
const ROW_HEIGHT = 44;

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: tokens.spacingVerticalM },
  scroller: {
    height: 'max(420px, calc(100vh - 400px))',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '140px' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  footer: { marginTop: tokens.spacingVerticalS },
});

const COLUMNS: { key: BoardSort | 'timeliness'; label: string; width: string }[] = [
  { key: 'agency', label: t.board.columns.agency, width: '26%' },
  { key: 'status', label: t.board.columns.status, width: '11%' },
  { key: 'completeness', label: t.board.columns.completeness, width: '15%' },
  { key: 'errors', label: t.board.columns.errors, width: '6%' },
  { key: 'warnings', label: t.board.columns.warnings, width: '8%' },
  { key: 'lastSyncedAt', label: t.board.columns.lastSyncedAt, width: '12%' },
  { key: 'submittedAt', label: t.board.columns.submittedAt, width: '12%' },
  { key: 'timeliness', label: t.board.columns.timeliness, width: '10%' },
];

/** The round's status board: totals, filters, every agency (virtualised, loaded page by page), live. */
export function BoardPage() {
  const s = useStyles();
  const [q, setQ] = useState('');
  const search = useDeferredValue(q.trim());
  const [status, setStatus] = useState<Status | undefined>();
  const [kind, setKind] = useState<AgencyKind | undefined>();
  const [late, setLate] = useState(false);
  const [sort, setSort] = useState(BOARD_DEFAULT_SORT);

  const totals = useQuery({ queryKey: ['totals'], queryFn: () => api.boardTotals() });
  const filters = { q: search || undefined, status, kind, late: late ? ('true' as const) : undefined, sort: sort.by, dir: sort.dir };
  const board = useInfiniteQuery({
    queryKey: ['board', filters],
    queryFn: ({ pageParam }) => api.boardView({ query: { ...filters, page: pageParam, pageSize: PAGE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: (prev) => prev,
  });
  const live = useLiveBoard(board.isFetched || board.isError);
  const rows: Row[] = board.data?.pages.flatMap((p) => p.items) ?? [];
  const total = board.data?.pages[0]?.total ?? 0;

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  const items = virtual.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (lastIndex >= rows.length - 40 && board.hasNextPage && !board.isFetchingNextPage) void board.fetchNextPage();
  }, [lastIndex, rows.length, board]);

  const sortBy = (by: BoardSort) => setSort((cur) => ({ by, dir: cur.by === by && cur.dir === 'asc' ? 'desc' : 'asc' }));
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <>
      <Title2 as="h1" block>
        {t.board.title}
        {totals.data ? ` — ${totals.data.round.name}` : ''}
      </Title2>
      <QueryState pending={totals.isPending} error={totals.error} retry={() => void totals.refetch()} />
      {totals.data && <Totals totals={totals.data} live={live.connected} />}
      <div className={s.filters} role="search">
        <Field label={t.board.search}>
          <SearchBox value={q} onChange={(_, d) => setQ(d.value)} style={{ minWidth: 280 }} />
        </Field>
        <Field label={t.board.status}>
          <Dropdown
            value={status ? labelsVi.boardStatus[status] : t.board.all}
            selectedOptions={[status ?? '']}
            onOptionSelect={(_, d) => setStatus((d.optionValue || undefined) as Status | undefined)}
          >
            <Option value="">{t.board.all}</Option>
            {BOARD_STATUSES.map((st) => (
              <Option key={st} value={st}>
                {labelsVi.boardStatus[st]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.board.kind}>
          <Dropdown
            value={kind ? labelsVi.agencyKind[kind] : t.board.all}
            selectedOptions={[kind ?? '']}
            onOptionSelect={(_, d) => setKind((d.optionValue || undefined) as AgencyKind | undefined)}
          >
            <Option value="">{t.board.all}</Option>
            {AGENCY_KINDS.map((k) => (
              <Option key={k} value={k}>
                {labelsVi.agencyKind[k]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch label={t.board.lateOnly} checked={late} onChange={(_, d) => setLate(d.checked)} />
      </div>
      <QueryState pending={board.isPending} error={board.error} retry={() => void board.refetch()} />
      <div ref={scroller} className={s.scroller} tabIndex={0} aria-label={t.board.title} role="region">
        <Table sortable aria-label={t.board.title} aria-rowcount={total + 1} style={{ tableLayout: 'fixed' }}>
          <TableHeader className={s.head}>
            <TableRow>
              {COLUMNS.map((c) =>
                c.key === 'timeliness' ? (
                  <TableHeaderCell key={c.key} style={{ width: c.width }}>
                    {c.label}
                  </TableHeaderCell>
                ) : (
                  <TableHeaderCell
                    key={c.key}
                    style={{ width: c.width }}
                    sortDirection={sort.by === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                    onClick={() => sortBy(c.key as BoardSort)}
                  >
                    {c.label}
                  </TableHeaderCell>
                ),
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
            {items.map((v) => {
              const r = rows[v.index]!;
              return (
                <TableRow key={r.agency.id} style={{ height: ROW_HEIGHT }} aria-rowindex={v.index + 2} data-agency={r.agency.code} data-status={r.status}>
                  <TableCell>
                    {r.planId ? <Link to={`/plans/${r.planId}`}>{r.agency.name}</Link> : <Text>{r.agency.name}</Text>}
                    <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
                      {' '}
                      · {r.agency.code}
                    </Text>
                  </TableCell>
                  <TableCell>
                    <StatusBadge status={r.status} />
                  </TableCell>
                  <TableCell>
                    <div className={s.bar}>
                      <ProgressBar
                        value={r.completeness / 100}
                        thickness="large"
                        aria-label={t.board.completenessLabel(r.completeness)}
                        style={{ flexGrow: 1 }}
                        color={r.completeness >= 100 ? 'success' : 'brand'}
                      />
                      <Text size={200} className={s.num} style={{ width: 36 }}>
                        {r.completeness}%
                      </Text>
                    </div>
                  </TableCell>
                  <TableCell className={s.num}>
                    <span className={r.findings.error ? s.errors : undefined}>{formatNumber(r.findings.error)}</span>
                  </TableCell>
                  <TableCell className={s.num}>{formatNumber(r.findings.warning)}</TableCell>
                  <TableCell>{r.lastSyncedAt ? formatDateTime(r.lastSyncedAt) : t.none}</TableCell>
                  <TableCell>{r.submittedAt ? formatDateTime(r.submittedAt) : t.none}</TableCell>
                  <TableCell>
                    {r.submittedAt ? (
                      <Badge appearance="outline" color={r.late ? 'danger' : 'success'}>
                        {r.late ? labelsVi.timeliness.late : labelsVi.timeliness.onTime}
                      </Badge>
                    ) : (
                      t.none
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
            {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
          </TableBody>
        </Table>
        {board.data && rows.length === 0 && <Text style={{ padding: 16, display: 'block' }}>{t.board.empty}</Text>}
      </div>
      <Text className={s.footer} as="p" aria-live="polite" data-testid="board-count">
        {t.board.rows(rows.length, total)}
      </Text>
    </>
  );
}
