/**
 * Styles of the form fields: large, high-contrast controls with a 2 px
 * border, targets of at least `--_ozg-target` (44 px), errors with a red bar
 * on the left and the message above the control (GOV.UK), and nothing that
 * forced-colors mode would hide (marks are borders, not backgrounds).
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
  .count {
    margin-block-start: 0.25rem;
    color: var(--_ozg-muted);
  }
  .count.over {
    color: var(--_ozg-error);
    font-weight: 700;
  }

  /* Radios and checkboxes: the whole row is the label, at least 44 px high. */
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .options.inline {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: 1.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--_ozg-target);
    min-width: var(--_ozg-target);
    padding-inline-end: 0.5rem;
    cursor: pointer;
  }
  .option input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0;
    accent-color: var(--_ozg-primary);
    cursor: inherit;
  }
  .option-hint {
    margin: -0.25rem 0 0.5rem;
    padding-inline-start: 2.5rem;
    color: var(--_ozg-muted);
  }
  .invalid .option input[aria-invalid='true'] {
    outline: 2px solid var(--_ozg-error);
    outline-offset: 1px;
  }
  .invalid .option input[aria-invalid='true']:focus-visible {
    outline: 3px solid var(--_ozg-focus);
  }

  /* Date (day, month, year) and address parts sit side by side and wrap on narrow screens. */
  .parts {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 var(--_ozg-space);
  }
  .part {
    margin-block-end: calc(var(--_ozg-space) * 0.75);
  }
  .part .label {
    font-weight: 400;
  }
  .part.grow {
    flex: 1 1 12rem;
  }
  .part-error {
    margin: 0 0 0.25rem;
    color: var(--_ozg-error);
    font-weight: 700;
  }

  /* File picker: the real file input lies over a button-like label, so it keeps keyboard and screen reader behaviour. */
  .picker {
    position: relative;
    display: inline-flex;
    max-width: 100%;
  }
  .picker input[type='file'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .picker input[type='file']:focus-visible + .button {
    outline: 3px solid var(--_ozg-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_ozg-text);
  }
  .picker input[type='file'][disabled] {
    cursor: not-allowed;
  }
  .drop-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem;
    border: 2px dashed var(--_ozg-border);
    border-radius: var(--_ozg-radius);
  }
  .drop-zone.dragging {
    border-color: var(--_ozg-primary);
    background: var(--_ozg-surface);
  }
  .files {
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--_ozg-border);
  }
  .file-name {
    font-weight: 700;
  }
  .file-size {
    color: var(--_ozg-muted);
  }

  /* Repeatable group. */
  .item {
    margin-block-end: var(--_ozg-space);
    padding: var(--_ozg-space);
    border: 1px solid var(--_ozg-border);
    border-radius: var(--_ozg-radius);
  }
  .item-title {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .item-actions {
    margin-block-start: 0.5rem;
  }

  @media (forced-colors: active) {
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
    .input {
      border-color: CanvasText;
    }
    .picker input[type='file']:focus-visible + .button {
      outline-color: Highlight;
    }
  }
`;
