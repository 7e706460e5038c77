import { css } from 'lit';

/** Radio buttons and check boxes. */
export const choiceStyles = css`
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
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .invalid .option input[aria-invalid='true'] {
    outline: 2px solid var(--_ozg-error);
    outline-offset: 1px;
  }
  .invalid .option input[aria-invalid='true']:focus-visible {
    outline: var(--_ozg-focus-width) solid var(--_ozg-focus);
  }
`;
