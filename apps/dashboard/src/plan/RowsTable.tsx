import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxHeight: '70vh', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground1, zIndex: 1 },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
});

/** A plain Fluent table for up to a few hundred rows (a plan's indicators, tasks, history). */
export function RowsTable<T>({
  label,
  columns,
  rows,
  rowKey,
}: {
  label: string;
  columns: { label: string; width?: string; render: (row: T) => ReactNode }[];
  rows: T[];
  rowKey: (row: T, i: number) => string;
}) {
  const s = useStyles();
  return (
    <div className={s.wrap} tabIndex={0} role="region" aria-label={label}>
      <Table aria-label={label} size="small">
        <TableHeader className={s.head}>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.label} style={c.width ? { width: c.width } : undefined}>
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r, i) => (
            <TableRow key={rowKey(r, i)}>
              {columns.map((c) => (
                <TableCell key={c.label} className={s.cell}>
                  {c.render(r)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
