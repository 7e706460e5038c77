/** The "check your answers" page: every visible answer with a link to change it. */
import { html, nothing, type TemplateResult } from 'lit';
import { holds } from '../../src/forms/conditions.js';
import { isStepVisible, itemCount, type FormData } from '../../src/forms/form-data.js';
import type { FieldNode, FormModel } from '../../src/forms/form-model.js';
import { concrete, getAt } from '../../src/forms/pointer.js';
import { isBlank } from '../../src/forms/validation.js';
import { heading } from '../../src/ui/heading.js';
import { addressParts, fieldId } from './field-renderer.js';
import { formMessages, type FormMessageKey } from './messages.js';

export interface ReviewArgs {
  language: string;
  model: FormModel;
  data: FormData;
  files: ReadonlyMap<string, File[]>;
  headingLevel: number;
  onChange: (step: number, focusId: string) => void;
}

export function renderReview(args: ReviewArgs): TemplateResult {
  const { language, model, data, headingLevel: level } = args;
  const t = (key: FormMessageKey, params?: Record<string, string | number>) => formMessages.format(language, key, params);
  const change = (step: number, id: string, label: string) =>
    html`<a href="#${id}" @click=${(e: Event) => (e.preventDefault(), args.onChange(step, id))}
      >${t('form.review.change')}<span class="visually-hidden"> ${t('form.review.changeField', { label })}</span></a
    >`;

  /** A `dl` of answers per run of plain fields; groups and repeated items get their own title and list. */
  const blocks = (nodes: readonly FieldNode[], step: number, indices: number[]): TemplateResult[] => {
    const result: TemplateResult[] = [];
    let run: TemplateResult[] = [];
    const flush = () => {
      if (run.length) result.push(html`<dl class="review-list">${run}</dl>`);
      run = [];
    };
    for (const node of nodes) {
      if (node.visibleIf && !holds(node.visibleIf, data, indices)) continue;
      const pointer = concrete(node.pointer, indices);
      if (node.kind === 'group') {
        flush();
        result.push(html`<div class="review-group"><p class="review-group-title">${node.label}</p>${blocks(node.children ?? [], step, indices)}</div>`);
      } else if (node.kind === 'repeatable') {
        flush();
        const count = itemCount(node, data, indices);
        result.push(html`<div class="review-group">
          <p class="review-group-title">${node.label}</p>
          ${Array.from(
            { length: count },
            (_, i) => html`<p class="review-item-title">${t('form.review.item', { number: i + 1 })}</p>
              ${blocks(node.children ?? [], step, [...indices, i])}`,
          )}
        </div>`);
      } else {
        run.push(html`<div class="review-row">
          <dt>${node.label}</dt>
          <dd>${describeValue(node, data, indices, t, language)}</dd>
          <dd class="review-change">${change(step, fieldId(pointer), node.label)}</dd>
        </div>`);
      }
    }
    flush();
    return result;
  };

  return html`<section class="review" aria-labelledby="review-title">
    ${heading(level, t('form.review.title'), { id: 'review-title', focusable: true, className: 'view-title' })}
    <p>${t('form.review.intro')}</p>
    ${model.steps.map((step, index) => {
      if (!isStepVisible(step, data)) return nothing;
      const attachments = step.attachments.filter((a) => !a.visibleIf || holds(a.visibleIf, data));
      return html`<section class="review-step">
        ${heading(level + 1, step.title)} ${blocks(step.fields, index, [])}
        <dl class="review-list">
          ${attachments.map(
            (a) => html`<div class="review-row">
              <dt>${a.label}</dt>
              <dd>${(args.files.get(a.id) ?? []).map((f) => f.name).join(', ') || t('form.review.empty')}</dd>
              <dd class="review-change">${change(index, `attachment-${a.id}`, a.label)}</dd>
            </div>`,
          )}
        </dl>
      </section>`;
    })}
  </section>`;
}

function describeValue(
  node: FieldNode,
  data: FormData,
  indices: number[],
  t: (key: FormMessageKey, params?: Record<string, string | number>) => string,
  language: string,
): string {
  const value = getAt(data, concrete(node.pointer, indices));
  if (node.kind === 'address') {
    const parts = addressParts(node);
    const get = (part: Parameters<typeof parts.get>[0]) => {
      const child = parts.get(part);
      return child ? String(getAt(data, concrete(child.pointer, indices)) ?? '').trim() : '';
    };
    const lines = [`${get('street')} ${get('houseNumber')}`.trim(), `${get('postalCode')} ${get('city')}`.trim(), get('addition')].filter(Boolean);
    return lines.join(', ') || t('form.review.empty');
  }
  if (isBlank(value)) return t('form.review.empty');
  const label = (v: unknown) => node.options?.find((o) => o.value === String(v))?.label ?? String(v);
  switch (node.kind) {
    case 'yes-no':
    case 'checkbox':
      return value === true || value === 'true' ? t('form.review.yes') : t('form.review.no');
    case 'checkboxes':
      return (value as unknown[]).map(label).join(', ');
    case 'radio':
    case 'select':
      return label(value);
    case 'date':
      return new Date(`${String(value)}T12:00:00Z`).toLocaleDateString(language, { timeZone: 'UTC' });
    default:
      return String(value);
  }
}
