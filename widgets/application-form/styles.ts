import { css } from 'lit';

export const formStyles = css`
  /*
   * Single-column grids size their column minmax(0, 1fr), not auto: an auto
   * track grows to the longest unbreakable content (a long word in a label
   * from the form definition) and pushes the form out of its container.
   */
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ozg-space);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  .view-title,
  .step-title {
    font-size: 1.5em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_ozg-focus-width) solid var(--_ozg-focus);
    outline-offset: 4px;
    box-shadow: none;
  }
  p {
    margin: 0 0 0.75em;
  }
  .hint {
    color: var(--_ozg-muted);
    font-size: 0.9em;
  }

  /* progress */
  .progress-text {
    font-weight: 700;
    margin-bottom: 0.4em;
  }
  .progress ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.9em;
  }
  .progress li {
    padding: 0.2em 0.6em;
    border-radius: 1em;
    border: 1px solid var(--_ozg-border);
    color: var(--_ozg-muted);
  }
  .progress li.done {
    color: var(--_ozg-text);
    border-color: var(--_ozg-primary);
  }
  .progress li.done::before {
    content: '✓ ';
    color: var(--_ozg-primary);
  }
  .progress li.current {
    background: var(--_ozg-primary);
    border-color: var(--_ozg-primary);
    color: var(--_ozg-background);
    font-weight: 700;
  }

  /* error summary (GOV.UK pattern) */
  .error-summary {
    padding: var(--_ozg-space);
    border: 4px solid var(--_ozg-error);
    border-radius: var(--_ozg-radius);
  }
  .error-summary:focus-visible {
    outline: var(--_ozg-focus-width) solid var(--_ozg-focus);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--_ozg-error);
    font-weight: 600;
  }

  /* steps and fields */
  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ozg-space);
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_ozg-space) * 1.25);
    max-width: 40rem;
  }
  fieldset.group {
    margin: 0;
    padding: var(--_ozg-space);
    border: 1px solid var(--_ozg-border);
    border-radius: var(--_ozg-radius);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_ozg-space) * 1.25);
    /* A fieldset is at least as wide as its content unless told otherwise. */
    min-width: 0;
  }
  fieldset.group > legend {
    font-weight: 700;
    font-size: 1.15em;
    padding: 0 0.25em;
  }
  .group-help {
    color: var(--_ozg-muted);
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_ozg-space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }

  /* review */
  .review-step {
    padding-top: var(--_ozg-space);
    border-top: 1px solid var(--_ozg-border);
  }
  .review-list {
    margin: 0 0 var(--_ozg-space);
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr auto;
    gap: 0.25em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid color-mix(in srgb, var(--_ozg-border) 50%, transparent);
  }
  .review-row dt {
    font-weight: 600;
  }
  .review-row dd {
    margin: 0;
    white-space: pre-line;
  }
  /* Texts of the form definition and the citizen's answers take their direction from their own
     words, so German (an address, an e-mail) keeps its order on a right-to-left page. */
  .step-description,
  .group-help,
  .next-steps li,
  .review-row dd:not(.review-change) {
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .review-change a {
    display: inline-flex;
    min-height: var(--_ozg-target);
    align-items: center;
  }
  .review-group-title,
  .review-item-title {
    font-weight: 700;
    margin: 0.75em 0 0.25em;
  }
  @media (max-width: 36rem) {
    .review-row {
      grid-template-columns: 1fr;
    }
  }
  .submit-error:focus {
    outline: none;
  }

  /* receipt */
  .receipt-banner {
    padding: calc(var(--_ozg-space) * 1.5);
    border-radius: var(--_ozg-radius);
    background: #1b6e35;
    color: #fff;
    text-align: center;
    margin-bottom: var(--_ozg-space);
  }
  .receipt-banner .view-title {
    color: #fff;
  }
  .receipt-reference-label {
    margin: 0;
  }
  .receipt-reference {
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .receipt-pin {
    font-weight: 700;
  }
  @media print {
    .no-print,
    .progress {
      display: none !important;
    }
    .receipt-banner {
      background: none;
      color: #000;
      border: 2px solid #000;
    }
    .receipt-banner .view-title {
      color: #000;
    }
  }
`;
