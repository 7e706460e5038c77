import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { defineElement } from '../../src/ui/define.js';
import { OzgExternalLinkDialog, type ExternalLinkEventDetail } from '../../widgets/kiosk/external-link-dialog.js';
import { linkMessages } from '../../widgets/kiosk/link-messages.js';
import type { LinkTarget } from '../../widgets/kiosk/link-policy.js';
import type { OzgQrCode } from '../../widgets/kiosk/qr-code.js';

defineElement('ozg-external-link-dialog', OzgExternalLinkDialog);

const external: LinkTarget = {
  kind: 'external',
  url: 'https://www.bundesregierung.de/breg-de/service/formulare?name=Erika#teil-2',
  display: 'bundesregierung.de/breg-de/service/formulare?name=Erika#teil-2',
};
const phone: LinkTarget = { kind: 'phone', number: '+49 251 492 0' };
const email: LinkTarget = { kind: 'email', address: 'buergerbuero@musterstadt.de' };

interface Setup {
  dialogElement: OzgExternalLinkDialog;
  trigger: HTMLButtonElement;
  events: ExternalLinkEventDetail[];
}

async function setup(lang = 'de'): Promise<Setup> {
  const wrapper = await fixture(html`<div lang=${lang}>
    <button type="button" id="trigger">Link</button>
    <ozg-external-link-dialog></ozg-external-link-dialog>
  </div>`);
  const dialogElement = wrapper.querySelector<OzgExternalLinkDialog>('ozg-external-link-dialog')!;
  const events: ExternalLinkEventDetail[] = [];
  wrapper.addEventListener('ozg-external-link', (event) => events.push((event as CustomEvent<ExternalLinkEventDetail>).detail));
  const trigger = wrapper.querySelector('button')!;
  trigger.focus();
  return { dialogElement, trigger, events };
}

/** Shows `target` and waits until the dialog and its QR code are rendered. */
async function open(element: OzgExternalLinkDialog, target: LinkTarget, trigger?: HTMLElement): Promise<boolean> {
  const shown = element.show(target, trigger);
  await element.updateComplete;
  const qr = element.shadowRoot!.querySelector('ozg-qr-code');
  if (qr) await qr.updateComplete;
  return shown;
}

const part = (element: OzgExternalLinkDialog, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const dialogOf = (element: OzgExternalLinkDialog) => element.shadowRoot!.querySelector('dialog')!;

/** The focused element, looking into shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<ozg-external-link-dialog>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('an external link: heading, text, QR code of the full URL and the readable address', async () => {
    const { dialogElement, trigger, events } = await setup();
    expect(await open(dialogElement, external, trigger)).to.equal(true);
    const dialog = dialogOf(dialogElement);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(part(dialogElement, 'heading')!.textContent).to.equal('Diese Seite öffnet sich hier nicht');
    expect(part(dialogElement, 'text')!.textContent).to.equal(
      'Scannen Sie den Code mit Ihrem Smartphone oder geben Sie die Adresse später selbst ein:',
    );
    const qr = part(dialogElement, 'qr') as OzgQrCode;
    expect(qr.value).to.equal(external.url);
    expect(qr.state).to.equal('ready');
    expect(qr.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(`QR-Code für ${external.display}`);
    const address = part(dialogElement, 'address')!;
    expect(address.textContent).to.equal(external.display);
    expect(address.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(address).userSelect).to.equal('text');
    expect(parseFloat(getComputedStyle(address).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(part(dialogElement, 'text')!).fontSize));
    expect(part(dialogElement, 'close')!.textContent!.trim()).to.equal('Schließen');
    // Counted without personal data: no query, no fragment.
    expect(events).to.deep.equal([{ kind: 'external', url: 'https://www.bundesregierung.de/breg-de/service/formulare' }]);
  });

  it('a phone number: heading, the number large and a QR code of the tel: URL', async () => {
    const { dialogElement, events } = await setup();
    expect(await open(dialogElement, phone)).to.equal(true);
    expect(part(dialogElement, 'heading')!.textContent).to.equal('Telefonnummer');
    expect(part(dialogElement, 'address')!.textContent).to.equal('+49 251 492 0');
    expect(part(dialogElement, 'address')!.getAttribute('dir')).to.equal('ltr');
    expect((part(dialogElement, 'qr') as OzgQrCode).value).to.equal('tel:+492514920');
    expect(events).to.deep.equal([{ kind: 'phone' }]);
  });

  it('an email address: heading, the address large and a QR code of the mailto: URL', async () => {
    const { dialogElement, events } = await setup();
    expect(await open(dialogElement, email)).to.equal(true);
    expect(part(dialogElement, 'heading')!.textContent).to.equal('E-Mail-Adresse');
    expect(part(dialogElement, 'address')!.textContent).to.equal('buergerbuero@musterstadt.de');
    expect((part(dialogElement, 'qr') as OzgQrCode).value).to.equal('mailto:buergerbuero@musterstadt.de');
    expect(events).to.deep.equal([{ kind: 'email' }]);
  });

  it('a blocked link shows nothing', async () => {
    const { dialogElement, trigger, events } = await setup();
    expect(await open(dialogElement, { kind: 'blocked' }, trigger)).to.equal(false);
    expect(dialogOf(dialogElement).open).to.equal(false);
    expect(part(dialogElement, 'heading')).to.equal(null);
    expect(events).to.deep.equal([]);
    expect(document.activeElement === trigger, 'the trigger has the focus').to.equal(true);
  });

  it('moves focus to the heading on open and back to the trigger when the close button is pressed', async () => {
    const { dialogElement, trigger } = await setup();
    await open(dialogElement, external, trigger);
    // Identity as a boolean: a failing comparison of elements in shadow roots can stall the runner's error serializer.
    expect(deepActiveElement() === part(dialogElement, 'heading'), 'the heading has the focus').to.equal(true);
    // Tab from the heading reaches the close button (the only control).
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === part(dialogElement, 'close'), 'the close button has the focus').to.equal(true);
    const closed = oneEvent(dialogOf(dialogElement), 'close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(dialogOf(dialogElement).open).to.equal(false);
    expect(document.activeElement === trigger, 'the trigger has the focus').to.equal(true);
  });

  it('Escape closes it and focus goes back to the trigger', async () => {
    const { dialogElement, trigger } = await setup();
    const other = document.createElement('button');
    other.textContent = 'anderswo';
    document.body.append(other);
    try {
      // The focus is elsewhere when the dialog opens (a tap does not always focus the link).
      other.focus();
      await open(dialogElement, phone, trigger);
      const closed = oneEvent(dialogOf(dialogElement), 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(dialogOf(dialogElement).open).to.equal(false);
      expect(document.activeElement === trigger, 'the trigger has the focus').to.equal(true);
      await dialogElement.updateComplete;
      expect(part(dialogElement, 'qr'), 'the content is gone when closed').to.equal(null);
    } finally {
      other.remove();
    }
  });

  it('a tap beside the dialog closes it, a tap inside does not', async () => {
    const { dialogElement, trigger } = await setup();
    await open(dialogElement, email, trigger);
    const dialog = dialogOf(dialogElement);
    const address = part(dialogElement, 'address')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(address.left + 5), Math.round(address.top + 5)] });
    expect(dialog.open, 'still open after a tap on the address').to.equal(true);
    const box = dialog.getBoundingClientRect();
    expect(box.left, 'room beside the dialog').to.be.greaterThan(10);
    const closed = oneEvent(dialog, 'close');
    await sendMouse({ type: 'click', position: [5, Math.round(box.top + box.height / 2)] });
    await closed;
    expect(dialog.open).to.equal(false);
    expect(document.activeElement === trigger, 'the trigger has the focus').to.equal(true);
  });

  it('the close button is at least 44 × 44 px and the text at least 1.25rem', async () => {
    const { dialogElement } = await setup();
    await open(dialogElement, email);
    const button = part(dialogElement, 'close')!.getBoundingClientRect();
    expect(button.width).to.be.at.least(44);
    expect(button.height).to.be.at.least(44);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const name of ['heading', 'text', 'address', 'close']) {
      expect(parseFloat(getComputedStyle(part(dialogElement, name)!).fontSize), name).to.be.at.least(1.25 * rem);
    }
  });

  it('fits a 390 px wide screen without scrolling sideways', async () => {
    await setViewport({ width: 390, height: 844 });
    const { dialogElement } = await setup();
    await open(dialogElement, external);
    const dialog = dialogOf(dialogElement);
    const box = dialog.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(390);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    const qr = part(dialogElement, 'qr')!.getBoundingClientRect();
    expect(qr.width).to.be.at.least(180);
  });

  it('is accessible with the dialog open, in German', async () => {
    const { dialogElement, trigger } = await setup();
    await open(dialogElement, external, trigger);
    await expect(dialogElement).to.be.accessible();
  });

  it('is accessible with the dialog open, in Arabic, right to left with the address left to right', async () => {
    await linkMessages.load('ar');
    const { dialogElement, trigger } = await setup('ar');
    await open(dialogElement, external, trigger);
    const dialog = dialogOf(dialogElement);
    expect(dialog.getAttribute('dir')).to.equal('rtl');
    expect(dialog.getAttribute('lang')).to.equal('ar');
    expect(part(dialogElement, 'heading')!.textContent).to.equal('لا يمكن فتح هذه الصفحة هنا');
    expect(part(dialogElement, 'close')!.textContent!.trim()).to.equal('إغلاق');
    expect(part(dialogElement, 'address')!.getAttribute('dir')).to.equal('ltr');
    await expect(dialogElement).to.be.accessible();
  });
});
