/**
 * Answers of the demo's municipal-rest backend as the contract prescribes
 * them: JSON with a strong ETag (and `304` for a matching `If-None-Match`),
 * and RFC 9457 problem details for errors.
 */
import { HttpResponse } from 'msw';

/** Texts exist only in German; every answer says so. */
export const CONTENT_LANGUAGE = 'de';

/**
 * A JSON answer with a strong ETag over its exact bytes; `304 Not Modified`
 * when the request's `If-None-Match` names it.
 */
export function json(request: Request, body: unknown, extraHeaders: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const etag = `"${hash(`${CONTENT_LANGUAGE}\n${text}`)}"`;
  const headers = {
    etag,
    'cache-control': 'no-cache',
    vary: 'Accept-Language',
    'content-language': CONTENT_LANGUAGE,
    ...extraHeaders,
  };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new HttpResponse(null, { status: 304, headers });
  return new HttpResponse(text, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
}

/** RFC 9110 §13.1.2: `*` or any listed tag, compared weakly. */
function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
};

/** RFC 9457 problem details. */
export function problem(
  request: Request,
  status: number,
  detail: string,
  extraHeaders: Record<string, string> = {},
  invalidParams?: { name: string; reason: string }[],
): Response {
  const body = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: new URL(request.url).pathname,
    ...(invalidParams ? { 'invalid-params': invalidParams } : {}),
  };
  return HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json', 'content-language': 'en', ...extraHeaders } });
}

/** cyrb53: a fast 53-bit string hash, enough to tell versions of a document apart. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
