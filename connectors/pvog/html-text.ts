/**
 * Small HTML helpers for the XZuFi text modules. They parse with DOMParser, which builds an inert
 * document: no script runs and nothing is loaded, so backend HTML is safe to inspect here. (It is
 * still sanitized by the widgets before it is shown.)
 */

const BLOCKS = new Set(['ADDRESS', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/** The body of an inert document holding `html`. */
export function parseHtml(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/** Text of a node with blocks and line breaks as spaces, whitespace (incl. &nbsp;) collapsed. */
export function textOf(node: Node): string {
  let out = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      out += current.textContent ?? '';
      return;
    }
    if (current.nodeType !== Node.ELEMENT_NODE) return;
    const block = BLOCKS.has((current as Element).tagName);
    if (block) out += ' ';
    current.childNodes.forEach(walk);
    if (block) out += ' ';
  };
  walk(node);
  return collapse(out);
}

/** Plain text of an HTML fragment (tags removed, entities decoded); '' for nothing. */
export function plainText(html: string | null | undefined): string {
  if (!html) return '';
  // Most titles and codes carry no markup; skip the parser for them.
  if (!/[<&]/.test(html)) return collapse(html);
  return textOf(parseHtml(html));
}

/** The fragment itself when it has visible text, else undefined. */
export function htmlOrUndefined(html: string | null | undefined): string | undefined {
  return plainText(html) ? html!.trim() : undefined;
}

/** Plain text made safe to put into an HTML field. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The `<a href>` targets of a fragment with their texts. */
export function anchorsOf(html: string | null | undefined): { uri: string; title: string }[] {
  if (!html || !html.includes('<a')) return [];
  return [...parseHtml(html).querySelectorAll('a[href]')].map((a) => ({ uri: a.getAttribute('href') ?? '', title: textOf(a) }));
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
