import type { Message } from '../../src/i18n/messages.js';
import type { KioskMessageKey } from './messages.js';

const en: Record<KioskMessageKey, Message> = {
  'kiosk.start.title': 'Welcome to the citizen service',
  'kiosk.start.intro': 'What would you like to do? Tap a service.',
  'kiosk.tile.ozg-service-finder': 'Find a service',
  'kiosk.tile.ozg-service-finder.text': 'What do I need, what does it cost, who is responsible?',
  'kiosk.tile.ozg-application-form': 'Apply',
  'kiosk.tile.ozg-application-form.text': 'Fill in an application and send it.',
  'kiosk.tile.ozg-status-tracker': 'Status of my application',
  'kiosk.tile.ozg-status-tracker.text': 'Check how far your application is, with reference number and PIN.',
  'kiosk.tile.other': 'Service {number}',
  'kiosk.languages': 'Language',
  'kiosk.toolbar': 'Controls',
  'kiosk.home': 'Overview',
  'kiosk.textSize': 'Larger text',
  'kiosk.textSize.value': 'Text size {percent} percent',
  'kiosk.contrast': 'High contrast',
  'kiosk.reach': 'Controls at the bottom',
  'kiosk.print': 'Print',
  'kiosk.restart': 'Done – start again',
  'kiosk.restart.title': 'Delete everything you entered?',
  'kiosk.restart.text': 'What you entered is deleted from this device. Then the next person can use it.',
  'kiosk.restart.confirm': 'Yes, delete everything',
  'kiosk.restart.cancel': 'Cancel',
  'kiosk.idle.title': 'Are you still there?',
  'kiosk.idle.text': {
    one: 'To protect your data, we will delete what you entered in {count} second.',
    other: 'To protect your data, we will delete what you entered in {count} seconds.',
  },
  'kiosk.idle.continue': 'Continue',
  'kiosk.idle.end': 'End now',
  'kiosk.wiped': 'Everything you entered has been deleted.',
  'kiosk.view': '{title} – you are here now.',
};

export default en;
