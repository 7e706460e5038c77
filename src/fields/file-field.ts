import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { validateFiles } from '../forms/validation.js';
import { formatBytes } from '../forms/validation-messages.js';
import { OzgField, type ErrorKind, type FieldProblem, type FormValue } from './ozg-field.js';
import { fileStyles } from './file-styles.js';
import { kioskAllowsFiles } from '../ui/kiosk-context.js';

/**
 * `<ozg-file-field>`: attaching documents. A real `<input type=file>` (so
 * keyboard, screen readers and phones' camera/file pickers work as usual)
 * lies over a button "Datei auswählen"; files can also be dropped on the
 * field. The chosen files are listed with name and size, each with a button
 * to remove it. With `multiple`, choosing again adds to the list.
 *
 * Files that break a limit (type, size, count) stay in the list with an
 * error naming them, so the citizen sees which one to remove. The form data
 * gets one `File` entry per file under `name`.
 *
 * @summary File picker with list, remove buttons, limits and drop.
 * @element ozg-file-field
 * @attr name - name of the form data entries
 * @attr label - the visible label, also the file input's accessible name
 * @attr hint - help text, e.g. "PDF oder JPG, höchstens 10 MB"
 * @attr required - at least one file must be chosen
 * @attr disabled - not editable, not submitted
 * @attr readonly - the list is shown and submitted, not changeable
 * @attr error - a message from outside (e.g. a virus scan), shown and reported until cleared
 * @attr show-errors - show errors now
 * @attr accept - accepted types as in `<input accept>`: `application/pdf,image/*,.jpg`
 * @attr max-bytes - largest allowed size of each file in bytes
 * @attr max-files - most files allowed (default 1 without `multiple`)
 * @attr multiple - more than one file may be attached
 * @attr autocomplete - not used by the file field
 * @attr placeholder - not used by the file field
 * @fires change - when files were added or removed
 * @fires input - when files were added or removed (from the file dialog, a drop or a remove button)
 * @csspart field - the wrapper, with class `invalid` while an error shows
 * @csspart label - the label
 * @csspart hint - the hint
 * @csspart error - the error message
 * @csspart control - the file input (transparent, over the button)
 * @csspart button - the visible "Datei auswählen" button
 * @csspart files - the list of chosen files
 * @csspart remove - each remove button
 * @csspart notice - in kiosk mode without `allow-files`: the notice shown instead of the picker
 * @cssprop --ozg-color-primary - colour of the buttons
 * @cssprop --ozg-color-error - colour of the error bar and message
 * @cssprop --ozg-target-size - minimum size of the buttons
 */
export class OzgFileField extends OzgField<File[]> {
  static override styles = [...OzgField.styles, fileStyles];
  @property() accept = '';
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes: number | undefined;
  @property({ type: Number, attribute: 'max-files' }) maxFiles: number | undefined;
  @property({ type: Boolean, reflect: true }) multiple = false;

  @state() private dragging = false;
  @state() private announcement = '';
  #files: File[] = [];

  /** The chosen files (a copy). Setting it replaces the list, without events. */
  get files(): File[] {
    return [...this.#files];
  }
  set files(files: readonly File[] | FileList | null) {
    const old = this.files;
    this.#files = files ? [...files] : [];
    this.requestUpdate('files', old);
    this.syncFormState();
  }

  /** Same as {@link files}, so every field has a `value`. */
  get value(): File[] {
    return this.files;
  }
  set value(files: readonly File[] | null) {
    this.files = files;
  }

  get #acceptList(): string[] {
    return this.accept
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  }

  protected override errorKind(): ErrorKind {
    return 'file';
  }

  protected check(): FieldProblem | undefined {
    const error = validateFiles(this.#files, {
      required: this.required,
      accept: this.#acceptList,
      maxBytes: this.maxBytes,
      maxFiles: this.maxFiles ?? (this.multiple ? undefined : 1),
    });
    return error && { error };
  }

  protected formValue(): FormValue {
    if (!this.name) return null;
    const data = new FormData();
    for (const file of this.#files) data.append(this.name, file);
    return data;
  }
  protected restoreState(state: FormValue): void {
    if (state instanceof FormData) this.#files = [...state.values()].filter((entry): entry is File => entry instanceof File);
    else if (state instanceof File) this.#files = [state];
  }
  protected resetValue(): void {
    this.#files = [];
    this.announcement = '';
  }
  protected mainControl(): HTMLElement | null {
    return this.inside<HTMLElement>('#control');
  }

  #add(chosen: readonly File[]): void {
    if (chosen.length === 0 || this.isDisabled || this.readonly) return;
    this.#files = this.multiple ? [...this.#files, ...chosen] : [...chosen].slice(-1);
    this.announcement = this.msg('fields.file.added', { count: this.multiple ? chosen.length : 1 });
    // The citizen needs to know at once whether a file is too big or of the wrong type.
    this.markTouched();
  }

  #onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    // The list is the truth; emptying the input lets the citizen choose the same file again after removing it.
    input.value = '';
    if (chosen.length === 0) return;
    this.#add(chosen);
    this.userInput();
    this.userChange();
  };

  #remove(index: number): void {
    const [removed] = this.#files.splice(index, 1);
    if (!removed) return;
    this.#files = [...this.#files];
    this.announcement = this.msg('fields.file.removed', { name: removed.name });
    this.markTouched();
    this.userInputAndChange();
    void this.updateComplete.then(() => this.mainControl()?.focus());
  }

  #onDragOver = (event: DragEvent): void => {
    if (this.isDisabled || this.readonly) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = (): void => {
    this.dragging = false;
  };

  #onDrop = (event: DragEvent): void => {
    this.dragging = false;
    if (this.isDisabled || this.readonly) return;
    event.preventDefault();
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (dropped.length === 0) return;
    this.#add(this.multiple ? dropped : dropped.slice(0, 1));
    this.userInputAndChange();
  };

  protected renderField(message: string | undefined): TemplateResult {
    // A terminal's file dialog would show the device's own files: only where the kiosk allows it.
    if (!kioskAllowsFiles(this)) {
      return html`${this.renderLabel()}${this.renderHint()}${this.renderError(message)}
        <p id="control" class="kiosk-notice" part="notice" tabindex="-1">${this.msg('fields.file.kiosk')}</p>`;
    }
    const files = this.#files;
    const locked = this.isDisabled || this.readonly;
    const buttonText = this.multiple && files.length ? this.msg('fields.file.chooseMore') : this.msg('fields.file.choose');
    return html`${this.renderLabel()}${this.renderHint()}${this.renderError(message)}
      <div
        class="drop-zone ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <div class="picker">
          <input
            id="control"
            part="control"
            type="file"
            accept=${this.accept || nothing}
            ?multiple=${this.multiple}
            ?required=${this.required && files.length === 0}
            aria-required=${this.required ? 'true' : nothing}
            ?disabled=${locked}
            aria-invalid=${message ? 'true' : nothing}
            aria-describedby=${this.describedBy(message, files.length > 0 && 'chosen')}
            @change=${this.#onChange}
          />
          <span class="button secondary" part="button" aria-hidden="true">${buttonText}</span>
        </div>
        ${locked ? nothing : html`<span class="drop-text" aria-hidden="true">${this.msg('fields.file.drop')}</span>`}
      </div>
      ${files.length
        ? html`<span id="chosen" class="visually-hidden">${this.msg('fields.file.chosen', { count: files.length })}</span>
            <ul class="files" part="files">
              ${files.map(
                (file, index) => html`<li>
                  <span><span class="file-name">${file.name}</span> <span class="file-size">(${formatBytes(this.language, file.size)})</span></span>
                  ${this.readonly
                    ? nothing
                    : html`<button type="button" class="button secondary" part="remove" ?disabled=${this.isDisabled} @click=${() => this.#remove(index)}>
                        ${this.msg('fields.file.remove')}<span class="visually-hidden"> ${file.name}</span>
                      </button>`}
                </li>`,
              )}
            </ul>`
        : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
