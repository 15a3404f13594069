import type * as z from 'zod';
import { ApiError } from '../api-error.js';
import { createApiClient, type ApiClient, type ApiClientOptions, type CallArgs, type CallResult, type DownloadedFile } from '../client.js';
import { BoardEventSchema, checkRoute, dashboardFileRoutes, dashboardRoutes, eventsRoute, type BoardEvent } from './schemas.js';
import { fileNameOf, queryString } from '../http-helpers.js';
import { clientMessages } from '../messages.vi.js';
import { fillPath } from '../routes.js';

type DashboardRoutes = typeof dashboardRoutes;
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
type Method<R> = RequiredKeys<CallArgs<R>> extends never ? (args?: CallArgs<R>) => Promise<CallResult<R>> : (args: CallArgs<R>) => Promise<CallResult<R>>;

export type DashboardClient = ApiClient & { [K in keyof DashboardRoutes]: Method<DashboardRoutes[K]> } & {
  /** Uploads a .docx for the server's check; nothing is stored. */
  check(file: Blob, fileName: string): Promise<z.output<typeof checkRoute.response>>;
  downloadFile(
    name: keyof typeof dashboardFileRoutes,
    args?: { params?: Record<string, string | number>; query?: Record<string, string | number | undefined> },
  ): Promise<DownloadedFile>;
  /** Follows the board's event stream until `signal` aborts; resolves when the stream ends. `onOpen` once the server answered. */
  events(onEvent: (e: BoardEvent) => void, signal: AbortSignal, onOpen?: () => void): Promise<void>;
};

/**
 * The typed client with the dashboard's routes added: the same errors (ApiError),
 * the same token, the same fetch as `createApiClient`.
 */
export function createDashboardClient(options: ApiClientOptions): DashboardClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));

  async function send(
    method: string,
    path: string,
    query: Record<string, unknown> | undefined,
    body: BodyInit | undefined,
    json: boolean,
    signal?: AbortSignal,
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = await options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    if (json) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(base + path + queryString(query), { method, headers, body: body ?? null, ...(signal ? { signal } : {}) });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError(0, 'NETWORK_ERROR', clientMessages.NETWORK_ERROR, { cause: String(cause) });
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    return response;
  }

  async function parsed(response: Response, schema: z.ZodType): Promise<unknown> {
    let data: unknown;
    try {
      data = await response.json();
    } catch {
      throw new ApiError(response.status, 'BAD_RESPONSE', clientMessages.BAD_RESPONSE);
    }
    const result = schema.safeParse(data);
    if (!result.success) throw new ApiError(response.status, 'BAD_RESPONSE', clientMessages.BAD_RESPONSE, { issues: result.error.issues.slice(0, 5) });
    return result.data;
  }

  const methods = Object.fromEntries(
    Object.entries(dashboardRoutes).map(([name, r]) => [
      name,
      async (args: { params?: Record<string, string | number>; query?: Record<string, unknown>; body?: unknown } = {}) => {
        const body = args.body === undefined ? undefined : JSON.stringify(args.body);
        return parsed(await send(r.method, fillPath(r.path, args.params), args.query, body, body !== undefined), r.response);
      },
    ]),
  );

  return {
    ...createApiClient(options),
    ...(methods as unknown as { [K in keyof DashboardRoutes]: Method<DashboardRoutes[K]> }),
    async check(file, fileName) {
      const form = new FormData();
      form.append('file', file, fileName);
      return (await parsed(await send(checkRoute.method, checkRoute.path, undefined, form, false), checkRoute.response)) as z.output<
        typeof checkRoute.response
      >;
    },
    async downloadFile(name, args = {}) {
      const r = dashboardFileRoutes[name];
      const response = await send(r.method, fillPath(r.path, args.params), args.query, undefined, false);
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
        fileName: fileNameOf(response.headers.get('content-disposition')),
      };
    },
    async events(onEvent, signal, onOpen) {
      const response = await send(eventsRoute.method, eventsRoute.path, undefined, undefined, false, signal);
      if (!response.body) return;
      onOpen?.();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const chunk = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = chunk
              .split('\n')
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trim())
              .join('\n');
            if (!data) continue; // a comment line (heartbeat)
            const e = BoardEventSchema.safeParse(JSON.parse(data));
            if (e.success) onEvent(e.data);
          }
        }
      } catch (err) {
        if (signal.aborted) return;
        throw err;
      }
    },
  };
}
