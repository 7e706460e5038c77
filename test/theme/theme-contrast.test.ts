/**
 * The theme presets (src/theme/presets/*.css): each one linked as a city
 * would link it, every widget rendered under it — finder results and a
 * service detail, a form step with errors, a tracker timeline, the kiosk
 * start screen — and every visible text measured against its background
 * (WCAG 1.4.3 AA), input boundaries and focus indicators against theirs
 * (1.4.11), plus axe's color-contrast rule. The high-contrast preset must
 * reach 7:1 (AAA, 1.4.6) for its text. Also: the CSS files and the
 * module say the same, the default preset is the documented defaults, and
 * the check fails when a token is bad.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { municipalRestHandlers, MUNICIPAL_REST_BASE, resetFailedLookups, resetSubmissions } from '../../demo/mocks/municipal-rest-handlers.js';
import { staticJsonHandlers } from '../../demo/mocks/static-json-handlers.js';
import '../../connectors/builtin.js';
import { configure, OzgError, resetConfiguration, tokens, type CaseStatus, type ReferenceFormat, type StatusCapability, type StatusQuery } from '../../src/index.js';
import '../../src/fields/define-fields.js';
import { COMPONENT_TOKENS, TOP_LEVEL_TOKENS } from '../../src/theme/tokens.js';
import { PRESET_NAMES, PRESETS, presetCss, presetSelector, type PresetName } from '../../src/theme/presets/index.js';
import '../../widgets/application-form/define.js';
import '../../widgets/kiosk/define.js';
import type { OzgKiosk } from '../../widgets/kiosk/index.js';
import '../../widgets/service-finder/define.js';
import '../../widgets/status-tracker/define.js';
import type { OzgStatusTracker } from '../../widgets/status-tracker/index.js';
import { startMockWorker } from '../helpers/mock-worker.js';
import { ManualClock } from '../kiosk/kiosk-helpers.js';
import { configureCatalog, finder, resetUrl, shadow, type } from '../widgets/finder-fixtures.js';
import { active, applicationForm, clickButton, configureForms, resetForms } from '../widgets/form-fixtures.js';
import { checkContrast, failuresOf, type ContrastReport } from './contrast.js';

type Axe = typeof import('axe-core');
const axe = (globalThis as unknown as { axe: Axe }).axe;

await startMockWorker(...staticJsonHandlers, ...municipalRestHandlers);

const STARTING_URL = location.href;

/** Links the preset's CSS file, as a city page does, and waits until it applies. */
async function linkPreset(name: PresetName): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/src/theme/presets/${name}.css`;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** A page rule of the city's own, e.g. a bad token value for the can-fail tests. */
function pageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

// ---- figures per preset, printed at the end -------------------------------------------

interface Figures {
  texts: number;
  minText: number;
  minTextWhere: string;
  boundaries: number;
  minBoundary: number;
  focus: number;
  minFocus: number;
  axeIncomplete: number;
}
const figures = new Map<string, Figures>();

function record(preset: string, report: ContrastReport, axeIncomplete: number): void {
  const f = figures.get(preset) ?? { texts: 0, minText: 21, minTextWhere: '', boundaries: 0, minBoundary: 21, focus: 0, minFocus: 21, axeIncomplete: 0 };
  for (const t of report.texts) {
    f.texts++;
    if (t.ratio < f.minText) {
      f.minText = t.ratio;
      f.minTextWhere = `"${t.text}" in ${t.where} (${t.foreground} on ${t.background})`;
    }
  }
  for (const n of report.nonText) {
    if (n.kind === 'boundary') {
      f.boundaries++;
      f.minBoundary = Math.min(f.minBoundary, n.ratio);
    } else {
      f.focus++;
      f.minFocus = Math.min(f.minFocus, n.ratio);
    }
  }
  f.axeIncomplete += axeIncomplete;
  figures.set(preset, f);
}

after(() => {
  const lines = [...figures].map(
    ([preset, f]) =>
      `${preset}: ${f.texts} texts, min ${f.minText.toFixed(2)}:1 at ${f.minTextWhere}; ${f.boundaries} input boundaries, min ${f.minBoundary.toFixed(2)}:1; ` +
      `${f.focus} focus indicators, min ${f.minFocus.toFixed(2)}:1; axe incomplete ${f.axeIncomplete}`,
  );
  console.log(`contrast per preset\n${lines.join('\n')}`);
});

async function axeColorContrast(root: Element): Promise<{ violations: string[]; incomplete: number }> {
  const result = await axe.run(root, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations', 'incomplete'] });
  const violations = result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`));
  const incomplete = result.incomplete.reduce((sum, v) => sum + v.nodes.length, 0);
  return { violations, incomplete };
}

/** Measures `root`, records the figures, and fails with every problem listed. */
async function expectGoodContrast(preset: PresetName, root: Element, view: string): Promise<void> {
  const report = checkContrast(root);
  expect(report.texts.length, `${view}: no text measured`).to.be.above(3);
  const { violations, incomplete } = await axeColorContrast(root);
  record(preset, report, incomplete);
  const problems = failuresOf(report);
  if (preset === 'high-contrast') {
    problems.push(
      ...report.texts
        .filter((t) => t.ratio < (t.large ? 4.5 : 7))
        .map((t) => `AAA: text "${t.text}" in ${t.where}: ${t.foreground} on ${t.background} = ${t.ratio.toFixed(2)}:1, needs ${t.large ? 4.5 : 7}:1`),
    );
  }
  expect(problems, `${preset}, ${view}`).to.deep.equal([]);
  expect(violations, `${preset}, ${view}: axe color-contrast`).to.deep.equal([]);
  expect(report.focusNotVisible, `${preset}, ${view}: controls without :focus-visible when focused`).to.deep.equal([]);
}

// ---- the views ------------------------------------------------------------------------

async function finderResults() {
  configureCatalog();
  const el = await finder();
  type(el, 'hund');
  await waitUntil(() => shadow(el).querySelector('.results a[data-service-id]'), 'no results', { timeout: 4000 });
  return el;
}

async function openDetail(el: Element) {
  shadow(el).querySelector<HTMLAnchorElement>('.results a[data-service-id]')!.click();
  await waitUntil(() => shadow(el).querySelector('.detail-title'), 'detail did not open', { timeout: 4000 });
}

async function formWithErrors() {
  configureForms();
  const el = await applicationForm();
  await clickButton(el, 'Weiter');
  await waitUntil(() => active(el)?.classList.contains('error-summary'), 'no error summary');
  await waitUntil(() => el.shadowRoot!.querySelector('[show-errors]')?.shadowRoot?.querySelector('.error-message'), 'no field error shown');
  return el;
}

const REF = 'MS-2026-000123-6';
const referenceFormat: ReferenceFormat = { example: REF, normalize: (input) => input.trim().toUpperCase(), isValid: (ref) => ref === REF };

class StatusBackend implements StatusCapability {
  readonly secondFactor = 'pin' as const;
  readonly reference = referenceFormat;
  async getStatus(query: StatusQuery): Promise<CaseStatus> {
    if (query.reference !== REF || query.secondFactor?.value !== '4711') throw new OzgError('not-found', 'no case');
    return {
      reference: REF,
      state: 'action-required',
      serviceName: 'Hund anmelden',
      updatedAt: '2026-11-22T10:00:00Z',
      expectedCompletion: '2026-12-15',
      history: [
        { state: 'submitted', at: '2026-11-20T09:00:00Z' },
        { state: 'delivered', at: '2026-11-20T09:05:00Z', note: 'Eingang bestätigt' },
        { state: 'in-progress', at: '2026-11-21T08:00:00Z' },
        { state: 'action-required', at: '2026-11-22T10:00:00Z', note: 'Es fehlt ein Nachweis.', action: { description: 'Bitte reichen Sie den Impfnachweis nach.', dueDate: '2026-12-06' } },
      ],
    };
  }
}

async function trackerTimeline() {
  resetConfiguration();
  configure({ connectors: { stadt: { type: 'memory', status: new StatusBackend() } } });
  const el = await fixture<OzgStatusTracker>(html`<ozg-status-tracker connector="stadt"></ozg-status-tracker>`);
  await waitUntil(() => el.shadowRoot!.querySelector('form.lookup'), 'no lookup form');
  const ref = el.shadowRoot!.querySelector<HTMLElement & { value: string }>('#reference')!;
  const pin = el.shadowRoot!.querySelector<HTMLElement & { value: string }>('#second-factor')!;
  ref.value = REF;
  ref.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  pin.value = '4711';
  pin.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.shadowRoot!.querySelector<HTMLButtonElement>('form.lookup button[type="submit"]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('.timeline li[aria-current="step"]'), 'no timeline');
  return el;
}

async function kioskStart() {
  resetConfiguration();
  configure({ connectors: { stadt: { type: 'municipal-rest', baseUrl: MUNICIPAL_REST_BASE, referencePrefix: 'MS', retries: 0 } }, defaultConnector: 'stadt' });
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<ozg-kiosk>
      <ozg-service-finder></ozg-service-finder>
      <ozg-application-form service="hund-anmelden"></ozg-application-form>
      <ozg-status-tracker></ozg-status-tracker>
    </ozg-kiosk>`;
  const kiosk = container.querySelector<OzgKiosk>('ozg-kiosk')!;
  kiosk.clock = new ManualClock();
  await kiosk.updateComplete;
  await waitUntil(() => kiosk.shadowRoot!.querySelector('.tile-title'), 'no start screen');
  return kiosk;
}

function cleanUp() {
  fixtureCleanup();
  resetForms();
  resetConfiguration();
  resetSubmissions();
  resetFailedLookups();
  resetUrl();
  history.replaceState(null, '', STARTING_URL);
}

// ---- the presets themselves -----------------------------------------------------------

/** The declarations of a CSS file's one rule, comments dropped. */
function parseRule(cssText: string): { selector: string; declarations: Record<string, string> } {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const match = /^\s*([^{]+?)\s*\{([^}]*)\}\s*$/.exec(text);
  if (!match) throw new Error('expected exactly one rule');
  const declarations: Record<string, string> = {};
  for (const line of match[2]!.split(';')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    declarations[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { selector: match[1]!, declarations };
}

describe('theme presets', function () {
  this.timeout(30_000);

  describe('the files', () => {
    for (const name of PRESET_NAMES) {
      it(`${name}.css sets every public token, only those, on its selector, as the module does, and loads nothing`, async () => {
        const text = await (await fetch(`/src/theme/presets/${name}.css`)).text();
        expect(text).not.to.match(/@import|url\(|@font-face/);
        const { selector, declarations } = parseRule(text);
        expect(selector).to.equal(presetSelector(name));
        expect(Object.keys(declarations).sort()).to.deep.equal([...TOP_LEVEL_TOKENS, ...COMPONENT_TOKENS].sort());
        expect(declarations).to.deep.equal(PRESETS[name]);
        expect(parseRule(presetCss(name))).to.deep.equal({ selector, declarations });
      });
    }

    it('default is the documented defaults of tokens.ts', () => {
      const fallbacks = Object.fromEntries([...tokens.cssText.matchAll(/var\(\s*(--ozg-[a-z-]+),\s*([^()]*?(?:\([^()]*\)[^()]*?)*)\s*\)\s*;/g)].map((m) => [m[1], m[2]!.replace(/\s+/g, ' ').trim()]));
      for (const token of [...TOP_LEVEL_TOKENS, '--ozg-target-size', '--ozg-focus-width'] as const) {
        expect(PRESETS.default[token].replace(/\s+/g, ' '), token).to.equal(fallbacks[token]);
      }
    });

    it('reaches the widgets: a linked preset changes what they show, its class themes one part of the page', async () => {
      // Both linked, kern last: the page is kern, the element with the class high-contrast.
      const links = [await linkPreset('high-contrast'), await linkPreset('kern')];
      try {
        configureCatalog();
        const el = await finder();
        expect(getComputedStyle(el).fontSize).to.equal('18px');
        expect(getComputedStyle(el).color).to.equal('rgb(19, 21, 37)');
        const scoped = await finder(html`<ozg-service-finder class="ozg-theme-high-contrast" connector="stadt"></ozg-service-finder>`);
        expect(getComputedStyle(scoped).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(scoped).fontSize).to.equal('16px');
      } finally {
        for (const link of links) link.remove();
        cleanUp();
      }
    });
  });

  for (const preset of PRESET_NAMES) {
    describe(`contrast under "${preset}"`, () => {
      let link: HTMLLinkElement;
      before(async () => {
        link = await linkPreset(preset);
      });
      after(() => link.remove());
      afterEach(cleanUp);

      it('finder: search results and a service detail', async () => {
        const el = await finderResults();
        await expectGoodContrast(preset, el, 'finder results');
        await openDetail(el);
        await expectGoodContrast(preset, el, 'finder detail');
      });

      it('form: a step with errors', async () => {
        const el = await formWithErrors();
        await expectGoodContrast(preset, el, 'form step with errors');
      });

      it('tracker: a timeline with an action required', async () => {
        const el = await trackerTimeline();
        await expectGoodContrast(preset, el, 'tracker timeline');
      });

      it('kiosk: the start screen', async () => {
        const el = await kioskStart();
        await expectGoodContrast(preset, el, 'kiosk start');
      });
    });
  }

  describe('the check can fail', () => {
    let link: HTMLLinkElement;
    before(async () => {
      link = await linkPreset('default');
    });
    after(() => link.remove());
    afterEach(cleanUp);

    const bad: [string, string, RegExp][] = [
      ['grey text', ':root { --ozg-color-muted: #a0a0a0; }', /^text ".*" in .*needs 4\.5:1/],
      ['a light primary colour', ':root { --ozg-color-primary: #7fb2e5; }', /^text ".*" in .*a/],
    ];
    for (const [what, css, expected] of bad) {
      it(`finds ${what}`, async () => {
        const style = pageStyle(css);
        try {
          const el = await finderResults();
          const problems = failuresOf(checkContrast(el));
          expect(problems.some((p) => expected.test(p)), `${problems.join('\n')}`).to.equal(true);
        } finally {
          style.remove();
        }
      });
    }

    // Fields and the search box draw their border in the text colour, so no token alone can make
    // a boundary fail without failing the text first; the check is shown failing on plain fields.
    it('finds a field boundary below 3:1, by its border or its own background', async () => {
      const el = await fixture<HTMLDivElement>(html`<div style="background: #ffffff">
        <input aria-label="pale" style="border: 1px solid #cccccc" />
        <input aria-label="underlined" style="border: 0; border-bottom: 2px solid #000000" />
        <input aria-label="grey box" style="border: 0; background: #dddddd" />
        <input aria-label="dark box" style="border: 0; background: #595959; color: #ffffff" />
      </div>`);
      const boundaries = checkContrast(el).nonText.filter((n) => n.kind === 'boundary').map((n) => n.pass);
      expect(boundaries).to.deep.equal([false, true, false, true]);
    });

    // The widgets' focus ring always has an inner ring in the text colour, so no token alone
    // can make it fail; the check is shown failing on controls styled badly by hand.
    it('finds a focus ring that is too faint or too thin, and passes a two-colour one', async () => {
      const el = await fixture<HTMLDivElement>(html`<div style="background: #ffffff; padding: 1rem">
        <style>
          button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: none; }
          a:focus-visible { outline: 1px solid #000000; box-shadow: none; }
          input:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px #1a1a1a; }
        </style>
        <button>faint</button> <a href="#x">thin</a> <input aria-label="two colours" style="border: 2px solid #1a1a1a" />
      </div>`);
      const { nonText } = checkContrast(el);
      const focus = Object.fromEntries(nonText.filter((n) => n.kind === 'focus').map((n) => [n.where, n.pass]));
      expect(focus).to.deep.equal({ button: false, a: false, input: true });
    });
  });
});
