/**
 * The detail view of one service. Loaded as a lazy chunk together with the
 * HTML sanitizer, only when a citizen opens a service.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Link, Office, Service } from '../../../src/model/index.js';
import { heading } from '../../../src/ui/heading.js';
import { sanitizedHtml } from '../../../src/ui/sanitize.js';
import { renderError } from '../../../src/ui/status-views.js';
import { finderMessages, type FinderMessageKey } from '../messages.js';
import { formatCost, formatDate, formatDuration } from './formatting.js';
import { renderOffice } from './office-card.js';

export interface OfficeResult {
  id: string;
  office?: Office | undefined;
  error?: unknown;
}

export interface DetailViewArgs {
  language: string;
  service: Service;
  offices: OfficeResult[];
  now: Date;
  headingLevel: number;
  headingId: string;
  back: { label: string; href: string; onClick: (event: MouseEvent) => void };
  /** Where this page's own application form can be opened for the service. */
  applyHere?: { href: string; onClick?: ((event: MouseEvent) => void) | undefined } | undefined;
  onRetryOffice: (id: string) => void;
}

export function renderServiceDetail(args: DetailViewArgs): TemplateResult {
  const { language, service, headingLevel: level } = args;
  const t = (key: FinderMessageKey, params?: Record<string, string | number>) => finderMessages.format(language, key, params);
  const sub = level + 1;
  // The backend's texts keep their own language (a German description on a Turkish page is read with a German voice).
  const content = service.language;
  const section = (key: FinderMessageKey, content: unknown, className = '') =>
    html`<section class="section ${className}">${heading(sub, t(key))}${content}</section>`;
  /** Backend HTML, sanitized, in the backend's language; nothing when there is none. */
  const prose = (value: string | undefined) => (value ? html`<div class="prose" lang=${content}>${sanitizedHtml(value)}</div>` : nothing);
  const htmlSection = (key: FinderMessageKey, value: string | undefined) => (value ? section(key, prose(value)) : nothing);
  const links = (items: Link[]) => html`<ul class="links">
    ${items.map((l) => html`<li><a href=${l.uri} rel="noopener">${l.title}</a>${l.description ? html` – ${l.description}` : nothing}</li>`)}
  </ul>`;

  const hasActions = service.onlineServices.length > 0 || args.applyHere || service.appointmentUrl;
  return html`<article class="detail" part="detail" aria-labelledby=${args.headingId}>
    <p class="back"><a href=${args.back.href} @click=${args.back.onClick} part="back-link"><span aria-hidden="true">‹ </span>${args.back.label}</a></p>
    ${heading(level, service.name, { id: args.headingId, focusable: true, className: 'detail-title' })}
    ${service.summary ? html`<p class="lead" lang=${content}>${service.summary}</p>` : nothing}

    ${hasActions
      ? html`<section class="actions" part="actions" aria-labelledby="${args.headingId}-actions">
          ${heading(sub, t('finder.detail.actions'), { id: `${args.headingId}-actions` })}
          <ul class="action-list">
            ${args.applyHere
              ? html`<li><a class="button" part="button apply" href=${args.applyHere.href} @click=${args.applyHere.onClick}>${t('finder.detail.applyHere')}</a></li>`
              : nothing}
            ${service.onlineServices.map(
              (o) => html`<li>
                <a class="button ${args.applyHere ? 'secondary' : ''}" part="button online-service" href=${o.uri} rel="noopener">${o.title}</a>
                ${o.trustLevel ? html`<span class="hint">${t(`finder.detail.trustLevel.${o.trustLevel}`)}</span>` : nothing}
              </li>`,
            )}
            ${service.appointmentUrl
              ? html`<li><a class="button secondary" part="button appointment" href=${service.appointmentUrl} rel="noopener">${t('finder.detail.appointment')}</a></li>`
              : nothing}
          </ul>
        </section>`
      : nothing}

    ${service.costs.length || service.processingTime?.duration || service.deadlines.length
      ? html`<dl class="facts" part="facts">
          ${service.costs.length
            ? html`<div>
                <dt>${t('finder.detail.costs')}</dt>
                <dd>
                  ${formatCost(language, service.costs[0]!)}${service.costs.length > 1
                    ? html` <span class="more">${t('finder.detail.moreCosts', { count: service.costs.length - 1 })}</span>`
                    : nothing}
                </dd>
              </div>`
            : nothing}
          ${service.processingTime?.duration
            ? html`<div><dt>${t('finder.detail.processingTime')}</dt><dd>${formatDuration(language, service.processingTime.duration)}</dd></div>`
            : nothing}
          ${service.deadlines[0]
            ? html`<div>
                <dt>${t('finder.detail.deadlines')}</dt>
                <dd>${service.deadlines[0].label}${service.deadlines[0].duration ? `: ${formatDuration(language, service.deadlines[0].duration)}` : ''}</dd>
              </div>`
            : nothing}
        </dl>`
      : nothing}

    ${htmlSection('finder.detail.description', service.descriptionHtml)} ${htmlSection('finder.detail.requirements', service.requirementsHtml)}
    ${service.requiredDocuments.length
      ? section(
          'finder.detail.documents',
          html`<ul class="documents">
            ${service.requiredDocuments.map(
              (d) => html`<li>
                <strong>${d.name}</strong>${d.required ? nothing : html` <span class="tag">${t('finder.detail.documentOptional')}</span>`}
                ${prose(d.descriptionHtml)}
              </li>`,
            )}
          </ul>`,
        )
      : nothing}
    ${service.costs.length || service.costsNoteHtml
      ? section(
          'finder.detail.costs',
          html`<ul class="costs">
              ${service.costs.map(
                (c) => html`<li>
                  <strong>${formatCost(language, c)}</strong>${c.description ? html` – ${c.description}` : nothing}
                  ${'prepayment' in c && c.prepayment ? html` <span class="tag">${t('finder.detail.prepayment')}</span>` : nothing}
                </li>`,
              )}
            </ul>
            ${prose(service.costsNoteHtml)}`,
        )
      : nothing}
    ${service.deadlines.length
      ? section(
          'finder.detail.deadlines',
          html`<ul>
            ${service.deadlines.map(
              (d) => html`<li>
                <strong>${d.label}</strong>${d.duration ? `: ${formatDuration(language, d.duration)}` : nothing}${d.date ? `: ${formatDate(language, d.date)}` : nothing}
                ${prose(d.descriptionHtml)}
              </li>`,
            )}
          </ul>`,
        )
      : nothing}
    ${service.processingTime
      ? section(
          'finder.detail.processingTime',
          html`${service.processingTime.duration ? html`<p>${formatDuration(language, service.processingTime.duration)}</p>` : nothing}
          ${prose(service.processingTime.descriptionHtml)}`,
        )
      : nothing}
    ${htmlSection('finder.detail.procedure', service.procedureHtml)}
    ${args.offices.length
      ? html`<section class="section offices">
          ${heading(sub, t('finder.detail.offices', { count: args.offices.length }))}
          ${args.offices.map((o) =>
            o.office
              ? renderOffice(language, o.office, args.now, sub + 1)
              : html`<div class="office">${renderError(language, o.error, { onRetry: () => args.onRetryOffice(o.id) })}</div>`,
          )}
        </section>`
      : service.responsibleOfficeNoteHtml
        ? htmlSection('finder.detail.offices', service.responsibleOfficeNoteHtml)
        : nothing}
    ${service.legalBasis.length ? section('finder.detail.legalBasis', links(service.legalBasis)) : nothing}
    ${htmlSection('finder.detail.appeal', service.appealHtml)} ${htmlSection('finder.detail.forms', service.formsNoteHtml)}
    ${service.furtherInformation.length ? section('finder.detail.furtherInformation', links(service.furtherInformation)) : nothing}
    ${service.lastUpdated ? html`<p class="updated">${t('finder.detail.lastUpdated', { date: formatDate(language, service.lastUpdated) })}</p>` : nothing}
  </article>`;
}
