import { Badge, Button, Card, makeStyles, Subtitle2, Text, Title2, tokens } from '@fluentui/react-components';
import { DonutChart, VerticalBarChart } from '@fluentui/react-charts';
import { formatNumber, labelsVi } from '@cds/strings-vi';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { QueryState } from '../components/Status';
import { RowsTable } from '../plan/RowsTable';
import { Link } from '../router';
import { t } from '../strings.vi';

const PAGE = 200;
const useStyles = makeStyles({
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  card: { padding: tokens.spacingHorizontalM },
  pager: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', marginTop: tokens.spacingVerticalM },
  missing: { columns: '3 260px', marginTop: tokens.spacingVerticalS },
});

/** Values into about ten equal-width bins: "80–85" → how many agencies. */
function histogram(values: number[]): { x: string; y: number }[] {
  if (!values.length) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ x: formatNumber(min), y: values.length }];
  const bins = Math.min(10, new Set(values).size);
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - min) / width))]!++;
  return counts.map((y, i) => ({ x: `${formatNumber(min + i * width, 1)}–${formatNumber(min + (i + 1) * width, 1)}`, y }));
}

/** One indicator across agencies: distribution of 2026 targets, coverage, outliers, every agency's values. */
export function IndicatorDetailPage({ code }: { code: string }) {
  const s = useStyles();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['indicator', code, page],
    queryFn: () => api.indicatorDetail({ params: { code }, query: { page, pageSize: PAGE } }),
    placeholderData: (p) => p,
  });
  const d = q.data;
  const pages = Math.max(1, Math.ceil((d?.total ?? 0) / PAGE));
  return (
    <>
      <Link to="/indicators">{t.back}</Link>
      <QueryState pending={q.isPending} error={q.error} retry={() => void q.refetch()} />
      {d && (
        <>
          <Title2 as="h1" block style={{ display: 'block', marginTop: 8 }}>
            {t.indicators.detailTitle(d.entry.code)}: {d.entry.name}
          </Title2>
          <Text as="p">
            {t.indicators.national}: 2026 <b>{d.entry.target2026 ?? t.none}</b>, 2030 <b>{d.entry.target2030 ?? t.none}</b> · {t.indicators.cols.unit}:{' '}
            <b>{d.entry.unit}</b> · {t.indicators.outlier.below_national}: <b>{d.outliers.below_national}</b> · {t.indicators.outlier.unit_mismatch}:{' '}
            <b>{d.outliers.unit_mismatch}</b>
          </Text>
          <div className={s.charts}>
            <Card className={s.card}>
              <Subtitle2 as="h2">{t.indicators.distribution}</Subtitle2>
              <VerticalBarChart
                data={histogram(d.distribution.map((x) => x.value))}
                height={260}
                chartTitle={t.indicators.distribution}
                yAxisTitle={t.indicators.agenciesAxis}
                useSingleColor
                hideLegend
              />
            </Card>
            <Card className={s.card}>
              <Subtitle2 as="h2">{t.indicators.coverageChart}</Subtitle2>
              <DonutChart
                height={260}
                innerRadius={60}
                valueInsideDonut={`${d.coverage.planned}/${d.coverage.assigned}`}
                data={{
                  chartTitle: t.indicators.coverageChart,
                  chartData: [
                    { legend: t.indicators.planned, data: d.coverage.planned, color: tokens.colorPaletteGreenBackground3 },
                    { legend: t.indicators.missing, data: d.coverage.assigned - d.coverage.planned, color: tokens.colorPaletteRedBackground3 },
                  ],
                }}
              />
            </Card>
          </div>
          <Subtitle2 as="h2">
            {t.indicators.values} ({formatNumber(d.total)})
          </Subtitle2>
          {d.values.length === 0 ? (
            <Text as="p">{t.indicators.noValues}</Text>
          ) : (
            <RowsTable
              label={t.indicators.values}
              rows={d.values}
              rowKey={(r, i) => `${r.planId}-${i}`}
              columns={[
                { label: t.indicators.valueCols.agency, width: '22%', render: (r) => <Link to={`/plans/${r.planId}`}>{r.agency.name}</Link> },
                { label: t.indicators.valueCols.t2026, render: (r) => r.target2026 },
                { label: t.indicators.valueCols.t2030, render: (r) => r.target2030 },
                { label: t.indicators.valueCols.unit, render: (r) => r.unit },
                { label: t.indicators.valueCols.lead, render: (r) => r.lead },
                { label: t.indicators.valueCols.deadline, render: (r) => r.deadline },
                { label: t.indicators.valueCols.source, render: (r) => labelsVi.valueSource[r.source] },
                {
                  label: t.indicators.valueCols.flags,
                  render: (r) =>
                    r.outliers.map((o) => (
                      <Badge key={o} color="warning" appearance="tint" style={{ marginRight: 4 }}>
                        {t.indicators.outlier[o]}
                      </Badge>
                    )),
                },
              ]}
            />
          )}
          {pages > 1 && (
            <div className={s.pager}>
              <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t.indicators.prev}
              </Button>
              <Text>{t.indicators.page(page, pages)}</Text>
              <Button disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t.indicators.next}
              </Button>
            </div>
          )}
          <Subtitle2 as="h2" style={{ display: 'block', marginTop: 24 }}>
            {t.indicators.missingList} ({formatNumber(d.coverage.missing.length)})
          </Subtitle2>
          <ul className={s.missing}>
            {d.coverage.missing.map((a) => (
              <li key={a.id}>
                <Text>
                  {a.name} ({a.code})
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
