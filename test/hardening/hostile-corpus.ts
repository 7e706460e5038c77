/**
 * The hostile data corpus: strings a compromised or careless backend could
 * send in any field. Every payload that would run script calls the global
 * probe `__ozgPwned('<vector name>')` (or posts `__ozgPwned:<name>` to the
 * parent from an isolated document), so an execution is detected and
 * attributed to its vector (see hostile-guard.ts).
 *
 * Categories follow the hardening issue: script tags, event handlers,
 * dangerous URL schemes (mixed case, whitespace, entities, control
 * characters), mutation XSS known from DOMPurify's history, DOM clobbering,
 * bidi controls, 100,000-character strings and long unbroken words, null
 * bytes, template syntax, CSS injection.
 */

export type VectorCategory =
  | 'script'
  | 'event-handler'
  | 'url'
  | 'mxss'
  | 'clobbering'
  | 'bidi'
  | 'long'
  | 'null-byte'
  | 'template'
  | 'css'
  | 'breakout';

export interface HostileVector {
  /** Short unique name; also what the payload reports to the probe. */
  name: string;
  category: VectorCategory;
  value: string;
  /** Used for the "layout still usable" checks. */
  layout?: boolean;
}

/** The global the payloads call. */
export const PROBE = '__ozgPwned';

const call = (name: string) => `${PROBE}('${name}')`;
/** From a document of another origin (iframe srcdoc, data: URL) only messages reach us. */
const post = (name: string) => `parent.postMessage('${PROBE}:${name}','*')`;

/** 100,000 characters of ordinary words. */
const LONG_TEXT = 'Verwaltungsleistung '.repeat(5000);
/** A German compound no dictionary breaks: 1,800 characters without a break opportunity. */
const LONG_WORD = 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung'.repeat(27);
/** 100,000 characters without a single space. */
const LONG_UNBROKEN = 'Rechtsbehelfsbelehrung'.repeat(4546).slice(0, 100_000);

const vectors: HostileVector[] = [
  // --- script tags
  { name: 'script-tag', category: 'script', value: `<script>${call('script-tag')}</script>Personalausweis` },
  { name: 'script-svg', category: 'script', value: `<svg><script>${call('script-svg')}</script></svg>` },
  { name: 'script-src-data', category: 'script', value: `<script src="data:text/javascript,${call('script-src-data')}"></script>` },
  { name: 'script-breakout', category: 'breakout', value: `</p></li></ol></textarea></title></style><script>${call('script-breakout')}</script>` },
  { name: 'iframe-srcdoc', category: 'script', value: `<iframe srcdoc="<script>${post('iframe-srcdoc')}</script>"></iframe>` },

  // --- event-handler attributes
  { name: 'img-onerror', category: 'event-handler', value: `<img src=x onerror="${call('img-onerror')}">` },
  { name: 'svg-onload', category: 'event-handler', value: `<svg onload="${call('svg-onload')}"><circle r="5"/></svg>` },
  { name: 'details-ontoggle', category: 'event-handler', value: `<details open ontoggle="${call('details-ontoggle')}"><summary>Mehr</summary></details>` },
  { name: 'attr-breakout-dq', category: 'breakout', value: `"><img src=x onerror="${call('attr-breakout-dq')}">` },
  { name: 'attr-breakout-sq', category: 'breakout', value: `'><svg onload=${call('attr-breakout-sq')}>` },
  { name: 'attr-unquoted', category: 'breakout', value: `x onmouseover=${call('attr-unquoted')} autofocus onfocus=${call('attr-unquoted')}` },
  { name: 'body-onload', category: 'event-handler', value: `<body onload="${call('body-onload')}"><input autofocus onfocus="${call('body-onload')}">` },
  { name: 'comment-breakout', category: 'breakout', value: `<!--<img src="--><img src=x onerror=${call('comment-breakout')}//">` },

  // --- dangerous URLs, in HTML and as link targets
  { name: 'url-javascript', category: 'url', value: `javascript:${call('url-javascript')}` },
  { name: 'url-javascript-case', category: 'url', value: `JaVaScRiPt:${call('url-javascript-case')}` },
  { name: 'url-javascript-space', category: 'url', value: ` \t\n javascript:${call('url-javascript-space')}` },
  { name: 'url-javascript-inner-ws', category: 'url', value: `java\tscr\nipt:${call('url-javascript-inner-ws')}` },
  { name: 'url-javascript-control', category: 'url', value: `\u0001\u0010javascript:${call('url-javascript-control')}` },
  { name: 'url-javascript-entity', category: 'url', value: `javascript&colon;${call('url-javascript-entity')}` },
  { name: 'url-javascript-numeric-entity', category: 'url', value: `&#106;avascript&#58;${call('url-javascript-numeric-entity')}` },
  { name: 'url-data-html', category: 'url', value: `data:text/html,<script>${post('url-data-html')}</script>` },
  { name: 'url-data-base64', category: 'url', value: `DATA:text/html;base64,${btoa(`<script>${post('url-data-base64')}</script>`)}` },
  { name: 'url-vbscript', category: 'url', value: 'VBScript:MsgBox("url-vbscript")' },
  { name: 'url-https-quote', category: 'url', value: `https://example.org/a" onmouseover="${call('url-https-quote')}` },
  { name: 'url-protocol-relative', category: 'url', value: '//evil.example/steal' },
  { name: 'a-javascript', category: 'url', value: `<a href="javascript:${call('a-javascript')}">Antrag stellen</a>` },
  { name: 'a-javascript-entities', category: 'url', value: `<a href="&#x6A;ava&#x09;script&colon;${call('a-javascript-entities')}">Termin</a>` },
  { name: 'a-javascript-control', category: 'url', value: `<a href="\u0001java\u0000script:${call('a-javascript-control')}">Formular</a>` },
  { name: 'a-data', category: 'url', value: `<a href="data:text/html,&lt;script&gt;${post('a-data')}&lt;/script&gt;">Unterlagen</a>` },
  { name: 'a-vbscript', category: 'url', value: '<a href="vbscript:msgbox(1)">VB</a>' },
  { name: 'form-formaction', category: 'url', value: `<form action="javascript:${call('form-formaction')}"><button formaction="javascript:${call('form-formaction')}">Senden</button></form>` },
  { name: 'object-data', category: 'url', value: `<object data="javascript:${call('object-data')}"></object><embed src="javascript:${call('object-data')}">` },
  { name: 'base-href', category: 'url', value: `<base href="javascript:${call('base-href')}//"><a href="x">relativ</a>` },
  { name: 'meta-refresh', category: 'url', value: `<meta http-equiv="refresh" content="0;url=javascript:${call('meta-refresh')}">` },
  { name: 'svg-use-href', category: 'url', value: `<svg><a xlink:href="javascript:${call('svg-use-href')}"><text y="20">x</text></a></svg>` },

  // --- mutation XSS (vectors from DOMPurify's advisories and tests)
  { name: 'mxss-math-mglyph', category: 'mxss', value: `<math><mtext><table><mglyph><style><img src=x onerror=${call('mxss-math-mglyph')}>` },
  { name: 'mxss-noscript', category: 'mxss', value: `<noscript><p title="</noscript><img src=x onerror=${call('mxss-noscript')}>">` },
  { name: 'mxss-form-math', category: 'mxss', value: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${call('mxss-form-math')}>` },
  { name: 'mxss-svg-style', category: 'mxss', value: `<svg></p><style><a id="</style><img src=1 onerror=${call('mxss-svg-style')}>">` },
  { name: 'mxss-math-style', category: 'mxss', value: `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${call('mxss-math-style')} src=1>"></path></textarea></mtext></svg></mglyph></mi></math>` },
  { name: 'mxss-template', category: 'mxss', value: `<template><img src=x onerror=${call('mxss-template')}></template><select><template><img src=x onerror=${call('mxss-template')}></template></select>` },
  { name: 'mxss-namespace', category: 'mxss', value: `<svg><foreignObject><p><iframe onload=${call('mxss-namespace')}></p></foreignObject></svg>` },

  // --- DOM clobbering: names and ids the page and the widgets look up
  { name: 'clobber-form-ids', category: 'clobbering', value: '<form id="search-input" name="attributes"><input id="attributes" name="attributes"><input name="value"></form>' },
  { name: 'clobber-img-names', category: 'clobbering', value: '<img name="document"><img name="cookie"><img name="getElementById"><img name="querySelector"><img name="body">' },
  { name: 'clobber-widget-ids', category: 'clobbering', value: '<a id="results"></a><a id="reference"></a><a id="second-factor"></a><p id="error-summary-title">x</p><p id="receipt-title">y</p><a id="ozg-config" name="ozg-config" href="https://evil.example/">z</a>' },
  { name: 'clobber-probe', category: 'clobbering', value: `<a id="${PROBE}"></a><form name="location"><input name="href"></form>` },

  // --- bidi controls
  { name: 'bidi-rlo', category: 'bidi', value: 'Gebühr \u202E05,21 € fdp.exe' },
  { name: 'bidi-embeddings', category: 'bidi', value: '\u202BAntrag\u202A offen \u202D0LTR \u202Eoverride' },
  { name: 'bidi-isolates', category: 'bidi', value: '\u2067Frist\u2066 \u2068abgelaufen' },
  { name: 'bidi-marks', category: 'bidi', value: '\u200FTermin\u200E\u061C: 12:30 \u202C\u2069\u202C' },

  // --- size
  { name: 'long-100k', category: 'long', value: LONG_TEXT, layout: true },
  { name: 'long-word', category: 'long', value: LONG_WORD, layout: true },
  { name: 'long-100k-unbroken', category: 'long', value: LONG_UNBROKEN, layout: true },

  // --- null bytes and other control characters
  { name: 'null-byte', category: 'null-byte', value: 'Melde\u0000bescheinigung\u0000' },
  { name: 'null-byte-script', category: 'null-byte', value: `<scr\u0000ipt>${call('null-byte-script')}</scr\u0000ipt><img src=x o\u0000nerror=${call('null-byte-script')}>` },
  { name: 'control-characters', category: 'null-byte', value: 'A\u0007B\u0008C\u001BD\u007FE\uFEFFF\uFFFEG\uD800' },

  // --- template syntax
  { name: 'template-mustache', category: 'template', value: `{{constructor.constructor('${call('template-mustache')}')()}}` },
  { name: 'template-dollar', category: 'template', value: `\${${call('template-dollar')}}` },
  { name: 'template-misc', category: 'template', value: `<%= ${call('template-misc')} %> #{${call('template-misc')}} [[${call('template-misc')}]] {count} {name}` },

  // --- CSS injection
  { name: 'css-style-tag', category: 'css', value: '<style>*{position:fixed!important;inset:0!important;z-index:2147483647!important;background:red!important}</style>Kosten' },
  { name: 'css-style-attr', category: 'css', value: '<p style="position:fixed;inset:0;z-index:2147483647;background:red;width:5000px">Überlagert alles</p>', layout: true },
  { name: 'css-link', category: 'css', value: '<link rel="stylesheet" href="https://evil.example/x.css"><style>@import url(https://evil.example/y.css);</style>' },
];

export const HOSTILE_CORPUS: readonly HostileVector[] = vectors;

/** The vectors the layout checks render. */
export const LAYOUT_VECTORS: readonly HostileVector[] = vectors.filter((v) => v.layout);

/** `name` → vector. */
export function vectorNamed(name: string): HostileVector {
  const vector = vectors.find((v) => v.name === name);
  if (!vector) throw new Error(`no vector ${name}`);
  return vector;
}

if (new Set(vectors.map((v) => v.name)).size !== vectors.length) throw new Error('vector names must be unique');
