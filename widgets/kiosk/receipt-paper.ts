/**
 * Receipt-printer paper for kiosk terminals: while a kiosk is on the page,
 * printing (the form's receipt, a service's details) uses a narrow page
 * (default 80 mm, the common thermal paper width) with small margins.
 *
 * `@page` rules only work in the document's own style sheets, not in a
 * shadow root; a constructed sheet on the document works under a strict
 * Content-Security-Policy. The kiosk's own print styles (in its shadow
 * root) hide its controls and set a small base size.
 */

const sheets = new Map<string, CSSStyleSheet>();
const users = new Map<CSSStyleSheet, number>();

/** A valid CSS length such as `80mm` or `58mm`, else the default. */
export function paperWidth(value: string | null): string {
  return value && /^\d{1,3}(\.\d+)?mm$/.test(value.trim()) ? value.trim() : '80mm';
}

/** Puts the paper rules on the document; returns a function that takes them off again. */
export function useReceiptPaper(width: string): () => void {
  let sheet = sheets.get(width);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // Continuous paper: the printer's driver cuts after the content; the page height is only a maximum.
    sheet.replaceSync(`@media print {
  @page { size: ${width} 297mm; margin: 3mm; }
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
}`);
    sheets.set(width, sheet);
  }
  const added = sheet;
  const count = users.get(added) ?? 0;
  users.set(added, count + 1);
  if (count === 0) document.adoptedStyleSheets = [...document.adoptedStyleSheets, added];
  return () => {
    const left = (users.get(added) ?? 1) - 1;
    users.set(added, left);
    if (left === 0) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== added);
  };
}
