/**
 * Namespace-aware reading of XDatenfelder elements. Children are matched by
 * namespace URI and local name, never by prefix, so `xdf:`, `xdf3:` or a
 * default namespace all work; anything else in the document is ignored.
 */

export const NS_XDF2 = 'urn:xoev-de:fim:standard:xdatenfelder_2';
export const NS_XDF3 = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';

export function childElements(parent: Element, ns: string, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.namespaceURI === ns && child.localName === localName);
}

export function childElement(parent: Element | undefined, ns: string, localName: string): Element | undefined {
  if (!parent) return undefined;
  return Array.from(parent.children).find((child) => child.namespaceURI === ns && child.localName === localName);
}

/** Trimmed text of a child element; `undefined` when absent or blank. */
export function childText(parent: Element | undefined, ns: string, localName: string): string | undefined {
  return blankToUndefined(childElement(parent, ns, localName)?.textContent);
}

/**
 * The value of a code-list-typed element (`<xdf:feldart><code>input</code></xdf:feldart>`).
 * `code` is unqualified in the XDatenfelder schemas, but some tools qualify
 * it, so any namespace is accepted.
 */
export function childCode(parent: Element | undefined, ns: string, localName: string): string | undefined {
  const element = childElement(parent, ns, localName);
  if (!element) return undefined;
  const code = Array.from(element.children).find((child) => child.localName === 'code');
  return blankToUndefined(code?.textContent);
}

/**
 * Text for people: paragraphs (blank-line separated) kept, line breaks and
 * indentation from the XML file inside a paragraph folded into spaces.
 */
export function readableText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const paragraphs = value
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  return paragraphs.length ? paragraphs.join('\n\n') : undefined;
}

function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
