import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  scroller: {
    maxHeight: 'max(360px, calc(100vh - 380px))',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export interface VirtualColumn<T> {
  label: string;
  /** A CSS width (the table's layout is fixed, so every row lines up with the header). */
  width?: string;
  render: (row: T) => ReactNode;
}

/**
 * A Fluent table that renders only the rows in view (and a few either side): hundreds
 * or thousands of rows scroll as smoothly as ten. Rows are one line high (long text is
 * cut with an ellipsis, its full value in the cell's title where the column gives text);
 * the header stays at the top; screen readers get the true row count and each row's index.
 */
export function VirtualTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowHeight = 40,
}: {
  label: string;
  columns: VirtualColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowHeight?: number;
}) {
  const s = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 8 });
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className={s.scroller} tabIndex={0} role="region" aria-label={label}>
      <Table aria-label={label} aria-rowcount={rows.length + 1} size="small" style={{ tableLayout: 'fixed' }}>
        <TableHeader className={s.head}>
          <TableRow aria-rowindex={1}>
            {columns.map((c) => (
              <TableHeaderCell key={c.label} style={c.width ? { width: c.width } : undefined}>
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {padTop > 0 && <tr aria-hidden style={{ height: padTop }} />}
          {items.map((v) => {
            const row = rows[v.index]!;
            return (
              <TableRow key={rowKey(row)} aria-rowindex={v.index + 2} style={{ height: rowHeight }} data-row={rowKey(row)}>
                {columns.map((c) => {
                  const content = c.render(row);
                  return (
                    <TableCell key={c.label} className={s.cell} title={typeof content === 'string' ? content : undefined}>
                      {content}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
          {padBottom > 0 && <tr aria-hidden style={{ height: padBottom }} />}
        </TableBody>
      </Table>
    </div>
  );
}
