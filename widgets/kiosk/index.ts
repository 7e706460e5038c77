/**
 * `<ozg-kiosk>`, the shell for touch terminals, without registering it.
 * Import `ozg-widgets/widgets/kiosk/define` to register the tag.
 *
 * @packageDocumentation
 */
export { OzgKiosk } from './kiosk.js';
export { IdleTimer, realClock, type Clock, type IdlePhase, type IdleTimerOptions } from './idle-timer.js';
export { wipeStorage, type WipeScope } from './storage-wipe.js';
export { kioskMessages, type KioskMessageKey } from './messages.js';
export { OzgOnScreenKeyboard, type KeyboardToggleDetail } from './on-screen-keyboard.js';
export { OzgExternalLinkDialog } from './external-link-dialog.js';
export { OzgQrCode, type QrCodeState } from './qr-code.js';
export { classifyLink, hrefOf, linkFromEvent, type LinkTarget, type LinkKind, type KioskLink } from './link-policy.js';
