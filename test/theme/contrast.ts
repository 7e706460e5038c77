/**
 * A contrast check of what a widget shows, written for the theme tests.
 *
 *  - Text (WCAG 1.4.3): every visible text node, every input value and
 *    placeholder, against its effective background: the background colours
 *    of its ancestors in the flat tree (through slots and shadow roots),
 *    composited from the nearest opaque one up. 4.5:1, or 3:1 for large text
 *    (24 px, or 18.66 px at weight 700 and more). Text of disabled controls
 *    is exempt, as in WCAG.
 *  - Non-text (WCAG 1.4.11): the boundary of every text input, select and
 *    textarea (a border side or the field's own background at 3:1 against
 *    what surrounds it), and the focus indicator of every focusable control:
 *    a ring at least 2 px wide at 3:1 against what surrounds the control, or
 *    two rings of 2 px whose colours differ by 9:1 (technique C40: one of
 *    them then stands out on any background).
 *
 * Colours come from computed styles, so `color-mix()` and `var()` are
 * resolved by the browser; values serialized as `color(srgb …)` or in other
 * colour spaces are read too. Relative luminance and contrast ratio as
 * defined in WCAG 2.2.
 *
 * Limits: the background is found by ancestry, not by painting order, so a
 * positioned element drawn over another is measured against its own
 * ancestors; background images are reported, not measured.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

let canvasContext: CanvasRenderingContext2D | undefined;

/** A CSS colour as computed by the browser, as 0–255 channels and alpha 0–1. */
export function parseColor(value: string): Rgba {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
  }
  const srgb = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (srgb) {
    const channel = (v: string) => Math.min(255, Math.max(0, Number(v) * 255));
    const alpha = srgb[4] === undefined ? 1 : Number(srgb[4]) / (srgb[5] ? 100 : 1);
    return { r: channel(srgb[1]!), g: channel(srgb[2]!), b: channel(srgb[3]!), a: alpha };
  }
  // Any other notation (oklch(), lab(), named …): let a canvas convert it to sRGB.
  canvasContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  canvasContext.clearRect(0, 0, 1, 1);
  canvasContext.fillStyle = '#00000000';
  canvasContext.fillStyle = value;
  canvasContext.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvasContext.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

/** `top` painted over `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** Relative luminance (WCAG 2.2): linearized sRGB channels weighted 0.2126, 0.7152, 0.0722. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio (L1 + 0.05) / (L2 + 0.05) of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function hex({ r, g, b, a }: Rgba): string {
  const part = (v: number) => Math.round(v).toString(16).padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}${a < 1 ? part(a * 255) : ''}`;
}

/** The parent in the flat tree: the slot a node is shown in, the host of a shadow root, or the parent element. */
export function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  const parent = element.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

function* flatAncestors(element: Element | null): Generator<Element> {
  for (let e = element; e; e = flatParent(e)) yield e;
}

/** The colour behind `element`: its own and its ancestors' backgrounds, composited over the white canvas. */
export function effectiveBackground(element: Element): { color: Rgba; image: boolean } {
  const layers: Rgba[] = [];
  let image = false;
  for (const e of flatAncestors(element)) {
    const style = getComputedStyle(e);
    if (style.backgroundImage !== 'none') image = true;
    const color = parseColor(style.backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
  }
  let color = WHITE;
  for (const layer of layers.reverse()) color = composite(layer, color);
  return { color, image };
}

/** Where an element is, for messages: `<ozg-service-finder> a.result-link`. */
export function describe(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
  return `${host ? `<${host.localName}> ` : ''}${element.localName}${classes}`;
}

function opacityOf(element: Element): number {
  let opacity = 1;
  for (const e of flatAncestors(element)) opacity *= Number(getComputedStyle(e).opacity);
  return opacity;
}

/** Inside a disabled control (WCAG exempts inactive components from contrast). */
function isDisabled(element: Element): boolean {
  for (const e of flatAncestors(element)) {
    if (e.getAttribute('aria-disabled') === 'true') return true;
    if ((e as HTMLButtonElement).disabled === true && e.matches('button, input, select, textarea, fieldset, optgroup, option')) return true;
  }
  return false;
}

/** Hidden the `.visually-hidden` way (clipped to nothing) or not rendered at all. */
function isClippedAway(element: Element): boolean {
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
  for (const e of flatAncestors(element)) {
    const style = getComputedStyle(e);
    if (/inset\(50%/.test(style.clipPath) || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    if (style.overflow !== 'visible') {
      const box = e.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return true;
    }
  }
  return false;
}

function visibleBox(element: Element): boolean {
  return [...element.getClientRects()].some((r) => r.width > 0 && r.height > 0) && !isClippedAway(element);
}

/** Every node below `root`, through open shadow roots (light DOM children of hosts too; unslotted ones are not rendered and drop out later). */
function* deepNodes(root: Node): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    if (child instanceof Element) {
      if (child.shadowRoot) yield* deepNodes(child.shadowRoot);
      yield* deepNodes(child);
    }
  }
}

/** The nodes of `root`'s shadow root and of its light DOM (shown through slots), deeply. */
function flatNodes(root: Element): Node[] {
  return [...(root.shadowRoot ? deepNodes(root.shadowRoot) : []), ...deepNodes(root)];
}

function deepElements(root: Element): Element[] {
  return flatNodes(root).filter((n): n is Element => n instanceof Element);
}

export interface TextResult {
  text: string;
  where: string;
  foreground: string;
  background: string;
  ratio: number;
  required: number;
  large: boolean;
  /** The background has an image (gradient …): measured against the colour under it only. */
  image: boolean;
}

export interface NonTextResult {
  kind: 'boundary' | 'focus';
  where: string;
  detail: string;
  ratio: number;
  pass: boolean;
}

export interface ContrastReport {
  texts: TextResult[];
  nonText: NonTextResult[];
  /** Text nodes left out as inactive (disabled controls). */
  exempt: number;
  /** Controls that did not match :focus-visible when focused by script (their indicator was not measured). */
  focusNotVisible: string[];
}

function isLarge(style: CSSStyleDeclaration): boolean {
  const size = parseFloat(style.fontSize);
  const weight = Number(style.fontWeight) || (style.fontWeight === 'bold' ? 700 : 400);
  return size >= 24 || (size >= 18.66 && weight >= 700);
}

function measureText(text: string, element: Element, foregroundValue: string): TextResult | undefined {
  const style = getComputedStyle(element);
  let foreground = parseColor(foregroundValue);
  if (foreground.a === 0) return undefined;
  const { color: background, image } = effectiveBackground(element);
  const opacity = opacityOf(element);
  foreground = composite({ ...foreground, a: foreground.a * opacity }, background);
  const large = isLarge(style);
  return {
    text: text.replace(/\s+/g, ' ').trim().slice(0, 48),
    where: describe(element),
    foreground: hex(foreground),
    background: hex(background),
    ratio: contrastRatio(foreground, background),
    required: large ? 3 : 4.5,
    large,
    image,
  };
}

const TEXT_INPUT = 'input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="file"], [type="submit"], [type="button"], [type="reset"], [type="image"], [type="range"], [type="color"]), select, textarea';
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([type="hidden"], [disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The text checks: every visible text node, input value and placeholder below `root`. */
export function checkTexts(root: Element): Pick<ContrastReport, 'texts' | 'exempt'> {
  const texts: TextResult[] = [];
  let exempt = 0;
  const range = document.createRange();
  for (const node of flatNodes(root)) {
    if (!(node instanceof Text) || !node.data.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent === root || parent.closest('style, script, noscript, template')) continue;
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0) || isClippedAway(parent)) continue;
    if (isDisabled(parent)) {
      exempt++;
      continue;
    }
    const result = measureText(node.data, parent, getComputedStyle(parent).color);
    if (result) texts.push(result);
  }
  for (const control of deepElements(root)) {
    if (!control.matches(TEXT_INPUT) || !visibleBox(control)) continue;
    if (isDisabled(control)) {
      exempt++;
      continue;
    }
    const input = control as HTMLInputElement;
    if (input.value) {
      const shown = control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.text ?? input.value) : input.value;
      const result = measureText(shown, control, getComputedStyle(control).color);
      if (result) texts.push({ ...result, where: `${result.where} (value)` });
    } else if ('placeholder' in input && input.placeholder) {
      const result = measureText(input.placeholder, control, getComputedStyle(control, '::placeholder').color);
      if (result) texts.push({ ...result, where: `${result.where} (placeholder)` });
    }
  }
  return { texts, exempt };
}

/** Text inputs, selects and textareas: is their boundary visible against what surrounds them? */
export function checkBoundaries(root: Element): NonTextResult[] {
  const results: NonTextResult[] = [];
  for (const control of deepElements(root)) {
    if (!control.matches(TEXT_INPUT) || !visibleBox(control) || isDisabled(control)) continue;
    const style = getComputedStyle(control);
    const around = effectiveBackground(flatParent(control) ?? control).color;
    const own = effectiveBackground(control).color;
    let best = { ratio: contrastRatio(own, around), detail: `field ${hex(own)} on ${hex(around)}` };
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
      if (width < 1 || style.getPropertyValue(`border-${side}-style`) === 'none') continue;
      const border = composite(parseColor(style.getPropertyValue(`border-${side}-color`)), around);
      const ratio = contrastRatio(border, around);
      if (ratio > best.ratio) best = { ratio, detail: `border-${side} ${width}px ${hex(border)} on ${hex(around)}` };
    }
    results.push({ kind: 'boundary', where: describe(control), detail: best.detail, ratio: best.ratio, pass: best.ratio >= 3 });
  }
  return results;
}

interface Shadow {
  color: Rgba;
  spread: number;
  inset: boolean;
}

function parseShadows(value: string): Shadow[] {
  if (value === 'none') return [];
  // Split at commas outside parentheses.
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')') depth--;
    else if (value[i] === ',' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => {
    const color = /(rgba?\([^)]*\)|color\([^)]*\)|[a-z]+\([^)]*\))/.exec(part)?.[1] ?? 'transparent';
    const lengths = part.replace(color, '').match(/-?[\d.]+px/g)?.map(parseFloat) ?? [];
    return { color: parseColor(color), spread: lengths[3] ?? 0, inset: /\binset\b/.test(part) };
  });
}

/**
 * Focuses every visible focusable control below `root` in turn and measures
 * its focus indicator. Focus moves: call it after the text checks.
 */
export function checkFocusIndicators(root: Element): Pick<ContrastReport, 'nonText' | 'focusNotVisible'> {
  const nonText: NonTextResult[] = [];
  const focusNotVisible: string[] = [];
  for (const control of deepElements(root)) {
    if (!control.matches(FOCUSABLE) || !visibleBox(control) || isDisabled(control)) continue;
    (control as HTMLElement).focus({ preventScroll: true });
    const active = (control.getRootNode() as Document | ShadowRoot).activeElement;
    if (active !== control) continue; // not focusable after all (e.g. a summary inside a closed dialog)
    if (!control.matches(':focus-visible')) {
      focusNotVisible.push(describe(control));
      continue;
    }
    const style = getComputedStyle(control);
    const around = effectiveBackground(flatParent(control) ?? control).color;
    const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    const outline = composite(parseColor(style.outlineColor), around);
    const offset = parseFloat(style.outlineOffset) || 0;
    const rings: { color: Rgba; width: number; name: string }[] = [];
    if (outlineWidth > 0 && parseColor(style.outlineColor).a > 0) rings.push({ color: outline, width: outlineWidth, name: 'outline' });
    for (const shadow of parseShadows(style.boxShadow)) {
      if (shadow.inset || shadow.spread <= 0 || shadow.color.a === 0) continue;
      // The part of the shadow ring the outline does not cover: inside the offset, and beyond the outline.
      const visible = outlineWidth > 0 ? Math.max(0, Math.min(shadow.spread, offset)) + Math.max(0, shadow.spread - offset - outlineWidth) : shadow.spread;
      if (visible > 0) rings.push({ color: composite(shadow.color, around), width: visible, name: 'shadow' });
    }
    let best = { ratio: 0, pass: false, detail: `no focus ring (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})` };
    for (const ring of rings) {
      const ratio = contrastRatio(ring.color, around);
      const pass = ring.width >= 2 && ratio >= 3;
      if (pass || (!best.pass && ratio > best.ratio)) best = { ratio, pass, detail: `${ring.name} ${ring.width}px ${hex(ring.color)} on ${hex(around)}` };
      if (pass) break;
    }
    if (!best.pass) {
      const [a, b] = rings.filter((r) => r.width >= 2);
      if (a && b) {
        const ratio = contrastRatio(a.color, b.color);
        if (ratio >= 9) best = { ratio, pass: true, detail: `two-colour ring ${hex(a.color)} / ${hex(b.color)} (C40)` };
      }
    }
    nonText.push({ kind: 'focus', where: describe(control), detail: best.detail, ratio: best.ratio, pass: best.pass });
    (control as HTMLElement).blur();
  }
  return { nonText, focusNotVisible };
}

/** Takes focus away, through shadow roots, so boundaries are measured at rest. */
function blurDeep(): void {
  let focused: Element | null = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  (focused as HTMLElement | null)?.blur?.();
}

/** All checks below `root`: text as shown, then boundaries with nothing focused, then each control focused. */
export function checkContrast(root: Element): ContrastReport {
  const { texts, exempt } = checkTexts(root);
  blurDeep();
  const boundaries = checkBoundaries(root);
  const { nonText, focusNotVisible } = checkFocusIndicators(root);
  return { texts, nonText: [...boundaries, ...nonText], exempt, focusNotVisible };
}

/** The failures of a report, one readable line each. */
export function failuresOf(report: ContrastReport): string[] {
  return [
    ...report.texts
      .filter((t) => t.ratio < t.required)
      .map((t) => `text "${t.text}" in ${t.where}: ${t.foreground} on ${t.background} = ${t.ratio.toFixed(2)}:1, needs ${t.required}:1${t.large ? ' (large)' : ''}`),
    ...report.nonText.filter((n) => !n.pass).map((n) => `${n.kind} of ${n.where}: ${n.detail} = ${n.ratio.toFixed(2)}:1, needs 3:1`),
  ];
}
