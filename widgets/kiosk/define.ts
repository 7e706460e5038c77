/** Registers `<ozg-kiosk>`. The keyboard, the link dialog and the QR code load when first needed. */
import { defineElement } from '../../src/ui/define.js';
import { OzgKiosk } from './kiosk.js';

defineElement('ozg-kiosk', OzgKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'ozg-kiosk': OzgKiosk;
  }
}
