/**
 * `<ozg-service-finder>`: the element class, without registering it.
 * Import `ozg-widgets/widgets/service-finder/define` to register the tag.
 *
 * @packageDocumentation
 */
export { OzgServiceFinder } from './service-finder.js';
export { decodeState, encodeState, type FinderState, type ListView } from './finder-state.js';
export { finderMessages, type FinderMessageKey } from './messages.js';
