/**
 * Prints one element of a page (a receipt) instead of the whole CMS page.
 *
 * While printing, a constructed stylesheet on the document hides every
 * sibling along the element's path to <body>; it is removed after printing.
 * Constructed stylesheets work under a strict Content-Security-Policy
 * (no inline style needed).
 */
const PATH = 'data-ozg-print-path';

let sheet: CSSStyleSheet | undefined;
/** Undoes the marks of the print in progress, if any. */
let pendingCleanUp: (() => void) | undefined;

export function printOnly(element: Element): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(`@media print { [${PATH}] > :not([${PATH}]) { display: none !important; } }`);
  const marked: Element[] = [];
  for (let node: Element | null = element; node; ) {
    node.setAttribute(PATH, '');
    marked.push(node);
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    node = parent === document.documentElement ? null : parent;
  }
  const added = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, added];
  const cleanUp = () => {
    for (const node of marked) node.removeAttribute(PATH);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== added);
    window.removeEventListener('afterprint', cleanUp);
    if (pendingCleanUp === cleanUp) pendingCleanUp = undefined;
  };
  pendingCleanUp?.();
  pendingCleanUp = cleanUp;
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}

/** Forgets a print that has not finished (the kiosk's wipe): the page prints whole again. */
export function cancelPendingPrint(): void {
  pendingCleanUp?.();
}
