/**
 * A heading of a given level. Widgets sit inside pages whose outline we do
 * not know, so the editor sets the level of a widget's top heading
 * (`heading-level`, default 2) and sub-headings follow from it.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function clampHeadingLevel(level: number): HeadingLevel {
  return Math.min(6, Math.max(2, Math.round(level) || 2)) as HeadingLevel;
}

export interface HeadingOptions {
  id?: string | undefined;
  className?: string | undefined;
  /** Makes the heading a focus target for view changes. */
  focusable?: boolean | undefined;
}

export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const { id, className, focusable } = options;
  const tabindex = focusable ? '-1' : undefined;
  // One template per level keeps the tags static, as Lit requires.
  switch (clampHeadingLevel(level)) {
    case 2:
      return html`<h2 id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
