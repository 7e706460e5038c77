/**
 * Registers a custom element once. A second registration under the same name
 * (two copies of the library on one page, e.g. from two CMS plugins) keeps
 * the first and warns instead of throwing, so the page keeps working.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `ozg-widgets: <${name}> is already defined, probably by another copy of ozg-widgets on this page. ` +
        'The first definition stays in use; load the widget script only once.',
    );
  }
}
