/**
 * What the hostile data suite counts and prints at the end: injections,
 * renders, executions, dangerous links, refusals per field, which fields the
 * widgets show at all (found by the marker vector), overflow checks.
 */
import type { HostileGuard } from './hostile-guard.js';
import type { CombinedRefusal, FieldOutcome } from './hostile-probe.js';

const MARKER = /Mk(\d+)q/g;

export class HostileReport {
  readonly outcomes: FieldOutcome[] = [];
  /** Instances refused only as a whole (values accepted one by one). */
  readonly combined: (CombinedRefusal & { connector: string })[] = [];
  /** Hostile values injected per connector and field (vectors × fields). */
  injected = 0;
  renders = 0;
  errorViews = 0;
  overflowChecks = 0;
  /** Marker tokens seen in the DOM, per connector: which fields reach the page. */
  readonly shown = new Map<string, Set<number>>();

  constructor(readonly guard: HostileGuard) {}

  /** After a widget reached a state: scan it, note which fields show, count the render. */
  rendered(connector: string, widget: Element): void {
    this.guard.scan(widget);
    this.renders++;
    const seen = this.shown.get(connector) ?? new Set<number>();
    this.shown.set(connector, seen);
    for (const text of deepTexts(widget)) for (const match of text.matchAll(MARKER)) seen.add(Number(match[1]));
  }

  print(): void {
    const executions = this.guard.executions.length;
    const dangerousLinks = this.guard.findings.filter((f) => f.kind === 'dangerous-url').length;
    const connectors = [...new Set(this.outcomes.map((o) => o.connector))];
    const hostile = (o: FieldOutcome) => [...o.accepted.filter((v) => v.hostile), ...o.refused.map((r) => r.vector).filter((v) => v.hostile)];
    const vectors = Math.max(0, ...this.outcomes.map((o) => hostile(o).length));
    const refusedFields = this.outcomes.filter((o) => o.refused.some((r) => r.vector.hostile));
    const refusedValues = refusedFields.reduce((n, o) => n + o.refused.filter((r) => r.vector.hostile).length, 0);
    const isShown = (o: FieldOutcome) => this.shown.get(o.connector)?.has(o.field.index) === true;
    const lines = [
      '── hostile data suite ──',
      `vectors × fields injected: ${vectors} vectors × ${this.outcomes.length} fields (${connectors.map((c) => `${this.outcomes.filter((o) => o.connector === c).length} through ${c}`).join(', ')}) = ${this.injected}; plus ${vectors} kiosk-label/kiosk-text attributes`,
      `renders done (widget states scanned): ${this.renders}`,
      `script executions: ${executions}${executions ? ` (${[...new Set(this.guard.executions)].join(', ')})` : ''}`,
      `javascript:/data:/vbscript: links found: ${dangerousLinks}`,
      `other findings (script elements, handlers, sanitizer leaks, clobbering, bidi leaks, crashes): ${this.guard.findings.length - dangerousLinks}`,
      `fields where the schema refused values: ${refusedFields.length} (${refusedValues} values, each a typed error; ${this.errorViews} error views with retry checked, one per field)`,
      ...(this.combined.length
        ? [
            `instances refused only as a whole (their values accepted one by one): ${this.combined.length}`,
            ...this.combined.map((c) => `  ${c.connector} ${c.model} of ${c.vector.name}: ${String((c.error as Error).message ?? c.error).replace(/^Unexpected data from \S+: /, '').slice(0, 120)}`),
          ]
        : []),
      `overflow checks passed: ${this.overflowChecks}`,
      'per field and connector — "rendered": accepted by the connector, and the field reaches the DOM in the states driven (PVOG drops a link',
      '  that is not http(s) and a format it cannot read instead of refusing it); "accepted, not shown": no state driven shows the field;',
      '  "refused": a typed error, shown as the error view with a retry:',
      ...[...new Set(this.outcomes.map((o) => o.field))].map((field) => {
        const cells = this.outcomes
          .filter((o) => o.field === field)
          .map((o) => {
            const accepted = o.accepted.filter((v) => v.hostile).length;
            const refused = o.refused.filter((r) => r.vector.hostile).length;
            const what = [accepted ? `${accepted} ${isShown(o) ? 'rendered' : 'accepted, not shown'}` : '', refused ? `${refused} refused` : ''].filter(Boolean);
            return `${o.connector} ${what.join(', ')}`;
          });
        return `  ${field.name} [${field.kind}]: ${cells.join(' · ')}`;
      }),
    ];
    console.log(lines.join('\n'));
  }
}

/** Text nodes, attribute values and form values of an element and everything in it, shadow roots included. */
function deepTexts(element: Element): string[] {
  const texts: string[] = [];
  const visit = (root: Element | ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.includes('Mk')) texts.push(node.nodeValue);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) if (attribute.value.includes('Mk')) texts.push(attribute.value);
      const value = (element as { value?: unknown }).value;
      if (typeof value === 'string' && value.includes('Mk')) texts.push(value);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(element);
  if (element.shadowRoot) visit(element.shadowRoot);
  for (const attribute of element.attributes) if (attribute.value.includes('Mk')) texts.push(attribute.value);
  return texts;
}
