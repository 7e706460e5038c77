import { css } from 'lit';

/** Controls made of parts: date (day, month, year) and address. */
export const partStyles = css`
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
`;
