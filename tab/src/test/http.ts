import { vi } from 'vitest';
import type { FetchLike } from '../api/client';

export interface Call {
  method: string;
  url: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export type Handler = (call: Call) => Response | Promise<Response> | undefined;

export function json(body: unknown, status = 200): Response {
  const init = { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } };
  return new Response(JSON.stringify(body), init);
}

/** A fetch double: each request is recorded and answered by the first handler that returns a Response. */
export function fakeFetch(...handlers: Handler[]) {
  const calls: Call[] = [];
  const fn = vi.fn<FetchLike>(async (input, init) => {
    const url = new URL(input, 'http://localhost');
    const headers = new Headers(init?.headers);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const call: Call = {
      method: (init?.method ?? 'GET').toUpperCase(),
      url: input,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    for (const h of handlers) {
      const res = await h(call);
      if (res) return res;
    }
    return json({ title: 'Not found', detail: `Ingen testdata för ${call.method} ${input}`, status: 404 }, 404);
  });
  return { fetch: fn as FetchLike, calls };
}

/** Answers GET <path> (exact path, any query). */
export function get(path: string, respond: (call: Call) => Response): Handler {
  return (call) => (call.method === 'GET' && call.path === path ? respond(call) : undefined);
}

export function post(path: string, respond: (call: Call) => Response): Handler {
  return (call) => (call.method === 'POST' && call.path === path ? respond(call) : undefined);
}
