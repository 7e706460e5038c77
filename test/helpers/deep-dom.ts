/** Every element below `root`, inside every open shadow root too (and `root`'s own shadow root). */
export function deepElements(root: Document | ShadowRoot | Element = document): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return found;
}
