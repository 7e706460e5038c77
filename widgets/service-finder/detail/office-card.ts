/** One responsible office: address, contact, opening hours with "open now", accessibility. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Address, Office, OpeningHours, Weekday } from '../../../src/model/index.js';
import { heading } from '../../../src/ui/heading.js';
import { WEEKDAYS, openingState, slotsOn, upcomingExceptions, type OpeningState } from '../../../src/time/opening-hours.js';
import { finderMessages, type FinderMessageKey } from '../messages.js';
import { formatDate } from './formatting.js';

type T = (key: FinderMessageKey, params?: Record<string, string | number>) => string;

/** Monday 2024-01-01 onwards gives the weekday names in any language. */
function weekdayName(language: string, day: Weekday): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

export function describeOpeningState(language: string, state: OpeningState, t: T): string {
  if (state.open && state.current) {
    return t(state.current.appointmentOnly ? 'finder.office.openNowAppointment' : 'finder.office.openNow', { time: state.current.closes });
  }
  const next = state.next;
  if (!next) return t('finder.office.closed');
  const time = next.slot.opens;
  if (next.daysAhead === 0) return t('finder.office.closedNextToday', { time });
  if (next.daysAhead === 1) return t('finder.office.closedNextTomorrow', { time });
  return t('finder.office.closedNextDay', {
    weekday: weekdayName(language, next.weekday),
    date: formatDate(language, next.date, { day: 'numeric', month: 'numeric' }),
    time,
  });
}

function renderAddress(address: Address): TemplateResult {
  return html`<p class="address">
    ${address.street}${address.houseNumber ? ` ${address.houseNumber}` : ''}<br />
    ${address.postalCode} ${address.city}${address.addition ? html`<br />${address.addition}` : nothing}
  </p>`;
}

function renderWeek(language: string, hours: OpeningHours, t: T): TemplateResult {
  const days = WEEKDAYS.filter((day) => hours.regular.some((s) => s.day === day) || ['mo', 'tu', 'we', 'th', 'fr'].includes(day));
  return html`<table class="hours">
    <caption class="visually-hidden">${t('finder.office.openingHours')}</caption>
    <tbody>
      ${days.map((day) => {
        const slots = hours.regular.filter((s) => s.day === day).sort((a, b) => a.opens.localeCompare(b.opens));
        return html`<tr>
          <th scope="row">${weekdayName(language, day)}</th>
          <td>
            ${slots.length === 0
              ? t('finder.office.closedDay')
              : slots.map(
                  (s, i) => html`${i > 0 ? html`<br />` : nothing}${t('finder.office.slot', { opens: s.opens, closes: s.closes })}${s.appointmentOnly
                      ? html` <span class="tag">${t('finder.office.appointmentOnly')}</span>`
                      : nothing}`,
                )}
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function renderExceptions(language: string, hours: OpeningHours, now: Date, t: T, level: number) {
  const exceptions = upcomingExceptions(hours, now);
  if (exceptions.length === 0) return nothing;
  return html`${heading(level, t('finder.office.exceptions'), { className: 'minor' })}
    <ul class="exceptions">
      ${exceptions.map((e) => {
        const { slots } = slotsOn(hours, e.date);
        const when = formatDate(language, e.date) + (e.dateTo ? ` – ${formatDate(language, e.dateTo)}` : '');
        const what = slots.length
          ? slots.map((s) => t('finder.office.slot', { opens: s.opens, closes: s.closes })).join(', ')
          : t('finder.office.closedDay');
        return html`<li>${when}: ${what}${e.note ? ` (${e.note})` : ''}</li>`;
      })}
    </ul>`;
}

function renderAccessibility(office: Office, t: T, level: number) {
  const a = office.accessibility;
  if (!a) return nothing;
  const facts = [
    a.wheelchairAccessible === true ? t('finder.office.wheelchair') : a.wheelchairAccessible === false ? t('finder.office.notWheelchair') : undefined,
    a.accessibleToilet ? t('finder.office.toilet') : undefined,
    a.accessibleParking ? t('finder.office.parking') : undefined,
    a.hearingLoop ? t('finder.office.hearingLoop') : undefined,
  ].filter((f): f is string => f !== undefined);
  if (facts.length === 0 && !a.notes) return nothing;
  return html`${heading(level, t('finder.office.accessibility'), { className: 'minor' })}
    ${facts.length ? html`<p>${facts.join(' · ')}</p>` : nothing} ${a.notes ? html`<p>${a.notes}</p>` : nothing}`;
}

export function renderOffice(language: string, office: Office, now: Date, level: number): TemplateResult {
  const t: T = (key, params) => finderMessages.format(language, key, params);
  const sub = level + 1;
  const { contact } = office;
  const state = office.openingHours ? openingState(office.openingHours, now) : undefined;
  return html`<article class="office" part="office">
    ${heading(level, office.name)}
    ${office.description ? html`<p>${office.description}</p>` : nothing}
    <div class="office-grid">
      <div>
        ${office.visitorAddress ? html`${heading(sub, t('finder.office.address'), { className: 'minor' })}${renderAddress(office.visitorAddress)}` : nothing}
        ${heading(sub, t('finder.office.contact'), { className: 'minor' })}
        <dl class="contact">
          ${contact.phone.map(
            (p) => html`<dt>${p.label ?? t('finder.office.phone')}</dt><dd><a href="tel:${p.value.replace(/[^\d+]/g, '')}">${p.value}</a></dd>`,
          )}
          ${contact.email.map((e) => html`<dt>${e.label ?? t('finder.office.email')}</dt><dd><a href="mailto:${e.value}">${e.value}</a></dd>`)}
          ${contact.fax.map((f) => html`<dt>${f.label ?? t('finder.office.fax')}</dt><dd>${f.value}</dd>`)}
          ${contact.web ? html`<dt>${t('finder.office.web')}</dt><dd><a href=${contact.web} rel="noopener">${new URL(contact.web).host}</a></dd>` : nothing}
        </dl>
        ${office.appointmentUrl
          ? html`<p><a class="button secondary" href=${office.appointmentUrl} rel="noopener">${t('finder.office.appointment')}</a></p>`
          : nothing}
      </div>
      <div>
        ${office.openingHours && state
          ? html`${heading(sub, t('finder.office.openingHours'), { className: 'minor' })}
              <p class="open-state ${state.open ? 'open' : 'closed'}">
                <span class="dot" aria-hidden="true"></span>${describeOpeningState(language, state, t)}
              </p>
              ${state.todayNote ? html`<p>${state.todayNote}</p>` : nothing} ${renderWeek(language, office.openingHours, t)}
              ${office.openingHours.note ? html`<p>${office.openingHours.note}</p>` : nothing}
              ${renderExceptions(language, office.openingHours, now, t, sub)}`
          : nothing}
        ${renderAccessibility(office, t, sub)}
      </div>
    </div>
  </article>`;
}
