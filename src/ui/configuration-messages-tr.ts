/** Turkish texts for editors about a page set up wrongly. */
import type { Message } from '../i18n/messages.js';
import type { ConfigurationMessageKey } from './configuration-messages.js';

const tr: Record<ConfigurationMessageKey, Message> = {
  'config.title': 'Bu öğe doğru şekilde ayarlanmamış',
  'config.editorHint': 'Web editörleri için not:',
  'config.none': 'yok',
  'config.no-connector': 'Hiçbir bağlayıcı (connector) seçilmemiş. Lütfen connector="…" özniteliğini ekleyin. Tanımlı olanlar: {available}.',
  'config.unknown-connector': '“{name}” bağlayıcısı tanımlı değil. Tanımlı olanlar: {available}.',
  'config.unknown-type': '“{name}” bağlayıcısının türü “{type}” bilinmiyor. Bilinen türler: {known}.',
  'config.invalid-config': '“{name}” bağlayıcısının ayarları hatalı: {details}',
  'config.invalid-json': 'Bir yapılandırma bloğu (<script type="application/json" data-ozg-config>) geçerli JSON içermiyor: {details}',
  'config.missing-capability': '“{name}” bağlayıcısı “{capability}” işlevini sunmuyor.',
  'config.load-failed': '“{name}” bağlayıcısı (tür: “{type}”) yüklenemedi: {details}',
};

export default tr;
