/**
 * Notices (info, error) and the loading spinner: shared by the widgets that
 * talk to a backend (through `OzgElement`), not needed by the kiosk shell or
 * the form fields, which load `baseStyles` alone.
 */
import { css } from 'lit';

export const noticeStyles = css`
    .notice {
      padding: calc(var(--_ozg-space) * 0.75) var(--_ozg-space);
      border-inline-start: 0.375rem solid var(--_ozg-primary);
      border-radius: var(--_ozg-radius);
      background: var(--_ozg-surface);
    }
    .notice.error {
      border-color: var(--_ozg-error);
      background: var(--_ozg-error-surface);
    }
    .notice > :first-child {
      margin-top: 0;
    }
    .notice > :last-child {
      margin-bottom: 0;
    }
    .notice-title {
      font-size: 1.125em;
      font-weight: 700;
      margin: 0 0 0.25em;
    }
    .spinner {
      display: inline-block;
      width: 1.25em;
      height: 1.25em;
      border: 0.2em solid var(--_ozg-border);
      border-top-color: var(--_ozg-primary);
      border-radius: 50%;
      animation: ozg-spin 0.8s linear infinite;
      vertical-align: middle;
    }
    @keyframes ozg-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation-duration: 3s;
      }
    }
    @media (forced-colors: active) {
      .notice {
        border: 1px solid CanvasText;
      }
    }
`;
