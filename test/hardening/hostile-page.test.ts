/**
 * The widgets on a CMS page we do not control (test/hardening/hostile-cms.css:
 * global resets, !important typography on every element, a 10 px root font
 * size, `[hidden] { display: block !important }`, no focus outlines,
 * colliding custom properties, a dark content area; and in variants
 * `all: unset` on everything, a right-to-left body, a zoomed and transformed
 * wrapper). For every widget state and page variant, measured from computed
 * styles: text contrast, text size, focus rings, `hidden`, touch targets,
 * layout; and the reverse: the page's own elements look the same before
 * any widget code was loaded and with the widgets on the page.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  checkFillsAndFits,
  checkFocusRings,
  checkHiddenStaysHidden,
  checkTargets,
  checkTextContrast,
  checkTextSize,
  compareSnapshots,
  sameRow,
  snapshotPage,
  type CheckResult,
  type Snapshot,
} from './hostile-page-probes.js';

type Variant = 'plain' | 'hostile' | 'all-unset' | 'rtl' | 'zoom-transform';
const VARIANTS: readonly Variant[] = ['plain', 'hostile', 'all-unset', 'rtl', 'zoom-transform'];

/** The page's own elements around the widget, compared before and after. */
const PAGE_ELEMENTS = ['html', 'body', '.cms-h2', '.cms-p', '.cms-a', '.cms-button', '.cms-after'] as const;

await setViewport({ width: 1280, height: 900 });

// The CMS page, before any widget code is loaded.
document.body.insertAdjacentHTML(
  'beforeend',
  `<div class="cms-wrapper">
    <main class="cms-content">
      <h2 class="cms-h2">Aktuelles aus dem Rathaus</h2>
      <p class="cms-p">Die Stadtverwaltung ist am Brückentag geschlossen. <a class="cms-a" href="#aktuelles">Mehr erfahren</a></p>
      <button class="cms-button" type="button">Newsletter bestellen</button>
      <div class="cms-widget-slot"></div>
      <p class="cms-after">Zuletzt aktualisiert am 1. Dezember 2026.</p>
      <ozg-kiosk class="cms-hidden-widget" hidden idle-timeout="86400"></ozg-kiosk>
    </main>
  </div>`,
);
const slot = document.querySelector('.cms-widget-slot')!;
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = new URL('./hostile-cms.css', import.meta.url).href;
await new Promise<void>((resolve, reject) => {
  link.onload = () => resolve();
  link.onerror = () => reject(new Error('hostile-cms.css did not load'));
  document.head.append(link);
});

function useVariant(variant: Variant): void {
  link.disabled = variant === 'plain';
  for (const other of VARIANTS) document.documentElement.classList.toggle(`variant-${other}`, other === variant);
}

const withoutWidgets = new Map<Variant, Snapshot>();
for (const variant of VARIANTS) {
  useVariant(variant);
  withoutWidgets.set(variant, snapshotPage(PAGE_ELEMENTS));
}
// The hostile sheet really is in force (else every check below would pass for nothing).
useVariant('hostile');
expect(getComputedStyle(document.querySelector('.cms-p')!).fontSize).to.equal('11px');
expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
useVariant('plain');

const { STATE_NAMES, clear, show } = await import('./hostile-page-widgets.js');

/** Per variant and widget state: checks made (elements, controls, properties) and problems found. */
const figures: { variant: Variant; state: string; checks: number; failures: number }[] = [];
/** Per kind of check, over all variants and states. */
const byCheck = new Map<string, { checks: number; failures: number }>();

describe('widgets on a hostile CMS page', function () {
  this.timeout(30_000);

  afterEach(() => {
    clear(slot);
    useVariant('plain');
  });

  after(() => {
    const lines = figures.map((f) => `${f.variant.padEnd(15)} ${f.state.padEnd(17)} ${String(f.checks).padStart(5)} checks, ${f.failures} failures`);
    const total = figures.reduce((sum, f) => sum + f.checks, 0);
    const failures = figures.reduce((sum, f) => sum + f.failures, 0);
    const kinds = [...byCheck].map(([check, f]) => `${check.padEnd(17)} ${String(f.checks).padStart(6)} checks, ${f.failures} failures`);
    console.log(
      `hostile page: ${figures.length} widget states × variants, ${total} checks, ${failures} failures\n${lines.join('\n')}\nby check:\n${kinds.join('\n')}`,
    );
  });

  for (const variant of VARIANTS) {
    describe(`page variant "${variant}"`, () => {
      for (const name of STATE_NAMES) {
        it(`${name}: readable, focusable, targets, layout, and no leak into the page`, async () => {
          useVariant(variant);
          const state = await show(name, slot);
          const results: Record<string, CheckResult> = {
            contrast: checkTextContrast(state.scope),
            'text size': checkTextSize(state.scope, state.container, { minimum: 14, base: state.base }),
            'focus ring': await checkFocusRings(state.scope),
            hidden: checkHiddenStaysHidden(state.scope),
            targets: checkTargets(state.scope),
            layout: checkFillsAndFits(state.host, state.host.shadowRoot!.querySelector('.root, .kiosk')!),
            leak: compareSnapshots(withoutWidgets.get(variant)!, snapshotPage(PAGE_ELEMENTS)),
            'hidden widget': hiddenWidget(),
            'variant in force': variantInForce(variant, state.host),
            ...specific(name, state.scope),
          };
          const problems = Object.entries(results).flatMap(([check, result]) => result.problems.map((p) => `${check}: ${p}`));
          const checks = Object.values(results).reduce((sum, r) => sum + r.checked, 0);
          figures.push({ variant, state: name, checks, failures: problems.length });
          for (const [check, result] of Object.entries(results)) {
            const sum = byCheck.get(check) ?? { checks: 0, failures: 0 };
            byCheck.set(check, { checks: sum.checks + result.checked, failures: sum.failures + result.problems.length });
          }
          // Each check looked at something.
          for (const [check, result] of Object.entries(results)) if (check !== 'hidden') expect(result.checked, `${check} checked nothing`).to.be.above(0);
          expect(problems).to.deep.equal([]);
        });
      }
    });
  }
});

/** The page variant's rules really apply (else the checks would pass for nothing). */
function variantInForce(variant: Variant, host: Element): CheckResult {
  const page = getComputedStyle(document.querySelector('.cms-p')!);
  const expectations: Record<Variant, [string, boolean][]> = {
    plain: [['no hostile sheet', page.fontSize === '16px' && page.textTransform === 'none']],
    hostile: [
      ['!important typography', page.fontSize === '11px' && page.textTransform === 'uppercase'],
      ['10px root', getComputedStyle(document.documentElement).fontSize === '10px'],
    ],
    'all-unset': [['everything inline, the widget host too', page.display === 'inline' && getComputedStyle(host).display === 'inline']],
    rtl: [['right-to-left body', getComputedStyle(document.body).direction === 'rtl' && getComputedStyle(host).direction === 'rtl']],
    'zoom-transform': [
      ['zoomed and transformed wrapper', getComputedStyle(document.querySelector('.cms-wrapper')!).transform !== 'none' && getComputedStyle(document.querySelector('.cms-wrapper')!).zoom === '1.25'],
    ],
  };
  const checks = expectations[variant];
  return { checked: checks.length, problems: checks.filter(([, ok]) => !ok).map(([what]) => `variant "${variant}": ${what} not in force`) };
}

/** The widget the page hides with `hidden` stays hidden, whatever the page says about [hidden]. */
function hiddenWidget(): CheckResult {
  const hidden = document.querySelector('.cms-hidden-widget')!;
  return { checked: 1, problems: hidden.getClientRects().length > 0 ? ["<ozg-kiosk hidden> is rendered"] : [] };
}

/** Layout checks of one widget state. */
function specific(name: string, scope: Element): Record<string, CheckResult> {
  const root = scope.shadowRoot ?? scope;
  switch (name) {
    case 'finder-results':
    case 'finder-detail': {
      if (name === 'finder-detail') return {};
      const input = root.querySelector('#search-input')!;
      const button = root.querySelector('.search-row button')!;
      return { 'search row': { checked: 1, problems: sameRow(input, button) ? [] : ['search box and button are not on one row at 1280 px'] } };
    }
    case 'kiosk-start': {
      const tiles = [...root.querySelectorAll('.tiles li')];
      return { 'tile grid': { checked: tiles.length, problems: tiles.length >= 2 && sameRow(tiles[0]!, tiles[1]!) ? [] : ['kiosk tiles are not side by side at 1280 px'] } };
    }
    case 'kiosk-dialog': {
      const box = scope.getBoundingClientRect();
      const inside = box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight && box.width > 200;
      return { 'dialog box': { checked: 1, problems: inside ? [] : [`dialog at ${box.left},${box.top} ${box.width}×${box.height} is not within the viewport`] } };
    }
    default:
      return {};
  }
}
