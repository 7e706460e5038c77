/** Turkish texts of the kiosk's external-link dialog. */
import type { Message } from '../../src/i18n/messages.js';
import type { LinkMessageKey } from './link-messages.js';

const tr: Record<LinkMessageKey, Message> = {
  'link.external.title': 'Bu sayfa burada açılmıyor',
  'link.external.text': 'Kodu akıllı telefonunuzla tarayın veya adresi daha sonra kendiniz girin:',
  'link.phone.title': 'Telefon numarası',
  'link.phone.text': 'Buradan arama yapamazsınız. Kodu akıllı telefonunuzla tarayın veya numarayı kendiniz arayın:',
  'link.email.title': 'E-posta adresi',
  'link.email.text': 'Buradan e-posta gönderemezsiniz. Kodu akıllı telefonunuzla tarayın veya daha sonra bu adrese yazın:',
  'link.qrLabel': '{address} için QR kodu',
  'link.close': 'Kapat',
};

export default tr;
