import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { syncMessages, type ReceiptView } from '@cds/plan-sync';
import { formatNumber } from '@cds/strings-vi';
import type { ReactNode } from 'react';
import { FindingList } from './FindingList.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Stacked: each label above its value, so a 320 px pane gives the value the whole width.
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0 },
  row: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  dt: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  dd: { margin: 0, minWidth: 0 },
  // The number is one token the user copies or reads out: never broken at its hyphens.
  number: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  // 64 hex digits in a monospace block, wrapped by character (two lines at 320 px), selectable whole.
  sha: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    wordBreak: 'break-all',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    userSelect: 'all',
  },
});

function Row({ label, children }: { label: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <div className={s.row}>
      <dt className={s.dt}>{label}</dt>
      <dd className={s.dd}>{children}</dd>
    </div>
  );
}

/** The receipt: number, time in Hanoi, SHA-256 (checked against what was sent), on time or late, the server's findings. */
export function ReceiptCard({ receipt }: { receipt: ReceiptView }) {
  const s = useStyles();
  const ui = syncMessages.ui;
  return (
    <section className={s.root} aria-label={syncMessages.receiptTitle} data-testid="receipt">
      {/* The server's message names the number again ("… Số biên nhận: …"): the heading says only that it was received. */}
      <Text weight="semibold">{syncMessages.accepted}</Text>
      <dl className={s.list} data-testid="receipt-fields">
        <Row label={ui.receiptNumber}>
          <span className={s.number} data-testid="receipt-number">
            {receipt.number}
          </span>
        </Row>
        <Row label={ui.receivedAt}>{receipt.submittedAtText}</Row>
        <Row label={ui.timeliness}>
          <Badge color={receipt.late ? 'warning' : 'success'}>{receipt.timeliness}</Badge>
        </Row>
        <Row label={ui.size}>{ui.sizeValue(formatNumber(receipt.size / 1024, 1))}</Row>
        <Row label={ui.sha256}>
          <code className={s.sha} data-testid="receipt-sha">
            {receipt.sha256}
          </code>
          <Text size={200} block data-testid="receipt-sha-check">
            {receipt.shaMatches ? syncMessages.shaVerified : syncMessages.shaMismatch}
          </Text>
        </Row>
      </dl>
      <Text size={200}>{ui.serverFindings(receipt.findings.length)}</Text>
      <FindingList findings={receipt.findings} testId="receipt-findings" />
    </section>
  );
}
