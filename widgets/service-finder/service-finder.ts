import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Service, ServiceSummary } from '../../src/model/index.js';
import type { SearchHit, ServiceIndex } from '../../src/search/service-index.js';
import { configuredSynonyms, resolveConnector } from '../../src/connector/registry.js';
import { OzgElement } from '../../src/ui/ozg-element.js';
import { heading } from '../../src/ui/heading.js';
import { renderError, renderLoading } from '../../src/ui/status-views.js';
import { loadCatalogData, servicesIn, type CatalogData } from './catalog-data.js';
import { HOME, sameState, type FinderState, type ListView } from './finder-state.js';
import { firstLetter, renderAZ, renderBrowse, renderResultList, renderServiceList, type ListContext } from './list-views.js';
import { Loader } from '../../src/ui/loader.js';
import { isInKiosk } from '../../src/ui/kiosk-context.js';
import { finderMessages, type FinderMessageKey } from './messages.js';
import { finderStyles } from './styles.js';
import { UrlSync, type UrlMode } from './url-sync.js';
import type { OfficeResult } from './detail/detail-view.js';

/** Debounce for type-ahead: short for the local index, longer when each keystroke costs a request. */
const LOCAL_DEBOUNCE_MS = 120;
const REMOTE_DEBOUNCE_MS = 300;

type SearchOutcome = { query: string; items: ServiceSummary[]; total: number; suggestions: string[] };

let finderCount = 0;

/**
 * `<ozg-service-finder>`: citizens find a service in their own words, by
 * life situation, topic or A–Z, and see everything they need to act.
 *
 * Loads lazily: the catalog when the element connects; the search index
 * (MiniSearch + German layer) on the first search; the detail view and the
 * HTML sanitizer when a service is opened.
 *
 * @summary Service finder with German-aware search and service details.
 * @element ozg-service-finder
 * @attr connector - name of the configured connector (catalog capability); default: the page's default connector
 * @attr region - Amtlicher Regionalschlüssel (ARS) of the place, passed to the connector
 * @attr life-situation - code of a life situation to limit the finder to
 * @attr limit - results shown at once (default 20)
 * @attr placeholder - example text in the search field
 * @attr detail-target - URL of another page that shows service details; default: this widget
 * @attr form-target - URL of a page with `<ozg-application-form>`; default: the form on this page, if any
 * @attr url-state - `query` (default), `hash` or `off`: where the state is kept
 * @attr url-prefix - prefix for the URL parameters, for two finders on one page
 * @attr heading-level - level of the widget's top headings (default 2)
 * @fires ozg-search - `{ query, count }` after a search
 * @fires ozg-service-open - `{ id, name }` when a service's details are shown
 * @fires ozg-apply-request - `{ serviceId, serviceName }` (cancelable) before the page's application form is opened
 * @slot - fallback content (e.g. a link to the A–Z list), shown until the widget runs and again if the catalog cannot be loaded
 * @csspart root - the widget's container
 * @csspart search - the search form
 * @csspart results - a list of results
 * @csspart result - one result card
 * @csspart no-results - the message when a search found nothing, with suggestions
 * @csspart browse - the overview: life situations and topics
 * @csspart list - the services of one life situation or topic
 * @csspart a-z - the A–Z list
 * @csspart detail - the detail view of a service
 * @csspart back-link - the link back from the detail view
 * @csspart actions - the detail view's box with the ways to apply
 * @csspart facts - costs, processing time and deadlines
 * @csspart office - one office card with address, contact and opening hours
 * @csspart button - the action buttons of the detail view and the retry button
 * @csspart apply - the button to the application form on this site
 * @csspart online-service - a button to an online service
 * @csspart appointment - the button to book an appointment
 * @csspart loading - the loading indicator
 * @csspart error - an error notice (loading failed, or the page is set up wrongly)
 * @csspart retry - the "try again" button of an error notice
 * @csspart configuration-error - the notice for editors when the page is set up wrongly
 * @cssprop --ozg-color-primary - links, buttons, selection (default `#0a5ea8`)
 * @cssprop --ozg-color-text - text (default `#1a1a1a`)
 * @cssprop --ozg-color-background - background; text on primary buttons (default `#ffffff`)
 * @cssprop --ozg-color-error - error messages and borders (default `#b3261e`)
 * @cssprop --ozg-color-focus - focus ring (default `#ffbf47`)
 * @cssprop --ozg-font-family - all text (default: the system UI fonts, no web fonts)
 * @cssprop --ozg-font-size - base size; everything scales with it (default `1rem`)
 * @cssprop --ozg-radius - corners (default `0.25rem`)
 * @cssprop --ozg-spacing - base gap; paddings are fractions of it (default `1rem`)
 * @cssprop --ozg-color-muted - secondary text (default: mixed from text and background colour)
 * @cssprop --ozg-color-border - borders of fields and boxes (default: mixed from text and background colour)
 * @cssprop --ozg-color-surface - background of tinted boxes (default: mixed from primary and background colour)
 * @cssprop --ozg-color-error-surface - background of error notices (default: mixed from error and background colour)
 * @cssprop --ozg-button-background - button background (default: the primary colour)
 * @cssprop --ozg-button-color - button text (default: the background colour)
 * @cssprop --ozg-target-size - smallest size of buttons, links and controls (default `2.75rem`)
 * @cssprop --ozg-focus-width - width of the focus outline (default `3px`)
 */
export class OzgServiceFinder extends OzgElement {
  static override styles = [...OzgElement.styles, finderStyles];

  @property() region: string | null = null;
  @property({ attribute: 'life-situation' }) lifeSituation: string | null = null;
  @property({ type: Number }) limit = 20;
  @property() placeholder: string | null = null;
  @property({ attribute: 'detail-target' }) detailTarget: string | null = null;
  @property({ attribute: 'form-target' }) formTarget: string | null = null;
  @property({ attribute: 'url-state' }) urlState: UrlMode = 'query';
  @property({ attribute: 'url-prefix' }) urlPrefix = '';
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** What the finder shows; mirrors the URL. */
  @state() private view: FinderState = HOME;
  /** The text in the search field (ahead of `view` while typing). */
  @state() private typed = '';
  @state() private shown = 20;
  @state() private indexPreparing = false;

  @query('#search-input') private input!: HTMLInputElement | null;

  readonly #id = `ozg-finder-${++finderCount}`;
  #urlSync: UrlSync | undefined;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #index: { data: CatalogData; index: Promise<ServiceIndex> } | undefined;
  /** Set when this widget pushed the history entry of the open service, so "back" can pop it. */
  #pushedService = false;
  /** What to focus after the next render. */
  #focusAfterRender: { kind: 'heading' } | { kind: 'service-link'; id: string } | { kind: 'first-new-result'; index: number } | undefined;

  readonly #catalog = new Loader(this, {
    task: async ([region, lifeSituation], { signal }) => {
      const catalog = await this.capability('catalog');
      return loadCatalogData(catalog, { region: region ?? undefined, lifeSituation: lifeSituation ?? undefined }, { signal, language: this.language });
    },
    args: () => [this.region, this.lifeSituation, this.connector, this.configurationVersion] as const,
    onError: this.logUnexpected,
  });

  readonly #search = new Loader(this, {
    task: async ([list, data], { signal }): Promise<SearchOutcome | undefined> => {
      if (list.kind !== 'search' || !data) return undefined;
      const outcome = await this.#runSearch(list.query, data, signal);
      this.#announceCount(outcome);
      this.emit('ozg-search', { query: outcome.query, count: outcome.total });
      return outcome;
    },
    args: () => [this.view.list, this.#catalog.value] as const,
    onError: this.logUnexpected,
  });

  readonly #detail = new Loader(this, {
    task: async ([id], { signal }) => {
      if (!id) return undefined;
      const catalog = await this.capability('catalog');
      const [view, service, hasForm] = await Promise.all([
        import('./detail/detail-view.js'),
        catalog.getService(id, { signal, language: this.language }),
        this.#hasOnlineForm(id, signal),
      ]);
      const offices = await Promise.all(
        service.officeIds.map(async (officeId): Promise<OfficeResult> => {
          try {
            return { id: officeId, office: await catalog.getOffice(officeId, { signal, language: this.language }) };
          } catch (error) {
            signal.throwIfAborted();
            return { id: officeId, error };
          }
        }),
      );
      this.#focusAfterRender = { kind: 'heading' };
      this.emit('ozg-service-open', { id: service.id, name: service.name });
      this.announce(service.name);
      return { view, service, offices, hasForm };
    },
    args: () => [this.view.service, this.connector, this.configurationVersion] as const,
    onError: this.logUnexpected,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#urlSync = new UrlSync(this.urlState, this.urlPrefix, (next) => this.#applyState(next, 'history'), { replaceOnly: isInKiosk(this) });
    this.#urlSync.connect();
    this.#applyState(this.#urlSync.read(), 'initial');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#urlSync?.disconnect();
    clearTimeout(this.#debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit')) this.shown = this.limit;
    if ((changed.has('urlState') || changed.has('urlPrefix')) && this.isConnected && this.#urlSync) {
      this.#urlSync.disconnect();
      this.#urlSync = new UrlSync(this.urlState, this.urlPrefix, (next) => this.#applyState(next, 'history'), { replaceOnly: isInKiosk(this) });
      this.#urlSync.connect();
    }
  }

  protected override updated(): void {
    const target = this.#focusAfterRender;
    if (!target) return;
    const root = this.renderRoot;
    let element: HTMLElement | null = null;
    if (target.kind === 'heading') element = root.querySelector<HTMLElement>('.detail-title, .view-title');
    if (target.kind === 'service-link') element = root.querySelector<HTMLElement>(`a[data-service-id="${CSS.escape(target.id)}"]`);
    if (target.kind === 'first-new-result') element = root.querySelectorAll<HTMLElement>('#results a[data-service-id]')[target.index] ?? null;
    if (element) {
      this.#focusAfterRender = undefined;
      element.focus();
    }
  }

  #t(key: FinderMessageKey, params?: Record<string, string | number>): string {
    return finderMessages.format(this.language, key, params);
  }

  // --- state and navigation -------------------------------------------------------------

  #applyState(next: FinderState, cause: 'initial' | 'history' | 'user'): void {
    const previous = this.view;
    this.view = next;
    this.typed = next.list.kind === 'search' ? next.list.query : '';
    if (cause === 'initial') return;
    if (!next.service) this.#pushedService = this.#pushedService && cause === 'user';
    if (previous.service && !next.service) this.#focusAfterRender = { kind: 'service-link', id: previous.service };
    else if (!next.service && next.list.kind !== previous.list.kind && next.list.kind !== 'home' && next.list.kind !== 'search') {
      this.#focusAfterRender = { kind: 'heading' };
    }
  }

  #go(next: FinderState, push: boolean): void {
    if (sameState(next, this.view)) return;
    this.#urlSync?.write(next, push);
    this.#applyState(next, 'user');
  }

  /** Plain left clicks stay in the widget; modified clicks (new tab, new window) keep the browser's behaviour. */
  #isPlainClick(event: MouseEvent): boolean {
    return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  }

  #navigate = (event: MouseEvent, next: FinderState) => {
    if (!this.#isPlainClick(event)) return;
    event.preventDefault();
    this.#go(next, true);
  };

  #openService = (event: MouseEvent, id: string) => {
    if (this.detailTarget || !this.#isPlainClick(event)) return;
    event.preventDefault();
    // A search still waiting for its debounce would close the service again as soon as it ran.
    clearTimeout(this.#debounce);
    this.#pushedService = this.urlState !== 'off';
    this.#go({ list: this.view.list, service: id }, true);
  };

  #closeService = (event: MouseEvent) => {
    if (!this.#isPlainClick(event)) return;
    event.preventDefault();
    if (this.#pushedService) {
      // Back to the entry we came from, so the browser's own back button stays in step.
      this.#pushedService = false;
      history.back();
    } else {
      this.#go({ list: this.view.list }, true);
    }
  };

  #serviceHref = (id: string): string => {
    if (this.detailTarget) {
      const url = new URL(this.detailTarget, document.baseURI);
      url.searchParams.set(`${this.urlPrefix}leistung`, id);
      return url.href;
    }
    return this.#urlSync?.href({ list: this.view.list, service: id }) ?? '#';
  };

  // --- search ---------------------------------------------------------------------------

  #onInput = (event: InputEvent) => {
    this.typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    const remote = Boolean(this.#catalog.value?.catalog.searchServices);
    this.#debounce = setTimeout(() => this.#commitSearch(false), remote ? REMOTE_DEBOUNCE_MS : LOCAL_DEBOUNCE_MS);
  };

  #onFocusSearch = () => {
    // Warm the index while the citizen starts to type.
    const data = this.#catalog.value;
    if (data && !data.catalog.searchServices) void this.#indexFor(data);
  };

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    clearTimeout(this.#debounce);
    this.#commitSearch(true);
  };

  #commitSearch(push: boolean): void {
    const text = this.typed;
    this.shown = this.limit;
    const next: FinderState = text.trim() ? { list: { kind: 'search', query: text } } : HOME;
    // The first keystroke after another view makes a history entry; the rest replace it.
    this.#go(next, push || this.view.list.kind !== 'search' || Boolean(this.view.service));
  }

  async #runSearch(text: string, data: CatalogData, signal: AbortSignal): Promise<SearchOutcome> {
    const { catalog } = data;
    if (catalog.searchServices) {
      const result = await catalog.searchServices(
        { text, region: this.region ?? undefined, lifeSituation: this.lifeSituation ?? undefined, limit: 100 },
        { signal, language: this.language },
      );
      return { query: text, items: result.items, total: result.total ?? result.items.length, suggestions: [] };
    }
    const index = await this.#indexFor(data);
    signal.throwIfAborted();
    const hits = index.search(text, { limit: 200 });
    const byId = new Map(data.services.map((s) => [s.id, s]));
    const items = hits.map((hit: SearchHit) => byId.get(hit.id)).filter((s): s is ServiceSummary => s !== undefined);
    return { query: text, items, total: items.length, suggestions: items.length ? [] : index.suggest(text, 3) };
  }

  #indexFor(data: CatalogData): Promise<ServiceIndex> {
    if (this.#index?.data !== data) {
      this.indexPreparing = true;
      const index = import('../../src/search/service-index.js').then(({ ServiceIndex }) =>
        ServiceIndex.build(data.services, { synonyms: configuredSynonyms(), lifeSituations: data.lifeSituations, categories: data.categories }),
      );
      index.finally(() => (this.indexPreparing = false)).catch(() => undefined);
      this.#index = { data, index };
    }
    return this.#index.index;
  }

  #announceCount(outcome: SearchOutcome): void {
    this.announce(this.#t('finder.results.count', { count: outcome.total, query: outcome.query.trim() }));
  }

  #onSearchKeydown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      const first = this.renderRoot.querySelector<HTMLElement>('.results a[data-service-id]');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  /** Arrow keys move between result links; Escape returns to the search field. */
  #onResultsKeydown = (event: KeyboardEvent) => {
    const links = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('a[data-service-id]')];
    const at = links.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const move = (to: number) => {
      event.preventDefault();
      links[Math.max(0, Math.min(links.length - 1, to))]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') at === 0 && this.input ? (event.preventDefault(), this.input.focus()) : move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(links.length - 1);
    else if (event.key === 'Escape' && this.input) {
      event.preventDefault();
      this.input.focus();
    }
  };

  #showMore = () => {
    this.#focusAfterRender = { kind: 'first-new-result', index: this.shown };
    this.shown += this.limit;
  };

  // --- rendering ------------------------------------------------------------------------

  get #context(): ListContext {
    return {
      language: this.language,
      headingLevel: this.headingLevel,
      href: (state) => this.#urlSync?.href(state) ?? '#',
      serviceHref: this.#serviceHref,
      navigate: this.#navigate,
      openService: this.#openService,
      onResultsKeydown: this.#onResultsKeydown,
    };
  }

  protected override renderContent(): unknown {
    return this.#catalog.render({
      initial: () => renderLoading(this.language, this.#t('finder.loading.catalog')),
      pending: () => (this.#catalog.value ? this.#renderView(this.#catalog.value) : renderLoading(this.language, this.#t('finder.loading.catalog'))),
      complete: (data) => this.#renderView(data),
      error: (error) => html`${renderError(this.language, error, { onRetry: this.#retryCatalog })}<slot></slot>`,
    });
  }

  /**
   * One retry for everything the catalog's failure hides: on a shared link
   * into a service the detail failed with it (one file holds both, or the
   * backend was down for both), and would otherwise need a second retry.
   */
  #retryCatalog = () => {
    void this.#catalog.run();
    if (this.#detail.status === 'error') void this.#detail.run();
  };

  #renderView(data: CatalogData): unknown {
    if (this.view.service) return this.#renderDetail();
    return html`${this.#renderSearchForm()}${this.#renderList(data)}`;
  }

  #renderSearchForm(): TemplateResult {
    const id = this.#id;
    return html`<form class="search" role="search" part="search" @submit=${this.#onSubmit}>
      <label for="search-input" class="search-label">${this.#t('finder.search.label')}</label>
      <p id="${id}-hint" class="hint">${this.#t('finder.search.hint')}</p>
      <div class="search-row">
        <input
          id="search-input"
          type="search"
          name="q"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="${id}-hint"
          .value=${this.typed}
          placeholder=${this.placeholder ?? this.#t('finder.search.placeholder')}
          @input=${this.#onInput}
          @focus=${this.#onFocusSearch}
          @keydown=${this.#onSearchKeydown}
        />
        <button type="submit" class="button">${this.#t('finder.search.submit')}</button>
      </div>
    </form>`;
  }

  #renderList(data: CatalogData): TemplateResult | typeof nothing {
    const list = this.view.list;
    const context = this.#context;
    const collator = new Intl.Collator(this.language);
    switch (list.kind) {
      case 'home':
        return renderBrowse(context, data, this.lifeSituation ?? undefined);
      case 'search':
        return this.#renderSearchResults(data);
      case 'a-z':
        return renderAZ(context, data, list.letter || firstLetter(data.services), collator);
      case 'life-situation': {
        const situation = data.lifeSituations.find((l) => l.code === list.code);
        return renderServiceList(context, situation?.name ?? list.code, servicesIn(data, list.code, collator), { kind: 'home' });
      }
      case 'category': {
        const category = data.categories.find((c) => c.id === list.id);
        const services = data.services.filter((s) => s.categories.includes(list.id)).sort((a, b) => collator.compare(a.name, b.name));
        return renderServiceList(context, category?.name ?? list.id, services, { kind: 'home' });
      }
    }
  }

  #renderSearchResults(data: CatalogData): TemplateResult {
    const headingId = `${this.#id}-results`;
    const outcome = this.#search.value;
    const busy = this.#search.status === 'pending';
    if (this.#search.status === 'error') {
      return renderError(this.language, this.#search.error, { onRetry: () => this.#search.run(), inputKept: true });
    }
    if (!outcome) {
      return this.indexPreparing ? html`<p class="status">${this.#t('finder.search.preparing')}</p>` : renderLoading(this.language);
    }
    const countText = this.#t('finder.results.count', { count: outcome.total, query: outcome.query.trim() });
    if (outcome.items.length === 0) return this.#renderNoResults(data, outcome, countText);
    const visible = outcome.items.slice(0, this.shown);
    return html`<section class="search-results ${busy ? 'stale' : ''}" aria-labelledby=${headingId} aria-busy=${busy ? 'true' : 'false'}>
      ${heading(this.headingLevel, countText, { id: headingId, className: 'count' })} ${renderResultList(this.#context, visible)}
      ${outcome.items.length > visible.length
        ? html`<p><button type="button" class="button secondary" @click=${this.#showMore}>${this.#t('finder.results.more')}</button></p>`
        : nothing}
    </section>`;
  }

  #renderNoResults(data: CatalogData, outcome: SearchOutcome, countText: string): TemplateResult {
    const level = this.headingLevel;
    return html`<section class="no-results" part="no-results">
      ${heading(level, countText, { className: 'count' })}
      <p>${this.#t('finder.noResults.text', { query: outcome.query.trim() })}</p>
      ${outcome.suggestions.length
        ? html`<p>
            ${this.#t('finder.noResults.suggestions')}
            ${outcome.suggestions.map((suggestion, i) => {
              const next: FinderState = { list: { kind: 'search', query: suggestion } };
              return html`${i > 0 ? ', ' : ''}<a href=${this.#urlSync?.href(next) ?? '#'} @click=${(e: MouseEvent) => this.#navigate(e, next)}>${suggestion}</a>`;
            })}
          </p>`
        : nothing}
      <p>${this.#t('finder.noResults.browse')}</p>
      ${renderBrowse(this.#context, data, this.lifeSituation ?? undefined)}
    </section>`;
  }

  #backLabel(list: ListView, data: CatalogData | undefined): string {
    switch (list.kind) {
      case 'search':
        return this.#t('finder.detail.backToResults');
      case 'life-situation':
        return this.#t('finder.detail.backToList', { name: data?.lifeSituations.find((l) => l.code === list.code)?.name ?? list.code });
      case 'category':
        return this.#t('finder.detail.backToList', { name: data?.categories.find((c) => c.id === list.id)?.name ?? list.id });
      case 'a-z':
        return this.#t('finder.detail.backToList', { name: this.#t('finder.az.heading') });
      case 'home':
        return this.#t('finder.detail.backToOverview');
    }
  }

  /**
   * Whether the page's application form can take this service: only asked
   * when there is a form to go to and the connector serves forms; a service
   * without one (404) or any failure means no "apply here" button.
   */
  async #hasOnlineForm(id: string, signal: AbortSignal): Promise<boolean> {
    if (!this.formTarget && !document.querySelector('ozg-application-form')) return false;
    const connector = await resolveConnector(this.connector);
    if (!connector.forms) return false;
    try {
      await connector.forms.getFormDefinition(id, { signal, language: this.language });
      return true;
    } catch {
      return false;
    }
  }

  #applyHere(service: Service): { href: string; onClick?: (event: MouseEvent) => void } | undefined {
    if (this.formTarget) {
      const url = new URL(this.formTarget, document.baseURI);
      url.searchParams.set('leistung', service.id);
      return { href: url.href };
    }
    const form = document.querySelector('ozg-application-form');
    if (!form) return undefined;
    return {
      href: `#${form.id || ''}`,
      onClick: (event) => {
        event.preventDefault();
        if (!this.emit('ozg-apply-request', { serviceId: service.id, serviceName: service.name }, { cancelable: true })) return;
        form.setAttribute('service', service.id);
        form.scrollIntoView({ block: 'start' });
        (form as HTMLElement).focus({ preventScroll: true });
      },
    };
  }

  #renderDetail(): unknown {
    const list = this.view.list;
    return this.#detail.render({
      pending: () => renderLoading(this.language, this.#t('finder.loading.detail')),
      error: (error) => html`<p class="back">
          <a href=${this.#urlSync?.href({ list }) ?? '#'} @click=${this.#closeService}>‹ ${this.#backLabel(list, this.#catalog.value)}</a>
        </p>
        ${renderError(this.language, error, { onRetry: () => this.#detail.run() })}`,
      complete: (result) => {
        if (!result) return nothing;
        return result.view.renderServiceDetail({
          language: this.language,
          service: result.service,
          offices: result.offices,
          now: new Date(),
          headingLevel: this.headingLevel,
          headingId: `${this.#id}-detail`,
          back: { label: this.#backLabel(list, this.#catalog.value), href: this.#urlSync?.href({ list }) ?? '#', onClick: this.#closeService },
          applyHere: result.hasForm ? this.#applyHere(result.service) : undefined,
          onRetryOffice: () => this.#detail.run(),
        });
      },
    });
  }
}
