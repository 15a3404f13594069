import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../errors.js';
import { handleError } from './error-handler.js';

/** A reply that records what the handler sends. */
function fakeReply() {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    code(s: number) {
      sent.status = s;
      return reply;
    },
    type() {
      return reply;
    },
    send(b: unknown) {
      sent.body = b;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, sent };
}

const request = () => ({ log: { error: vi.fn() } }) as unknown as FastifyRequest & { log: { error: ReturnType<typeof vi.fn> } };

describe('the error handler', () => {
  it('sends an AppError as its status, code, Vietnamese message and details', () => {
    const { reply, sent } = fakeReply();
    handleError(AppError.of(409, 'STALE_REVISION', { currentRevision: 3 }), request(), reply);
    expect(sent).toEqual({ status: 409, body: { statusCode: 409, code: 'STALE_REVISION', message: expect.stringContaining('Kế hoạch'), currentRevision: 3 } });
  });

  it('logs an unexpected error and answers 500 without its details', () => {
    const { reply, sent } = fakeReply();
    const req = request();
    handleError(new Error('password=secret at db.ts:12') as FastifyError, req, reply);
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({ statusCode: 500, code: 'INTERNAL', message: expect.stringContaining('Lỗi hệ thống') });
    expect(JSON.stringify(sent.body)).not.toContain('secret');
    expect(req.log.error).toHaveBeenCalledOnce();
  });

  it('maps framework errors to our codes: body too large 413, bad media type 415, other 4xx generic', () => {
    const cases: [Partial<FastifyError>, number, string][] = [
      [{ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }, 413, 'PAYLOAD_TOO_LARGE'],
      [{ code: 'FST_REQ_FILE_TOO_LARGE', statusCode: 413 }, 413, 'PAYLOAD_TOO_LARGE'],
      [{ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [{ code: 'FST_SOMETHING', statusCode: 404 }, 404, 'NOT_FOUND'],
    ];
    for (const [err, status, code] of cases) {
      const { reply, sent } = fakeReply();
      handleError(Object.assign(new Error('english text'), err) as FastifyError, request(), reply);
      expect(sent.status).toBe(status);
      expect(sent.body).toMatchObject({ code });
      expect((sent.body as { message: string }).message).not.toBe('english text');
    }
  });

  it('answers a database refusal (found in the error or its cause) as a clean 4xx, logged as a warning', () => {
    const cases: [unknown, number, string][] = [
      [{ code: '22003' }, 400, 'VALUE_OUT_OF_RANGE'],
      [{ code: '22P05' }, 400, 'INVALID_TEXT'],
      [{ code: '23505', constraint: 'x_uq' }, 409, 'CONFLICT'],
    ];
    for (const [cause, status, code] of cases) {
      const { reply, sent } = fakeReply();
      const req = { log: { error: vi.fn(), warn: vi.fn() } } as unknown as FastifyRequest;
      handleError(Object.assign(new Error('Failed query: insert …'), { cause }) as FastifyError, req, reply);
      expect(sent.status).toBe(status);
      expect(sent.body).toMatchObject({ statusCode: status, code });
      expect((sent.body as { message: string }).message).not.toContain('query');
    }
  });

  it('states the limit in a 413 when the app’s config is known', () => {
    const { reply, sent } = fakeReply();
    const req = { log: { error: vi.fn() }, server: { config: { bodyLimit: 2 * 1024 * 1024, uploadLimit: 20 * 1024 * 1024 } } } as unknown as FastifyRequest;
    handleError(Object.assign(new Error('too large'), { code: 'FST_REQ_FILE_TOO_LARGE', statusCode: 413 }) as FastifyError, req, reply);
    expect(sent.body).toEqual({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép (tối đa 20 MB).',
      limit: 20 * 1024 * 1024,
    });
  });
});
