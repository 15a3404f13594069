import { describe, expect, it } from 'vitest';
import { parseCatalog } from './parse.js';
import { assignedEntries } from '@cds/plan';

const csv = `Mã chỉ tiêu;Chỉ tiêu;Đơn vị tính;Nguồn;Áp dụng;Mục tiêu 2026;Mục tiêu 2030;Bắt buộc 2030
NQ03-11.1;Tỉ lệ sử dụng dịch vụ công trực tuyến;%;NQ 03/NQ-CP, PL I, 11.1;tất cả;;≥ 80;x
NQ03-23.4;Tỉ lệ dân số được phủ sóng 5G;%;NQ 03/NQ-CP;tỉnh;70;99;
BCĐ26-X;Chỉ tiêu riêng của hai cơ quan;%;;01 BO-KHCN;;;`;

describe('parseCatalog', () => {
  it('reads a CSV with Vietnamese headers, semicolons and kinds written in Vietnamese', () => {
    const result = parseCatalog(csv, 'csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => [e.code, e.appliesTo, e.requires2030])).toEqual([
      ['NQ03-11.1', 'all', true],
      ['NQ03-23.4', 'province', false],
      ['BCĐ26-X', ['01', 'BO-KHCN'], false],
    ]);
    expect(result.entries[1]!.target2026).toBe('70');
  });

  it('reports every bad line with its number, in Vietnamese, and returns no partial catalogue', () => {
    const bad = 'code,name,unit,appliesTo\nA,Chỉ tiêu A,%,tỉnh\n,Không mã,%,all\nA,Trùng mã,%,all\nB,Sai phạm vi,%,huyện';
    const result = parseCatalog(bad, 'csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(result.problems[1]!.message).toContain('bị trùng');
  });

  it('names a missing required column', () => {
    const result = parseCatalog('code,name\nA,B', 'csv');
    expect(result).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('unit') }, expect.anything()] });
  });

  it('reads JSON as a list or as { entries }', () => {
    const entry = { code: 'K', name: 'Kinh tế số', unit: '%', appliesTo: 'all' };
    for (const text of [JSON.stringify([entry]), JSON.stringify({ entries: [entry] })]) {
      const result = parseCatalog(text, 'json');
      expect(result.ok && result.entries[0]!.code).toBe('K');
    }
    expect(parseCatalog('{oops', 'json')).toMatchObject({ ok: false, problems: [{ line: 0 }] });
    expect(parseCatalog('  ', 'json')).toMatchObject({ ok: false });
  });
});

describe('assignedEntries on an imported catalogue', () => {
  it('gives an agency the entries of its kind, of all, and those naming its code', () => {
    const result = parseCatalog(csv, 'csv');
    if (!result.ok) throw new Error('fixture');
    expect(assignedEntries(result.entries, 'province', '79').map((e) => e.code)).toEqual(['NQ03-11.1', 'NQ03-23.4']);
    expect(assignedEntries(result.entries, 'central', 'BO-KHCN').map((e) => e.code)).toEqual(['NQ03-11.1', 'BCĐ26-X']);
  });
});

describe('parseCatalog refuses what it cannot read, naming the line (issue 9)', () => {
  const header = 'code,name,unit,appliesTo,requires2030,direction';

  it('refuses requires2030 and direction values that are neither yes/no nor up/down', () => {
    const result = parseCatalog(`${header}\nA,Chỉ tiêu A,%,all,maybe,up\nB,Chỉ tiêu B,%,all,x,sideways\nC,Chỉ tiêu C,%,all,không,giảm`, 'csv');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          message: 'Dòng 2: trường "requires2030" không hợp lệ (giá trị "maybe" không phải có/không (x, có, 1, true hoặc để trống, không, 0, false)).',
        },
        { line: 3, message: expect.stringContaining('"sideways" không phải chiều tăng hay giảm') },
      ],
    });
  });

  it('reads yes/no and up/down in Vietnamese', () => {
    const result = parseCatalog(`${header}\nA,Chỉ tiêu A,%,all,có,giảm\nB,Chỉ tiêu B,%,all,,`, 'csv');
    expect(result.ok && result.entries.map((e) => [e.requires2030, e.direction])).toEqual([
      [true, 'down'],
      [false, 'up'],
    ]);
  });

  it('gives each entry the line it starts on, past blank lines and quoted line breaks', () => {
    const result = parseCatalog(`${header}\n\nA,"Chỉ tiêu\ncó xuống dòng",%,all,,\n\nB,Chỉ tiêu B,%,all,,\r\nC,,%,all,,`, 'csv');
    expect(result).toMatchObject({ ok: false, problems: [{ line: 7, message: expect.stringMatching(/^Dòng 7: trường "name"/) }] });
    const ok = parseCatalog(`${header}\n\nA,"Chỉ tiêu\ncó xuống dòng",%,all,,\n\nB,Chỉ tiêu B,%,all,,`, 'csv');
    expect(ok.ok && ok.lines).toEqual([3, 6]);
  });

  it('says in Vietnamese on which line an unterminated quote opens', () => {
    const result = parseCatalog(`${header}\nA,Chỉ tiêu A,%,all,,\nB,"Chỉ tiêu B,%,all,,\nC,Chỉ tiêu C,%,all,,`, 'csv');
    expect(result).toEqual({ ok: false, problems: [{ line: 3, message: expect.stringMatching(/^Dòng 3: dấu ngoặc kép/) }] });
  });
});
