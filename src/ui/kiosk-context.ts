/**
 * Whether an element runs inside a kiosk (`<ozg-kiosk>` or an element marked
 * `data-ozg-kiosk`), crossing shadow roots. In a kiosk nothing personal is
 * stored and nothing leaves the terminal.
 */
export function isInKiosk(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    if (node.closest('ozg-kiosk, [data-ozg-kiosk]')) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
