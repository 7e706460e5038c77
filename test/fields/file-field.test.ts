/**
 * `<ozg-file-field>`: limits (size, type, count), the list with remove
 * buttons, focus after removing, drop, and File objects in the form data.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OzgFileField } from '../../src/fields/index.js';
import { accessibleDescription, accessibleName, chooseFiles, entries, fileOf, inner, plainForm, shownError } from './helpers.js';

const MB = 1024 * 1024;

async function fileField(attributes: string) {
  const form = await plainForm(`<ozg-file-field name="docs" label="Nachweis" ${attributes}></ozg-file-field>`);
  const el = form.querySelector<OzgFileField>('ozg-file-field')!;
  return { form, el, input: inner<HTMLInputElement>(el, '#control') };
}

function listed(el: OzgFileField): string[] {
  return [...el.shadowRoot!.querySelectorAll('.files li')].map((item) => item.querySelector('.file-name')!.textContent!.trim());
}

describe('<ozg-file-field>', () => {
  it('is a real, labelled file input with a visible button text', async () => {
    const { el, input } = await fileField('accept="application/pdf,.jpg" required');
    expect(input.type).to.equal('file');
    expect(input.accept).to.equal('application/pdf,.jpg');
    expect(accessibleName(input)).to.equal('Nachweis');
    expect(inner(el, '[part="button"]').textContent!.trim()).to.equal('Datei auswählen');
    const box = inner(el, '[part="button"]').getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    // The input covers the button, so a click or tap on the button opens the file chooser.
    const inputBox = input.getBoundingClientRect();
    expect([inputBox.width, inputBox.height]).to.deep.equal([box.width, box.height]);
  });

  it('lists chosen files with size, sends the File objects, and removes one with its button', async () => {
    const { form, el, input } = await fileField('multiple');
    const pdf = fileOf('antrag.pdf', 1536, 'application/pdf');
    const jpg = fileOf('foto.jpg', 2 * MB, 'image/jpeg');
    chooseFiles(input, [pdf]);
    await el.updateComplete;
    chooseFiles(input, [jpg]);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['antrag.pdf', 'foto.jpg']);
    expect([...el.shadowRoot!.querySelectorAll('.file-size')].map((size) => size.textContent)).to.deep.equal(['(1,5 kB)', '(2 MB)']);
    const sent = new FormData(form).getAll('docs');
    expect(sent).to.deep.equal([pdf, jpg]);
    expect(el.files).to.deep.equal([pdf, jpg]);
    expect(accessibleDescription(input)).to.equal('2 Dateien ausgewählt');
    expect(inner(el, '[part="button"]').textContent!.trim()).to.equal('Weitere Datei auswählen');

    const removeButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove"]')];
    expect(removeButtons.map((button) => accessibleName(button))).to.deep.equal(['Entfernen antrag.pdf', 'Entfernen foto.jpg']);
    const change = oneEvent(el, 'change');
    removeButtons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await change;
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['foto.jpg']);
    expect(entries(form)).to.deep.equal([['docs', 'File:foto.jpg']]);
    expect(inner(el, '[role="status"]').textContent).to.equal('Datei „antrag.pdf“ entfernt');
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('replaces the file without multiple', async () => {
    const { el, input } = await fileField('');
    chooseFiles(input, [fileOf('a.pdf', 10, 'application/pdf')]);
    await el.updateComplete;
    chooseFiles(input, [fileOf('b.pdf', 10, 'application/pdf')]);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['b.pdf']);
    expect(el.validity.valid).to.equal(true);
  });

  it('rejects a file that is too big, naming it and the limit, at once', async () => {
    const { el, input } = await fileField(`max-bytes="${5 * MB}"`);
    chooseFiles(input, [fileOf('scan.pdf', 6 * MB, 'application/pdf')]);
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(shownError(el)).to.equal('Fehler: Die Datei „scan.pdf“ ist zu groß. Erlaubt sind höchstens 5 MB.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // Removing the file clears the error.
    inner<HTMLButtonElement>(el, '[part="remove"]').click();
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(shownError(el)).to.equal(undefined);
  });

  it('rejects a file type that is not accepted (by media type or extension)', async () => {
    const { el, input } = await fileField('accept="application/pdf,.jpg" multiple');
    chooseFiles(input, [fileOf('ok.pdf', 10, 'application/pdf'), fileOf('bild.JPG', 10, ''), fileOf('notiz.docx', 10, 'application/msword')]);
    await el.updateComplete;
    expect(el.validity.typeMismatch).to.equal(true);
    expect(el.validationMessage).to.equal('Die Datei „notiz.docx“ hat ein Format, das nicht angenommen wird. Erlaubt: application/pdf, .jpg.');
  });

  it('rejects more files than max-files', async () => {
    const { el, input } = await fileField('multiple max-files="2"');
    chooseFiles(input, [fileOf('1.pdf', 1, 'application/pdf'), fileOf('2.pdf', 1, 'application/pdf'), fileOf('3.pdf', 1, 'application/pdf')]);
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(shownError(el)).to.equal('Fehler: Bitte wählen Sie höchstens 2 Dateien.');
    expect(listed(el)).to.have.length(3);
  });

  it('takes dropped files', async () => {
    const { form, el } = await fileField('multiple');
    const transfer = new DataTransfer();
    transfer.items.add(fileOf('drop.pdf', 100, 'application/pdf'));
    const zone = inner(el, '.drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(false);
    expect(entries(form)).to.deep.equal([['docs', 'File:drop.pdf']]);
  });

  it('sends nothing, and the list is gone, after form reset', async () => {
    const { form, el, input } = await fileField('multiple');
    chooseFiles(input, [fileOf('a.pdf', 1, 'application/pdf')]);
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([]);
    expect(entries(form)).to.deep.equal([]);
  });
});
