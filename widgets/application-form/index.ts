/**
 * `<ozg-application-form>` and its field components, without registering them.
 * Import `ozg-widgets/widgets/application-form/define` to register the tags.
 *
 * @packageDocumentation
 */
export { OzgApplicationForm } from './application-form.js';
export { formMessages, type FormMessageKey } from './messages.js';
