/**
 * Styles of the form fields: large, high-contrast controls with a 2 px
 * border, targets of at least `--_ozg-target` (44 px), errors with a red bar
 * at the start of the line (left, right in Arabic) and the message above the
 * control (GOV.UK), and nothing that forced-colors mode would hide (marks are
 * borders, not backgrounds). Only logical properties (inline-start …), so
 * right-to-left languages lay out mirrored.
 */
import { css } from 'lit';

export const fieldStyles = css`
  :host {
    margin-block-end: calc(var(--_ozg-space) * 1.5);
  }
  .field {
    min-width: 0;
  }
  .field.invalid {
    border-inline-start: 0.3125rem solid var(--_ozg-error);
    padding-inline-start: calc(var(--_ozg-space) * 0.75);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .label {
    display: block;
    margin-block-end: 0.25rem;
    font-weight: 700;
    max-width: 100%;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    margin-block-end: 0.5rem;
    color: var(--_ozg-muted);
    /* Hints of a form definition are German: on a right-to-left page they keep their order. */
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .error-message {
    margin: 0 0 0.5rem;
    color: var(--_ozg-error);
    font-weight: 700;
  }
  .input {
    display: block;
    width: 100%;
    min-height: var(--_ozg-target);
    margin: 0;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--_ozg-text);
    border-radius: 0;
    background: var(--_ozg-background);
    color: var(--_ozg-text);
    font: inherit;
  }
  textarea.input {
    min-height: calc(var(--_ozg-target) * 2.5);
    resize: vertical;
  }
  select.input {
    width: auto;
    max-width: 100%;
  }
  .invalid .input[aria-invalid='true'] {
    border-width: 3px;
    border-color: var(--_ozg-error);
  }
  .input[disabled],
  .option input[disabled] + span {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .input[readonly] {
    background: var(--_ozg-surface);
  }
  /* Widths that tell the citizen what is expected (GOV.UK input widths). */
  .width-2 {
    max-width: calc(2ch + 1.5rem);
    min-width: var(--_ozg-target);
  }
  .width-4 {
    max-width: calc(4ch + 1.75rem);
  }
  .width-5 {
    max-width: calc(5ch + 1.75rem);
  }
  .width-10 {
    max-width: calc(10ch + 1.75rem);
  }
  .width-20 {
    max-width: calc(20ch + 1.75rem);
  }
  .width-34 {
    max-width: calc(34ch + 1.75rem);
  }
  @media (forced-colors: active) {
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
    .input {
      border-color: CanvasText;
    }
  }
`;
