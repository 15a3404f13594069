import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { xlsxStream, type Sheet } from './xlsx-export.js';

type Row = (string | number | null)[];

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function sheet(pages: () => AsyncGenerator<Row[]>): Sheet {
  return { name: 'Trang', headers: ['Mã', 'Giá trị'], rows: pages() };
}

describe('xlsxStream', () => {
  it('writes every page of rows in order, after the header', async () => {
    const stream = await xlsxStream(
      sheet(async function* () {
        for (let p = 0; p < 5; p++) yield Array.from({ length: 1_000 }, (_, i): Row => [`dòng ${p * 1_000 + i}`, i % 7 === 0 ? null : i]);
        yield [];
      }),
      () => expect.unreachable(),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await collect(stream)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Trang')!;
    expect(ws.rowCount).toBe(5_001);
    expect(ws.getRow(1).values).toEqual([undefined, 'Mã', 'Giá trị']);
    expect(ws.getRow(2).getCell(1).value).toBe('dòng 0');
    expect(ws.getRow(2).getCell(2).value).toBeNull();
    expect(ws.getRow(5_001).values).toEqual([undefined, 'dòng 4999', 999]);
  });

  it('writes a header-only workbook when there is no row', async () => {
    const stream = await xlsxStream(
      sheet(async function* () {}),
      () => expect.unreachable(),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await collect(stream)) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(1);
  });

  it('rejects before streaming when the first page fails, so the route can answer with an error', async () => {
    // A page source that fails before its first row.
    await expect(
      xlsxStream(
        // eslint-disable-next-line require-yield
        sheet(async function* () {
          throw new Error('db down');
        }),
        () => expect.unreachable(),
      ),
    ).rejects.toThrow('db down');
  });

  it('reports a later failure and ends the stream with it', async () => {
    const seen: unknown[] = [];
    const stream = await xlsxStream(
      sheet(async function* () {
        yield [['a', 1]];
        throw new Error('connection lost');
      }),
      (err) => seen.push(err),
    );
    await expect(collect(stream)).rejects.toThrow('connection lost');
    expect(seen).toEqual([expect.objectContaining({ message: 'connection lost' })]);
  });
});
