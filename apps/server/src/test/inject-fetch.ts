import type { FastifyInstance } from 'fastify';

/**
 * A `fetch` that answers from the app in process (`app.inject`), so the typed
 * client runs against the real server with no port. The request is serialised the
 * way a browser would (FormData becomes multipart with its boundary).
 */
export function injectFetch(app: FastifyInstance): typeof fetch {
  return async (input, init) => {
    const request = new Request(typeof input === 'string' || input instanceof URL ? new URL(String(input), 'http://server.test') : input, init);
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const res = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      ...(body ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : String(v));
    return new Response(res.statusCode === 204 ? null : new Uint8Array(res.rawPayload), { status: res.statusCode, headers });
  };
}
