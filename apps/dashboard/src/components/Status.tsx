import { Badge, MessageBar, MessageBarBody, Spinner, Button } from '@fluentui/react-components';
import type { BoardStatus } from '@cds/api';
import { labelsVi } from '@cds/strings-vi';
import { errorText } from '../api';
import { t } from '../strings.vi';

const STATUS_COLOR: Record<BoardStatus, 'informative' | 'brand' | 'success' | 'warning' | 'subtle'> = {
  not_started: 'subtle',
  draft: 'informative',
  submitted: 'brand',
  returned: 'warning',
  accepted: 'success',
};

export function StatusBadge({ status }: { status: BoardStatus }) {
  return (
    <Badge appearance="tint" color={STATUS_COLOR[status]} shape="rounded">
      {labelsVi.boardStatus[status]}
    </Badge>
  );
}

/** A query's pending and failed states, the same on every page. */
export function QueryState({ pending, error, retry }: { pending: boolean; error: unknown; retry?: () => void }) {
  if (pending) return <Spinner label={t.loading} />;
  if (error)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{errorText(error)}</MessageBarBody>
        {retry && <Button onClick={retry}>{t.retry}</Button>}
      </MessageBar>
    );
  return null;
}
