import { describe, expect, it } from 'vitest';
import { fileNameOf, queryString } from './http-helpers.js';

describe('queryString', () => {
  it('encodes the values given and leaves out undefined, null and empty strings', () => {
    expect(queryString({ page: 2, q: 'hà nội', status: undefined, kind: null, code: '' })).toBe('?page=2&q=h%C3%A0+n%E1%BB%99i');
  });
  it('gives nothing without parameters', () => {
    expect(queryString(undefined)).toBe('');
    expect(queryString({ q: '' })).toBe('');
  });
  it('keeps false and 0', () => {
    expect(queryString({ late: false, page: 0 })).toBe('?late=false&page=0');
  });
});

describe('fileNameOf', () => {
  it('prefers the UTF-8 name', () => {
    expect(fileNameOf(`attachment; filename="ke-hoach.docx"; filename*=UTF-8''k%E1%BA%BF-ho%E1%BA%A1ch.docx`)).toBe('kế-hoạch.docx');
  });
  it('reads the plain name, quoted or not', () => {
    expect(fileNameOf('attachment; filename="chi-tieu.xlsx"')).toBe('chi-tieu.xlsx');
    expect(fileNameOf('attachment; filename=chi-tieu.xlsx')).toBe('chi-tieu.xlsx');
  });
  it('falls back to the plain name when the UTF-8 one is malformed, and gives null without a header or a name', () => {
    expect(fileNameOf(`attachment; filename="a.docx"; filename*=UTF-8''%E1%ZZ.docx`)).toBe('a.docx');
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});
