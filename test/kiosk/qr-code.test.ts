import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { defineElement } from '../../src/ui/define.js';
import { OzgQrCode } from '../../widgets/kiosk/qr-code.js';

defineElement('ozg-qr-code', OzgQrCode);

// Every module this page fetches is a resource timing entry; make room, so none is dropped.
performance.setResourceTimingBufferSize(100_000);

/** Whether the page has fetched the encoder package (web-test-runner serves it from node_modules/lean-qr/). */
function encoderFetched(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('/lean-qr/'));
}

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string; version: number } | null;

/** jsQR ships only a UMD bundle: loaded as a classic script, it sets `window.jsQR`. */
let jsQrLoading: Promise<JsQr> | undefined;
function loadJsQr(): Promise<JsQr> {
  jsQrLoading ??= new Promise<JsQr>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () => resolve((window as unknown as { jsQR: JsQr }).jsQR);
    script.onerror = () => reject(new Error('jsQR did not load'));
    document.head.append(script);
  });
  return jsQrLoading;
}

/**
 * Decodes the SVG the element rendered: serialized as it is in the shadow
 * root, loaded as an image from a blob: URL, drawn into a canvas at
 * `pixelsPerModule`, and read back by jsQR from the pixels.
 */
async function decodeRendered(element: OzgQrCode, pixelsPerModule = 4): Promise<{ data: string; version: number } | null> {
  const rendered = element.shadowRoot!.querySelector('svg');
  expect(rendered, 'the element rendered an <svg>').to.exist;
  const modules = rendered!.viewBox.baseVal.width;
  const size = modules * pixelsPerModule;
  const copy = rendered!.cloneNode(true) as SVGSVGElement;
  // A standalone SVG image needs a size of its own; the content stays exactly as rendered.
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  const markup = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0, size, size);
    const pixels = context.getImageData(0, 0, size, size);
    const jsQR = await loadJsQr();
    return jsQR(pixels.data, size, size);
  } finally {
    URL.revokeObjectURL(url);
  }
}

describe('<ozg-qr-code>', () => {
  afterEach(() => fixtureCleanup());

  // First in this file: nothing before it has set a value, so nothing has asked for the encoder.
  it('loads the encoder only once a value is set, and updateComplete waits for the code', async () => {
    const element = await fixture<OzgQrCode>(html`<ozg-qr-code label="Code"></ozg-qr-code>`);
    await element.updateComplete;
    expect(element.state).to.equal('empty');
    expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(encoderFetched(), 'encoder fetched before a value was set').to.equal(false);

    element.value = 'https://www.musterstadt.de/';
    await element.updateComplete;
    expect(encoderFetched(), 'encoder fetched after a value was set').to.equal(true);
    expect(element.state).to.equal('ready');
    expect(element.shadowRoot!.querySelector('svg path')).to.exist;

    element.value = '';
    await element.updateComplete;
    expect(element.state).to.equal('empty');
    expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('a short URL decodes back to exactly the value', async () => {
    const value = 'https://www.musterstadt.de/buergerservice';
    const element = await fixture<OzgQrCode>(html`<ozg-qr-code .value=${value} label="QR-Code"></ozg-qr-code>`);
    await element.updateComplete;
    const result = await decodeRendered(element);
    expect(result?.data).to.equal(value);
  });

  it('a long URL (~300 characters) with umlauts decodes back to exactly the value', async () => {
    const value =
      'https://www.bürgerservice-münchen.de/dienstleistungen/führerschein/umtausch-ältere-führerscheine?' +
      'schritt=übersicht&straße=Königstraße&ort=Düsseldorf&hinweis=Bitte+Öffnungszeiten+prüfen&' +
      'kategorie=Verkehr+und+Mobilität&sprache=de&ansicht=vollständig&quelle=kiosk-bürgerbüro-süd#abschnitt-gebühren';
    expect(value.length).to.be.within(280, 320);
    const element = await fixture<OzgQrCode>(html`<ozg-qr-code .value=${value} label="QR-Code"></ozg-qr-code>`);
    await element.updateComplete;
    const result = await decodeRendered(element, 3);
    expect(result?.data).to.equal(value);
    // Level M for ~320 UTF-8 bytes needs version 13 or more; level L would fit into 12.
    expect(result?.version).to.be.at.least(13);
  });

  it('a changed value renders the new code', async () => {
    const element = await fixture<OzgQrCode>(html`<ozg-qr-code value="tel:115"></ozg-qr-code>`);
    await element.updateComplete;
    expect((await decodeRendered(element))?.data).to.equal('tel:115');
    element.value = 'mailto:buergerbuero@musterstadt.de';
    await element.updateComplete;
    expect((await decodeRendered(element))?.data).to.equal('mailto:buergerbuero@musterstadt.de');
  });

  it('is an image with a name, a 4-module quiet zone and crisp, black on white whatever the theme', async () => {
    const wrapper = await fixture(html`<div style="--ozg-color-text:#fff;--ozg-color-background:#111;color:#fff;background:#111;fill:#fff">
      <ozg-qr-code value="https://example.org/" label="QR-Code für example.org"></ozg-qr-code>
    </div>`);
    const element = wrapper.querySelector('ozg-qr-code')!;
    await element.updateComplete;
    const svg = element.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR-Code für example.org');
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    // version 1 is 21 modules; 21 + 2 × 4 = 29 for a short value
    const { width } = svg.viewBox.baseVal;
    const path = svg.querySelector('path')!;
    const bounds = path.getBBox();
    expect(bounds.x).to.equal(4);
    expect(bounds.y).to.equal(4);
    expect(width - bounds.x - bounds.width).to.equal(4);
    expect(getComputedStyle(path).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(svg.querySelector('rect')!).fill).to.equal('rgb(255, 255, 255)');
    expect(svg.querySelectorAll('path')).to.have.length(1);
  });

  it('scales to --ozg-qr-size, 12rem by default', async () => {
    const wrapper = await fixture(html`<div>
      <ozg-qr-code value="https://example.org/"></ozg-qr-code>
      <ozg-qr-code value="https://example.org/" style="--ozg-qr-size: 300px"></ozg-qr-code>
    </div>`);
    const [plain, sized] = [...wrapper.querySelectorAll('ozg-qr-code')];
    await plain!.updateComplete;
    await sized!.updateComplete;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const first = plain!.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    const second = sized!.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(first.width).to.be.closeTo(12 * rem, 0.5);
    expect(first.height).to.be.closeTo(12 * rem, 0.5);
    expect(second.width).to.be.closeTo(300, 0.5);
    expect(second.height).to.be.closeTo(300, 0.5);
  });

  it('a value beyond version 40-M shows the text instead of throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      // 40-M holds 2,331 bytes; 2,400 × "ä" are 4,800 bytes in UTF-8.
      const value = 'https://example.org/?q=' + 'ä'.repeat(2400);
      const element = await fixture<OzgQrCode>(html`<ozg-qr-code .value=${value}></ozg-qr-code>`);
      await element.updateComplete;
      expect(element.state).to.equal('too-long');
      expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
      const fallback = element.shadowRoot!.querySelector('.fallback')!;
      expect(fallback.textContent).to.equal(value);
      expect(fallback.getAttribute('dir')).to.equal('ltr');

      // Just within the limit still gives a code.
      element.value = 'a'.repeat(2331);
      await element.updateComplete;
      expect(element.state).to.equal('ready');
      element.value = 'a'.repeat(2332);
      await element.updateComplete;
      expect(element.state).to.equal('too-long');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
