import { compatMessages as m } from './messages.vi.js';

/** A failed call: the server's Vietnamese message and code when it sent one. */
export class CompatHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One call of the server's API with XMLHttpRequest (IE11 has no fetch): JSON in and
 * out, or a FormData body; errors carry the server's `{ code, message }`.
 */
export function request<T>(method: string, url: string, options: { token?: string | null; json?: unknown; form?: FormData } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url, true);
    xhr.setRequestHeader('Accept', 'application/json');
    if (options.token) xhr.setRequestHeader('Authorization', `Bearer ${options.token}`);
    if (options.json !== undefined) xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onreadystatechange = () => {
      if (xhr.readyState !== 4) return;
      if (xhr.status === 0) return reject(new CompatHttpError(0, 'NETWORK_ERROR', m.networkError));
      let body: { code?: string; message?: string } | null = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      reject(new CompatHttpError(xhr.status, body?.code ?? 'HTTP_' + xhr.status, body?.message ?? m.serverError(xhr.status)));
    };
    xhr.send(options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : null));
  });
}
