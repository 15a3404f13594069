import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorText } from '../api';
import { QueryState } from '../components/Status';
import { VirtualTable, type VirtualColumn } from '../components/VirtualTable';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap', margin: `${tokens.spacingVerticalM} 0` },
  error: { marginBottom: tokens.spacingVerticalM },
});

/**
 * What every admin list (agencies, accounts) is: a form that adds an entry, the error
 * of the last change, and the list itself, virtualised (700 agencies, provinces and
 * communes, scroll as lightly as 10).
 */
export function AdminListPanel<T>({
  label,
  list,
  columns,
  rowKey,
  fields,
  submitLabel,
  canSubmit,
  onSubmit,
  pending,
  error,
}: {
  /** The table's accessible name. */
  label: string;
  list: UseQueryResult<T[]>;
  columns: VirtualColumn<T>[];
  rowKey: (row: T) => string;
  /** The add form's fields. */
  fields: ReactNode;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit: () => void;
  /** A change is being saved (the submit button waits). */
  pending: boolean;
  /** The last failed change, if any. */
  error: unknown;
}) {
  const s = useStyles();
  return (
    <>
      <form
        className={s.form}
        onSubmit={(e) => {
          e.preventDefault();
          if (canSubmit && !pending) onSubmit();
        }}
      >
        {fields}
        <Button appearance="primary" type="submit" disabled={!canSubmit || pending}>
          {submitLabel}
        </Button>
      </form>
      {error ? (
        <MessageBar intent="error" className={s.error}>
          <MessageBarBody>{errorText(error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <QueryState pending={list.isPending} error={list.error} retry={() => void list.refetch()} />
      {list.data && <VirtualTable label={label} rows={list.data} rowKey={rowKey} columns={columns} />}
    </>
  );
}
