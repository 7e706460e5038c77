/** The confirmation after sending: reference number, what happens next, print, status link. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt } from '../../src/model/receipt.js';
import { heading } from '../../src/ui/heading.js';
import { formMessages, type FormMessageKey } from './messages.js';

export interface ReceiptArgs {
  language: string;
  receipt: Receipt;
  headingLevel: number;
  statusHref?: string | undefined;
  onPrint: () => void;
}

export function renderReceipt(args: ReceiptArgs): TemplateResult {
  const { language, receipt } = args;
  const t = (key: FormMessageKey, params?: Record<string, string | number>) => formMessages.format(language, key, params);
  const submitted = new Date(receipt.submittedAt);
  const date = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString(language, { timeZone: 'UTC', dateStyle: 'long' });
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-title">
    <div class="receipt-banner">
      ${heading(args.headingLevel, t('form.receipt.title'), { id: 'receipt-title', focusable: true, className: 'view-title' })}
      <p class="receipt-reference-label">${t('form.receipt.reference')}</p>
      <p class="receipt-reference" part="reference">${receipt.reference}</p>
    </div>
    ${receipt.serviceName ? html`<p><strong>${receipt.serviceName}</strong></p>` : nothing}
    <p>
      ${t('form.receipt.submittedAt', {
        date: submitted.toLocaleDateString(language, { dateStyle: 'long' }),
        time: submitted.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }),
      })}
    </p>
    ${receipt.authorityName ? html`<p>${t('form.receipt.authority', { name: receipt.authorityName })}</p>` : nothing}
    ${receipt.statusLookup?.pin ? html`<p class="receipt-pin">${t('form.receipt.pin', { pin: receipt.statusLookup.pin })}</p>` : nothing}
    <p>${t('form.receipt.keep')}</p>
    ${receipt.nextSteps.length
      ? html`${heading(args.headingLevel + 1, t('form.receipt.next'))}
          <ol class="next-steps">
            ${receipt.nextSteps.map((step) => html`<li>${step}</li>`)}
          </ol>`
      : nothing}
    ${receipt.expectedCompletion ? html`<p>${t('form.receipt.expected', { date: date(receipt.expectedCompletion) })}</p>` : nothing}
    <p class="receipt-actions no-print">
      <button type="button" class="button secondary" @click=${args.onPrint}>${t('form.receipt.print')}</button>
      ${args.statusHref ? html`<a class="button" href=${args.statusHref}>${t('form.receipt.status')}</a>` : nothing}
      ${receipt.documentUrl ? html`<a href=${receipt.documentUrl} rel="noopener">${t('form.receipt.document')}</a>` : nothing}
    </p>
  </section>`;
}
