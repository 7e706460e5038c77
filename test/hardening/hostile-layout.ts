/**
 * "Layout still usable": the page does not scroll sideways, the widget's box
 * stays inside its container, and the primary controls can be seen and hit
 * (the element at their centre is the control itself, not something a
 * hostile text or style put over it).
 */

export const WIDTHS = [390, 1280] as const;

/** Problems with the layout of `widget`; empty when usable. */
export function layoutProblems(widget: HTMLElement, controls: readonly HTMLElement[], label: string): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > innerWidth) {
    problems.push(`${label}: page scrolls sideways (${page.scrollWidth} px content in a ${innerWidth} px window) because of ${widest(widget)}`);
  }
  const container = widget.parentElement!.getBoundingClientRect();
  const box = widget.getBoundingClientRect();
  if (box.left < container.left - 1 || box.right > container.right + 1) {
    problems.push(`${label}: <${widget.localName}> is ${Math.round(box.width)} px wide in a ${Math.round(container.width)} px container`);
  }
  for (const control of controls) {
    const name = `${label}: ${control.localName}${control.id ? `#${control.id}` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
    control.scrollIntoView({ block: 'center', inline: 'center' });
    const rect = control.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) {
      problems.push(`${name} has no size`);
      continue;
    }
    // A control taller than the window (a tile with a very long label) counts as visible when its centre is.
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (x < 0 || x > innerWidth || y < 0 || y > innerHeight || rect.right > innerWidth + 1 || rect.left < -1) {
      problems.push(`${name} is outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} × ${Math.round(rect.top)}–${Math.round(rect.bottom)})`);
      continue;
    }
    const root = control.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint(x, y);
    if (!hit || !(hit === control || control.contains(hit))) problems.push(`${name} is covered by ${hit ? `<${hit.localName} class="${hit.className}">` : 'nothing'}`);
  }
  return problems;
}

/** The innermost elements reaching past the window's right edge, for the message. */
function widest(widget: Element): string {
  const past: Element[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.getBoundingClientRect().right > innerWidth + 1) past.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(widget.shadowRoot ?? widget);
  const innermost = past.filter((e) => !past.some((other) => other !== e && e.contains(other)));
  const describe = (e: Element) => {
    const root = e.getRootNode();
    const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
    return `<${e.localName}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}> ${Math.round(e.getBoundingClientRect().width)} px${host}`;
  };
  innermost.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
  return innermost.slice(0, 3).map(describe).join(', ') || 'nothing inside the widget';
}
