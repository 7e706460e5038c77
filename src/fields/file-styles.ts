import { css } from 'lit';

/** The file picker and the list of chosen files. */
export const fileStyles = css`
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
    outline: var(--_ozg-focus-width) solid var(--_ozg-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--_ozg-focus-width) + 2px) var(--_ozg-text);
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
  .kiosk-notice {
    margin: 0.25rem 0 0;
    padding: 0.75rem 1rem;
    border-inline-start: 0.375rem solid var(--_ozg-primary);
    background: var(--_ozg-surface);
  }
  @media (forced-colors: active) {
    .picker input[type='file']:focus-visible + .button {
      outline-color: Highlight;
    }
  }
`;
