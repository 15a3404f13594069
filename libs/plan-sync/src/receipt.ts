import type { ReceiptSchema } from '@cds/api';
import type { Finding } from '@cds/rules';
import { formatDateTime } from '@cds/strings-vi';
import type * as z from 'zod';
import { syncMessages as m } from './messages.vi.js';

export type Receipt = z.infer<typeof ReceiptSchema>;

/** The receipt as the pane shows it, checked against the bytes that were sent. */
export interface ReceiptView {
  number: string;
  submittedAt: string;
  /** Hanoi time, "15:00 15/03/2026". */
  submittedAtText: string;
  sha256: string;
  /** The SHA-256 we computed over the bytes we sent. */
  sentSha256: string;
  shaMatches: boolean;
  size: number;
  late: boolean;
  /** "Đúng hạn" / "Nộp muộn" */
  timeliness: string;
  message: string;
  findings: Finding[];
  replayed: boolean;
}

export function receiptView(receipt: Receipt, sentSha256: string): ReceiptView {
  const shaMatches = receipt.sha256.toLowerCase() === sentSha256.toLowerCase();
  return {
    number: receipt.number,
    submittedAt: receipt.submittedAt,
    submittedAtText: formatDateTime(receipt.submittedAt),
    sha256: receipt.sha256,
    sentSha256,
    shaMatches,
    size: receipt.size,
    late: receipt.late,
    timeliness: receipt.late ? m.late : m.onTime,
    message: shaMatches ? receipt.message : `${receipt.message} ${m.shaMismatch}`,
    findings: receipt.findings,
    replayed: receipt.replayed,
  };
}
