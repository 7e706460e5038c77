import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { classifyLink, hrefOf, linkFromEvent, type KioskLink, type LinkTarget } from '../../widgets/kiosk/link-policy.js';

const page = new URL('https://www.musterstadt.de/kiosk/start?terminal=3#oben');

function classify(href: string, allowed?: readonly string[]): LinkTarget {
  return classifyLink(href, page, allowed);
}

/** What the href attribute holds after the HTML parser has read `markup` (entities decoded, as in a real page). */
function parsedHref(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = `<a href="${markup}">x</a>`;
  return template.content.querySelector('a')!.getAttribute('href')!;
}

describe('classifyLink', () => {
  describe('internal', () => {
    it('a fragment of the same document', () => {
      expect(classify('#inhalt')).to.deep.equal({ kind: 'internal' });
      expect(classify('  #inhalt')).to.deep.equal({ kind: 'internal' });
      expect(classifyLink('#inhalt', new URL('file:///opt/kiosk/index.html'))).to.deep.equal({ kind: 'internal' });
    });

    it('the same page with another query or fragment, relative or absolute', () => {
      expect(classify('?terminal=4')).to.deep.equal({ kind: 'internal' });
      expect(classify('start?sprache=en#x')).to.deep.equal({ kind: 'internal' });
      expect(classify('https://www.musterstadt.de/kiosk/start')).to.deep.equal({ kind: 'internal' });
      expect(classify('HTTPS://WWW.MUSTERSTADT.DE:443/kiosk/start')).to.deep.equal({ kind: 'internal' });
      expect(classify('')).to.deep.equal({ kind: 'internal' });
    });

    it('another path of the same site is not internal without an allowed prefix', () => {
      expect(classify('/kiosk/termine')).to.deep.include({ kind: 'external', url: 'https://www.musterstadt.de/kiosk/termine' });
      expect(classify('../impressum')).to.deep.include({ kind: 'external', url: 'https://www.musterstadt.de/impressum' });
      expect(classify('http://www.musterstadt.de/kiosk/start')).to.deep.include({ kind: 'external' });
    });

    it('allowed prefixes match whole path segments on their own origin', () => {
      const allowed = ['https://www.musterstadt.de/buergerservice/', '/termine'];
      expect(classify('/buergerservice/a-z', allowed)).to.deep.equal({ kind: 'internal' });
      expect(classify('https://www.musterstadt.de/buergerservice/', allowed)).to.deep.equal({ kind: 'internal' });
      expect(classify('/termine', allowed)).to.deep.equal({ kind: 'internal' });
      expect(classify('/termine/123?x=1', allowed)).to.deep.equal({ kind: 'internal' });
      expect(classify('/termine?x=1', allowed)).to.deep.equal({ kind: 'internal' });
      expect(classify('/termine-alt', allowed)).to.deep.include({ kind: 'external' });
      expect(classify('/buergerservice', allowed)).to.deep.include({ kind: 'external' });
      expect(classify('https://www.musterstadt.de.example.com/buergerservice/a', allowed)).to.deep.include({ kind: 'external' });
      expect(classify('http://www.musterstadt.de/buergerservice/a', allowed)).to.deep.include({ kind: 'external' });
    });

    it('an origin as prefix allows the whole site, and tel:/mailto: prefixes work as written', () => {
      expect(classify('/irgendwo', ['https://www.musterstadt.de'])).to.deep.equal({ kind: 'internal' });
      expect(classify('tel:115', ['tel:115'])).to.deep.equal({ kind: 'internal' });
      expect(classify('tel:110', ['tel:115'])).to.deep.include({ kind: 'phone' });
    });

    it('no prefix lets a blocked scheme through', () => {
      expect(classify('javascript:alert(1)', ['javascript:'])).to.deep.equal({ kind: 'blocked' });
      expect(classify('data:text/html,x', ['data:'])).to.deep.equal({ kind: 'blocked' });
    });
  });

  describe('external', () => {
    it('another site, with a readable address', () => {
      expect(classify('https://www.bundesregierung.de/')).to.deep.equal({
        kind: 'external',
        url: 'https://www.bundesregierung.de/',
        display: 'bundesregierung.de',
      });
      expect(classify('http://example.org/a/b/')).to.deep.equal({ kind: 'external', url: 'http://example.org/a/b/', display: 'example.org/a/b' });
    });

    it('keeps path, query and fragment; drops scheme, www., default port and a trailing slash', () => {
      expect(classify('https://www.example.org:443/formulare/antrag.pdf?v=2#seite-3')).to.deep.include({
        url: 'https://www.example.org/formulare/antrag.pdf?v=2#seite-3',
        display: 'example.org/formulare/antrag.pdf?v=2#seite-3',
      });
      expect(classify('http://example.org:80/')).to.deep.include({ display: 'example.org' });
      expect(classify('https://example.org:8443/x/')).to.deep.include({ display: 'example.org:8443/x' });
      expect(classify('https://user:geheim@example.org/x')).to.deep.include({ display: 'example.org/x' });
      // www. alone is a host name, not a prefix to drop
      expect(classify('https://www.de/')).to.deep.include({ display: 'www.de' });
    });

    it('shows punycode host names in Unicode and percent escapes as letters', () => {
      const target = classify('https://www.xn--mnchen-3ya.de/b%C3%BCrgerb%C3%BCro/');
      expect(target).to.deep.equal({
        kind: 'external',
        url: 'https://www.xn--mnchen-3ya.de/b%C3%BCrgerb%C3%BCro/',
        display: 'münchen.de/bürgerbüro',
      });
      // A Unicode href gets the same: the URL parser turns it into punycode first.
      expect(classify('https://köln.de/rathaus')).to.deep.include({ url: 'https://xn--kln-sna.de/rathaus', display: 'köln.de/rathaus' });
      expect(classify('https://bücher.example')).to.deep.include({ url: 'https://xn--bcher-kva.example/', display: 'bücher.example' });
      expect(classify('https://xn--d1acpjx3f.xn--p1ai/')).to.deep.include({ display: 'яндекс.рф' });
      expect(classify('https://xn--mgbh0fb.xn--kgbechtv/')).to.deep.include({ display: 'مثال.إختبار' });
      expect(classify('https://XN--DSSELDORF-Q9A.DE/')).to.deep.include({ url: 'https://xn--dsseldorf-q9a.de/', display: 'düsseldorf.de' });
    });

    it('keeps what would be invisible or ambiguous as an escape: spaces, bidi controls, broken punycode', () => {
      expect(classify('https://example.org/a%20b')).to.deep.include({ display: 'example.org/a%20b' });
      expect(classify('https://example.org/%E2%80%AEgpj.exe')).to.deep.include({ display: 'example.org/%E2%80%AEgpj.exe' });
      expect(classify('https://example.org/%FF')).to.deep.include({ display: 'example.org/%FF' });
      expect(classify('https://xn--zz-.example/')).to.deep.include({ display: 'xn--zz-.example' });
    });
  });

  describe('phone and email', () => {
    it('tel: links give the number as readable text', () => {
      expect(classify('tel:+49-30-1234567')).to.deep.equal({ kind: 'phone', number: '+49 30 1234567' });
      expect(classify('tel:0251%20492-0')).to.deep.equal({ kind: 'phone', number: '0251 492 0' });
      expect(classify('TEL:115;ext=2')).to.deep.equal({ kind: 'phone', number: '115' });
      expect(classify(' tel:(0251) 492-0 ')).to.deep.equal({ kind: 'phone', number: '(0251) 492 0' });
      expect(classify('tel:')).to.deep.equal({ kind: 'blocked' });
    });

    it('mailto: links give the address without query', () => {
      expect(classify('mailto:buergerbuero@musterstadt.de?subject=Termin&body=Hallo')).to.deep.equal({
        kind: 'email',
        address: 'buergerbuero@musterstadt.de',
      });
      expect(classify('MAILTO:info%40musterstadt.de')).to.deep.equal({ kind: 'email', address: 'info@musterstadt.de' });
      expect(classify('mailto:?to=a@musterstadt.de')).to.deep.equal({ kind: 'email', address: 'a@musterstadt.de' });
      expect(classify('mailto:?subject=leer')).to.deep.equal({ kind: 'blocked' });
    });
  });

  describe('blocked', () => {
    it('javascript:, data:, blob:, file: and other schemes', () => {
      for (const href of [
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        `blob:${location.origin}/0f3e7c8a-0000-4000-8000-000000000000`,
        'file:///etc/passwd',
        'ftp://example.org/',
        'intent://scan/#Intent;scheme=zxing;end',
        'ms-settings:display',
        'about:blank',
        'ws://example.org/',
      ]) {
        expect(classify(href), href).to.deep.equal({ kind: 'blocked' });
      }
    });

    it('javascript: with mixed case, whitespace and controls, as the URL parser reads it', () => {
      for (const href of ['JaVaScRiPt:alert(1)', '  javascript:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'jav\r\nascript:alert(1)']) {
        expect(classify(href), JSON.stringify(href)).to.deep.equal({ kind: 'blocked' });
      }
    });

    it('javascript: hidden behind HTML entities, as the HTML parser decodes them', () => {
      for (const markup of ['jav&#x09;ascript:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', '&#x20;javascript:alert(1)', 'java&NewLine;script:alert(1)', 'JAVA&Tab;SCRIPT:alert(1)']) {
        const href = parsedHref(markup);
        expect(href, markup).not.to.equal(markup); // the parser did decode something
        expect(classify(href), markup).to.deep.equal({ kind: 'blocked' });
      }
      // The entity text itself, never decoded, is only a relative path on this site.
      expect(classify('jav&#x09;ascript:alert(1)')).to.deep.include({ kind: 'external', url: 'https://www.musterstadt.de/kiosk/jav&' + '#x09;ascript:alert(1)' });
    });

    it('what the URL parser rejects', () => {
      expect(classify('https://')).to.deep.equal({ kind: 'blocked' });
      expect(classify('https://example.org:99999/')).to.deep.equal({ kind: 'blocked' });
      expect(classify('http://[::1')).to.deep.equal({ kind: 'blocked' });
      expect(classifyLink('relative/path', new URL('about:blank'))).to.deep.equal({ kind: 'blocked' });
    });
  });
});

/** A page region with links inside two levels of shadow roots, built the way widgets build them. */
class InnerCard extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <p><a id="deep" href="https://www.example.org/info"><span id="label">Mehr <b>Informationen</b></span></a></p>
      <p id="plain">kein Link</p>
      <a id="nohref">Anker ohne Ziel</a>
      <svg width="60" height="30"><a id="svglink" href="tel:115"><rect width="60" height="30" fill="navy"></rect></a></svg>
      <img usemap="#karte" width="60" height="30" alt="Karte" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">
      <map name="karte"><area id="area" shape="rect" coords="0,0,60,30" href="mailto:karte@musterstadt.de" alt="Karte"></map>`;
  }
}
class OuterPanel extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><ozg-test-inner-card></ozg-test-inner-card></section>';
  }
}
customElements.define('ozg-test-inner-card', InnerCard);
customElements.define('ozg-test-outer-panel', OuterPanel);

describe('linkFromEvent', () => {
  let found: (KioskLink | undefined)[] = [];
  const onClick = (event: MouseEvent) => {
    // Never let the test page navigate away.
    event.preventDefault();
    found.push(linkFromEvent(event));
  };

  beforeEach(() => {
    found = [];
    window.addEventListener('click', onClick, true);
  });
  afterEach(() => {
    window.removeEventListener('click', onClick, true);
    fixtureCleanup();
  });

  async function panel(): Promise<ShadowRoot> {
    const outer = await fixture(html`<ozg-test-outer-panel></ozg-test-outer-panel>`);
    return outer.shadowRoot!.querySelector('ozg-test-inner-card')!.shadowRoot!;
  }

  /** A real mouse click (a trusted event from the browser) in the middle of `element`. */
  async function clickOn(element: Element): Promise<void> {
    const box = element.getBoundingClientRect();
    expect(box.width, 'element is laid out').to.be.greaterThan(0);
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await sendMouse({ type: 'move', position: [0, 0] });
  }

  it('finds the <a href> around the clicked text inside nested shadow roots', async () => {
    const inner = await panel();
    await clickOn(inner.querySelector('b')!);
    // Compared by id: a failing comparison of DOM elements makes the runner serialize whole documents.
    expect(found.map((link) => link?.id)).to.deep.equal(['deep']);
    expect(found[0] === inner.getElementById('deep')).to.equal(true);
    expect(classifyLink(hrefOf(found[0]!), page)).to.deep.include({ kind: 'external', display: 'example.org/info' });
  });

  it('finds an SVG <a href> and an <area href>', async () => {
    const inner = await panel();
    await clickOn(inner.querySelector('rect')!);
    await clickOn(inner.querySelector('img')!);
    expect(found.map((link) => link?.id)).to.deep.equal(['svglink', 'area']);
    expect(found[0] === inner.getElementById('svglink') && found[1] === inner.getElementById('area')).to.equal(true);
    expect(classifyLink(hrefOf(found[0]!), page)).to.deep.equal({ kind: 'phone', number: '115' });
    expect(classifyLink(hrefOf(found[1]!), page)).to.deep.equal({ kind: 'email', address: 'karte@musterstadt.de' });
  });

  it('finds nothing on plain text or an <a> without href', async () => {
    const inner = await panel();
    await clickOn(inner.getElementById('plain')!);
    await clickOn(inner.getElementById('nohref')!);
    expect(found.map((link) => link?.id ?? 'none')).to.deep.equal(['none', 'none']);
  });

  it('hrefOf resolves against the base URL, also SVG xlink:href', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const a = document.createElementNS('http://www.w3.org/2000/svg', 'a');
    a.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'seite#x');
    svg.append(a);
    document.body.append(svg);
    try {
      expect(hrefOf(a as SVGAElement)).to.equal(new URL('seite#x', document.baseURI).href);
      const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      a.dispatchEvent(event);
      expect(found.length === 1 && found[0] === a).to.equal(true);
    } finally {
      svg.remove();
    }
  });
});
