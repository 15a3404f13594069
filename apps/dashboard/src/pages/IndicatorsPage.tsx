import { Badge, Button, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { formatNumber } from '@cds/strings-vi';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { QueryState } from '../components/Status';
import { RowsTable } from '../plan/RowsTable';
import { Link } from '../router';
import { t } from '../strings.vi';

const PAGE = 50;
const useStyles = makeStyles({ pager: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', marginTop: tokens.spacingVerticalM } });

/** The catalogue's indicators, a page at a time, with how many assigned agencies planned each and how many values stand out. */
export function IndicatorsPage() {
  const s = useStyles();
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: ['indicators', page], queryFn: () => api.indicatorList({ query: { page, pageSize: PAGE } }), placeholderData: (p) => p });
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE));
  return (
    <>
      <Title2 as="h1" block>
        {t.indicators.title}
      </Title2>
      <QueryState pending={list.isPending} error={list.error} retry={() => void list.refetch()} />
      {list.data && (
        <>
          <RowsTable
            label={t.indicators.title}
            rows={list.data.items}
            rowKey={(r) => r.entry.code}
            columns={[
              {
                label: t.indicators.cols.code,
                width: '120px',
                render: (r) => <Link to={`/indicators/${encodeURIComponent(r.entry.code)}`}>{r.entry.code}</Link>,
              },
              { label: t.indicators.cols.name, width: '40%', render: (r) => r.entry.name },
              { label: t.indicators.cols.unit, render: (r) => r.entry.unit },
              { label: t.indicators.cols.national, render: (r) => r.entry.target2026 ?? t.none },
              {
                label: t.indicators.cols.coverage,
                render: (r) => <Text style={{ fontVariantNumeric: 'tabular-nums' }}>{t.indicators.coverage(r.planned, r.assigned)}</Text>,
              },
              {
                label: t.indicators.cols.outliers,
                render: (r) =>
                  r.outliers ? (
                    <Badge color="warning" appearance="tint">
                      {formatNumber(r.outliers)}
                    </Badge>
                  ) : (
                    t.none
                  ),
              },
            ]}
          />
          <div className={s.pager}>
            <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t.indicators.prev}
            </Button>
            <Text>{t.indicators.page(page, pages)}</Text>
            <Button disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t.indicators.next}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
