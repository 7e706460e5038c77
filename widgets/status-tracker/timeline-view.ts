/** The case as one plain-language timeline: current state, what to do, history, what is still to come. */
import { html, nothing, type TemplateResult } from 'lit';
import { isFinalCaseState } from '../../src/model/case-states.js';
import type { CaseState, CaseStatus } from '../../src/model/case-status.js';
import { heading } from '../../src/ui/heading.js';
import { timelineMessages, type TimelineMessageKey } from './timeline-messages.js';

export { timelineMessages };

/** The usual path; a question from the authority is a detour on it. */
const PATH: readonly (CaseState | 'decided')[] = ['submitted', 'delivered', 'in-progress', 'decided'];
const RANK: Record<CaseState, number> = {
  submitted: 0,
  delivered: 1,
  'in-progress': 2,
  'action-required': 2,
  completed: 3,
  rejected: 3,
  withdrawn: 3,
};

export interface TimelineArgs {
  language: string;
  status: CaseStatus;
  headingLevel: number;
  checkedAt: Date;
  polling: boolean;
  onRefresh: () => void;
  refreshing: boolean;
}

export function stateLabel(language: string, state: CaseState | 'decided'): string {
  return timelineMessages.format(language, `timeline.state.${state}`);
}

export function renderTimeline(args: TimelineArgs): TemplateResult {
  const { language, status } = args;
  const t = (key: TimelineMessageKey, params?: Record<string, string | number>) => timelineMessages.format(language, key, params);
  const date = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(language, { dateStyle: 'long', timeZone: iso.length === 10 ? 'UTC' : undefined });
  const dateTime = (iso: string) => new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
  const latest = status.history.at(-1);
  const action = status.state === 'action-required' ? [...status.history].reverse().find((e) => e.action)?.action : undefined;
  const reason = status.state === 'rejected' ? [...status.history].reverse().find((e) => e.reason)?.reason : undefined;
  const reached = RANK[status.state];
  const upcoming = isFinalCaseState(status.state) ? [] : PATH.filter((_, i) => i > reached);

  return html`<section class="result" part="result">
    <div class="current state-${status.state}" part="current">
      <p class="current-label">${t('timeline.result.current')}</p>
      ${heading(args.headingLevel, stateLabel(language, status.state), { focusable: true, className: 'view-title' })}
      ${status.serviceName ? html`<p class="service">${status.serviceName}${status.authorityName ? ` · ${status.authorityName}` : ''}</p>` : nothing}
      <p class="meta">${t('timeline.result.updated', { date: dateTime(status.updatedAt) })}</p>
      ${status.expectedCompletion && !isFinalCaseState(status.state)
        ? html`<p class="expected">${t('timeline.result.expected', { date: date(status.expectedCompletion) })}</p>`
        : nothing}
    </div>

    ${action
      ? html`<div class="action notice" part="action" role="note">
          <p class="notice-title">${t('timeline.action.title')}</p>
          <p>${action.description}</p>
          ${action.dueDate ? html`<p><strong>${t('timeline.action.due', { date: date(action.dueDate) })}</strong></p>` : nothing}
          ${action.url ? html`<p><a class="button" href=${action.url} rel="noopener">${t('timeline.action.link')}</a></p>` : nothing}
        </div>`
      : nothing}
    ${reason ? html`<div class="notice error" part="reason"><p>${t('timeline.reason', { reason })}</p></div>` : nothing}

    ${heading(args.headingLevel + 1, t('timeline.timeline'))}
    <ol class="timeline" part="timeline">
      ${status.history.map(
        (event) => html`<li class="event ${event === latest ? 'current' : 'done'} state-${event.state}" aria-current=${event === latest ? 'step' : 'false'}>
          <span class="marker" aria-hidden="true"></span>
          <p class="event-title"><strong>${stateLabel(language, event.state)}</strong> <time datetime=${event.at}>${dateTime(event.at)}</time></p>
          ${event.note ? html`<p class="event-note">${event.note}</p>` : nothing}
          ${event.action && event !== latest ? html`<p class="event-note">${event.action.description}</p>` : nothing}
        </li>`,
      )}
      ${upcoming.map(
        (state) => html`<li class="event upcoming">
          <span class="marker" aria-hidden="true"></span>
          <p class="event-title">${stateLabel(language, state)} <span class="tag">${t('timeline.timeline.upcoming')}</span></p>
        </li>`,
      )}
    </ol>

    <div class="refresh">
      <p class="meta">
        ${t('timeline.result.checked', { time: args.checkedAt.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }) })}
        ${args.polling ? html`<br />${t('timeline.result.autoRefresh')}` : nothing}
      </p>
      <button type="button" class="button secondary" ?disabled=${args.refreshing} @click=${args.onRefresh}>${t('timeline.result.refresh')}</button>
    </div>
  </section>`;
}
