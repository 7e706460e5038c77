import { css } from 'lit';

export const statusStyles = css`
  .root {
    display: grid;
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
  .form-title,
  .view-title {
    font-size: 1.5em;
  }
  .lookup {
    display: grid;
    gap: 0.5em;
    max-width: 32rem;
  }
  .fields {
    display: grid;
    gap: var(--_ozg-space);
  }
  .corrected,
  .meta,
  .service {
    color: var(--_ozg-muted);
    font-size: 0.95em;
  }
  /* What the authority writes is German: on a right-to-left page each note takes its direction
     from its own words (a German sentence keeps its full stop at its end), on the layout's side. */
  .service,
  .event-note,
  .action p:not(.notice-title) {
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .current {
    padding: var(--_ozg-space);
    border-radius: var(--_ozg-radius);
    border-inline-start: 0.5rem solid var(--_ozg-primary);
    background: var(--_ozg-surface);
  }
  .current.state-completed {
    border-color: #1b6e35;
  }
  .current.state-rejected,
  .current.state-action-required {
    border-color: var(--_ozg-error);
  }
  .current-label {
    margin: 0;
    color: var(--_ozg-muted);
  }
  .current .view-title {
    margin: 0.1em 0 0.3em;
  }
  .action {
    border-color: var(--_ozg-error);
  }

  /* timeline */
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    position: relative;
    padding-block: 0 1em;
    padding-inline: 2em 0;
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.55em;
    top: 1.2em;
    bottom: 0;
    border-inline-start: 2px solid var(--_ozg-border);
  }
  .event:last-child::before {
    display: none;
  }
  .marker {
    position: absolute;
    inset-inline-start: 0;
    top: 0.25em;
    width: 1.2em;
    height: 1.2em;
    border-radius: 50%;
    border: 2px solid var(--_ozg-primary);
    background: var(--_ozg-primary);
    box-sizing: border-box;
  }
  .event.current .marker {
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_ozg-primary) 25%, transparent);
  }
  .event.state-action-required .marker,
  .event.state-rejected .marker {
    border-color: var(--_ozg-error);
    background: var(--_ozg-error);
  }
  .event.upcoming .marker {
    background: var(--_ozg-background);
    border-color: var(--_ozg-border);
  }
  .event.upcoming {
    color: var(--_ozg-muted);
  }
  .event-title {
    margin: 0;
  }
  .event-title time {
    color: var(--_ozg-muted);
    font-size: 0.9em;
    margin-inline-start: 0.5em;
  }
  .event-note {
    margin: 0.2em 0 0;
  }
  .tag {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 1em;
    border: 1px solid currentColor;
    font-size: 0.875em;
  }
  .refresh {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
    }
  }
`;
