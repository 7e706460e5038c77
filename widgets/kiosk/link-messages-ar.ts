/** Arabic texts of the kiosk's external-link dialog. */
import type { Message } from '../../src/i18n/messages.js';
import type { LinkMessageKey } from './link-messages.js';

const ar: Record<LinkMessageKey, Message> = {
  'link.external.title': 'لا يمكن فتح هذه الصفحة هنا',
  'link.external.text': 'امسح الرمز بهاتفك الذكي أو أدخل العنوان بنفسك لاحقًا:',
  'link.phone.title': 'رقم الهاتف',
  'link.phone.text': 'لا يمكنك الاتصال من هنا. امسح الرمز بهاتفك الذكي أو اطلب الرقم بنفسك:',
  'link.email.title': 'عنوان البريد الإلكتروني',
  'link.email.text': 'لا يمكنك إرسال بريد إلكتروني من هنا. امسح الرمز بهاتفك الذكي أو اكتب إلى هذا العنوان لاحقًا:',
  'link.qrLabel': 'رمز QR للعنوان {address}',
  'link.close': 'إغلاق',
};

export default ar;
