import { css } from 'lit';

/** The character count of a text area. */
export const countStyles = css`
  .count {
    margin-block-start: 0.25rem;
    color: var(--_ozg-muted);
  }
  .count.over {
    color: var(--_ozg-error);
    font-weight: 700;
  }
`;
