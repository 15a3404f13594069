import { formatDateTime, labelsVi } from '@cds/strings-vi';
import type { BoardViewQuery, BoardViewRow } from '../repositories/board-view.js';
import type { Sheet } from './xlsx-export.js';

export const BOARD_SHEET_NAME = 'Tình trạng';
export const BOARD_HEADERS = [
  'Mã cơ quan',
  'Cơ quan',
  'Loại cơ quan',
  'Trạng thái',
  'Mức hoàn thành (%)',
  'Lỗi',
  'Cảnh báo',
  'Phiên bản',
  'Đồng bộ lần cuối',
  'Thời điểm gửi',
  'Đúng hạn / nộp muộn',
] as const;

const when = (d: Date | string | null) => (d === null ? null : formatDateTime(d));

/** The board as a sheet: one row per agency, counts as numbers, times in Hanoi time. */
export function boardSheet(pages: AsyncIterable<BoardViewRow[]>): Sheet {
  async function* rows() {
    for await (const page of pages) {
      yield page.map((r) => [
        r.code,
        r.name,
        labelsVi.agencyKind[r.kind],
        labelsVi.boardStatus[r.status],
        r.completeness,
        r.errors,
        r.warnings,
        r.current_revision,
        when(r.last_synced_at),
        when(r.submitted_at),
        r.submitted_at === null ? null : r.late ? labelsVi.timeliness.late : labelsVi.timeliness.onTime,
      ]);
    }
  }
  return { name: BOARD_SHEET_NAME, headers: BOARD_HEADERS, rows: rows() };
}

/** Every page of the board, in agency order. */
export async function* allBoardPages(read: (q: BoardViewQuery) => Promise<BoardViewRow[]>, roundId: number, pageSize = 1000): AsyncGenerator<BoardViewRow[]> {
  for (let page = 1; ; page++) {
    const rows = await read({ roundId, page, pageSize, sort: 'agency', dir: 'asc' });
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
  }
}
