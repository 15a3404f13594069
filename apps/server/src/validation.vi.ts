import type * as z from 'zod';
import { messages, type MessageCode } from './messages.vi.js';

/**
 * zod's messages, all in Vietnamese. zod's own `vi` locale leaves type names and
 * values in English ("mong đợi string có >=3 ký tự", "nhận được NaN"); this map says
 * everything in words an agency's staff read. A refinement whose message is one of
 * our error codes is said as that code's message.
 */
type Issue = z.core.$ZodRawIssue;

const TYPES: Record<string, string> = {
  string: 'một chuỗi văn bản',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'đúng hoặc sai (true/false)',
  object: 'một đối tượng JSON',
  array: 'một danh sách',
  date: 'một ngày giờ',
  null: 'null',
  bigint: 'một số nguyên',
};

const FORMATS: Record<string, string> = {
  email: 'một địa chỉ email hợp lệ',
  datetime: 'ngày giờ theo ISO 8601 có múi giờ (ví dụ 2026-03-15T15:00:00+07:00)',
  date: 'một ngày theo ISO 8601 (ví dụ 2026-03-15)',
  url: 'một địa chỉ URL',
  uuid: 'một mã UUID',
};

const what = (origin: unknown) => (origin === 'string' ? 'ký tự' : origin === 'array' || origin === 'set' ? 'phần tử' : '');
const n = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('vi-VN') : String(v));

function bound(issue: Issue & { origin?: unknown; inclusive?: boolean }, limit: unknown, side: 'min' | 'max'): string {
  const unit = what(issue.origin);
  if (unit) return side === 'min' ? `cần ít nhất ${n(limit)} ${unit}` : `chỉ được tối đa ${n(limit)} ${unit}`;
  if (issue.origin === 'date') return side === 'min' ? 'ngày giờ quá sớm' : 'ngày giờ quá muộn';
  const strict = issue.inclusive === false;
  return side === 'min' ? `phải ${strict ? 'lớn hơn' : 'từ'} ${n(limit)}${strict ? '' : ' trở lên'}` : `phải ${strict ? 'nhỏ hơn' : 'không quá'} ${n(limit)}`;
}

export function vietnameseIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'thiếu trường bắt buộc';
      if (typeof issue.input === 'number' && Number.isNaN(issue.input)) return 'phải là một số';
      return `phải là ${TYPES[String(issue.expected)] ?? 'giá trị đúng kiểu'}`;
    }
    case 'too_small':
      return bound(issue, issue.minimum, 'min');
    case 'too_big':
      return bound(issue, issue.maximum, 'max');
    case 'invalid_format':
      return issue.format === 'regex' ? 'không đúng định dạng' : `phải là ${FORMATS[issue.format] ?? 'đúng định dạng'}`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'not_multiple_of':
      return `phải là bội số của ${n(issue.divisor)}`;
    case 'invalid_union':
      return 'không khớp với dạng nào được chấp nhận';
    case 'invalid_key':
      return 'có tên trường không hợp lệ';
    case 'invalid_element':
      return 'có phần tử không hợp lệ';
    default: {
      const code = (issue as { message?: string }).message;
      return code && code in messages ? messages[code as MessageCode] : 'giá trị không hợp lệ';
    }
  }
}

/** The map zod uses process-wide (`z.config({ customError })`). */
export const vietnameseErrors = (issue: Issue) => vietnameseIssue(issue);
