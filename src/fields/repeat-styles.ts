import { css } from 'lit';

/** Items of a repeatable group. */
export const repeatStyles = css`
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
`;
