/**
 * The finder's list views: overview (life situations, topics), search
 * results, no results, A–Z, and the services of one life situation or topic.
 * Pure render functions; the element passes in data and callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Category, LifeSituation, ServiceSummary } from '../../src/model/index.js';
import { heading } from '../../src/ui/heading.js';
import { initialOf, type CatalogData } from './catalog-data.js';
import type { FinderState, ListView } from './finder-state.js';
import { finderMessages, type FinderMessageKey } from './messages.js';

export interface ListContext {
  language: string;
  headingLevel: number;
  /** The URL that shows `state`, for real links. */
  href: (state: FinderState) => string;
  /** The URL of a service's detail (this widget or the detail target page). */
  serviceHref: (id: string) => string;
  /** Follows an in-widget link; returns without handling modified clicks (new tab etc.). */
  navigate: (event: MouseEvent, state: FinderState) => void;
  openService: (event: MouseEvent, id: string) => void;
  onResultsKeydown: (event: KeyboardEvent) => void;
}

export function t(context: ListContext, key: FinderMessageKey, params?: Record<string, string | number>): string {
  return finderMessages.format(context.language, key, params);
}

export function renderResultList(context: ListContext, services: readonly ServiceSummary[], id = 'results'): TemplateResult {
  return html`<ol class="results" id=${id} part="results" @keydown=${context.onResultsKeydown}>
    ${services.map(
      (s) => html`<li class="card" part="result">
        ${heading(
          context.headingLevel + 1,
          html`<a href=${context.serviceHref(s.id)} data-service-id=${s.id} @click=${(e: MouseEvent) => context.openService(e, s.id)}>${s.name}</a>`,
          { className: 'card-title' },
        )}
        ${s.summary ? html`<p class="card-summary">${s.summary}</p>` : nothing}
        ${s.online ? html`<p class="tags"><span class="tag online">${t(context, 'finder.results.online')}</span></p>` : nothing}
      </li>`,
    )}
  </ol>`;
}

function lifeSituationTiles(context: ListContext, data: CatalogData, situations: readonly LifeSituation[]): TemplateResult {
  return html`<ul class="tiles">
    ${situations.map((l) => {
      const count = data.countsByLifeSituation.get(l.code) ?? 0;
      const state: FinderState = { list: { kind: 'life-situation', code: l.code } };
      return html`<li>
        <a class="tile" href=${context.href(state)} @click=${(e: MouseEvent) => context.navigate(e, state)}>
          <span class="tile-name">${l.name}</span>
          <span class="tile-count">${t(context, 'finder.browse.serviceCount', { count })}</span>
        </a>
      </li>`;
    })}
  </ul>`;
}

function categoryTiles(context: ListContext, categories: readonly Category[]): TemplateResult {
  return html`<ul class="tiles compact">
    ${categories.map((c) => {
      const state: FinderState = { list: { kind: 'category', id: c.id } };
      return html`<li>
        <a class="tile" href=${context.href(state)} @click=${(e: MouseEvent) => context.navigate(e, state)}><span class="tile-name">${c.name}</span></a>
      </li>`;
    })}
  </ul>`;
}

/**
 * Life situations to browse, grouped by their top level (PVOG has one root
 * for citizens and one for businesses): the children of `root` when the
 * editor scoped the finder to one life situation. Only those with services.
 */
function browsableGroups(data: CatalogData, root: string | undefined): { title?: string; items: LifeSituation[] }[] {
  const has = (l: LifeSituation) => (data.countsByLifeSituation.get(l.code) ?? 0) > 0;
  if (root) return [{ items: data.lifeSituations.filter((l) => l.parent === root && has(l)) }];
  const tops = data.lifeSituations.filter((l) => !l.parent);
  const groups = tops
    .map((top) => ({ title: top.name, items: data.lifeSituations.filter((l) => l.parent === top.code && has(l)) }))
    .filter((g) => g.items.length > 0);
  // A flat list without root entries: the top level itself is what to browse.
  if (groups.length === 0) return [{ items: tops.filter(has) }];
  return groups.length === 1 ? [{ items: groups[0]!.items }] : groups;
}

export function renderBrowse(context: ListContext, data: CatalogData, root: string | undefined): TemplateResult {
  const groups = browsableGroups(data, root).filter((g) => g.items.length > 0);
  const level = context.headingLevel;
  const az: FinderState = { list: { kind: 'a-z', letter: firstLetter(data.services) } };
  return html`<div class="browse" part="browse">
    ${groups.length
      ? html`<section>
          ${heading(level, t(context, 'finder.browse.lifeSituations'))}
          ${groups.map(
            (g) => html`${g.title ? heading(level + 1, g.title, { className: 'minor' }) : nothing}${lifeSituationTiles(context, data, g.items)}`,
          )}
        </section>`
      : nothing}
    ${data.categories.length
      ? html`<section>${heading(level, t(context, 'finder.browse.categories'))} ${categoryTiles(context, data.categories)}</section>`
      : nothing}
    <p class="az-link">
      <a href=${context.href(az)} @click=${(e: MouseEvent) => context.navigate(e, az)}>${t(context, 'finder.browse.az')}</a>
    </p>
  </div>`;
}

export function firstLetter(services: readonly ServiceSummary[]): string {
  const letters = services.map((s) => initialOf(s.name)).filter((l) => l !== '#').sort((a, b) => a.localeCompare(b, 'de'));
  return letters[0] ?? 'A';
}

export function renderAZ(context: ListContext, data: CatalogData, letter: string, collator: Intl.Collator): TemplateResult {
  const byLetter = new Map<string, ServiceSummary[]>();
  for (const s of data.services) {
    const l = initialOf(s.name);
    byLetter.set(l, [...(byLetter.get(l) ?? []), s]);
  }
  const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const services = (byLetter.get(letter) ?? []).sort((a, b) => collator.compare(a.name, b.name));
  return html`<section class="az" part="a-z">
    ${heading(context.headingLevel, t(context, 'finder.az.heading'), { focusable: true, className: 'view-title' })}
    <nav aria-label=${t(context, 'finder.az.letters')}>
      <ul class="letters">
        ${alphabet.map((l) => {
          const state: FinderState = { list: { kind: 'a-z', letter: l } };
          return byLetter.has(l)
            ? html`<li>
                <a href=${context.href(state)} aria-current=${l === letter ? 'true' : 'false'} aria-label=${t(context, 'finder.az.letter', { letter: l })}
                  @click=${(e: MouseEvent) => context.navigate(e, state)}>${l}</a>
              </li>`
            : html`<li><span class="empty" title=${t(context, 'finder.az.none', { letter: l })}>${l}</span></li>`;
        })}
      </ul>
    </nav>
    ${heading(context.headingLevel + 1, letter, { className: 'letter-heading' })} ${renderResultList(context, services, 'az-results')}
  </section>`;
}

export function renderServiceList(context: ListContext, title: string, services: readonly ServiceSummary[], back: ListView): TemplateResult {
  const backState: FinderState = { list: back };
  return html`<section class="list" part="list">
    <p class="back">
      <a href=${context.href(backState)} @click=${(e: MouseEvent) => context.navigate(e, backState)}
        ><span aria-hidden="true">‹ </span>${t(context, 'finder.browse.backToOverview')}</a
      >
    </p>
    ${heading(context.headingLevel, title, { focusable: true, className: 'view-title' })}
    ${services.length ? renderResultList(context, services) : html`<p>${t(context, 'finder.list.empty')}</p>`}
  </section>`;
}
