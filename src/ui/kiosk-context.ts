/**
 * The kiosk context: whether an element runs inside `<ozg-kiosk>` (or an
 * element marked `data-ozg-kiosk`), crossing shadow roots, and what the kiosk
 * allows. Widgets ask here instead of each page configuring them: in a kiosk
 * nothing personal is stored, nothing leaves the terminal, and touch targets
 * grow (the `in-kiosk` host attribute, see {@link markKioskHost}).
 */

const KIOSK = 'ozg-kiosk, [data-ozg-kiosk]';

/** The kiosk around `element`, if any. */
export function kioskOf(element: Element): Element | undefined {
  let node: Element | null = element;
  while (node) {
    const kiosk = node.closest(KIOSK);
    if (kiosk) return kiosk;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

export function isInKiosk(element: Element): boolean {
  return kioskOf(element) !== undefined;
}

/** Whether the kiosk lets citizens pick files (`<ozg-kiosk allow-files>`); always true outside a kiosk. */
export function kioskAllowsFiles(element: Element): boolean {
  const kiosk = kioskOf(element);
  return kiosk === undefined || kiosk.hasAttribute('allow-files');
}

/**
 * Sets the `in-kiosk` attribute on a widget's or field's host while it is
 * connected inside a kiosk, so its shared styles can enlarge touch targets.
 * Called from `connectedCallback`.
 */
export function markKioskHost(host: Element): void {
  host.toggleAttribute('in-kiosk', isInKiosk(host));
}
