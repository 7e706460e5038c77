/**
 * Measurements for the hostile-page suite, all from computed styles and
 * layout boxes of the real rendering: text contrast, text size, focus
 * rings, `hidden`, touch targets, layout, and a snapshot of page elements
 * to show that widget styles stay inside their shadow roots.
 *
 * Each check returns the problems it found as readable lines (empty when
 * all is well) and counts what it looked at, so a check that saw nothing
 * cannot pass unnoticed.
 */
import { sendKeys } from '@web/test-runner-commands';
import { contrast, formatColor, over, parseColor, type Rgba } from './hostile-page-contrast.js';

export interface CheckResult {
  /** What was measured (elements, controls …). */
  checked: number;
  problems: string[];
}

// ------------------------------------------------------------------ the tree

/** The parent in the flat tree: the slot an element is assigned to, its parent, or the shadow host. */
export function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Everything a widget renders: its shadow tree, nested shadow trees (fields,
 * dialogs) and what its slots show (the kiosk's widgets). Not the host itself.
 * Given an element without a shadow root (a dialog), what is inside it.
 */
export function widgetElements(host: Element): Element[] {
  const found: Element[] = [];
  const seen = new Set<Element>();
  const visit = (root: ShadowRoot | Element) => {
    for (const element of root.children) add(element);
  };
  const add = (element: Element) => {
    if (seen.has(element)) return;
    seen.add(element);
    found.push(element);
    if (element.shadowRoot) visit(element.shadowRoot);
    if (element instanceof HTMLSlotElement) for (const assigned of element.assignedElements({ flatten: true })) add(assigned);
    else visit(element);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  else visit(host);
  return found;
}

function isVisuallyHidden(box: DOMRect): boolean {
  // The .visually-hidden pattern: a 1 × 1 px box clipped away; screen readers only.
  return box.width <= 1 && box.height <= 1;
}

/** Painted on screen: has a box, is visible, is not a screen-reader-only text. */
export function isRendered(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const style = getComputedStyle(element);
  if (style.visibility !== 'visible' || style.display === 'contents') return false;
  const box = element.getBoundingClientRect();
  if (isVisuallyHidden(box)) return false;
  // An ancestor that clips to nothing (the visually-hidden pattern on a parent).
  for (let node = flatParent(element); node; node = flatParent(node)) {
    const parentBox = node.getBoundingClientRect();
    if (getComputedStyle(node).display !== 'contents' && isVisuallyHidden(parentBox) && node.getClientRects().length > 0) return false;
  }
  return true;
}

function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

const TEXT_CONTROLS = 'input:not([type="checkbox"], [type="radio"], [type="hidden"], [type="file"]), select, textarea';

/** Visible elements whose own text (or typed value) the citizen reads. */
export function textElements(host: Element): Element[] {
  return widgetElements(host).filter((element) => (ownText(element) !== '' || element.matches(TEXT_CONTROLS)) && isRendered(element));
}

export function describe(element: Element): string {
  const root = element.getRootNode();
  const where = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  const text = (ownText(element) || (element as HTMLInputElement).value || '').slice(0, 28);
  return `<${element.localName}${element.id ? `#${element.id}` : ''}${cls}>${text ? ` "${text}"` : ''}${where}`;
}

// ------------------------------------------------------------------ colours

export interface Backdrop {
  colour: Rgba;
  /** An ancestor paints an image or gradient: the contrast cannot be computed from colours. */
  image: Element | undefined;
  /** The product of the opacities between the element and its opaque background. */
  opacity: number;
}

/** The colour behind an element: background colours of it and its flat-tree ancestors, composited down to the first opaque one. */
export function backdropOf(element: Element): Backdrop {
  const layers: Rgba[] = [];
  let opacity = 1;
  let image: Element | undefined;
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none' && !image) image = node;
    const colour = parseColor(style.backgroundColor);
    if (colour.a > 0) layers.push(colour);
    if (colour.a >= 1) break;
    opacity *= Number(style.opacity);
  }
  // Below everything: the canvas, white in these tests (no colour on html).
  let colour: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return { colour, image, opacity };
}

function isDisabled(element: Element): boolean {
  for (let node: Element | null = element; node; node = flatParent(node)) {
    if (node.matches(':disabled') || node.getAttribute('aria-disabled') === 'true') return true;
  }
  return false;
}

/** WCAG 1.4.3: 4.5:1 for text, 3:1 for large text (24 px, or 18.66 px bold). Disabled controls are exempt. */
export function checkTextContrast(host: Element): CheckResult {
  const problems: string[] = [];
  const elements = textElements(host).filter((element) => !isDisabled(element));
  for (const element of elements) {
    const style = getComputedStyle(element);
    const backdrop = backdropOf(element);
    if (backdrop.image) {
      problems.push(`${describe(element)}: background image on ${describe(backdrop.image)}, contrast unknown`);
      continue;
    }
    const text = parseColor(style.color);
    text.a *= backdrop.opacity;
    const ratio = contrast(text, backdrop.colour);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    if (ratio < needed - 0.005) {
      problems.push(`${describe(element)}: contrast ${ratio.toFixed(2)}:1 < ${needed} (${formatColor(text)} on ${formatColor(backdrop.colour)})`);
    }
  }
  return { checked: elements.length, problems };
}

// ------------------------------------------------------------------ text size

/**
 * Every visible text at least `minimum` px (computed), and the widget's base
 * size (the font size of its container) at least `base` px.
 */
export function checkTextSize(scope: Element, container: Element, { minimum, base }: { minimum: number; base: number }): CheckResult {
  const problems: string[] = [];
  const baseSize = parseFloat(getComputedStyle(container).fontSize);
  if (baseSize < base - 0.01) problems.push(`base size of ${describe(container)} is ${baseSize}px < ${base}px`);
  const elements = textElements(scope);
  for (const element of elements) {
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size < minimum - 0.01) problems.push(`${describe(element)}: ${size.toFixed(2)}px < ${minimum}px`);
  }
  return { checked: elements.length + 1, problems };
}

// ------------------------------------------------------------------ focus

const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';

/** The element that has focus, through every shadow root. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Controls a citizen reaches with Tab. */
export function controls(scope: Element): HTMLElement[] {
  return widgetElements(scope).filter(
    (element): element is HTMLElement => element instanceof HTMLElement && element.matches(CONTROLS) && !isDisabled(element) && isRendered(element),
  );
}

/**
 * Focuses every control as a keyboard user would and checks the ring: an
 * outline of at least 2 px (or a box-shadow ring), with 3:1 against the
 * background in at least one of its colours (WCAG 1.4.11, 2.4.7).
 */
export async function checkFocusRings(host: Element): Promise<CheckResult> {
  const problems: string[] = [];
  const targets = controls(host);
  // A key press puts Chromium in keyboard modality: script focus then matches :focus-visible.
  await sendKeys({ press: 'Shift' });
  for (const control of targets) {
    control.focus({ preventScroll: true });
    const active = deepActiveElement();
    if (active !== control) {
      problems.push(`${describe(control)}: does not take focus (active: ${active ? describe(active) : 'none'})`);
      continue;
    }
    if (!control.matches(':focus-visible')) {
      problems.push(`${describe(control)}: focused but not :focus-visible`);
      continue;
    }
    const style = getComputedStyle(control);
    const backdrop = backdropOf(flatParent(control) ?? control).colour;
    const colours: Rgba[] = [];
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) colours.push(parseColor(style.outlineColor));
    if (style.boxShadow !== 'none') {
      for (const match of style.boxShadow.matchAll(/(rgba?\([^)]*\)|color\(srgb[^)]*\))\s+[-\d.]+px\s+[-\d.]+px\s+[-\d.]+px\s+([\d.]+)px/g)) {
        if (parseFloat(match[2]!) >= 2) colours.push(parseColor(match[1]!));
      }
    }
    if (colours.length === 0) {
      problems.push(`${describe(control)}: no focus ring (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`);
      continue;
    }
    const best = Math.max(...colours.map((colour) => contrast(colour, backdrop)));
    if (best < 3) problems.push(`${describe(control)}: focus ring contrast ${best.toFixed(2)}:1 < 3 on ${formatColor(backdrop)}`);
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return { checked: targets.length, problems };
}

// ------------------------------------------------------------------ hidden

/** Elements with the `hidden` attribute and closed dialogs inside the widget render no box. */
export function checkHiddenStaysHidden(host: Element): CheckResult {
  const hidden = widgetElements(host).filter((element) => element.hasAttribute('hidden') || element.matches('dialog:not([open])'));
  const problems = hidden.filter((element) => element.getClientRects().length > 0).map((element) => `${describe(element)}: hidden but rendered`);
  return { checked: hidden.length, problems };
}

// ------------------------------------------------------------------ targets

const TARGETS = 'button, .button, input:not([type="checkbox"], [type="radio"], [type="hidden"]), select';

/** Buttons, button-like links and inputs at least `size` × `size` CSS px on screen (`scale`: what the page's zoom and transforms do to it). */
export function checkTargets(host: Element, { size = 44, scale = 1 } = {}): CheckResult {
  const targets = controls(host).filter((element) => element.matches(TARGETS));
  const problems: string[] = [];
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    const width = box.width / scale;
    const height = box.height / scale;
    if (width < size - 0.5 || height < size - 0.5) problems.push(`${describe(target)}: ${width.toFixed(1)} × ${height.toFixed(1)} px < ${size}`);
  }
  return { checked: targets.length, problems };
}

// ------------------------------------------------------------------ layout

/** The widget fills the width the page gives it, and nothing in it sticks out sideways. */
export function checkFillsAndFits(host: Element, container: Element): CheckResult {
  const problems: string[] = [];
  const parent = flatParent(host)!;
  const available = parent.getBoundingClientRect().width;
  const width = container.getBoundingClientRect().width;
  if (width < available * 0.9) problems.push(`${describe(container)} is ${width.toFixed(0)} px wide of ${available.toFixed(0)} px`);
  const box = container.getBoundingClientRect();
  let checked = 1;
  for (const element of widgetElements(host)) {
    if (!isRendered(element)) continue;
    checked++;
    const own = element.getBoundingClientRect();
    if (own.right > box.right + 1 || own.left < box.left - 1) {
      problems.push(`${describe(element)} sticks out of the widget (${own.left.toFixed(0)}…${own.right.toFixed(0)} of ${box.left.toFixed(0)}…${box.right.toFixed(0)})`);
      break;
    }
  }
  return { checked, problems };
}

/** Two boxes side by side on one row: they overlap vertically and do not overlap horizontally. */
export function sameRow(a: Element, b: Element): boolean {
  const x = a.getBoundingClientRect();
  const y = b.getBoundingClientRect();
  const vertical = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
  return vertical > Math.min(x.height, y.height) * 0.5 && (x.right <= y.left + 1 || y.right <= x.left + 1);
}

// ------------------------------------------------------------------ leaks

/** Properties of page elements a leaking widget style could change. */
const SNAPSHOT_PROPERTIES = [
  'display',
  'position',
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-decoration-line',
  'color',
  'background-color',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'outline-style',
  'direction',
  'visibility',
  'opacity',
  '--ozg-color-primary',
  '--ozg-font-size',
  '--_ozg-text',
  '--primary',
];

export type Snapshot = Record<string, Record<string, string>>;

/** Computed styles of the page's own elements, by selector. */
export function snapshotPage(selectors: readonly string[]): Snapshot {
  const snapshot: Snapshot = {};
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`page element ${selector} missing`);
    const style = getComputedStyle(element);
    snapshot[selector] = Object.fromEntries(SNAPSHOT_PROPERTIES.map((property) => [property, style.getPropertyValue(property).trim()]));
  }
  return snapshot;
}

/** Differences between two snapshots, as lines. */
export function compareSnapshots(before: Snapshot, after: Snapshot): CheckResult {
  const problems: string[] = [];
  let checked = 0;
  for (const [selector, properties] of Object.entries(before)) {
    for (const [property, value] of Object.entries(properties)) {
      checked++;
      const now = after[selector]?.[property];
      if (now !== value) problems.push(`page ${selector} ${property}: "${value}" became "${now}"`);
    }
  }
  return { checked, problems };
}
