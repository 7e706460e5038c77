/**
 * A demo page in an `<iframe>` (same origin) under one of the reference Content-Security-Policies,
 * with three independent records of its violations:
 *
 * 1. **probe** — `test/hardening/csp-probe.ts`, which scripts/csp-middleware.mjs puts into the page
 *    as its first `<script src>` (`&csp-probe`). A classic script in `<head>` runs while the parser
 *    waits, before the rest of the markup and before every module script, so its
 *    `securitypolicyviolation` listener sees the whole life of the document.
 * 2. **listener** — this test page's own listener on the frame's window. A listener added to
 *    `iframe.contentWindow` before the page loads does not survive: Chromium reuses the initial
 *    about:blank Window for the same-origin page but drops its listeners on navigation. So the
 *    probe, when it runs, dispatches `ozg-csp-probe-ready` on the `<iframe>` element; that event is
 *    synchronous, and the handler here attaches to the new window while the parser still stands
 *    in `<head>`.
 * 3. **report** — a `ReportingObserver` for `csp-violation` reports, created in the frame's realm
 *    in the same handler with `buffered: true`: it also delivers every report made before it
 *    existed. No `report-to` or `report-uri` is needed, nothing leaves the browser.
 *
 * Violation events and reports are delivered in tasks queued after the violation. `flush()`
 * therefore causes one violation of its own — an `eval` from this module, which no page code can
 * produce — and waits until all three records have it: everything before it has been delivered
 * by then. The sentinel also proves each record is alive, that the page really is under the
 * policy (the `eval` must throw) and, from the report, which policy the browser enforced.
 */
import { oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { deepElements } from '../helpers/deep-dom.js';

export type PolicyName = 'strict' | 'nonce';

/** Policy A, exactly as docs/privacy-and-security.md gives it. */
export const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
/** Policy B with the nonce of one response. */
export const NONCE_POLICY = /^default-src 'self'; script-src 'nonce-([A-Za-z0-9+/]{22}==)' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'$/;

export type FrameWindow = Window & typeof globalThis & { __ozgCspProbe?: ProbeRecord[] };

/** One violation as a record has it (the probe's shape; reports also name the policy). */
interface ProbeRecord {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}
type Recorded = ProbeRecord & { policy?: string };

export type Channel = 'probe' | 'listener' | 'report';
export const CHANNELS: readonly Channel[] = ['probe', 'listener', 'report'];

export interface Violation {
  channel: Channel;
  /** The step of the test during which it was flushed. */
  step: string;
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** The sentinels' image addresses: another origin, which `default-src 'self'` refuses before any request. */
const SENTINEL_IMAGE = 'https://csp-sentinel.invalid/';
const SENTINEL_SOURCE = new URL(import.meta.url).pathname;

/** The `eval` of the first flush (from this module) and the image of every flush. */
const isSentinel = (v: { blocked: string; source: string }) =>
  v.blocked.startsWith(SENTINEL_IMAGE) || (v.blocked === 'eval' && v.source !== '' && new URL(v.source, location.href).pathname === SENTINEL_SOURCE);

/** `/demo/index.html?csp=strict&csp-probe`: the page, its policy and the probe. */
export function cspUrl(path: string, policy: PolicyName): string {
  const url = new URL(path, location.origin);
  url.searchParams.set('csp', policy);
  return `${url.pathname}${url.search}&csp-probe`;
}

export class CspFrame {
  readonly frame: HTMLIFrameElement;
  readonly policy: PolicyName;
  /** The policy the browser reported enforcing, from the first flush. */
  enforcedPolicy: string | undefined;

  readonly #records: Record<Exclude<Channel, 'probe'>, Recorded[]> = { listener: [], report: [] };
  /** How many records of each channel were already handed out by `flush()`. */
  readonly #taken: Record<Channel, number> = { probe: 0, listener: 0, report: 0 };
  #observer: ReportingObserver | undefined;
  #timing: PerformanceObserver | undefined;
  /** The page's requests to the demo's backends (`/demo-api/…`), as resource timing entries. */
  readonly backendRequests: PerformanceResourceTiming[] = [];
  #document: Document | undefined;
  #probeRuns = 0;
  #sentinels = 0;

  private constructor(frame: HTMLIFrameElement, policy: PolicyName) {
    this.frame = frame;
    this.policy = policy;
  }

  /** Loads `path` (e.g. `/demo/kiosk.html`) under `policy` in a new frame and waits for its `load`. */
  static async open(path: string, policy: PolicyName): Promise<CspFrame> {
    const frame = document.createElement('iframe');
    frame.title = `${path} unter CSP (${policy})`;
    // The whole viewport, so a real click (sendMouse) can reach anything scrolled into view.
    Object.assign(frame.style, { position: 'fixed', inset: '0', width: '100vw', height: '100vh', border: '0', background: '#fff' });
    const page = new CspFrame(frame, policy);
    frame.addEventListener('ozg-csp-probe-ready', () => page.#attach());
    frame.src = cspUrl(path, policy);
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    if (page.#probeRuns !== 1) {
      throw new Error(`${frame.src}: the probe ran ${page.#probeRuns} times (once expected: blocked by the policy, or the page navigated)`);
    }
    return page;
  }

  get window(): FrameWindow {
    const win = this.frame.contentWindow as FrameWindow | null;
    if (!win) throw new Error('the frame is gone');
    return win;
  }

  get document(): Document {
    return this.window.document;
  }

  #attach(): void {
    this.#probeRuns++;
    const win = this.window;
    this.#document = win.document;
    win.addEventListener(
      'securitypolicyviolation',
      (event) => {
        this.#records.listener.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile, line: event.lineNumber, sample: event.sample });
      },
      { capture: true },
    );
    this.#observer = new win.ReportingObserver((reports) => this.#takeReports(reports), { types: ['csp-violation'], buffered: true });
    this.#observer.observe();
    // The page loads hundreds of modules from the dev server, more than the resource timing buffer
    // holds (250): an observer from the start sees the backend requests that come later.
    this.#timing = new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (new URL(entry.name).pathname.startsWith('/demo-api/')) this.backendRequests.push(entry);
      }
    });
    this.#timing.observe({ type: 'resource', buffered: true });
  }

  #takeReports(reports: readonly Report[]): void {
    for (const report of reports) {
      const body = report.body as CSPViolationReportBody | null;
      if (!body) continue;
      this.#records.report.push({
        directive: body.effectiveDirective,
        blocked: body.blockedURL ?? '',
        source: body.sourceFile ?? '',
        line: body.lineNumber ?? 0,
        sample: body.sample ?? '',
        policy: body.originalPolicy,
      });
    }
  }

  #all(channel: Channel): Recorded[] {
    if (channel === 'probe') return this.window.__ozgCspProbe ?? [];
    if (channel === 'report' && this.#observer) this.#takeReports(this.#observer.takeRecords());
    return this.#records[channel];
  }

  /**
   * Every violation since the last flush, from all three records, labelled `step`. Throws when
   * the page is not under a policy that forbids `eval`, when a record is dead, or when the frame
   * navigated away from the page it loaded.
   */
  async flush(step: string): Promise<Violation[]> {
    if (this.document !== this.#document) throw new Error(`${step}: the frame left its page (now ${this.document.URL})`);
    if (this.#sentinels === 0) {
      let evaluated = true;
      try {
        this.window.eval('"ozg-csp-sentinel"');
      } catch {
        evaluated = false;
      }
      if (evaluated) throw new Error(`${step}: eval ran in ${this.document.URL} — the page is not under the policy`);
      this.#sentinels++;
    }
    // Chromium sends a report only once for identical violations (same page URL, same place):
    // each sentinel gets an address of its own.
    const image = new this.window.Image();
    image.src = `${SENTINEL_IMAGE}${++this.#sentinels}`;
    const sentinels = (channel: Channel) => this.#all(channel).filter(isSentinel).length;
    try {
      await waitUntil(() => CHANNELS.every((channel) => sentinels(channel) >= this.#sentinels), '', { timeout: 10_000 });
    } catch {
      const counts = CHANNELS.map((channel) => `${channel} ${sentinels(channel)}`).join(', ');
      throw new Error(`${step}: not every violation record saw the ${this.#sentinels} sentinels (${counts})`);
    }
    this.enforcedPolicy ??= this.#all('report').find(isSentinel)?.policy;
    const found: Violation[] = [];
    for (const channel of CHANNELS) {
      const all = this.#all(channel);
      found.push(...all.slice(this.#taken[channel]).filter((v) => !isSentinel(v)).map(({ directive, blocked, source, line, sample }) => ({ channel, step, directive, blocked, source, line, sample })));
      this.#taken[channel] = all.length;
    }
    return found;
  }

  /** A real click (through the browser, not a synthetic event) in the middle of `element`. */
  async tap(element: Element): Promise<void> {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const box = element.getBoundingClientRect();
    const frameBox = this.frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(frameBox.x + box.x + box.width / 2), Math.round(frameBox.y + box.y + box.height / 2)] });
  }

  close(): void {
    this.#observer?.disconnect();
    this.#timing?.disconnect();
    this.frame.remove();
  }
}


/** `<tag#id.class>` for messages. */
export function describeElement(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((c) => `.${c}`).join('');
  return `<${element.localName}${id}${classes}>`;
}

/**
 * Elements whose `style` attribute the policy blocked: the attribute is there but did not become
 * a declaration. Styles set through the CSSOM (`element.style.setProperty`, Lit's `styleMap`) also
 * show as an attribute, but they are declarations, so CSP allows them and they are not listed.
 */
export function blockedStyleAttributes(root: Document): string[] {
  return deepElements(root)
    .filter((element) => (element.getAttribute('style') ?? '').trim() !== '' && (element as HTMLElement).style.length === 0)
    .map((element) => `${describeElement(element)} style="${element.getAttribute('style')}"`);
}

/** Elements with a (CSSOM-set, allowed) `style` attribute, for the figures. */
export function styledElements(root: Document): number {
  return deepElements(root).filter((element) => (element.getAttribute('style') ?? '').trim() !== '').length;
}
