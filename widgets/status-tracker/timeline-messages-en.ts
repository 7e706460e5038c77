/** English texts of the result view (timeline). */
import type { Message } from '../../src/i18n/messages.js';
import type { TimelineMessageKey } from './timeline-messages.js';

const en: Record<TimelineMessageKey, Message> = {
  'timeline.result.current': 'Current status',
  'timeline.result.updated': 'Last changed on {date}',
  'timeline.result.checked': 'Last checked at {time}',
  'timeline.result.refresh': 'Check now',
  'timeline.result.autoRefresh': 'This page checks the status regularly while it is open.',
  'timeline.result.expected': 'Expected to be done by {date}. This is a target, not a promise.',
  'timeline.result.another': 'Check another application',
  'timeline.result.changed': 'New status: {state}',
  'timeline.result.loaded': 'Status of your application: {state}',
  'timeline.timeline': 'History',
  'timeline.timeline.upcoming': 'still to come',
  'timeline.action.title': 'Action needed from you',
  'timeline.action.due': 'Please by {date}',
  'timeline.action.link': 'Send what is missing',
  'timeline.reason': 'Reason: {reason}',
  'timeline.state.submitted': 'Application sent',
  'timeline.state.delivered': 'Received by the authority',
  'timeline.state.in-progress': 'Being processed',
  'timeline.state.action-required': 'Question from the authority',
  'timeline.state.completed': 'Completed',
  'timeline.state.rejected': 'Rejected',
  'timeline.state.withdrawn': 'Withdrawn',
  'timeline.state.decided': 'Decision',
};

export default en;
