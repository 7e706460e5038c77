/**
 * `<ozg-repeatable-group>`: uncontrolled (template, `{i}` names) and
 * controlled (events), focus after add and remove, announcements, limits.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { OzgRepeatableGroup, OzgTextField, RepeatEventDetail } from '../../src/fields/index.js';
import { accessibleName, entries, formFixture, inner, plainForm, settle } from './helpers.js';

const TEMPLATE = '<template><ozg-text-field name="kinder.{i}.vorname" label="Vorname" required></ozg-text-field></template>';

async function uncontrolled(attributes = '', template = TEMPLATE) {
  const form = await plainForm(`<ozg-repeatable-group label="Kinder" item-label="Kind" ${attributes}>${template}</ozg-repeatable-group>`);
  const group = form.querySelector<OzgRepeatableGroup>('ozg-repeatable-group')!;
  await group.updateComplete;
  await settle(form);
  return { form, group };
}

function fields(group: Element): OzgTextField[] {
  return [...group.querySelectorAll<OzgTextField>('ozg-text-field')];
}

function names(group: Element): string[] {
  return fields(group).map((field) => field.name);
}

function status(group: OzgRepeatableGroup): string {
  return inner(group, '[role="status"]').textContent!.trim();
}

function buttons(group: OzgRepeatableGroup, part: 'add' | 'remove'): HTMLButtonElement[] {
  return [...group.shadowRoot!.querySelectorAll<HTMLButtonElement>(`[part="${part}"]`)];
}

describe('<ozg-repeatable-group> uncontrolled', () => {
  it('starts with min items cloned from the template, {i} replaced by the index', async () => {
    const { group } = await uncontrolled('min="2"');
    expect(names(group)).to.deep.equal(['kinder.0.vorname', 'kinder.1.vorname']);
    expect([...group.shadowRoot!.querySelectorAll('.item')].map((item) => accessibleName(item))).to.deep.equal(['Kind 1', 'Kind 2']);
    // At the minimum there is nothing to remove.
    expect(buttons(group, 'remove')).to.have.length(0);
    expect(buttons(group, 'add').map((button) => button.textContent!.trim())).to.deep.equal(['Weitere hinzufügen']);
  });

  it('adds an item, moves focus into it and announces it; the form sends the indexed names', async () => {
    const { form, group } = await uncontrolled();
    await sendKeys({ press: 'Tab' });
    fields(group)[0]!.focus();
    await sendKeys({ type: 'Ada' });
    buttons(group, 'add')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement === fields(group)[1], 'focus did not move to the new item');
    expect(fields(group)[1]!.shadowRoot!.activeElement).to.equal(inner(fields(group)[1]!, '#control'));
    expect(status(group)).to.equal('Kind 2 hinzugefügt');
    await sendKeys({ type: 'Bo' });
    await fields(group)[1]!.updateComplete;
    expect(entries(form)).to.deep.equal([
      ['kinder.0.vorname', 'Ada'],
      ['kinder.1.vorname', 'Bo'],
    ]);
  });

  it('removes an item, renumbers the rest, announces it and moves focus to the add button', async () => {
    const { form, group } = await uncontrolled('min="1" max="3"');
    group.addItem();
    group.addItem();
    await group.updateComplete;
    await settle(group);
    fields(group).forEach((field, index) => (field.value = ['Ada', 'Bo', 'Cy'][index]!));
    expect(buttons(group, 'add')).to.have.length(0);
    const removes = buttons(group, 'remove');
    expect(removes.map((button) => accessibleName(button))).to.deep.equal(['Entfernen: Kind 1', 'Entfernen: Kind 2', 'Entfernen: Kind 3']);
    removes[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => group.shadowRoot!.activeElement?.getAttribute('part') === 'add', 'focus did not move to the add button');
    expect(status(group)).to.equal('Kind 1 entfernt');
    expect(entries(form)).to.deep.equal([
      ['kinder.0.vorname', 'Bo'],
      ['kinder.1.vorname', 'Cy'],
    ]);
  });

  it('hides the add button at max and the remove buttons at min', async () => {
    const { group } = await uncontrolled('min="1" max="2"');
    expect(buttons(group, 'remove')).to.have.length(0);
    group.addItem();
    await group.updateComplete;
    expect(buttons(group, 'add')).to.have.length(0);
    expect(buttons(group, 'remove')).to.have.length(2);
    group.addItem();
    await group.updateComplete;
    expect(fields(group)).to.have.length(2);
  });

  it('fires cancelable events before changing anything', async () => {
    const { group } = await uncontrolled();
    group.addEventListener('ozg-repeat-add', (event) => event.preventDefault(), { once: true });
    group.addItem();
    await group.updateComplete;
    expect(fields(group)).to.have.length(1);
    const added = oneEvent(group, 'ozg-repeat-add');
    group.addItem();
    expect(((await added) as CustomEvent<RepeatEventDetail>).detail).to.deep.equal({ index: 1 });
    const removed = oneEvent(group, 'ozg-repeat-remove');
    group.removeItem(0);
    expect(((await removed) as CustomEvent<RepeatEventDetail>).detail).to.deep.equal({ index: 0 });
  });

  it('wraps a template with several elements in one item', async () => {
    const { group } = await uncontrolled(
      '',
      '<template><ozg-text-field name="p.{i}.name" label="Name"></ozg-text-field><ozg-date-field name="p.{i}.geburt" label="Geburtsdatum"></ozg-date-field></template>',
    );
    expect(group.children.length).to.equal(2);
    expect([...group.querySelectorAll('[name]')].map((el) => el.getAttribute('name'))).to.deep.equal(['p.0.name', 'p.0.geburt']);
  });

  it('goes back to its starting items on form reset', async () => {
    const { form, group } = await uncontrolled();
    group.addItem();
    group.addItem();
    await group.updateComplete;
    form.reset();
    await group.updateComplete;
    expect(names(group)).to.deep.equal(['kinder.0.vorname']);
  });

  it('disables its buttons inside a disabled fieldset', async () => {
    const form = await plainForm(`<fieldset disabled><ozg-repeatable-group label="Kinder" min="1">${TEMPLATE}</ozg-repeatable-group></fieldset>`);
    const group = form.querySelector<OzgRepeatableGroup>('ozg-repeatable-group')!;
    await group.updateComplete;
    expect(buttons(group, 'add')[0]!.disabled).to.equal(true);
    expect(fields(group)[0]!.matches(':disabled')).to.equal(true);
    group.addItem();
    await group.updateComplete;
    expect(fields(group)).to.have.length(1);
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !buttons(group, 'add')[0]!.disabled, 'the add button stayed disabled');
  });

  it('passes axe', async () => {
    const { form, group } = await uncontrolled('min="1"');
    group.addItem();
    await group.updateComplete;
    await settle(group);
    await expect(form).to.be.accessible();
  });
});

describe('<ozg-repeatable-group controlled>', () => {
  it('only asks; the owner renders the items, and focus and announcement follow', async () => {
    const people = ['Ada'];
    const form = await formFixture(html`<form><ozg-repeatable-group label="Personen" controlled min="0"></ozg-repeatable-group></form>`);
    const group = form.querySelector<OzgRepeatableGroup>('ozg-repeatable-group')!;
    const draw = () =>
      render(
        people.map((name, index) => html`<div><ozg-text-field name=${`personen.${index}`} label="Name" .value=${name}></ozg-text-field></div>`),
        group,
      );
    draw();
    await group.updateComplete;
    await settle(group);

    const add = oneEvent(group, 'ozg-repeat-add');
    buttons(group, 'add')[0]!.click();
    const { detail } = (await add) as CustomEvent<RepeatEventDetail>;
    expect(detail).to.deep.equal({ index: 1 });
    await group.updateComplete;
    expect(fields(group)).to.have.length(1);

    people.push('');
    draw();
    await waitUntil(() => document.activeElement === fields(group)[1], 'focus did not move to the new item');
    expect(status(group)).to.equal('Eintrag 2 hinzugefügt');

    const remove = oneEvent(group, 'ozg-repeat-remove');
    buttons(group, 'remove')[0]!.click();
    expect(((await remove) as CustomEvent<RepeatEventDetail>).detail).to.deep.equal({ index: 0 });
    people.splice(0, 1);
    draw();
    await waitUntil(() => status(group) === 'Eintrag 1 entfernt', 'removal was not announced');
    await waitUntil(() => group.shadowRoot!.activeElement?.getAttribute('part') === 'add', 'focus did not move to the add button');
  });
});
