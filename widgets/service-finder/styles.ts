import { css } from 'lit';

export const finderStyles = css`
  .root {
    display: grid;
    gap: calc(var(--_ozg-space) * 1.25);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_ozg-text);
  }
  .view-title,
  .detail-title {
    font-size: 1.6em;
  }
  .count {
    font-size: 1.15em;
  }
  .minor {
    font-size: 1em;
    margin-top: 0.75em;
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
  .hint,
  .status,
  .updated {
    color: var(--_ozg-muted);
    font-size: 0.9em;
  }

  /* search */
  .search {
    padding: var(--_ozg-space);
    border-radius: var(--_ozg-radius);
    background: var(--_ozg-surface);
  }
  .search-label {
    display: block;
    font-weight: 700;
    font-size: 1.15em;
  }
  .search .hint {
    margin: 0.15em 0 0.6em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input[type='search'] {
    flex: 1;
    min-width: 0;
    min-height: var(--_ozg-target);
    padding: 0.5em 0.75em;
    /* The text colour, as the form fields have: the border token is for lines and falls below 3:1 (WCAG 1.4.11). */
    border: 2px solid var(--_ozg-text);
    border-radius: var(--_ozg-radius);
    background: var(--_ozg-background);
    color: var(--_ozg-text);
    font: inherit;
    font-size: 1.1em;
  }
  input[type='search']:focus-visible {
    border-color: var(--_ozg-primary);
  }
  input::placeholder {
    color: var(--_ozg-muted);
    opacity: 1;
  }

  /* results */
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .card {
    position: relative;
    padding: 0.85em 1em;
    border: 1px solid var(--_ozg-border);
    border-radius: var(--_ozg-radius);
    background: var(--_ozg-background);
  }
  .card:hover {
    border-color: var(--_ozg-primary);
    box-shadow: 0 1px 4px color-mix(in srgb, var(--_ozg-text) 18%, transparent);
  }
  .card-title {
    font-size: 1.1em;
    margin: 0 0 0.25em;
  }
  .card-title a {
    text-decoration: none;
  }
  .card-title a:hover {
    text-decoration: underline;
  }
  /* The whole card is the link's click area; the link stays the only focus stop. */
  .card-title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card-summary {
    margin: 0;
    color: var(--_ozg-muted);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .tags {
    margin: 0.4em 0 0;
  }
  .tag {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 1em;
    border: 1px solid currentColor;
    font-size: 0.875em;
    color: var(--_ozg-muted);
  }
  .tag.online {
    color: var(--_ozg-primary);
  }
  .stale .results {
    opacity: 0.6;
  }

  /* overview */
  .browse section + section {
    margin-top: var(--_ozg-space);
  }
  .tiles {
    list-style: none;
    margin: 0 0 var(--_ozg-space);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.6em;
  }
  .tile {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: var(--_ozg-target);
    height: 100%;
    padding: 0.6em 0.85em;
    border: 1px solid var(--_ozg-border);
    border-radius: var(--_ozg-radius);
    text-decoration: none;
    background: var(--_ozg-background);
  }
  .tile:hover {
    border-color: var(--_ozg-primary);
    background: var(--_ozg-surface);
  }
  .tile-name {
    font-weight: 600;
  }
  .tile-count {
    color: var(--_ozg-muted);
    font-size: 0.875em;
  }
  .az-link a,
  .back a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_ozg-target);
  }

  /* A–Z */
  .letters {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0 0 var(--_ozg-space);
    padding: 0;
  }
  .letters a,
  .letters .empty {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--_ozg-target);
    min-height: var(--_ozg-target);
    border-radius: var(--_ozg-radius);
    font-weight: 700;
  }
  .letters a {
    border: 1px solid var(--_ozg-border);
    text-decoration: none;
  }
  .letters a[aria-current='true'] {
    background: var(--_ozg-primary);
    color: var(--_ozg-background);
    border-color: var(--_ozg-primary);
  }
  .letters .empty {
    color: var(--_ozg-muted);
    font-weight: 400;
  }

  /* detail */
  .detail {
    display: grid;
    gap: 0.25em;
  }
  .lead {
    font-size: 1.15em;
  }
  .actions {
    padding: var(--_ozg-space);
    border-radius: var(--_ozg-radius);
    background: var(--_ozg-surface);
    margin-bottom: 0.5em;
  }
  .action-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: flex-start;
  }
  .action-list li {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  .action-list .hint {
    font-size: 0.875em;
    color: var(--_ozg-muted);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.75em;
    margin: 0 0 0.5em;
  }
  .facts div {
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--_ozg-primary);
    background: var(--_ozg-surface);
  }
  .facts dt {
    font-size: 0.875em;
    color: var(--_ozg-muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .facts .more {
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_ozg-muted);
  }
  .section {
    padding-top: 0.75em;
    border-top: 1px solid color-mix(in srgb, var(--_ozg-border) 50%, transparent);
  }
  .prose > :first-child {
    margin-top: 0;
  }
  /* The catalog's texts are German: on a right-to-left page each paragraph takes its direction
     from its own words (a German sentence keeps its full stop at its end) and stays on the side
     of its heading. */
  .lead,
  .prose :is(p, li),
  .office p,
  .links li {
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  /* (A clamped summary keeps its own alignment: only then does its ellipsis show.) */
  .card-summary,
  .documents li > strong {
    unicode-bidi: plaintext;
  }
  .prose ul,
  .prose ol,
  .section ul {
    padding-inline-start: 1.4em;
  }
  .documents li,
  .costs li {
    margin-bottom: 0.4em;
  }
  .offices {
    display: grid;
    gap: var(--_ozg-space);
  }
  .office {
    padding: var(--_ozg-space);
    border: 1px solid var(--_ozg-border);
    border-radius: var(--_ozg-radius);
  }
  .office-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_ozg-space);
  }
  .contact {
    margin: 0 0 0.75em;
  }
  .contact dt {
    font-size: 0.875em;
    color: var(--_ozg-muted);
  }
  .contact dd {
    margin: 0 0 0.35em;
  }
  .contact a {
    display: inline-block;
    padding-block: 0.35em;
  }
  /* Addresses, phone and fax numbers, e-mail and web addresses read left to right in every
     language (in Arabic, "07999 133-0" would show its groups swapped); on the labels' side. */
  .address,
  .contact dd {
    direction: ltr;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  .open-state {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
  }
  .open-state .dot {
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    background: var(--_ozg-muted);
    flex: none;
  }
  .open-state.open .dot {
    background: #1b7f3b;
  }
  .hours {
    border-collapse: collapse;
    margin-bottom: 0.75em;
  }
  .hours th,
  .hours td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.2em;
    padding-inline: 0 1em;
  }
  .hours th {
    font-weight: 600;
    white-space: nowrap;
  }
  .links a,
  .prose a {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .card,
    .tile,
    .office {
      border: 1px solid CanvasText;
    }
  }
  /* On paper (also the kiosk's receipt printer): the facts, not the controls. */
  @media print {
    .back,
    .search,
    .actions {
      display: none !important;
    }
  }
`;
