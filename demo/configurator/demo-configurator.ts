/**
 * `<demo-configurator>`: web editors pick a widget, a connector and its
 * settings, and the widget's options, see the widget run with them (on the
 * demo's simulated backends) and copy the code to paste into their CMS.
 *
 * Demo code, not part of the library: the settings are checked with the
 * connectors' own parsers, the preview is configured with `configure()` and
 * the real elements.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { configure, type ConnectorConfig } from '../../src/connector/registry.js';
import { PRESET_NAMES, presetCss, type PresetName } from '../../src/theme/presets/index.js';
import { CONNECTORS, checkConnector, connectorConfig, connectorSpec, type ConnectorTypeName, type SettingField } from './connector-options.js';
import { buildSnippet, type ElementMarkup } from './snippet.js';
import { KIOSK_CHILDREN, LANGUAGES, WIDGETS, checkAttribute, widgetSpec, type AttributeOption, type Capability, type WidgetTag } from './widget-options.js';

const CAPABILITY_LABELS: Record<Capability, string> = {
  catalog: 'Katalog (catalog)',
  forms: 'Formulare (forms)',
  submission: 'Absenden (submission)',
  status: 'Antragsstatus (status)',
};

const CONNECTOR_NAME = /^[A-Za-z0-9_-]+$/;

/** The theme presets (src/theme/presets/, on the CDN under `themes/`), in plain words. */
const THEME_LABELS: Record<PresetName, string> = {
  default: 'default – die Standardwerte, zum Anpassen',
  kern: 'KERN – Designsystem der öffentlichen Verwaltung',
  'high-contrast': 'Hoher Kontrast (WCAG AAA)',
};

/** Something to fix before the code works, with the field to go to. */
export interface Problem {
  id: string;
  label: string;
  message: string;
}

type AttributeValues = Record<string, string | boolean>;

export class DemoConfigurator extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 1rem/1.5 Arial, Helvetica, sans-serif;
      color: #1d1d1b;
      --accent: #b0121b;
      --line: #8a857b;
      --error: #b3261e;
    }
    * { box-sizing: border-box; }
    .columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem 2.5rem; }
    @media (min-width: 70rem) {
      .columns { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); align-items: start; }
    }
    fieldset { border: 1px solid #d7d4cc; border-top: 4px solid var(--accent); margin: 0 0 1.25rem; padding: 0.75rem 1rem 1rem; min-width: 0; }
    legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.25rem; }
    .field { margin: 0.75rem 0 0; }
    label, .label { display: block; font-weight: 700; }
    .required { font-weight: 400; }
    .help { margin: 0.1rem 0 0.3rem; font-size: 0.9rem; color: #4a4a4a; }
    input[type='text'], input[type='number'], input[type='url'], select, textarea {
      font: inherit;
      width: 100%;
      min-height: 2.75rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid var(--line);
      border-radius: 0.2rem;
      background: #fff;
      color: inherit;
    }
    input[aria-invalid='true'], select[aria-invalid='true'] { border: 2px solid var(--error); }
    .error { margin: 0.2rem 0; color: var(--error); font-weight: 700; }
    .choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; min-height: 2.75rem; }
    .choice input { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; flex: none; }
    .choice label { font-weight: 400; }
    .choice .help { margin: 0; }
    details { margin-top: 1rem; }
    summary { cursor: pointer; font-weight: 700; min-height: 2.75rem; display: flex; align-items: center; }
    :focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px #1d1d1b; }
    .note { background: #f3f2ef; border-inline-start: 4px solid #0a5ea8; padding: 0.5rem 0.75rem; margin: 0.75rem 0 0; }
    .note.warning { border-inline-start-color: var(--error); }
    .note p { margin: 0.25rem 0; }
    h2 { font-size: 1.35rem; margin: 0 0 0.5rem; }
    h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
    section + section { margin-top: 2rem; }
    .preview { border: 1px dashed var(--line); padding: 1rem; min-height: 8rem; background: #fff; }
    .preview ozg-kiosk { --ozg-kiosk-height: 40rem; }
    textarea { font: 0.85rem/1.45 ui-monospace, Menlo, Consolas, monospace; white-space: pre; resize: vertical; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-top: 0.75rem; }
    button {
      font: inherit;
      font-weight: 700;
      min-height: 2.75rem;
      padding: 0.5rem 1.25rem;
      border: 0;
      border-radius: 0.2rem;
      background: var(--accent);
      color: #fff;
      cursor: pointer;
    }
    .status { margin: 0; font-weight: 700; }
    .problems { border: 2px solid var(--error); padding: 0.75rem 1rem; margin: 0.75rem 0; }
    .problems ul { margin: 0.25rem 0 0; padding-inline-start: 1.25rem; }
    .problems a { color: var(--error); }
    a { color: #0a5ea8; }
  `;

  @state() private widget: WidgetTag = 'ozg-service-finder';
  @state() private connectorName = 'stadt';
  @state() private connectorType: ConnectorTypeName = 'municipal-rest';
  @state() private settings = Object.fromEntries(CONNECTORS.map((spec) => [spec.type, { ...spec.initial }])) as Record<ConnectorTypeName, Record<string, string>>;
  @state() private attributeValues = Object.fromEntries(WIDGETS.map((spec) => [spec.tag, { ...spec.initial }])) as Record<WidgetTag, AttributeValues>;
  @state() private fallbacks = Object.fromEntries(WIDGETS.map((spec) => [spec.tag, { ...(spec.fallback ?? { text: '', href: '' }) }])) as Record<
    WidgetTag,
    { text: string; href: string }
  >;
  @state() private kioskChildren: WidgetTag[] = [...KIOSK_CHILDREN];
  @state() private language = '';
  @state() private theme: PresetName | '' = '';
  @state() private scriptBase = 'https://cdn.example/ozg-widgets/';
  /** Fields the editor has left once: their problems show. */
  @state() private touched = new Set<string>();
  /** After a copy attempt with problems: every problem shows, and the list of them. */
  @state() private showAllProblems = false;
  @state() private announcement = '';

  @query('#snippet') private snippetArea!: HTMLTextAreaElement | null;
  @query('.preview') private previewBox!: HTMLElement | null;
  @query('#problems') private problemsBox!: HTMLElement | null;

  #previewSignature = '';
  /** The chosen theme preset, applied to the preview only. */
  readonly #themeSheet = new CSSStyleSheet();
  #previewTimer: ReturnType<typeof setTimeout> | undefined;

  protected override firstUpdated(): void {
    const root = this.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#themeSheet];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  // ------------------------------------------------------------------ what the editor chose

  get #widgetSpec() {
    return widgetSpec(this.widget);
  }

  get #connectorSpec() {
    return connectorSpec(this.connectorType);
  }

  /** The connector's configuration as it goes into the JSON block. */
  connectorConfiguration(): Record<string, unknown> {
    return connectorConfig(this.#connectorSpec, this.settings[this.connectorType]);
  }

  #attributesOf(tag: WidgetTag, connector: string, withLanguage: boolean): [string, string | true][] {
    const values = this.attributeValues[tag];
    const attributes: [string, string | true][] = [['connector', connector]];
    if (withLanguage && this.language) attributes.push(['lang', this.language]);
    for (const option of widgetSpec(tag).options) {
      const value = values[option.name];
      if (value === true) attributes.push([option.name, true]);
      else if (typeof value === 'string' && value.trim() !== '') attributes.push([option.name, value.trim()]);
    }
    return attributes;
  }

  /** The element as the editor's page gets it. */
  elementMarkup(connector = this.connectorName.trim()): ElementMarkup {
    if (this.widget === 'ozg-kiosk') {
      const attributes = this.#attributesOf('ozg-kiosk', connector, true).filter(([name]) => name !== 'connector');
      return {
        tag: 'ozg-kiosk',
        attributes,
        children: KIOSK_CHILDREN.filter((tag) => this.kioskChildren.includes(tag)).map((tag) => ({ tag, attributes: [['connector', connector]] })),
      };
    }
    return { tag: this.widget, attributes: this.#attributesOf(this.widget, connector, true), fallback: this.fallbacks[this.widget] };
  }

  /** The code to paste. */
  snippet(): string {
    return buildSnippet({
      scriptBase: this.scriptBase,
      script: this.#widgetSpec.script,
      stylesheet: this.theme ? `themes/${this.theme}.css` : undefined,
      connectorName: this.connectorName.trim(),
      connectorConfig: this.connectorConfiguration(),
      element: this.elementMarkup(),
    });
  }

  /** Everything that would make the pasted code fail, in plain German. */
  problems(): Problem[] {
    const problems: Problem[] = [];
    const name = this.connectorName.trim();
    if (!CONNECTOR_NAME.test(name)) {
      problems.push({ id: 'connector-name', label: 'Name des Connectors', message: 'Bitte nur Buchstaben, Ziffern, - und _ eingeben, z. B. stadt.' });
    }
    const spec = this.#connectorSpec;
    for (const problem of checkConnector(spec, this.connectorConfiguration())) {
      const field = spec.fields.find((candidate) => candidate.name === problem.field);
      problems.push({ id: field ? `c-${field.name}` : 'connector-type', label: field?.label ?? 'Connector', message: problem.message });
    }
    for (const option of this.#widgetSpec.options) {
      const message = checkAttribute(option, this.attributeValues[this.widget][option.name]);
      if (message) problems.push({ id: `w-${option.name}`, label: option.label, message });
    }
    if (this.widget === 'ozg-kiosk' && this.kioskChildren.length === 0) {
      problems.push({ id: `kiosk-${KIOSK_CHILDREN[0]}`, label: 'Elemente im Kiosk', message: 'Bitte mindestens ein Element für den Kiosk wählen.' });
    }
    if (!/^(https?:\/\/|\/)/.test(this.scriptBase.trim())) {
      problems.push({ id: 'script-base', label: 'Adresse der Skripte', message: 'Bitte eine Adresse mit https:// oder einen Pfad wie /ozg-widgets/ eingeben.' });
    }
    return problems;
  }

  /** What this widget needs from its connector. */
  #needs(): { needs: Capability[]; optional: Capability[] } {
    if (this.widget !== 'ozg-kiosk') return { needs: this.#widgetSpec.needs, optional: this.#widgetSpec.optional };
    const children = this.kioskChildren.map((tag) => widgetSpec(tag));
    return { needs: [...new Set(children.flatMap((child) => child.needs))], optional: [...new Set(children.flatMap((child) => child.optional))] };
  }

  // ------------------------------------------------------------------ preview

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const signature = JSON.stringify([this.widget, this.connectorName, this.connectorType, this.settings, this.attributeValues, this.fallbacks, this.kioskChildren, this.language, this.theme]);
    if (signature === this.#previewSignature) return;
    const immediately = this.#previewSignature === '' || changed.has('widget') || changed.has('connectorType');
    this.#previewSignature = signature;
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => void this.#renderPreview(), immediately ? 0 : 400);
  }

  /** Puts a fresh widget with the current settings into the preview, on the demo's backends. */
  async #renderPreview(): Promise<void> {
    const name = CONNECTOR_NAME.test(this.connectorName.trim()) ? this.connectorName.trim() : 'stadt';
    const markup = this.elementMarkup(name);
    await Promise.all([markup.tag, ...(markup.children ?? []).map((child) => child.tag)].map((tag) => customElements.whenDefined(tag)));
    this.#themeSheet.replaceSync(this.theme ? presetCss(this.theme, '.preview') : '');
    configure({ connectors: { [name]: this.#connectorSpec.preview(this.connectorConfiguration()) as ConnectorConfig } });
    this.previewBox?.replaceChildren(previewElement(markup));
  }

  // ------------------------------------------------------------------ actions

  async copy(): Promise<void> {
    const problems = this.problems();
    if (problems.length > 0) {
      this.showAllProblems = true;
      this.#announce(problems.length === 1 ? 'Eine Angabe ist noch nicht richtig. Der Code wurde nicht kopiert.' : `${problems.length} Angaben sind noch nicht richtig. Der Code wurde nicht kopiert.`);
      await this.updateComplete;
      this.problemsBox?.focus();
      return;
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(this.snippet());
      this.#announce('Der Code ist kopiert. Fügen Sie ihn im CMS in ein HTML-Element ein.');
    } catch {
      const area = this.snippetArea;
      area?.focus();
      area?.select();
      this.#announce('Automatisch kopieren ging nicht. Der Code ist markiert: Kopieren Sie ihn mit Strg+C (am Mac: Cmd+C).');
    }
  }

  #announce(message: string): void {
    // The same text twice would not be announced again; a trailing no-break space makes it new.
    this.announcement = message === this.announcement.trimEnd() && !this.announcement.endsWith('\u00a0') ? `${message}\u00a0` : message;
  }

  #touch(id: string): void {
    if (this.touched.has(id)) return;
    this.touched = new Set([...this.touched, id]);
  }

  #goTo(event: Event, id: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    target?.closest('details')?.setAttribute('open', '');
    target?.focus();
  }

  #setSetting(name: string, value: string): void {
    this.settings = { ...this.settings, [this.connectorType]: { ...this.settings[this.connectorType], [name]: value } };
  }

  #setAttribute(name: string, value: string | boolean): void {
    this.attributeValues = { ...this.attributeValues, [this.widget]: { ...this.attributeValues[this.widget], [name]: value } };
  }

  // ------------------------------------------------------------------ rendering

  protected override render(): TemplateResult {
    const problems = this.problems();
    const snippet = this.snippet();
    const problemFor = (id: string) => (this.showAllProblems || this.touched.has(id) ? problems.find((problem) => problem.id === id)?.message : undefined);
    return html`<div class="columns">
      <form class="settings" @submit=${(event: Event) => event.preventDefault()} novalidate>
        ${this.#renderWidgetChoice()} ${this.#renderConnector(problemFor)} ${this.#renderOptions(problemFor)} ${this.#renderScript(problemFor)}
      </form>
      <div class="output">
        <section aria-labelledby="code-heading">
          <h2 id="code-heading">Code zum Einfügen</h2>
          ${this.showAllProblems && problems.length > 0
            ? html`<div class="problems" id="problems" tabindex="-1" role="group" aria-labelledby="problems-heading">
                <h3 id="problems-heading">Bitte noch korrigieren</h3>
                <ul>
                  ${problems.map((problem) => html`<li><a href="#${problem.id}" @click=${(event: Event) => this.#goTo(event, problem.id)}>${problem.label}: ${problem.message}</a></li>`)}
                </ul>
              </div>`
            : nothing}
          ${problems.length > 0 && !this.showAllProblems
            ? html`<p class="note warning">Der Code ist noch nicht fertig: ${problems.length === 1 ? 'Eine Angabe fehlt oder ist' : `${problems.length} Angaben fehlen oder sind`} nicht richtig.</p>`
            : nothing}
          <label for="snippet">Code für eine HTML-Box im CMS</label>
          <p class="help" id="snippet-help">Script, Konfiguration und Element – alles zusammen in ein HTML-Element der Seite einfügen.</p>
          <textarea id="snippet" readonly spellcheck="false" aria-describedby="snippet-help" rows=${snippet.split('\n').length} .value=${snippet}></textarea>
          <div class="actions">
            <button type="button" @click=${() => void this.copy()}>Code kopieren</button>
            <p class="status" role="status">${this.announcement}</p>
          </div>
          <p class="help">
            Mehr in der <a href="../docs/editor-guide.de.md">Anleitung für Redaktionen</a> und in den
            <a href="../docs/live/${this.widget.replace(/^ozg-/, '')}.html">Live-Beispielen</a>.
          </p>
        </section>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Vorschau</h2>
          <p class="help">
            Das Element läuft hier mit den Demo-Daten von Musterstadt: Adressen und Regionalschlüssel Ihrer Einstellungen ersetzt die
            Vorschau durch die der Demo, und die Adresse dieser Seite bleibt unverändert. Im Code stehen Ihre Angaben.
          </p>
          <div class="preview"></div>
        </section>
      </div>
    </div>`;
  }

  #renderWidgetChoice(): TemplateResult {
    return html`<fieldset>
      <legend>1. Element</legend>
      ${WIDGETS.map(
        (spec) => html`<div class="choice">
          <input
            type="radio"
            name="widget"
            id="widget-${spec.tag}"
            .value=${spec.tag}
            .checked=${this.widget === spec.tag}
            @change=${() => {
              this.widget = spec.tag;
              this.showAllProblems = false;
            }}
          />
          <label for="widget-${spec.tag}">${spec.label} <code>&lt;${spec.tag}&gt;</code></label>
        </div>`,
      )}
    </fieldset>`;
  }

  #renderConnector(problemFor: (id: string) => string | undefined): TemplateResult {
    const spec = this.#connectorSpec;
    const values = this.settings[this.connectorType];
    const basic = spec.fields.filter((field) => !field.advanced);
    const advanced = spec.fields.filter((field) => field.advanced);
    const rootProblem = problemFor('connector-type');
    return html`<fieldset>
      <legend>2. Datenquelle (Connector)</legend>
      ${this.#input({
        id: 'connector-name',
        label: 'Name des Connectors',
        help: 'Frei wählbar, z. B. stadt. Das Element nennt ihn im Attribut connector.',
        value: this.connectorName,
        required: true,
        problem: problemFor('connector-name'),
        onInput: (value) => (this.connectorName = value),
      })}
      <div class="field">
        <label for="connector-type">Art des Connectors (type)</label>
        <p class="help" id="connector-type-help">${spec.help}</p>
        ${rootProblem ? html`<p class="error" id="connector-type-error">${rootProblem}</p>` : nothing}
        <select
          id="connector-type"
          aria-describedby="connector-type-help${rootProblem ? ' connector-type-error' : ''}"
          aria-invalid=${rootProblem ? 'true' : 'false'}
          @change=${(event: Event) => {
            this.connectorType = (event.target as HTMLSelectElement).value as ConnectorTypeName;
            this.showAllProblems = false;
          }}
        >
          ${CONNECTORS.map((connector) => html`<option value=${connector.type} ?selected=${connector.type === this.connectorType}>${connector.label}</option>`)}
        </select>
      </div>
      ${basic.map((field) => this.#settingField(field, values, problemFor))}
      <details>
        <summary>HTTP-Einstellungen (selten nötig)</summary>
        ${advanced.map((field) => this.#settingField(field, values, problemFor))}
      </details>
      ${this.#renderCompatibility()}
    </fieldset>`;
  }

  #settingField(field: SettingField, values: Record<string, string>, problemFor: (id: string) => string | undefined): TemplateResult {
    const id = `c-${field.name}`;
    if (field.kind === 'select') {
      return this.#select({
        id,
        label: field.label,
        help: field.help,
        value: values[field.name] ?? '',
        choices: field.choices ?? [],
        problem: problemFor(id),
        onChange: (value) => this.#setSetting(field.name, value),
      });
    }
    return this.#input({
      id,
      label: field.label,
      help: field.help,
      value: values[field.name] ?? '',
      required: field.required ?? false,
      numeric: field.kind === 'number',
      problem: problemFor(id),
      onInput: (value) => this.#setSetting(field.name, value),
    });
  }

  #renderCompatibility(): TemplateResult {
    const spec = this.#connectorSpec;
    const offered = spec.capabilities(this.connectorConfiguration());
    const { needs, optional } = this.#needs();
    const missing = needs.filter((capability) => !offered.includes(capability));
    const missingOptional = optional.filter((capability) => !offered.includes(capability));
    const list = (capabilities: Capability[]) => capabilities.map((capability) => CAPABILITY_LABELS[capability]).join(', ');
    if (missing.length === 0 && missingOptional.length === 0) {
      return html`<div class="note"><p>Passt: ${this.#widgetSpec.label} braucht ${list(needs)}, und dieser Connector bietet das.</p></div>`;
    }
    return html`<div class="note warning">
      ${missing.length
        ? html`<p>
            ${this.#widgetSpec.label} braucht ${list(missing)}; dieser Connector bietet ${offered.length ? list(offered) : 'nichts davon'}. Die Seite zeigt
            dann die Meldung aus der Vorschau. Kombinieren Sie mehrere Connectoren mit <code>composite</code> (siehe Anleitung).
          </p>`
        : nothing}
      ${missingOptional.includes('submission')
        ? html`<p>Ohne ${CAPABILITY_LABELS.submission} kann das Formular nicht online absenden: Es sagt das und zeigt den Link aus „Anderer Weg zum Antrag“.</p>`
        : nothing}
    </div>`;
  }

  #renderOptions(problemFor: (id: string) => string | undefined): TemplateResult {
    const spec = this.#widgetSpec;
    const values = this.attributeValues[this.widget];
    return html`<fieldset>
      <legend>3. Optionen von <code>&lt;${spec.tag}&gt;</code></legend>
      ${this.#select({
        id: 'language',
        label: 'Sprache (lang)',
        help: this.widget === 'ozg-kiosk' ? 'Mit dieser Sprache startet der Kiosk.' : 'Ohne Angabe spricht das Element die Sprache der Seite.',
        value: this.language,
        choices: [...LANGUAGES],
        onChange: (value) => (this.language = value),
      })}
      ${spec.options.map((option) => this.#attributeField(option, values, problemFor))}
      ${this.widget === 'ozg-kiosk' ? this.#renderKioskChildren(problemFor) : this.#renderFallback()}
    </fieldset>`;
  }

  #attributeField(option: AttributeOption, values: AttributeValues, problemFor: (id: string) => string | undefined): TemplateResult {
    const id = `w-${option.name}`;
    const label = html`${option.label} <span class="help">(${option.name})</span>`;
    if (option.kind === 'boolean') {
      return html`<div class="choice">
        <input type="checkbox" id=${id} aria-describedby="${id}-help" .checked=${values[option.name] === true} @change=${(event: Event) => this.#setAttribute(option.name, (event.target as HTMLInputElement).checked)} />
        <div>
          <label for=${id}>${label}</label>
          <p class="help" id="${id}-help">${option.help}</p>
        </div>
      </div>`;
    }
    const value = typeof values[option.name] === 'string' ? (values[option.name] as string) : '';
    if (option.kind === 'select') {
      return this.#select({ id, label, help: option.help, value, choices: option.choices, onChange: (next) => this.#setAttribute(option.name, next) });
    }
    return this.#input({
      id,
      label,
      help: option.help,
      value,
      numeric: option.kind === 'number',
      placeholder: option.placeholder,
      problem: problemFor(id),
      onInput: (next) => this.#setAttribute(option.name, next),
    });
  }

  #renderKioskChildren(problemFor: (id: string) => string | undefined): TemplateResult {
    const problem = problemFor(`kiosk-${KIOSK_CHILDREN[0]}`);
    return html`<fieldset aria-describedby="kiosk-children-help${problem ? ' kiosk-children-error' : ''}">
      <legend>Elemente im Kiosk (je eine Kachel)</legend>
      <p class="help" id="kiosk-children-help">Jedes Element bekommt den Connector von oben.</p>
      ${problem ? html`<p class="error" id="kiosk-children-error">${problem}</p>` : nothing}
      ${KIOSK_CHILDREN.map(
        (tag) => html`<div class="choice">
          <input
            type="checkbox"
            id="kiosk-${tag}"
            .checked=${this.kioskChildren.includes(tag)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              this.kioskChildren = KIOSK_CHILDREN.filter((child) => (child === tag ? on : this.kioskChildren.includes(child)));
              this.#touch(`kiosk-${KIOSK_CHILDREN[0]}`);
            }}
          />
          <label for="kiosk-${tag}">${widgetSpec(tag).label} <code>&lt;${tag}&gt;</code></label>
        </div>`,
      )}
    </fieldset>`;
  }

  #renderFallback(): TemplateResult {
    const fallback = this.fallbacks[this.widget];
    const set = (key: 'text' | 'href', value: string) => (this.fallbacks = { ...this.fallbacks, [this.widget]: { ...fallback, [key]: value } });
    return html`<fieldset>
      <legend>Ersatzinhalt</legend>
      <p class="help">Zu sehen, bis das Element läuft, und wenn es nicht laden kann. Am besten ein Link zum bisherigen Angebot.</p>
      ${this.#input({ id: 'fallback-text', label: 'Text', help: 'z. B. Alle Dienstleistungen von A bis Z.', value: fallback.text, onInput: (value) => set('text', value) })}
      ${this.#input({ id: 'fallback-href', label: 'Link-Adresse', help: 'Leer: nur Text, kein Link.', value: fallback.href, onInput: (value) => set('href', value) })}
    </fieldset>`;
  }

  #renderScript(problemFor: (id: string) => string | undefined): TemplateResult {
    return html`<fieldset>
      <legend>4. Skript und Aussehen</legend>
      ${this.#input({
        id: 'script-base',
        label: 'Adresse der Skriptdateien',
        help: `Der Ordner mit den Dateien aus dist/cdn, am besten auf dem Server der Stadt. Hier geladen: ${this.#widgetSpec.script}.`,
        value: this.scriptBase,
        required: true,
        problem: problemFor('script-base'),
        onInput: (value) => (this.scriptBase = value),
      })}
      ${this.#select({
        id: 'theme',
        label: 'Farbschema (Theme-Preset)',
        help: 'Eine fertige Datei mit Farben und Schrift, aus dem Ordner themes/ neben den Skripten. Eigene Farben gehen auch: siehe Anleitung.',
        value: this.theme,
        choices: [{ value: '', label: 'keins (Standard-Aussehen)' }, ...PRESET_NAMES.map((name) => ({ value: name, label: THEME_LABELS[name] }))],
        onChange: (value) => (this.theme = value as PresetName | ''),
      })}
    </fieldset>`;
  }

  #input(options: {
    id: string;
    label: string | TemplateResult;
    help: string;
    value: string;
    required?: boolean;
    numeric?: boolean;
    placeholder?: string | undefined;
    problem?: string | undefined;
    onInput: (value: string) => void;
  }): TemplateResult {
    const { id, problem } = options;
    return html`<div class="field">
      <label for=${id}>${options.label}${options.required ? html` <span class="required">(Pflichtangabe)</span>` : nothing}</label>
      <p class="help" id="${id}-help">${options.help}</p>
      ${problem ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
      <input
        type="text"
        id=${id}
        inputmode=${options.numeric ? 'numeric' : 'text'}
        autocomplete="off"
        spellcheck="false"
        placeholder=${options.placeholder ?? ''}
        aria-describedby="${id}-help${problem ? ` ${id}-error` : ''}"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-required=${options.required ? 'true' : 'false'}
        .value=${options.value}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
        @change=${() => this.#touch(id)}
      />
    </div>`;
  }

  #select(options: {
    id: string;
    label: string | TemplateResult;
    help: string;
    value: string;
    choices: readonly { value: string; label: string }[];
    problem?: string | undefined;
    onChange: (value: string) => void;
  }): TemplateResult {
    const { id, problem } = options;
    return html`<div class="field">
      <label for=${id}>${options.label}</label>
      <p class="help" id="${id}-help">${options.help}</p>
      ${problem ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
      <select
        id=${id}
        aria-describedby="${id}-help${problem ? ` ${id}-error` : ''}"
        aria-invalid=${problem ? 'true' : 'false'}
        @change=${(event: Event) => {
          options.onChange((event.target as HTMLSelectElement).value);
          this.#touch(id);
        }}
      >
        ${options.choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === options.value}>${choice.label}</option>`)}
      </select>
    </div>`;
  }
}

/**
 * The element for the preview: as in the code, but it leaves the address of
 * the configurator alone (`url-state="off"`) and shows no on-screen keyboard
 * (it would open for the configurator's own fields too).
 */
function previewElement(markup: ElementMarkup): HTMLElement {
  const element = document.createElement(markup.tag);
  for (const [name, value] of markup.attributes) {
    if (name === 'keyboard') continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  if (markup.tag === 'ozg-service-finder' || markup.tag === 'ozg-status-tracker') element.setAttribute('url-state', 'off');
  if (markup.fallback?.text.trim()) {
    const paragraph = document.createElement('p');
    if (markup.fallback.href.trim()) {
      const link = document.createElement('a');
      link.href = markup.fallback.href.trim();
      link.textContent = markup.fallback.text.trim();
      paragraph.append(link);
    } else {
      paragraph.textContent = markup.fallback.text.trim();
    }
    element.append(paragraph);
  }
  for (const child of markup.children ?? []) element.append(previewElement(child));
  return element;
}
