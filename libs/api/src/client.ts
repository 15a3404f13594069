import type * as z from 'zod';
import { ApiError } from './api-error.js';
import { fileNameOf, queryString } from './http-helpers.js';
import { clientMessages } from './messages.vi.js';
import type { PlanData } from '@cds/plan/schemas';
import { fileRoutes, fillPath, routes, submitRoute, type JsonRoute, type RouteName, type Routes } from './routes.js';

export interface ApiClientOptions {
  /** Where the server's `/api` is, e.g. `https://cds.example.gov.vn/api` or `/api` (same origin). */
  baseUrl: string;
  /** The bearer token of the signed-in user, or null before sign-in. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** The fetch to use (the browser's by default; tests pass their own). */
  fetch?: typeof fetch;
}

/** `/plans/:id/review` → `{ id: string | number }`; a path without parameters needs none. */
type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string | number } & PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string | number }
    : Record<never, never>;

type QueryOf<R> = R extends { query: infer Q extends z.ZodType } ? { query?: z.input<Q> } : { query?: never };
type BodyOf<R> = R extends { body: infer B extends z.ZodType } ? { body: z.input<B> } : { body?: never };
type ParamsOf<R> = R extends { path: infer P extends string } ? (keyof PathParams<P> extends never ? { params?: never } : { params: PathParams<P> }) : never;

/** What a call of route R takes: its path parameters, query and body, each only where the route has one. */
export type CallArgs<R> = ParamsOf<R> & QueryOf<R> & BodyOf<R>;
/** What a call of route R returns: the parsed response, or nothing for 204. */
export type CallResult<R> = R extends { response: infer S extends z.ZodType } ? z.output<S> : void;

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
type Method<R> = RequiredKeys<CallArgs<R>> extends never ? (args?: CallArgs<R>) => Promise<CallResult<R>> : (args: CallArgs<R>) => Promise<CallResult<R>>;

/** The submission's parts: the .docx itself, the plan extracted from it, and the retry key. */
export interface SubmitArgs {
  file: Blob;
  fileName: string;
  plan: PlanData;
  idempotencyKey: string;
}

/** A downloaded file (a submitted .docx, an Excel export). */
export interface DownloadedFile {
  bytes: Uint8Array;
  contentType: string;
  /** From Content-Disposition when the server names the file. */
  fileName: string | null;
}

export type ApiClient = { [K in RouteName]: Method<Routes[K]> } & {
  submit(args: SubmitArgs): Promise<z.output<typeof submitRoute.response>>;
  download(
    name: keyof typeof fileRoutes,
    args?: { params?: Record<string, string | number>; query?: Record<string, string | number | undefined> },
  ): Promise<DownloadedFile>;
};

/**
 * The typed client of the sync server: one method per route of the contract, each
 * taking and returning exactly what the contract's schemas say. Every failure is an
 * `ApiError { status, code, message }` with the server's Vietnamese message, or
 * NETWORK_ERROR (status 0) when the server cannot be reached.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));

  async function send(method: string, path: string, query: Record<string, unknown> | undefined, body: BodyInit | undefined, json: boolean): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = await options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    if (json) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(base + path + queryString(query), { method, headers, body: body ?? null });
    } catch (cause) {
      throw new ApiError(0, 'NETWORK_ERROR', clientMessages.NETWORK_ERROR, { cause: String(cause) });
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    return response;
  }

  async function parsed<S extends z.ZodType>(response: Response, schema: S | undefined): Promise<z.output<S> | undefined> {
    if (!schema || response.status === 204) return undefined;
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

  async function call(route: JsonRoute, args: { params?: Record<string, string | number>; query?: unknown; body?: unknown } = {}) {
    const path = fillPath(route.path, args.params);
    const body = args.body === undefined ? undefined : JSON.stringify(args.body);
    const query = args.query === undefined ? undefined : (args.query as Record<string, unknown>);
    return parsed(await send(route.method, path, query, body, body !== undefined), route.response);
  }

  const methods = Object.fromEntries(Object.entries(routes).map(([name, r]) => [name, (args?: Parameters<typeof call>[1]) => call(r, args)]));

  return {
    ...(methods as unknown as { [K in RouteName]: Method<Routes[K]> }),
    async submit({ file, fileName, plan, idempotencyKey }) {
      const form = new FormData();
      form.append('idempotencyKey', idempotencyKey);
      form.append('plan', JSON.stringify(plan));
      form.append('file', file, fileName);
      const response = await send(submitRoute.method, submitRoute.path, undefined, form, false);
      return (await parsed(response, submitRoute.response))!;
    },
    async download(name, args = {}) {
      const r = fileRoutes[name];
      const response = await send(r.method, fillPath(r.path, args.params), args.query, undefined, false);
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
        fileName: fileNameOf(response.headers.get('content-disposition')),
      };
    },
  };
}
