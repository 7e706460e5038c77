/**
 * The layouts of the on-screen keyboard as data, and which layout a control
 * gets. No DOM is created here; `on-screen-keyboard.ts` renders what these
 * functions return.
 *
 * - `text`: German QWERTZ in four rows (digits, q…ü, a…ä, y…-), Shift,
 *   Backspace, `@`, Space, Enter. Shift once gives the characters of a German
 *   keyboard's shift level (`!"§$%&/()=?`, `;:_`, capitals); caps lock only
 *   capitals.
 * - `email`: the same rows with `@` and `.de` as prominent keys and no space
 *   (an e-mail address has none; `type=email` drops trailing spaces anyway).
 * - `numeric`: a phone-style pad 1–9, 0, Backspace plus the few characters
 *   the field needs ("extras"): the decimal separator for `inputmode=decimal`,
 *   `+` and space for telephone numbers, and `.` `-` `/` `+` `,` when the
 *   control's `pattern` has them as literal characters (e.g. a date box
 *   `pattern="\d{2}\.\d{2}\.\d{4}"`).
 */

/** Keys that do something other than typing their label. */
export type SpecialKey = 'shift' | 'backspace' | 'space' | 'enter' | 'hide';

export type Key =
  /** Types `text` (shifted by {@link keyText}); `accent` makes it prominent. */
  | { readonly kind: 'char'; readonly text: string; readonly accent?: boolean }
  | { readonly kind: SpecialKey }
  /** An empty cell that keeps the pad's grid in place. */
  | { readonly kind: 'gap' };

export type LayoutName = 'text' | 'email' | 'numeric';

export interface Layout {
  readonly name: LayoutName;
  readonly rows: readonly (readonly Key[])[];
}

/** What the keyboard offers for one control. */
export interface KeyboardMode {
  readonly layout: LayoutName;
  /** Characters beside the digits (numeric layout only), e.g. `[',']`. */
  readonly extras: readonly string[];
  /** A textarea: Enter types a line break instead of closing the keyboard. */
  readonly multiline: boolean;
}

export type ShiftState = 'off' | 'once' | 'lock';

/** The rows of the German QWERTZ layout (DIN 2137 order, as the brief for the kiosk lists them). */
export const QWERTZ_ROWS: readonly string[] = ['1234567890ß', 'qwertzuiopü', 'asdfghjklöä', 'yxcvbnm,.-'];

/** Shift level of the non-letters on a German keyboard. */
export const SHIFTED: Readonly<Record<string, string>> = {
  '1': '!',
  '2': '"',
  '3': '§',
  '4': '$',
  '5': '%',
  '6': '&',
  '7': '/',
  '8': '(',
  '9': ')',
  '0': '=',
  ß: '?',
  ',': ';',
  '.': ':',
  '-': '_',
};

/** Characters a numeric pad may offer beside the digits, in the order they are shown. */
const PAD_EXTRAS = ['+', ',', '.', '-', '/', ' '] as const;

const char = (text: string, accent = false): Key => (accent ? { kind: 'char', text, accent } : { kind: 'char', text });
const special = (kind: SpecialKey): Key => ({ kind });

function letterRows(): Key[][] {
  const [digits = '', top = '', middle = '', bottom = ''] = QWERTZ_ROWS;
  return [
    [...digits].map((c) => char(c)),
    [...top].map((c) => char(c)),
    [...middle].map((c) => char(c)),
    [special('shift'), ...[...bottom].map((c) => char(c)), special('backspace')],
  ];
}

/** The keys for `mode`. */
export function layoutFor(mode: KeyboardMode): Layout {
  if (mode.layout === 'numeric') {
    const extras = mode.extras.map((c) => (c === ' ' ? special('space') : char(c)));
    const [first = { kind: 'gap' } as Key, ...rest] = extras;
    return {
      name: 'numeric',
      rows: [
        ['1', '2', '3'].map((c) => char(c)),
        ['4', '5', '6'].map((c) => char(c)),
        ['7', '8', '9'].map((c) => char(c)),
        [first, char('0'), special('backspace')],
        [special('hide'), ...rest, special('enter')],
      ],
    };
  }
  if (mode.layout === 'email') {
    return { name: 'email', rows: [...letterRows(), [special('hide'), char('@', true), char('.de', true), special('enter')]] };
  }
  return { name: 'text', rows: [...letterRows(), [special('hide'), char('@'), special('space'), special('enter')]] };
}

/** What a character key types (and shows) in a shift state. Letters get capitals; with Shift once, the rest its shift level. */
export function keyText(text: string, shift: ShiftState): string {
  if (shift === 'off' || [...text].length !== 1) return text;
  const upper = text.toLocaleUpperCase('de-DE');
  // 'ß' would become 'SS': it is no letter with a capital here but has a shift level ('?').
  if (upper !== text && upper.length === text.length) return upper;
  return shift === 'once' ? (SHIFTED[text] ?? text) : text;
}

// ---- which controls, which layout --------------------------------------------------------------

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password']);

/** `node` if the keyboard serves it: a text-like input or a textarea that can be edited now. */
export function servedControl(node: unknown): TextControl | undefined {
  const control = node instanceof HTMLInputElement ? (TEXT_INPUT_TYPES.has(node.type) ? node : undefined) : node instanceof HTMLTextAreaElement ? node : undefined;
  if (!control || control.readOnly || control.matches(':disabled')) return undefined;
  // `inputmode=none`: the page brings its own input (no virtual keyboard wanted).
  if (inputModeOf(control) === 'none') return undefined;
  return control;
}

/** The types that have `selectionStart` and `setRangeText` (not `email`, not `number`). */
export function hasSelectionApi(control: TextControl): boolean {
  return control instanceof HTMLTextAreaElement || ['text', 'search', 'url', 'tel', 'password'].includes(control.type);
}

function inputModeOf(control: TextControl): string {
  return (control.getAttribute('inputmode') ?? '').trim().toLowerCase();
}

/** The decimal separator of a language: `,` in German, `.` in English. */
export function decimalSeparatorOf(language: string): string {
  try {
    return new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? ',';
  } catch {
    return ',';
  }
}

/**
 * The layout for a control. `inputmode` wins over `type`, as on phones:
 * `numeric` → digits, `decimal` → digits and the separator, `tel` → digits,
 * `+` and space, `email` → letters with `@` and `.de`. Without `inputmode`:
 * `type=number` → digits, `type=tel` → as `tel`, `type=email` → as `email`.
 * Pattern literals are added to every pad except `type=number` (whose value
 * cannot hold `12.` or `-` while typing).
 */
export function keyboardModeOf(control: TextControl, decimalSeparator = ','): KeyboardMode {
  const multiline = control instanceof HTMLTextAreaElement;
  const type = control instanceof HTMLInputElement ? control.type : 'textarea';
  const inputMode = inputModeOf(control);
  const pad = ['numeric', 'decimal', 'tel'].includes(inputMode)
    ? inputMode
    : inputMode === '' && (type === 'number' || type === 'tel')
      ? type
      : undefined;
  if (pad === undefined) {
    const email = inputMode === 'email' || (inputMode === '' && type === 'email');
    return { layout: email ? 'email' : 'text', extras: [], multiline };
  }
  if (type === 'number') return { layout: 'numeric', extras: [], multiline };
  const wanted = new Set(patternLiterals(control.getAttribute('pattern') ?? ''));
  if (pad === 'decimal') wanted.add(decimalSeparator);
  if (pad === 'tel') {
    wanted.add('+');
    wanted.add(' ');
  }
  return { layout: 'numeric', extras: PAD_EXTRAS.filter((c) => wanted.has(c)), multiline };
}

/**
 * The pad characters (`+ , . - / space`) that a `pattern` contains as
 * literals: escaped (`\.`, `\s`), inside a character class (`[./]`, `-` first
 * or last) or, for `, - / space`, plainly outside one. An unescaped `.` or `+`
 * outside a class is a wildcard or quantifier; negated classes are skipped.
 */
export function patternLiterals(pattern: string): string[] {
  const found = new Set<string>();
  const candidate = (c: string | undefined) => c !== undefined && (PAD_EXTRAS as readonly string[]).includes(c);
  let inClass = false;
  let negated = false;
  let classStart = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (!negated && next === 's') found.add(' ');
      else if (!negated && candidate(next)) found.add(next!);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        negated = false;
      } else if (!negated && c === '-') {
        if (i === classStart || pattern[i + 1] === ']') found.add('-');
      } else if (!negated && candidate(c)) {
        found.add(c!);
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      negated = pattern[i + 1] === '^';
      classStart = negated ? i + 2 : i + 1;
      if (negated) i++;
      continue;
    }
    if (c !== '.' && c !== '+' && candidate(c)) found.add(c!);
  }
  return PAD_EXTRAS.filter((c) => found.has(c));
}
