/**
 * `<ozg-status-tracker>`, without registering it.
 * Import `ozg-widgets/widgets/status-tracker/define` to register the tag.
 *
 * @packageDocumentation
 */
export { OzgStatusTracker } from './status-tracker.js';
export { statusMessages, type StatusMessageKey } from './messages.js';
