/** Arabic texts of the result view (timeline), right to left, loaded only on Arabic pages. */
import type { Message } from '../../src/i18n/messages.js';
import type { TimelineMessageKey } from './timeline-messages.js';

const ar: Record<TimelineMessageKey, Message> = {
  'timeline.result.current': 'الحالة الراهنة',
  'timeline.result.updated': 'آخر تغيير في {date}',
  'timeline.result.checked': 'آخر تحقق الساعة {time}',
  'timeline.result.refresh': 'التحديث الآن',
  'timeline.result.autoRefresh': 'تتحقق هذه الصفحة من الحالة بانتظام ما دامت مفتوحة.',
  'timeline.result.expected': 'الموعد المتوقّع للإنجاز: {date}. هذا تقدير وليس التزامًا.',
  'timeline.result.another': 'الاستعلام عن طلب آخر',
  'timeline.result.changed': 'الحالة الجديدة: {state}',
  'timeline.result.loaded': 'حالة طلبك: {state}',
  'timeline.timeline': 'سجل المراحل',
  'timeline.timeline.upcoming': 'لم يتم بعد',
  'timeline.action.title': 'يُرجى اتخاذ إجراء',
  'timeline.action.due': 'في موعد أقصاه {date}',
  'timeline.action.link': 'تقديم المستندات الناقصة',
  'timeline.reason': 'السبب: {reason}',
  'timeline.state.submitted': 'تم تقديم الطلب',
  'timeline.state.delivered': 'وصل إلى الجهة المختصة',
  'timeline.state.in-progress': 'قيد المعالجة',
  'timeline.state.action-required': 'استفسار من الجهة المختصة',
  'timeline.state.completed': 'تم الإنجاز',
  'timeline.state.rejected': 'مرفوض',
  'timeline.state.withdrawn': 'تم سحب الطلب',
  'timeline.state.decided': 'صدر القرار',
};

export default ar;
