/**
 * Finding the link a click landed on, and its href as the browser would
 * follow it. Small on purpose: the kiosk needs it synchronously on every
 * click, while the rules of what may be followed (link-policy.ts) load only
 * when a link leads elsewhere.
 */

/** An element the browser follows as a link: `<a href>`, `<area href>`, SVG `<a href>`/`<a xlink:href>`. */
export type KioskLink = HTMLAnchorElement | HTMLAreaElement | SVGAElement;

/**
 * The link an event (a click, a keypress) happened on: the nearest
 * `<a href>`, `<area href>` or SVG `<a href>` on the event's composed path,
 * so links inside (nested) shadow roots are found too. Call it while the
 * event is dispatched: afterwards `composedPath()` is empty.
 */
export function linkFromEvent(event: Event): KioskLink | undefined {
  return event.composedPath().find(
    (target): target is KioskLink =>
      ((target instanceof HTMLAnchorElement || target instanceof HTMLAreaElement) && target.hasAttribute('href')) ||
      (target instanceof SVGAElement && (target.hasAttribute('href') || target.hasAttributeNS('http://www.w3.org/1999/xlink', 'href'))),
  );
}

/**
 * The href of a link as the browser follows it: resolved against the
 * element's base URL (`<base href>` included). An href the URL parser
 * rejects is returned as written, which `classifyLink` blocks.
 */
export function hrefOf(link: KioskLink): string {
  // `href` of an HTML link is already resolved (or the raw text if it does not parse).
  if (!(link instanceof SVGAElement)) return link.href;
  const raw = link.href.baseVal;
  try {
    return new URL(raw, link.baseURI).href;
  } catch {
    return raw;
  }
}

/** Whether `href` stays on the page `page` (same origin and path; only query or fragment differ). */
export function staysOnPage(href: string, page: URL): boolean {
  try {
    const url = new URL(href, page);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === page.origin && url.pathname === page.pathname;
  } catch {
    return false;
  }
}
