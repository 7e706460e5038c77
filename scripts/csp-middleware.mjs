// @ts-check
// Serves pages under a strict Content-Security-Policy when the request asks for it, so the demo
// can be tried (`npm start`, then /demo/?csp=strict or ?csp=nonce) and checked by the CSP suite
// (test/hardening/csp.test.ts) under the reference policies of docs/privacy-and-security.md.
// Requests without `?csp=` are left alone: the test runner's own page never gets a policy.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The reference policies. `nonce` gets a fresh value for every response. */
export const CSP_POLICIES = {
  strict: () => "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
  nonce: (/** @type {string} */ nonce) =>
    `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'`,
};

/** Where the CSP suite asks for the list of demo pages (the browser cannot list a folder). */
export const DEMO_PAGES_PATH = '/__demo-pages.json';

/**
 * With `&csp-probe`, this external script becomes the page's first script: it registers the
 * suite's `securitypolicyviolation` listener before anything else on the page runs (even the
 * parser's violations in the body are caught). External, so the policies allow it; no inline code.
 */
export const CSP_PROBE_SCRIPT = '/test/hardening/csp-probe.ts';

const demoDir = fileURLToPath(new URL('../demo/', import.meta.url));

/** Every demo page, `demo/*.html`, read on each request so a new page is checked at once. */
export function demoPages() {
  return readdirSync(demoDir)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** @param {unknown} body */
async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body && typeof body === 'object' && Symbol.asyncIterator in body) {
    const chunks = [];
    for await (const chunk of /** @type {AsyncIterable<Buffer | string>} */ (body)) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  return undefined;
}

/**
 * Adds `nonce` to every `<script>` start tag — what a CMS with a nonce-based policy does when it
 * renders a page. (The JSON config block gets one too; harmless, CSP does not run JSON.)
 * @param {string} page
 * @param {string} nonce
 */
export function addNonce(page, nonce) {
  return page.replace(/<script\b/gi, `<script nonce="${nonce}"`);
}

/** @param {string} page */
function addProbe(page) {
  const tag = `<script src="${CSP_PROBE_SCRIPT}"></script>`;
  const head = /<head\b[^>]*>/i.exec(page);
  if (!head) throw new Error('csp-probe: the page has no <head>');
  const at = head.index + head[0].length;
  return `${page.slice(0, at)}\n    ${tag}${page.slice(at)}`;
}

/**
 * `?csp=strict` or `?csp=nonce` on an HTML request: the response carries that policy as a
 * `Content-Security-Policy` header (for `nonce`, with the nonce put into the page's script tags),
 * is never cached and never answered with 304, so each load gets its own nonce. `&csp-probe`
 * adds the CSP suite's listener script ({@link CSP_PROBE_SCRIPT}).
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
export async function cspMiddleware(ctx, next) {
  if (ctx.path === DEMO_PAGES_PATH) {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(demoPages());
    return;
  }
  const requested = ctx.query['csp'];
  if (requested === undefined) return next();
  const name = String(requested);
  if (name !== 'strict' && name !== 'nonce') {
    ctx.status = 400;
    ctx.type = 'text/plain';
    ctx.body = `Unknown csp=${name}: use ?csp=strict or ?csp=nonce.`;
    return;
  }
  // A conditional request would get a 304 without a body, and so without a fresh nonce.
  delete ctx.request.headers['if-none-match'];
  delete ctx.request.headers['if-modified-since'];
  await next();
  if (ctx.status !== 200 || !ctx.response.is('html')) return;
  let policy = CSP_POLICIES.strict();
  const probe = ctx.query['csp-probe'] !== undefined;
  if (name === 'nonce' || probe) {
    let page = await bodyText(ctx.body);
    if (page === undefined) throw new Error(`csp=${name}: cannot read the body of ${ctx.path}`);
    if (probe) page = addProbe(page);
    if (name === 'nonce') {
      const nonce = randomBytes(16).toString('base64');
      page = addNonce(page, nonce);
      policy = CSP_POLICIES.nonce(nonce);
    }
    ctx.body = page;
  }
  ctx.set('Content-Security-Policy', policy);
  ctx.set('Cache-Control', 'no-store');
  ctx.remove('ETag');
  ctx.remove('Last-Modified');
}
