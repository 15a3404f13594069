import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { syncMessages, type ReceiptView } from '@cds/plan-sync';
import { formatNumber } from '@cds/strings-vi';
import { FindingList } from './FindingList.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: '2px', margin: 0 },
  sha: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  dd: { margin: 0, minWidth: 0 },
});

/** The receipt: number, time in Hanoi, SHA-256 (checked against what was sent), on time or late, the server's findings. */
export function ReceiptCard({ receipt }: { receipt: ReceiptView }) {
  const s = useStyles();
  const ui = syncMessages.ui;
  return (
    <section className={s.root} aria-label={syncMessages.receiptTitle} data-testid="receipt">
      <Text weight="semibold">{receipt.message}</Text>
      <dl className={s.grid}>
        <dt>{ui.receiptNumber}</dt>
        <dd className={s.dd} data-testid="receipt-number">
          {receipt.number}
        </dd>
        <dt>{ui.receivedAt}</dt>
        <dd className={s.dd}>{receipt.submittedAtText}</dd>
        <dt>{ui.timeliness}</dt>
        <dd className={s.dd}>
          <Badge color={receipt.late ? 'warning' : 'success'}>{receipt.timeliness}</Badge>
        </dd>
        <dt>{ui.size}</dt>
        <dd className={s.dd}>{ui.sizeValue(formatNumber(receipt.size / 1024, 1))}</dd>
        <dt>{ui.sha256}</dt>
        <dd className={s.dd}>
          <span className={s.sha} data-testid="receipt-sha">
            {receipt.sha256}
          </span>
          <Text size={200} block>
            {receipt.shaMatches ? syncMessages.shaVerified : syncMessages.shaMismatch}
          </Text>
        </dd>
      </dl>
      <Text size={200}>{ui.serverFindings(receipt.findings.length)}</Text>
      <FindingList findings={receipt.findings} testId="receipt-findings" />
    </section>
  );
}
