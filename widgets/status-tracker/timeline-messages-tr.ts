/** Turkish texts of the result view (timeline), loaded only on Turkish pages. */
import type { Message } from '../../src/i18n/messages.js';
import type { TimelineMessageKey } from './timeline-messages.js';

const tr: Record<TimelineMessageKey, Message> = {
  'timeline.result.current': 'Güncel durum',
  'timeline.result.updated': 'Son değişiklik: {date}',
  'timeline.result.checked': 'Son kontrol: saat {time}',
  'timeline.result.refresh': 'Şimdi güncelle',
  'timeline.result.autoRefresh': 'Bu sayfa açık olduğu sürece durumu düzenli olarak kontrol eder.',
  'timeline.result.expected': 'Tahmini tamamlanma tarihi: {date}. Bu bir tahmindir, kesin bir söz değildir.',
  'timeline.result.another': 'Başka bir başvuruyu sorgula',
  'timeline.result.changed': 'Yeni durum: {state}',
  'timeline.result.loaded': 'Başvurunuzun durumu: {state}',
  'timeline.timeline': 'Geçmiş',
  'timeline.timeline.upcoming': 'henüz gerçekleşmedi',
  'timeline.action.title': 'Sizden bir işlem bekleniyor',
  'timeline.action.due': 'Lütfen en geç {date} tarihine kadar',
  'timeline.action.link': 'Eksikleri gönderin',
  'timeline.reason': 'Gerekçe: {reason}',
  'timeline.state.submitted': 'Başvuru gönderildi',
  'timeline.state.delivered': 'Kuruma ulaştı',
  'timeline.state.in-progress': 'İşlemde',
  'timeline.state.action-required': 'Kurumun bir sorusu var',
  'timeline.state.completed': 'Tamamlandı',
  'timeline.state.rejected': 'Reddedildi',
  'timeline.state.withdrawn': 'Geri çekildi',
  'timeline.state.decided': 'Karar verildi',
};

export default tr;
