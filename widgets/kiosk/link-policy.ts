/**
 * Which links may be followed on a kiosk terminal. Pure functions, no
 * rendering: the kiosk asks {@link linkFromEvent} for the link a click
 * landed on, {@link classifyLink} what it points to, and then lets it go
 * (`internal`), shows it as a QR code and an address (`external`, `phone`,
 * `email`) or ignores it (`blocked`).
 *
 * Every href goes through the browser's own URL parser, so `JaVaScRiPt:`,
 * `java\tscript:`, leading spaces or controls and HTML entities (decoded by
 * the HTML parser before an href is read) end up exactly as the browser
 * would follow them.
 */

/** What a link on the kiosk points to. */
export type LinkTarget =
  /** Stays on the kiosk: a fragment of the page, the same page with another query, or an allowed prefix. */
  | { kind: 'internal' }
  /** Another website. `url` is the full address (for the QR code), `display` a readable one to type. */
  | { kind: 'external'; url: string; display: string }
  /** A `tel:` link; `number` as readable text. */
  | { kind: 'phone'; number: string }
  /** A `mailto:` link; `address` without subject, body or other fields. */
  | { kind: 'email'; address: string }
  /** Never followed and never shown: `javascript:`, `data:`, `blob:`, `file:`, any other scheme, unparsable. */
  | { kind: 'blocked' };

export type LinkKind = LinkTarget['kind'];

export { hrefOf, linkFromEvent, type KioskLink } from './link-from-event.js';

const INTERNAL: LinkTarget = Object.freeze({ kind: 'internal' });
const BLOCKED: LinkTarget = Object.freeze({ kind: 'blocked' });

/**
 * Classifies `href` as the kiosk page `page` would follow it. A relative
 * `href` is resolved against `page`. `allowed` are URL prefixes (absolute or
 * relative to `page`) the kiosk's editor lets through, e.g.
 * `https://www.musterstadt.de/buergerservice/`; a prefix matches whole path
 * segments (`/termine` matches `/termine`, `/termine/` and `/termine?x=1`,
 * not `/termine-alt`) and only on its own origin.
 */
export function classifyLink(href: string, page: URL, allowed: readonly string[] = []): LinkTarget {
  let url: URL;
  try {
    url = new URL(href, page);
  } catch {
    return BLOCKED;
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      if (isFragmentOnly(href) || isSamePage(url, page) || allowed.some((prefix) => matchesPrefix(url, prefix, page))) return INTERNAL;
      return { kind: 'external', url: url.href, display: readableAddress(url) };
    case 'tel:': {
      if (allowed.some((prefix) => matchesPrefix(url, prefix, page))) return INTERNAL;
      const number = readablePhoneNumber(url);
      return number ? { kind: 'phone', number } : BLOCKED;
    }
    case 'mailto:': {
      if (allowed.some((prefix) => matchesPrefix(url, prefix, page))) return INTERNAL;
      const address = emailAddress(url);
      return address ? { kind: 'email', address } : BLOCKED;
    }
    default:
      // A `#fragment` on a page that is not http(s) (a file: kiosk shell, about:blank) stays on it.
      if (isFragmentOnly(href) && url.protocol === page.protocol) return INTERNAL;
      return BLOCKED;
  }
}

// --- internal links --------------------------------------------------------

/** `#top`, also with the spaces and tabs the URL parser drops. */
function isFragmentOnly(href: string): boolean {
  return href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').startsWith('#');
}

/** Same origin and path as the kiosk page: only the query or fragment differ. */
function isSamePage(url: URL, page: URL): boolean {
  return url.origin !== 'null' && url.origin === page.origin && url.pathname === page.pathname;
}

function matchesPrefix(url: URL, prefix: string, page: URL): boolean {
  let base: URL;
  try {
    base = new URL(prefix, page);
  } catch {
    return false;
  }
  if (base.protocol !== url.protocol) return false;
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    // tel:, mailto:: a plain prefix of the normalised address.
    return url.href.startsWith(base.href);
  }
  if (base.origin !== url.origin) return false;
  const wanted = base.pathname + base.search + base.hash;
  const actual = url.pathname + url.search + url.hash;
  if (!actual.startsWith(wanted)) return false;
  if (wanted.endsWith('/') || base.search || base.hash) return true;
  const next = actual.charAt(wanted.length);
  return next === '' || next === '/' || next === '?' || next === '#';
}

// --- readable forms ----------------------------------------------------------

/** `https://www.xn--mnchen-3ya.de:8443/a%C3%BC/` → `münchen.de:8443/aü`. */
function readableAddress(url: URL): string {
  let host = url.hostname.split('.').map(unicodeLabel).join('.');
  if (host.startsWith('www.') && host.indexOf('.', 4) > 0) host = host.slice(4);
  // URL already drops a default port (80 for http, 443 for https).
  const port = url.port ? `:${url.port}` : '';
  let rest = readableText(url.pathname + url.search + url.hash);
  if (rest === '/') rest = '';
  else if (rest.endsWith('/')) rest = rest.slice(0, -1);
  return host + port + rest;
}

/** Percent escapes decoded for reading, except those that would hide in the text (spaces, controls, bidi marks). */
function readableText(text: string): string {
  let decoded: string;
  try {
    decoded = decodeURI(text);
  } catch {
    return text;
  }
  return decoded.replace(/[\s\p{C}]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '';
    }
  });
}

/** `tel:+49-30-1234567;ext=12` → `+49 30 1234567`. */
function readablePhoneNumber(url: URL): string {
  let number = url.pathname.split(';')[0] ?? '';
  try {
    number = decodeURIComponent(number);
  } catch {
    // keep it as written
  }
  number = number
    .replace(/[\p{C}]/gu, '')
    .replace(/(?<=[\d)])[-.](?=[\d(])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /\d/.test(number) ? number : '';
}

/** `mailto:info@musterstadt.de?subject=Hallo` → `info@musterstadt.de`. */
function emailAddress(url: URL): string {
  let address = url.pathname || url.searchParams.get('to') || '';
  try {
    address = decodeURIComponent(address);
  } catch {
    // keep it as written
  }
  address = address.replace(/[\s\p{C}]+/gu, ' ').trim();
  return address.split(',').map((part) => part.trim()).filter(Boolean).join(', ');
}

// --- punycode (RFC 3492), decoding only -----------------------------------

/** `xn--mnchen-3ya` → `münchen`; any other label, or one that does not decode cleanly, stays as it is. */
function unicodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  const decoded = decodePunycode(label.slice(4).toLowerCase());
  if (!decoded) return label;
  // Only if the browser encodes it back to the same label (IDNA-valid, no tricks).
  try {
    return new URL(`http://${decoded}/`).hostname === label.toLowerCase() ? decoded : label;
  } catch {
    return label;
  }
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + 38));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 → 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z → 0-25
  return BASE;
}

function decodePunycode(input: string): string | undefined {
  const output: number[] = [];
  const delimiter = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(delimiter, 0); j++) output.push(input.charCodeAt(j));
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      weight *= BASE - t;
      if (!Number.isSafeInteger(i) || !Number.isSafeInteger(weight)) return undefined;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
