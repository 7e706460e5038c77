/**
 * Musterstadt demo services: Kfz-Zulassung, Führerschein, Straßenverkehr,
 * Bußgeld und öffentliche Sicherheit und Ordnung. Musterstadt is fictional
 * (Stadtkreis in Baden-Württemberg); procedures, legal bases and fees follow
 * the real-world services as of 2025/2026. LeiKa keys are left empty where
 * they could not be verified.
 */
import type { CatalogFileInput } from '../../../connectors/static-json/index.js';

type ServiceInput = CatalogFileInput['services'][number];
type LinkInput = NonNullable<ServiceInput['legalBasis']>[number];
type DeadlineInput = NonNullable<ServiceInput['deadlines']>[number];

/** A federal law or regulation on gesetze-im-internet.de. */
const gii = (path: string, title: string): LinkInput => ({ uri: `https://www.gesetze-im-internet.de/${path}`, title });
/** A law of Baden-Württemberg on landesrecht-bw.de (permanent link by abbreviation). */
const bw = (abbreviation: string, title: string): LinkInput => ({
  uri: `https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=${abbreviation}+BW&psml=bsbawueprod.psml&max=true&aiz=true`,
  title,
});
/** A statute of the city of Musterstadt. */
const ortsrecht = (slug: string, title: string): LinkInput => ({ uri: `https://www.musterstadt.example/ortsrecht/${slug}`, title });
/** A page on the city's website. */
const page = (path: string, title: string): LinkInput => ({ uri: `https://www.musterstadt.example/${path}`, title });
const eur = (value: number) => ({ value, currency: 'EUR' });
const termin = (id: string) => `https://termine.musterstadt.example/?anliegen=${id}`;
const onlineService = (id: string, title: string, trustLevel: 'none' | 'low' | 'substantial' | 'high') => ({
  title,
  uri: `https://service.musterstadt.example/${id}`,
  trustLevel,
});

/** Module 14 "Formulare" in the PVOG style. */
const forms = (f: { formulare: boolean; schriftform: boolean; formlos: boolean; persoenlich: boolean; online: boolean; hinweis?: string }) =>
  `<p>Formulare vorhanden: ${f.formulare ? 'Ja' : 'Nein'}<br> Schriftform erforderlich: ${f.schriftform ? 'Ja' : 'Nein'}<br> ` +
  `Formlose Antragsstellung möglich: ${f.formlos ? 'Ja' : 'Nein'}<br> Persönliches Erscheinen nötig: ${f.persoenlich ? 'Ja' : 'Nein'}<br> ` +
  `Online-Dienste vorhanden: ${f.online ? 'Ja' : 'Nein'}</p>` +
  (f.hinweis ? `<p>${f.hinweis}</p>` : '');

const widerspruchsfrist: DeadlineInput = {
  label: 'Widerspruchsfrist',
  typeCode: '009',
  duration: { value: 1, unit: 'month' },
  descriptionHtml: '<p>Widerspruch kann innerhalb eines Monats nach Bekanntgabe des Bescheides eingelegt werden.</p>',
};

/** Module 25 "Rechtsbehelf" for decisions of the city. */
const widerspruch = (extra = '') =>
  '<p>Gegen den Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erheben. ' +
  'Der Widerspruch ist schriftlich, elektronisch oder zur Niederschrift bei der Stadt Musterstadt einzulegen. ' +
  'Hilft die Stadt dem Widerspruch nicht ab, entscheidet das zuständige Regierungspräsidium durch Widerspruchsbescheid. ' +
  'Gegen den Widerspruchsbescheid ist die Klage beim Verwaltungsgericht möglich.</p>' +
  extra;

const FZV = gii('fzv_2023/', 'Fahrzeug-Zulassungsverordnung (FZV)');
const GEBOST = gii('stgebo_2011/', 'Gebührenordnung für Maßnahmen im Straßenverkehr (GebOSt)');
const FEV = (section: string, title: string) => gii(`fev_2010/__${section}.html`, `§ ${section} Fahrerlaubnis-Verordnung (FeV) – ${title}`);
const KBA = { uri: 'https://www.kba.de/', title: 'Kraftfahrt-Bundesamt (KBA)' };
const SERVICE_BW = { uri: 'https://www.service-bw.de/', title: 'Serviceportal Baden-Württemberg (service-bw)' };

const kfz: ServiceInput[] = [
  {
    id: 'fahrzeug-zulassen',
    leikaKeys: [],
    name: 'Fahrzeug zulassen (Neuzulassung)',
    officialName: 'Fahrzeugzulassung Neuzulassung',
    summary:
      'Bevor Sie ein neues oder gebrauchtes Kraftfahrzeug oder einen Anhänger auf öffentlichen Straßen nutzen dürfen, müssen Sie es bei der Zulassungsbehörde zulassen. Sie erhalten ein amtliches Kennzeichen und die Zulassungsbescheinigung Teil I.',
    synonyms: ['Auto anmelden', 'Kfz-Zulassung', 'Erstzulassung', 'Neuwagen anmelden', 'Zulassungsstelle', 'Nummernschild', 'i-Kfz', 'vehicle registration', 'Auto zulassen'],
    descriptionHtml:
      '<p>Kraftfahrzeuge mit einer bauartbedingten Höchstgeschwindigkeit von mehr als 6 km/h und ihre Anhänger dürfen auf öffentlichen Straßen nur in Betrieb gesetzt werden, wenn sie zugelassen sind. Ausgenommen sind zum Beispiel Kleinkrafträder, E-Scooter und bestimmte landwirtschaftliche Anhänger; diese brauchen stattdessen ein Versicherungskennzeichen oder sind zulassungsfrei.</p>' +
      '<p>Die Zulassung beantragen Sie bei der Zulassungsbehörde Ihres Wohnortes, in Musterstadt bei der Kfz-Zulassungsstelle. Bei der Zulassung wird Ihr Fahrzeug im Zentralen Fahrzeugregister des Kraftfahrt-Bundesamtes gespeichert. Sie erhalten ein Kennzeichen mit dem Unterscheidungszeichen der Stadt, die Zulassungsbescheinigung Teil I (Fahrzeugschein) und – bei einem Neufahrzeug – die Zulassungsbescheinigung Teil II (Fahrzeugbrief). Die Stempelplaketten werden auf Ihren Kennzeichenschildern angebracht.</p>' +
      '<p>Privatpersonen und Unternehmen können die Zulassung auch online über das Internetbasierte Fahrzeugzulassungsverfahren (i-Kfz) beantragen. Sie benötigen dafür einen Personalausweis oder elektronischen Aufenthaltstitel mit aktivierter Online-Ausweisfunktion. Die Zulassungsdokumente und Plaketten erhalten Sie dann per Post; bis dahin dürfen Sie mit dem vorläufigen Zulassungsnachweis fahren.</p>' +
      '<p>Die Kraftfahrzeugsteuer wird vom Hauptzollamt erhoben. Dafür erteilen Sie bei der Zulassung ein SEPA-Lastschriftmandat; die Zulassungsstelle übermittelt die Daten an den Zoll.</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren Wohnsitz oder Sitz (bei Unternehmen) in Musterstadt.</li><li>Für das Fahrzeug besteht eine Kfz-Haftpflichtversicherung (elektronische Versicherungsbestätigung, eVB-Nummer).</li><li>Das Fahrzeug entspricht einem genehmigten Typ oder hat eine Einzelgenehmigung.</li><li>Bei Gebrauchtfahrzeugen: Die Hauptuntersuchung ist gültig, soweit sie vorgeschrieben ist.</li><li>Es bestehen keine Rückstände bei der Kraftfahrzeugsteuer und keine offenen Gebühren bei einer Zulassungsbehörde.</li></ul>',
    procedureHtml:
      '<p><strong>Persönlich:</strong></p><ol><li>Vereinbaren Sie online einen Termin bei der Kfz-Zulassungsstelle. Ein Wunschkennzeichen können Sie vorher reservieren.</li><li>Bringen Sie alle Unterlagen zum Termin mit. Die Mitarbeitenden prüfen die Unterlagen und teilen Ihnen ein Kennzeichen zu.</li><li>Lassen Sie die Kennzeichenschilder bei einem Schilderpräger anfertigen (zum Beispiel im Gebäude der Zulassungsstelle).</li><li>Die Zulassungsstelle bringt die Stempelplaketten auf den Schildern an und händigt Ihnen die Zulassungsbescheinigungen aus. Sie bezahlen die Gebühr bar oder mit Karte.</li></ol>' +
      '<p><strong>Online (i-Kfz):</strong></p><ol><li>Rufen Sie den Online-Dienst auf und melden Sie sich mit der Online-Ausweisfunktion an.</li><li>Geben Sie die Fahrzeugdaten, den Sicherheitscode der Zulassungsbescheinigung Teil II, die eVB-Nummer und die Daten für das SEPA-Mandat ein.</li><li>Bezahlen Sie die Gebühr online. Sie erhalten einen vorläufigen Zulassungsnachweis zum Ausdrucken, mit dem Sie bis zu 10 Tage fahren dürfen.</li><li>Zulassungsbescheinigung Teil I und Plaketten kommen per Post; kleben Sie die Plaketten auf die Kennzeichenschilder.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(30), max: eur(45), description: 'Gebühr für die Zulassung einschließlich Plakettenstempel (je nach Fahrzeugart und Aufwand); online meist günstiger' },
      { kind: 'fixed', amount: eur(10.2), description: 'zusätzlich für die Zuteilung eines Wunschkennzeichens' },
    ],
    costsNoteHtml:
      '<p>Die Kennzeichenschilder kaufen Sie bei einem privaten Schilderpräger (etwa 20 bis 50 Euro für ein Paar). Kosten für eine Hauptuntersuchung oder Einzelgenehmigung kommen gegebenenfalls hinzu.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass mit Meldebestätigung', required: true },
      { name: 'Zulassungsbescheinigung Teil II (Fahrzeugbrief)', descriptionHtml: '<p>Bei Neufahrzeugen zusätzlich die Übereinstimmungsbescheinigung (CoC) oder Datenbestätigung.</p>', required: true },
      { name: 'eVB-Nummer Ihrer Kfz-Haftpflichtversicherung', required: true },
      { name: 'SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer', descriptionHtml: '<p>Mit IBAN der Kontoinhaberin oder des Kontoinhabers; bei fremdem Konto mit deren Unterschrift.</p>', required: true },
      { name: 'Nachweis über die Hauptuntersuchung', descriptionHtml: '<p>Nur bei Gebrauchtfahrzeugen, zum Beispiel der HU-Bericht.</p>', required: false },
      { name: 'Vollmacht und Ausweis der bevollmächtigten Person', descriptionHtml: '<p>Nur wenn Sie eine andere Person schicken; bei Unternehmen zusätzlich Gewerbeanmeldung oder Handelsregisterauszug.</p>', required: false },
    ],
    deadlines: [],
    processingTime: {
      duration: { value: 1, unit: 'day' },
      descriptionHtml: '<p>Bei persönlicher Vorsprache mit vollständigen Unterlagen wird das Fahrzeug sofort zugelassen. Online-Anträge werden in der Regel innerhalb von 1 bis 3 Arbeitstagen bearbeitet; die Unterlagen kommen anschließend per Post.</p>',
    },
    legalBasis: [FZV, gii('stvg/__1.html', '§ 1 Straßenverkehrsgesetz (StVG) – Zulassung'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true, hinweis: 'Bei der persönlichen Antragstellung können Sie sich mit schriftlicher Vollmacht vertreten lassen.' }),
    furtherInformation: [KBA, page('kfz-zulassung', 'Kfz-Zulassungsstelle Musterstadt: Unterlagen und Wartezeiten')],
    onlineServices: [onlineService('fahrzeug-zulassen', 'Fahrzeug online zulassen (i-Kfz)', 'high')],
    appointmentUrl: termin('fahrzeug-zulassen'),
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-12T09:00:00Z',
  },
  {
    id: 'fahrzeug-umschreiben',
    leikaKeys: [],
    name: 'Fahrzeug umschreiben (Halterwechsel)',
    officialName: 'Fahrzeugzulassung Umschreibung bei Halterwechsel',
    summary:
      'Wenn Sie ein zugelassenes Fahrzeug gekauft, geerbt oder geschenkt bekommen haben, müssen Sie es unverzüglich auf sich umschreiben lassen. Das bisherige Kennzeichen können Sie behalten, wenn Sie im selben Zulassungsbezirk wohnen.',
    synonyms: ['Ummeldung', 'Auto ummelden', 'Halterwechsel', 'Gebrauchtwagen anmelden', 'Umschreibung', 'Kfz ummelden', 'Autokauf', 'change of vehicle owner'],
    descriptionHtml:
      '<p>Bei einem Wechsel der Halterin oder des Halters muss das Fahrzeug auf die neue Person umgeschrieben werden. Das gilt beim Kauf eines Gebrauchtwagens, bei einer Schenkung oder einer Erbschaft, aber auch, wenn ein Fahrzeug von einer Privatperson auf ein Unternehmen übergeht.</p>' +
      '<p>Die Umschreibung beantragt die neue Halterin oder der neue Halter bei der Zulassungsbehörde des eigenen Wohnortes. Sie können das bisherige Kennzeichen weiterführen, auch wenn es aus einem anderen Zulassungsbezirk stammt. Sie können aber auch ein neues Kennzeichen oder ein Wunschkennzeichen beantragen.</p>' +
      '<p>Die Verkäuferin oder der Verkäufer soll den Verkauf der Zulassungsbehörde anzeigen (Veräußerungsanzeige). Damit endet die Verantwortung für Steuer und Versicherung nicht automatisch; sie endet erst mit der Umschreibung oder Außerbetriebsetzung. Es lohnt sich daher für beide Seiten, die Umschreibung zügig zu erledigen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind neue Halterin oder neuer Halter des Fahrzeugs und wohnen in Musterstadt.</li><li>Das Fahrzeug ist zugelassen oder war höchstens sieben Jahre außer Betrieb gesetzt.</li><li>Es besteht eine Kfz-Haftpflichtversicherung auf Ihren Namen (eVB-Nummer).</li><li>Die Hauptuntersuchung ist gültig.</li></ul>',
    procedureHtml:
      '<ol><li>Lassen Sie sich beim Kauf beide Teile der Zulassungsbescheinigung und gegebenenfalls den HU-Bericht aushändigen.</li><li>Besorgen Sie bei Ihrer Versicherung eine eVB-Nummer.</li><li>Beantragen Sie die Umschreibung online über i-Kfz oder persönlich mit Termin bei der Kfz-Zulassungsstelle.</li><li>Die Zulassungsstelle stellt eine neue Zulassungsbescheinigung Teil I aus und trägt Sie in die Zulassungsbescheinigung Teil II ein.</li><li>Bei einem neuen Kennzeichen lassen Sie die Schilder prägen; die alten Schilder werden entstempelt.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(27), max: eur(40), description: 'Gebühr für die Umschreibung, je nachdem ob das Kennzeichen bleibt oder neu zugeteilt wird' },
      { kind: 'fixed', amount: eur(10.2), description: 'zusätzlich für ein Wunschkennzeichen' },
    ],
    costsNoteHtml: '<p>Bei einem neuen Kennzeichen kommen die Kosten für die Schilder hinzu.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass mit Meldebestätigung', required: true },
      { name: 'Zulassungsbescheinigung Teil I und Teil II', required: true },
      { name: 'eVB-Nummer', required: true },
      { name: 'SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer', required: true },
      { name: 'Nachweis über die gültige Hauptuntersuchung', descriptionHtml: '<p>Nur falls die HU-Plakette abgelaufen ist oder der Termin nicht aus den Unterlagen hervorgeht.</p>', required: false },
      { name: 'Bisherige Kennzeichenschilder', descriptionHtml: '<p>Nur wenn Sie ein neues Kennzeichen erhalten.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Antragsfrist',
        descriptionHtml: '<p>Die neue Halterin oder der neue Halter muss die Umschreibung unverzüglich, das heißt ohne schuldhaftes Zögern, beantragen. Wird das Fahrzeug nicht umgeschrieben, kann die Zulassungsbehörde den Betrieb untersagen.</p>',
      },
    ],
    processingTime: { duration: { value: 1, unit: 'day' }, descriptionHtml: '<p>Bei vollständigen Unterlagen sofort; online in der Regel 1 bis 3 Arbeitstage.</p>' },
    legalBasis: [FZV, GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [KBA],
    onlineServices: [onlineService('fahrzeug-umschreiben', 'Fahrzeug online umschreiben (i-Kfz)', 'high')],
    appointmentUrl: termin('fahrzeug-umschreiben'),
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-12T09:05:00Z',
  },
  {
    id: 'fahrzeug-ausser-betrieb-setzen',
    leikaKeys: [],
    name: 'Fahrzeug außer Betrieb setzen (Abmeldung)',
    officialName: 'Fahrzeugzulassung Außerbetriebsetzung',
    summary:
      'Wenn Sie Ihr Fahrzeug nicht mehr nutzen, verkaufen ins Ausland, verschrotten oder stilllegen möchten, setzen Sie es bei der Zulassungsbehörde außer Betrieb. Das geht auch online über i-Kfz.',
    synonyms: ['Auto abmelden', 'Kfz-Abmeldung', 'Stilllegung', 'Außerbetriebsetzung', 'Auto stilllegen', 'Abmeldung online', 'i-Kfz', 'deregister vehicle'],
    descriptionHtml:
      '<p>Mit der Außerbetriebsetzung („Abmeldung“) wird im Fahrzeugregister vermerkt, dass Ihr Fahrzeug nicht mehr am Straßenverkehr teilnimmt. Die Pflicht zur Zahlung der Kraftfahrzeugsteuer endet mit dem Tag der Außerbetriebsetzung; die Zulassungsstelle informiert den Zoll. Ihre Versicherung erhält ebenfalls eine Mitteilung.</p>' +
      '<p>Ein außer Betrieb gesetztes Fahrzeug darf nicht mehr auf öffentlichen Straßen fahren oder abgestellt werden. Sie können es innerhalb von sieben Jahren mit den vorhandenen Fahrzeugdaten wieder zulassen. Auf Wunsch bleibt Ihr bisheriges Kennzeichen für Sie reserviert.</p>' +
      '<p>Die Außerbetriebsetzung ist online möglich, wenn die Zulassungsbescheinigung Teil I einen freigerubbelten Sicherheitscode trägt und die Kennzeichenschilder Stempelplaketten mit verdecktem Sicherheitscode haben (Fahrzeuge, die ab 2015 zugelassen wurden). Soll das Fahrzeug verschrottet werden, geben Sie es bei einem anerkannten Demontagebetrieb ab; der Verwertungsnachweis ist der Zulassungsbehörde mitzuteilen.</p>',
    requirementsHtml:
      '<ul><li>Das Fahrzeug ist im Zulassungsbezirk Musterstadt oder in einem anderen Bezirk zugelassen (die Außerbetriebsetzung ist bei jeder Zulassungsbehörde möglich).</li><li>Für die Online-Abmeldung: Online-Ausweisfunktion ist nicht zwingend, aber die Sicherheitscodes auf Zulassungsbescheinigung Teil I und Kennzeichen müssen vorhanden sein.</li></ul>',
    procedureHtml:
      '<p><strong>Online:</strong> Geben Sie im Online-Dienst das Kennzeichen, den Sicherheitscode der Zulassungsbescheinigung Teil I und die Codes der beiden Stempelplaketten ein und bezahlen Sie die Gebühr. Sie erhalten sofort eine Bestätigung der Außerbetriebsetzung als PDF.</p>' +
      '<p><strong>Persönlich:</strong></p><ol><li>Bringen Sie die Kennzeichenschilder und die Zulassungsbescheinigung Teil I mit zum Termin.</li><li>Die Zulassungsstelle entstempelt die Schilder und vermerkt die Außerbetriebsetzung in der Zulassungsbescheinigung.</li><li>Sie erhalten eine Abmeldebescheinigung für Ihre Versicherung und Ihre Unterlagen.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(6), max: eur(12), description: 'Gebühr für die Außerbetriebsetzung; online in der Regel am günstigsten' },
      { kind: 'fixed', amount: eur(2.6), description: 'zusätzlich, wenn Sie das bisherige Kennzeichen reservieren lassen' },
    ],
    requiredDocuments: [
      { name: 'Zulassungsbescheinigung Teil I (Fahrzeugschein)', required: true },
      { name: 'Beide Kennzeichenschilder', descriptionHtml: '<p>Bei der Online-Abmeldung behalten Sie die Schilder; die Stempelplaketten sind danach ungültig.</p>', required: true },
      { name: 'Verwertungsnachweis', descriptionHtml: '<p>Nur wenn das Fahrzeug verschrottet wurde.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Wiederzulassung',
        duration: { value: 7, unit: 'year' },
        descriptionHtml: '<p>Nach der Außerbetriebsetzung bleiben die Fahrzeugdaten sieben Jahre gespeichert. Innerhalb dieser Zeit ist eine Wiederzulassung ohne neues Gutachten möglich.</p>',
      },
    ],
    processingTime: { descriptionHtml: '<p>Die Außerbetriebsetzung erfolgt sofort, online rund um die Uhr.</p>' },
    legalBasis: [FZV, GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [KBA],
    onlineServices: [onlineService('fahrzeug-ausser-betrieb-setzen', 'Fahrzeug online abmelden (i-Kfz)', 'none')],
    appointmentUrl: termin('fahrzeug-ausser-betrieb-setzen'),
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-12T09:10:00Z',
  },
  {
    id: 'fahrzeug-wieder-zulassen',
    leikaKeys: [],
    name: 'Fahrzeug wieder zulassen',
    officialName: 'Fahrzeugzulassung Wiederzulassung',
    summary:
      'Ein außer Betrieb gesetztes Fahrzeug können Sie wieder zulassen. Innerhalb von sieben Jahren nach der Abmeldung genügen in der Regel die vorhandenen Fahrzeugpapiere.',
    synonyms: ['Wiederanmeldung', 'Auto wieder anmelden', 'Wiederzulassung', 'stillgelegtes Auto anmelden', 'Kfz-Zulassung', 'Oldtimer anmelden'],
    descriptionHtml:
      '<p>Wenn Sie ein außer Betrieb gesetztes Fahrzeug wieder im Straßenverkehr nutzen möchten, müssen Sie es erneut zulassen. Das gilt auch, wenn Sie selbst das Fahrzeug früher abgemeldet haben.</p>' +
      '<p>Liegt die Außerbetriebsetzung nicht länger als sieben Jahre zurück, sind die technischen Daten noch im Zentralen Fahrzeugregister gespeichert. Sie brauchen dann die Zulassungsbescheinigungen Teil I und II. Ist das Fahrzeug länger als sieben Jahre abgemeldet oder fehlen die Daten, verlangt die Zulassungsstelle ein Gutachten einer amtlich anerkannten Prüforganisation.</p>' +
      '<p>Wenn Sie Ihr bisheriges Kennzeichen bei der Abmeldung reserviert haben, erhalten Sie es wieder, solange die Reservierung gilt.</p>',
    requirementsHtml:
      '<ul><li>Sie sind Halterin oder Halter und wohnen in Musterstadt.</li><li>Es besteht eine Kfz-Haftpflichtversicherung (eVB-Nummer).</li><li>Die Hauptuntersuchung ist gültig oder wird vor der Zulassung durchgeführt.</li><li>Steuerrückstände für das Fahrzeug oder Gebührenrückstände bestehen nicht.</li></ul>',
    procedureHtml:
      '<ol><li>Lassen Sie, falls nötig, die Hauptuntersuchung durchführen. Für die Fahrt zur Prüfstelle können Sie ein Kurzzeitkennzeichen beantragen.</li><li>Beantragen Sie die Wiederzulassung online über i-Kfz oder persönlich mit Termin.</li><li>Die Zulassungsstelle prüft die Unterlagen, teilt das Kennzeichen zu und gibt die Zulassungsbescheinigung Teil I aus.</li><li>Die Stempelplaketten werden auf die Schilder geklebt (online: Versand per Post).</li></ol>',
    costs: [{ kind: 'variable', min: eur(30), max: eur(45), description: 'Gebühr für die Wiederzulassung einschließlich Plakettenstempel' }],
    costsNoteHtml: '<p>Kosten für Kennzeichenschilder, Hauptuntersuchung oder ein Gutachten kommen gegebenenfalls hinzu.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass mit Meldebestätigung', required: true },
      { name: 'Zulassungsbescheinigung Teil I und Teil II', required: true },
      { name: 'eVB-Nummer', required: true },
      { name: 'SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer', required: true },
      { name: 'Nachweis über die Hauptuntersuchung', required: true },
      { name: 'Gutachten einer Prüforganisation', descriptionHtml: '<p>Nur wenn das Fahrzeug länger als sieben Jahre außer Betrieb war.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'day' }, descriptionHtml: '<p>Bei vollständigen Unterlagen sofort.</p>' },
    legalBasis: [FZV, GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [KBA],
    onlineServices: [onlineService('fahrzeug-wieder-zulassen', 'Fahrzeug online wieder zulassen (i-Kfz)', 'high')],
    appointmentUrl: termin('fahrzeug-wieder-zulassen'),
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-12T09:15:00Z',
  },
  {
    id: 'wunschkennzeichen-reservieren',
    leikaKeys: [],
    name: 'Wunschkennzeichen reservieren',
    officialName: 'Kennzeichen Reservierung Wunschkennzeichen',
    summary:
      'Sie können vor der Zulassung eine bestimmte Buchstaben- und Zahlenkombination für Ihr Kennzeichen online reservieren. Die Reservierung gilt 90 Tage.',
    synonyms: ['Wunschnummer', 'Wunschkennzeichen', 'Kennzeichen reservieren', 'Nummernschild reservieren', 'Autokennzeichen', 'personalised number plate'],
    descriptionHtml:
      '<p>Das Kennzeichen besteht aus dem Unterscheidungszeichen der Stadt und einer Erkennungsnummer aus ein bis zwei Buchstaben und einer bis vier Ziffern. Die Erkennungsnummer können Sie sich aussuchen, sofern sie frei ist. Insgesamt darf das Kennzeichen höchstens acht Zeichen haben.</p>' +
      '<p>Über den Online-Dienst sehen Sie sofort, ob Ihre Wunschkombination verfügbar ist, und können sie reservieren. Die Reservierungsbestätigung mit Reservierungsnummer legen Sie bei der Zulassung vor. Sie können das Wunschkennzeichen auch ohne Reservierung direkt bei der Zulassung wählen, haben dann aber keine Sicherheit, dass es noch frei ist.</p>' +
      '<p>Kombinationen, die gegen die guten Sitten verstoßen oder an nationalsozialistische Begriffe erinnern (zum Beispiel „HJ“, „KZ“, „SA“, „SS“), werden nicht vergeben. Bestimmte kurze Kombinationen sind Fahrzeugen vorbehalten, für die nur kleine Schilder passen.</p>',
    requirementsHtml:
      '<ul><li>Sie möchten ein Fahrzeug in Musterstadt zulassen oder umschreiben.</li><li>Die gewünschte Kombination ist frei und zulässig.</li></ul>',
    procedureHtml:
      '<ol><li>Rufen Sie den Online-Dienst auf und geben Sie die gewünschte Kombination ein.</li><li>Ist sie frei, reservieren Sie sie mit Ihren Kontaktdaten. Sie erhalten eine Bestätigung per E-Mail.</li><li>Bringen Sie die Reservierungsbestätigung zur Zulassung mit oder geben Sie die Nummer im i-Kfz-Antrag ein.</li><li>Die Gebühren für Reservierung und Zuteilung zahlen Sie bei der Zulassung.</li></ol>',
    costs: [
      { kind: 'fixed', amount: eur(2.6), description: 'Reservierung' },
      { kind: 'fixed', amount: eur(10.2), description: 'Zuteilung des Wunschkennzeichens bei der Zulassung' },
    ],
    requiredDocuments: [
      { name: 'Gewünschte Buchstaben- und Zahlenkombination', descriptionHtml: '<p>Für die Verfügbarkeitsprüfung; halten Sie Alternativen bereit.</p>', required: true },
      { name: 'Reservierungsbestätigung', descriptionHtml: '<p>Ausgedruckt oder digital; bei der Zulassung vorzulegen.</p>', required: true },
    ],
    deadlines: [
      {
        label: 'Gültigkeit der Reservierung',
        duration: { value: 90, unit: 'day' },
        descriptionHtml: '<p>Wird das Fahrzeug innerhalb von 90 Tagen nicht zugelassen, verfällt die Reservierung und die Kombination wird wieder freigegeben.</p>',
      },
    ],
    processingTime: { descriptionHtml: '<p>Die Online-Reservierung ist sofort wirksam.</p>' },
    legalBasis: [FZV, GEBOST],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('wunschkennzeichen-reservieren', 'Wunschkennzeichen online reservieren', 'none')],
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-20T08:30:00Z',
  },
  {
    id: 'saisonkennzeichen-beantragen',
    leikaKeys: [],
    name: 'Saisonkennzeichen beantragen',
    officialName: 'Fahrzeugzulassung Zuteilung Saisonkennzeichen',
    summary:
      'Mit einem Saisonkennzeichen ist Ihr Fahrzeug nur in einem festen Zeitraum im Jahr zugelassen, zum Beispiel ein Motorrad von März bis Oktober. Steuer und Versicherung zahlen Sie nur für diese Monate.',
    synonyms: ['Saisonzulassung', 'Saisonnummer', 'Motorrad Saison', 'Cabrio Kennzeichen', 'Wohnmobil Saison', 'seasonal number plate'],
    descriptionHtml:
      '<p>Ein Saisonkennzeichen eignet sich für Fahrzeuge, die Sie nur zu bestimmten Jahreszeiten nutzen, etwa Motorräder, Cabrios, Wohnmobile oder Wohnwagen. Der Betriebszeitraum umfasst mindestens zwei und höchstens elf volle Monate und wiederholt sich jedes Jahr automatisch. Er ist rechts auf dem Kennzeichenschild angegeben, zum Beispiel „03“ über „10“ für März bis Oktober.</p>' +
      '<p>Außerhalb des Zeitraums darf das Fahrzeug nicht auf öffentlichen Straßen fahren oder abgestellt werden. Eine erneute Zulassung ist nicht nötig; Kraftfahrzeugsteuer und Versicherungsbeitrag fallen nur für den Betriebszeitraum an.</p>' +
      '<p>Sie können ein Saisonkennzeichen bei der Neuzulassung, Umschreibung oder Wiederzulassung beantragen oder ein bestehendes Kennzeichen umstellen lassen. Dabei werden neue Schilder benötigt.</p>',
    requirementsHtml:
      '<ul><li>Das Fahrzeug wird in Musterstadt zugelassen oder ist hier zugelassen.</li><li>Die Versicherung bestätigt den Saisonzeitraum mit einer eVB-Nummer.</li><li>Der Zeitraum umfasst mindestens 2 und höchstens 11 Monate.</li></ul>',
    procedureHtml:
      '<ol><li>Vereinbaren Sie mit Ihrer Versicherung den Saisonzeitraum und lassen Sie sich eine eVB-Nummer geben.</li><li>Beantragen Sie das Saisonkennzeichen mit Termin bei der Kfz-Zulassungsstelle oder online zusammen mit der Zulassung.</li><li>Lassen Sie die Saisonkennzeichenschilder prägen; die Zulassungsstelle bringt die Plaketten an.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(30), max: eur(45), description: 'bei Neuzulassung oder Wiederzulassung mit Saisonkennzeichen' },
      { kind: 'variable', min: eur(11), max: eur(20), description: 'Umstellung eines zugelassenen Fahrzeugs auf ein Saisonkennzeichen' },
    ],
    costsNoteHtml: '<p>Die neuen Schilder kosten beim Schilderpräger etwa 25 bis 50 Euro.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Zulassungsbescheinigung Teil I und Teil II', required: true },
      { name: 'eVB-Nummer mit Angabe des Saisonzeitraums', required: true },
      { name: 'SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer', required: true },
      { name: 'Bisherige Kennzeichenschilder', descriptionHtml: '<p>Bei der Umstellung eines zugelassenen Fahrzeugs.</p>', required: false },
    ],
    deadlines: [{ label: 'Betriebszeitraum', duration: { value: 2, unit: 'month', valueTo: 11 }, descriptionHtml: '<p>Der Zeitraum umfasst volle Monate und gilt jedes Jahr wieder.</p>' }],
    processingTime: { duration: { value: 1, unit: 'day' }, descriptionHtml: '<p>Sofort bei vollständigen Unterlagen.</p>' },
    legalBasis: [FZV, GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: termin('saisonkennzeichen-beantragen'),
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000', '1110000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-20T08:35:00Z',
  },
  {
    id: 'kurzzeitkennzeichen-beantragen',
    leikaKeys: [],
    name: 'Kurzzeitkennzeichen beantragen',
    officialName: 'Kurzzeitkennzeichen Zuteilung',
    summary:
      'Für Probe- und Überführungsfahrten mit einem nicht zugelassenen Fahrzeug, etwa zur Hauptuntersuchung oder nach einem Autokauf, können Sie ein Kurzzeitkennzeichen erhalten. Es gilt höchstens fünf Tage.',
    synonyms: ['Kurzzeitkennzeichen', 'Überführungskennzeichen', '5-Tage-Kennzeichen', 'gelbes Kennzeichen', 'Probefahrt', 'Überführung', 'temporary number plate'],
    descriptionHtml:
      '<p>Mit einem Kurzzeitkennzeichen dürfen Sie ein nicht zugelassenes Fahrzeug für Probefahrten, Prüfungsfahrten (zum Beispiel zur Hauptuntersuchung) und Überführungsfahrten nutzen. Das Kennzeichen hat eine Ziffernfolge, die mit „04“ beginnt, und ein gelbes Feld mit dem Ablaufdatum.</p>' +
      '<p>Das Kurzzeitkennzeichen ist fahrzeugbezogen: Es wird für ein bestimmtes Fahrzeug ausgegeben und darf nur mit diesem genutzt werden. Es gilt längstens fünf Tage. Fahrten zu anderen Zwecken, etwa private Urlaubsfahrten, sind nicht erlaubt.</p>' +
      '<p>Zuständig ist die Zulassungsbehörde Ihres Wohnortes. Für Fahrzeughändler und Werkstätten gibt es stattdessen rote Kennzeichen zur wiederkehrenden Verwendung.</p>',
    requirementsHtml:
      '<ul><li>Das Fahrzeug ist nicht zugelassen.</li><li>Es besteht eine Versicherung für das Kurzzeitkennzeichen (eVB-Nummer speziell für Kurzzeitkennzeichen).</li><li>Für Fahrten außer zur Prüfstelle muss eine gültige Hauptuntersuchung nachgewiesen werden; Fahrten zur nächstgelegenen Prüfstelle sind auch ohne HU möglich.</li></ul>',
    procedureHtml:
      '<ol><li>Besorgen Sie bei einer Versicherung eine eVB-Nummer für ein Kurzzeitkennzeichen.</li><li>Vereinbaren Sie einen Termin bei der Kfz-Zulassungsstelle und bringen Sie die Unterlagen mit.</li><li>Sie erhalten den Fahrzeugschein für Kurzzeitkennzeichen und lassen die Schilder beim Schilderpräger anfertigen.</li></ol>',
    costs: [{ kind: 'variable', min: eur(13), max: eur(25), description: 'Gebühr für die Zuteilung' }],
    costsNoteHtml: '<p>Hinzu kommen die Versicherung (je nach Anbieter etwa 50 bis 150 Euro) und die Schilder (etwa 20 bis 30 Euro).</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'eVB-Nummer für das Kurzzeitkennzeichen', required: true },
      { name: 'Zulassungsbescheinigung Teil I oder Teil II oder anderer Nachweis der Fahrzeug-Identifizierungsnummer', required: true },
      { name: 'Nachweis über die gültige Hauptuntersuchung', descriptionHtml: '<p>Nicht nötig für die Fahrt zur Prüfstelle.</p>', required: false },
    ],
    deadlines: [{ label: 'Gültigkeitsdauer', duration: { value: 5, unit: 'day' }, descriptionHtml: '<p>Das Kurzzeitkennzeichen gilt höchstens fünf Tage; das Ablaufdatum steht auf dem gelben Feld.</p>' }],
    processingTime: { descriptionHtml: '<p>Sofort bei vollständigen Unterlagen.</p>' },
    legalBasis: [FZV, GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: termin('kurzzeitkennzeichen-beantragen'),
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-20T08:40:00Z',
  },
  {
    id: 'adressaenderung-fahrzeugpapiere',
    leikaKeys: [],
    name: 'Adressänderung in den Fahrzeugpapieren eintragen lassen',
    officialName: 'Fahrzeugzulassung Änderung der Halteranschrift',
    summary:
      'Wenn Sie umziehen, muss Ihre neue Anschrift in der Zulassungsbescheinigung Teil I eingetragen werden. Ihr bisheriges Kennzeichen können Sie auch bei einem Umzug aus einer anderen Stadt behalten.',
    synonyms: ['Umzug Auto', 'Adresse Fahrzeugschein ändern', 'Kfz ummelden Umzug', 'Anschriftenänderung', 'Kennzeichenmitnahme', 'Fahrzeugschein Adresse'],
    descriptionHtml:
      '<p>Nach einem Umzug sind Sie verpflichtet, die Änderung Ihrer Anschrift unverzüglich in der Zulassungsbescheinigung Teil I eintragen zu lassen. Das gilt für einen Umzug innerhalb von Musterstadt ebenso wie für einen Zuzug aus einer anderen Stadt oder einem anderen Landkreis.</p>' +
      '<p>Ziehen Sie innerhalb von Musterstadt um, wird die Anschrift meist schon bei der Ummeldung im Bürgerbüro mit erfasst, wenn Sie Ihre Fahrzeugpapiere mitbringen. Bei einem Zuzug aus einem anderen Zulassungsbezirk ist die Kfz-Zulassungsstelle zuständig. Sie können das bisherige Kennzeichen behalten (Kennzeichenmitnahme) oder ein neues Musterstädter Kennzeichen wählen.</p>' +
      '<p>Eine Adressänderung ist auch online über i-Kfz möglich.</p>',
    requirementsHtml: '<ul><li>Sie sind Halterin oder Halter eines zugelassenen Fahrzeugs.</li><li>Sie haben Ihren neuen Wohnsitz in Musterstadt angemeldet.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie zuerst Ihren Wohnsitz im Bürgerbüro an oder um.</li><li>Bei einem Umzug innerhalb der Stadt: Bringen Sie die Zulassungsbescheinigung Teil I zur Ummeldung ins Bürgerbüro mit; dort wird ein Aufkleber mit der neuen Anschrift angebracht.</li><li>Bei einem Zuzug: Beantragen Sie die Änderung online oder mit Termin bei der Kfz-Zulassungsstelle und entscheiden Sie, ob Sie das bisherige Kennzeichen behalten möchten.</li><li>Bei einem neuen Kennzeichen lassen Sie neue Schilder anfertigen; die alten werden entstempelt.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(11), max: eur(20), description: 'Änderung der Anschrift ohne Kennzeichenwechsel' },
      { kind: 'variable', min: eur(25), max: eur(40), description: 'Änderung mit neuem Kennzeichen' },
    ],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass mit neuer Anschrift oder Meldebestätigung', required: true },
      { name: 'Zulassungsbescheinigung Teil I', required: true },
      { name: 'Kennzeichenschilder', descriptionHtml: '<p>Nur wenn Sie ein neues Kennzeichen wünschen.</p>', required: false },
      { name: 'SEPA-Lastschriftmandat', descriptionHtml: '<p>Nur wenn sich die Bankverbindung für die Kraftfahrzeugsteuer ändert.</p>', required: false },
    ],
    deadlines: [{ label: 'Mitteilungsfrist', descriptionHtml: '<p>Die Änderung ist unverzüglich nach dem Umzug mitzuteilen. Ein Verstoß kann als Ordnungswidrigkeit mit einem Verwarnungsgeld geahndet werden.</p>' }],
    processingTime: { descriptionHtml: '<p>Sofort bei persönlicher Vorsprache; online in der Regel innerhalb weniger Arbeitstage.</p>' },
    legalBasis: [FZV, GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('adressaenderung-fahrzeugpapiere', 'Anschrift in den Fahrzeugpapieren online ändern (i-Kfz)', 'high')],
    appointmentUrl: termin('adressaenderung-fahrzeugpapiere'),
    officeIds: ['oe-kfz-zulassung', 'oe-buergerbuero-mitte'],
    lifeSituations: ['1090000', '1050000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-20T08:45:00Z',
  },
  {
    id: 'zulassungsbescheinigung-teil-1-ersatz',
    leikaKeys: [],
    name: 'Ersatz für verlorene Zulassungsbescheinigung Teil I beantragen',
    officialName: 'Zulassungsbescheinigung Teil I Ausstellung Ersatz bei Verlust',
    summary:
      'Ist Ihr Fahrzeugschein (Zulassungsbescheinigung Teil I) verloren gegangen, gestohlen oder unbrauchbar geworden, stellt Ihnen die Zulassungsstelle ein Ersatzdokument aus.',
    synonyms: ['Fahrzeugschein verloren', 'Fahrzeugschein gestohlen', 'Ersatz Fahrzeugschein', 'Zulassungsbescheinigung verloren', 'Kfz-Schein weg', 'Duplikat Fahrzeugschein'],
    descriptionHtml:
      '<p>Die Zulassungsbescheinigung Teil I müssen Sie bei jeder Fahrt mitführen. Ist sie abhandengekommen oder so beschädigt, dass sie nicht mehr lesbar ist, beantragen Sie eine neue Bescheinigung. Die verlorene Bescheinigung wird für ungültig erklärt und im Verkehrsblatt beziehungsweise im Fahndungssystem ausgeschrieben.</p>' +
      '<p>Bei Verlust müssen Sie an Eides statt versichern, wo und wann das Dokument abhandengekommen ist und dass Sie es nicht mehr besitzen. Diese Versicherung geben Sie bei der Zulassungsstelle ab. Wurde die Bescheinigung gestohlen, zeigen Sie den Diebstahl zusätzlich bei der Polizei an.</p>' +
      '<p>Finden Sie die alte Bescheinigung später wieder, geben Sie sie bei der Zulassungsstelle ab.</p>',
    requirementsHtml: '<ul><li>Sie sind Halterin oder Halter des Fahrzeugs oder von ihr oder ihm bevollmächtigt.</li><li>Das Fahrzeug ist zugelassen.</li></ul>',
    procedureHtml:
      '<ol><li>Vereinbaren Sie einen Termin bei der Kfz-Zulassungsstelle.</li><li>Geben Sie dort die Versicherung an Eides statt über den Verlust ab oder legen Sie die beschädigte Bescheinigung vor.</li><li>Die Zulassungsstelle prüft die Angaben im Fahrzeugregister und stellt eine neue Zulassungsbescheinigung Teil I aus.</li><li>Ist das Fahrzeug außerhalb von Musterstadt zugelassen, holt die Zulassungsstelle gegebenenfalls eine Bestätigung der bisherigen Behörde ein; das kann einige Tage dauern.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(13), max: eur(20), description: 'Ausstellung der Ersatzbescheinigung' },
      { kind: 'variable', min: eur(20), max: eur(35), description: 'Abnahme der Versicherung an Eides statt (nur bei Verlust)' },
    ],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Zulassungsbescheinigung Teil II (Fahrzeugbrief)', required: true },
      { name: 'Nachweis über die Hauptuntersuchung', descriptionHtml: '<p>Zum Beispiel der letzte HU-Bericht, falls vorhanden.</p>', required: false },
      { name: 'Diebstahlsanzeige der Polizei', descriptionHtml: '<p>Nur bei Diebstahl.</p>', required: false },
      { name: 'Beschädigte Zulassungsbescheinigung Teil I', descriptionHtml: '<p>Nur bei Beschädigung.</p>', required: false },
    ],
    deadlines: [{ label: 'Anzeigepflicht', descriptionHtml: '<p>Der Verlust ist unverzüglich anzuzeigen. Ohne Zulassungsbescheinigung Teil I dürfen Sie das Fahrzeug nicht führen.</p>' }],
    processingTime: { duration: { value: 1, unit: 'day', valueTo: 5, unitTo: 'working-day' }, descriptionHtml: '<p>In der Regel sofort; bei Fahrzeugen aus einem anderen Zulassungsbezirk bis zu fünf Arbeitstage.</p>' },
    legalBasis: [FZV, gii('stgb/__156.html', '§ 156 Strafgesetzbuch (StGB) – Falsche Versicherung an Eides Statt'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false, hinweis: 'Die Versicherung an Eides statt kann nur persönlich abgegeben werden.' }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: termin('zulassungsbescheinigung-teil-1-ersatz'),
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000', '1070000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-20T08:50:00Z',
  },
  {
    id: 'feinstaubplakette-erhalten',
    leikaKeys: [],
    name: 'Feinstaubplakette erhalten',
    officialName: 'Plakette für emissionsarme Kraftfahrzeuge Ausgabe',
    summary:
      'Für Fahrten in Umweltzonen brauchen Kraftfahrzeuge eine Feinstaubplakette (Umweltplakette). Sie erhalten sie bei der Zulassungsstelle, bei Prüforganisationen und vielen Werkstätten.',
    synonyms: ['Umweltplakette', 'grüne Plakette', 'Feinstaubplakette', 'Umweltzone', 'Plakette Windschutzscheibe', 'emission sticker'],
    descriptionHtml:
      '<p>In Umweltzonen dürfen nur Kraftfahrzeuge fahren, die mit der vorgeschriebenen Plakette gekennzeichnet sind. In der Musterstädter Umweltzone innerhalb des Innenstadtrings ist die grüne Plakette erforderlich. Welche Plakette Ihr Fahrzeug erhält, richtet sich nach der Emissionsschlüsselnummer in der Zulassungsbescheinigung Teil I (Feld 14.1).</p>' +
      '<p>Die Plakette wird auf der Innenseite der Windschutzscheibe angebracht und gilt, solange das Kennzeichen gleich bleibt. Nach einem Kennzeichenwechsel brauchen Sie eine neue Plakette.</p>' +
      '<p>Ausgenommen von der Plakettenpflicht sind unter anderem Krafträder, land- und forstwirtschaftliche Zugmaschinen, Fahrzeuge mit H-Kennzeichen oder rotem 07-Kennzeichen sowie Fahrzeuge von Menschen mit den Merkzeichen „aG“, „H“ oder „Bl“. Auch Fahrzeuge mit ausländischer Zulassung brauchen für die Umweltzone eine Plakette.</p>',
    requirementsHtml: '<ul><li>Das Fahrzeug erfüllt die Anforderungen einer Schadstoffgruppe (Plaketten gibt es für die Schadstoffgruppen 2 bis 4).</li></ul>',
    procedureHtml:
      '<ol><li>Kommen Sie mit der Zulassungsbescheinigung Teil I zur Kfz-Zulassungsstelle; ein Termin ist für die Plakette nicht nötig.</li><li>Die Mitarbeitenden ermitteln die Schadstoffgruppe und beschriften die Plakette mit Ihrem Kennzeichen.</li><li>Sie bezahlen die Gebühr und kleben die Plakette selbst auf die Windschutzscheibe.</li></ol><p>Alternativ können Sie die Plakette mit einer Kopie des Fahrzeugscheins schriftlich bestellen; sie wird Ihnen dann per Post zugeschickt.</p>',
    costs: [{ kind: 'fixed', amount: eur(5), description: 'je Plakette bei der Zulassungsstelle; bei Versand zuzüglich Porto' }],
    requiredDocuments: [
      { name: 'Zulassungsbescheinigung Teil I oder eine Kopie davon', required: true },
      { name: 'Nachweis über ein nachgerüstetes Partikelminderungssystem', descriptionHtml: '<p>Nur wenn die Nachrüstung noch nicht in der Zulassungsbescheinigung eingetragen ist.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Sofort bei persönlicher Abholung; bei schriftlicher Bestellung etwa eine Woche.</p>' },
    legalBasis: [
      gii('bimschv_35/', 'Verordnung zur Kennzeichnung der Kraftfahrzeuge mit geringem Beitrag zur Schadstoffbelastung (35. BImSchV)'),
      gii('bimschg/__40.html', '§ 40 Bundes-Immissionsschutzgesetz (BImSchG) – Verkehrsbeschränkungen'),
    ],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: true, persoenlich: false, online: false }),
    furtherInformation: [{ uri: 'https://www.umweltbundesamt.de/', title: 'Umweltbundesamt: Umweltzonen in Deutschland' }],
    onlineServices: [],
    officeIds: ['oe-kfz-zulassung'],
    lifeSituations: ['1090000', '1170000'],
    categories: ['verkehr', 'umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-01-15T10:00:00Z',
  },
];

const fuehrerschein: ServiceInput[] = [
  {
    id: 'fuehrerschein-erstmals-beantragen',
    leikaKeys: [],
    name: 'Führerschein erstmals beantragen (Fahrerlaubnis)',
    officialName: 'Fahrerlaubnis Ersterteilung',
    summary:
      'Wenn Sie zum ersten Mal eine Fahrerlaubnis erwerben möchten, stellen Sie den Antrag bei der Führerscheinstelle, meist zusammen mit Ihrer Fahrschule. Erst danach können Sie zur theoretischen und praktischen Prüfung zugelassen werden.',
    synonyms: ['Führerschein machen', 'Fahrerlaubnis beantragen', 'Führerscheinantrag', 'Klasse B', 'Autoführerschein', 'Motorradführerschein', 'Fahrschule', 'driving licence'],
    descriptionHtml:
      '<p>Wer auf öffentlichen Straßen ein Kraftfahrzeug führen will, braucht eine Fahrerlaubnis der passenden Klasse. Sie wird durch den Führerschein nachgewiesen. Bevor Sie zur Prüfung zugelassen werden, prüft die Fahrerlaubnisbehörde, ob Sie die Voraussetzungen erfüllen, und holt Auskünfte aus dem Fahreignungsregister und dem Zentralen Fahrerlaubnisregister ein.</p>' +
      '<p>Ist alles in Ordnung, erteilt die Führerscheinstelle der Technischen Prüfstelle (in Baden-Württemberg der TÜV SÜD) einen Prüfauftrag. Die Fahrschule meldet Sie dann zu den Prüfungen an. Nach bestandener praktischer Prüfung erhalten Sie den Führerschein oder einen Vorläufigen Nachweis der Fahrerlaubnis, der bis zur Aushändigung des Kartenführerscheins, höchstens drei Monate, im Inland gilt.</p>' +
      '<p>Die Fahrerlaubnisklassen AM, A1, A2, A, B, BE, L und T werden unbefristet erteilt; der Führerschein selbst ist 15 Jahre gültig. Fahranfängerinnen und Fahranfänger haben eine Probezeit von zwei Jahren. Möchten Sie schon mit 17 Jahren Auto fahren, beantragen Sie das Begleitete Fahren ab 17.</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren ordentlichen Wohnsitz in Deutschland und sind in Musterstadt gemeldet.</li><li>Sie haben das Mindestalter erreicht oder erreichen es in den nächsten sechs Monaten (zum Beispiel 15 Jahre für AM, 16 Jahre für A1, 17 Jahre für B beim Begleiteten Fahren, 18 Jahre für B).</li><li>Sie sind körperlich und geistig zum Führen von Kraftfahrzeugen geeignet und haben ausreichendes Sehvermögen.</li><li>Sie haben an einer Schulung in Erster Hilfe (9 Unterrichtseinheiten) teilgenommen.</li><li>Sie besitzen keine Fahrerlaubnis derselben Klasse aus einem anderen EU- oder EWR-Staat.</li><li>Sie werden in einer Fahrschule ausgebildet und bestehen die theoretische und praktische Prüfung.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie sich bei einer Fahrschule an. Die meisten Fahrschulen reichen den Antrag für Sie bei der Führerscheinstelle ein.</li><li>Stellen Sie den Antrag spätestens zu Beginn der Ausbildung, damit die Prüfung der Unterlagen rechtzeitig abgeschlossen ist. Sie können ihn auch online stellen.</li><li>Die Führerscheinstelle prüft Ihre Angaben und holt die Registerauskünfte ein. Sind Bedenken gegen Ihre Eignung bekannt (zum Beispiel Drogen- oder Alkoholauffälligkeiten), kann sie ein ärztliches Gutachten oder eine medizinisch-psychologische Untersuchung anordnen.</li><li>Die Führerscheinstelle erteilt den Prüfauftrag an die Technische Prüfstelle.</li><li>Nach bestandener praktischer Prüfung händigt Ihnen die Prüferin oder der Prüfer den Führerschein oder den Vorläufigen Nachweis aus.</li></ol>',
    costs: [{ kind: 'variable', min: eur(40), max: eur(60), description: 'Gebühr der Führerscheinstelle je nach Klasse, einschließlich Registerauskünften und Herstellung des Führerscheins' }],
    costsNoteHtml:
      '<p>Hinzu kommen die Prüfungsgebühren der Technischen Prüfstelle (für Klasse B derzeit rund 25 Euro für die Theorie und rund 130 Euro für die Praxis), die Kosten der Fahrschule, des Erste-Hilfe-Kurses, des Sehtests und des Passbildes.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei ausländischen Staatsangehörigen mit Aufenthaltstitel und Meldebestätigung.</p>', required: true },
      { name: 'Biometrisches Passbild (35 x 45 mm)', required: true },
      { name: 'Sehtestbescheinigung', descriptionHtml: '<p>Nicht älter als zwei Jahre, zum Beispiel von einer Augenoptikerin oder einem Augenoptiker. Für die Lkw- und Busklassen ist ein augenärztliches Zeugnis nötig.</p>', required: true },
      { name: 'Nachweis über die Schulung in Erster Hilfe', required: true },
      { name: 'Ärztliches Zeugnis über die körperliche und geistige Eignung', descriptionHtml: '<p>Nur für die Klassen C1, C1E, C, CE, D1, D1E, D und DE.</p>', required: false },
      { name: 'Einverständniserklärung der Eltern', descriptionHtml: '<p>Nur bei Minderjährigen, unterschrieben von allen Sorgeberechtigten.</p>', required: false },
    ],
    deadlines: [
      { label: 'Frühester Antrag', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Der Antrag kann frühestens sechs Monate vor Erreichen des Mindestalters gestellt werden.</p>' },
      { label: 'Gültigkeit des Prüfauftrags', duration: { value: 12, unit: 'month' }, descriptionHtml: '<p>Die theoretische Prüfung muss innerhalb von 12 Monaten nach Eingang des Prüfauftrags bestanden sein, die praktische Prüfung innerhalb von 12 Monaten nach der bestandenen Theorie.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Die Prüfung des Antrags dauert etwa vier bis sechs Wochen, bei Auffälligkeiten im Register länger.</p>' },
    legalBasis: [gii('stvg/__2.html', '§ 2 Straßenverkehrsgesetz (StVG) – Fahrerlaubnis und Führerschein'), FEV('21', 'Antrag auf Erteilung einer Fahrerlaubnis'), FEV('22', 'Verfahren bei der Behörde und der Technischen Prüfstelle'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true, hinweis: 'Bei minderjährigen Antragstellenden müssen die Sorgeberechtigten zustimmen.' }),
    furtherInformation: [KBA, page('fuehrerscheinstelle', 'Führerscheinstelle Musterstadt: Bearbeitungsstand und Hinweise')],
    onlineServices: [onlineService('fuehrerschein-erstmals-beantragen', 'Fahrerlaubnis online beantragen', 'substantial')],
    appointmentUrl: termin('fuehrerschein-erstmals-beantragen'),
    officeIds: ['oe-fuehrerscheinstelle'],
    lifeSituations: ['1090000', '1030000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-02T07:30:00Z',
  },
  {
    id: 'fuehrerschein-umtauschen',
    leikaKeys: [],
    name: 'Führerschein umtauschen (Pflichtumtausch)',
    officialName: 'Führerschein Umtausch in Kartenführerschein',
    summary:
      'Alle Führerscheine, die vor dem 19. Januar 2013 ausgestellt wurden, müssen bis spätestens 19. Januar 2033 in einen neuen EU-Kartenführerschein umgetauscht werden. Die Frist richtet sich nach Geburtsjahr oder Ausstellungsjahr.',
    synonyms: ['Führerscheinumtausch', 'Pflichtumtausch', 'grauer Lappen', 'rosa Führerschein', 'Kartenführerschein', 'alten Führerschein tauschen', 'driving licence exchange'],
    descriptionHtml:
      '<p>Nach EU-Recht sind Führerscheine, die ab dem 19. Januar 2013 ausgestellt werden, 15 Jahre gültig. Ältere Führerscheine – Papierführerscheine („grauer“ oder „rosa Lappen“) und Kartenführerscheine aus den Jahren 1999 bis 2013 – müssen stufenweise umgetauscht werden. Der Umtausch betrifft nur das Dokument; Ihre Fahrerlaubnis bleibt in vollem Umfang bestehen. Eine Prüfung oder ärztliche Untersuchung ist nicht nötig.</p>' +
      '<p><strong>Fristen für Papierführerscheine</strong> (nach Geburtsjahr): vor 1953 geboren bis 19.01.2033; 1953–1958 bis 19.01.2022; 1959–1964 bis 19.01.2023; 1965–1970 bis 19.01.2024; ab 1971 bis 19.01.2025.</p>' +
      '<p><strong>Fristen für Kartenführerscheine</strong> (nach Ausstellungsjahr): 1999–2001 bis 19.01.2026; 2002–2004 bis 19.01.2027; 2005–2007 bis 19.01.2028; 2008 bis 19.01.2029; 2009 bis 19.01.2030; 2010 bis 19.01.2031; 2011 bis 19.01.2032; 2012 bis 18.01.2013 bis 19.01.2033.</p>' +
      '<p>Wer mit einem nicht umgetauschten Führerschein fährt, begeht eine Ordnungswidrigkeit (Verwarnungsgeld). Wurde Ihr Führerschein nicht in Musterstadt ausgestellt, fordert die Führerscheinstelle eine Karteikartenabschrift bei der ausstellenden Behörde an.</p>',
    requirementsHtml: '<ul><li>Sie haben Ihren Hauptwohnsitz in Musterstadt.</li><li>Ihr Führerschein wurde vor dem 19. Januar 2013 ausgestellt.</li></ul>',
    procedureHtml:
      '<ol><li>Beantragen Sie den Umtausch online oder mit Termin bei der Führerscheinstelle.</li><li>Die Führerscheinstelle prüft Ihre Daten im Zentralen Fahrerlaubnisregister und bestellt den neuen Kartenführerschein bei der Bundesdruckerei.</li><li>Nach etwa vier Wochen erhalten Sie eine Nachricht, dass der Führerschein abholbereit ist, oder er wird Ihnen im Direktversand zugeschickt.</li><li>Bei der Abholung geben Sie den alten Führerschein ab. Auf Wunsch wird er entwertet und Sie dürfen ihn behalten.</li></ol>',
    costs: [
      { kind: 'fixed', amount: eur(25.3), description: 'Umtausch in einen Kartenführerschein' },
      { kind: 'fixed', amount: eur(5.1), description: 'zusätzlich für den Direktversand durch die Bundesdruckerei (optional)' },
    ],
    costsNoteHtml: '<p>Wurde Ihr Führerschein von einer anderen Behörde ausgestellt, kann für die Karteikartenabschrift eine zusätzliche Gebühr anfallen.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Bisheriger Führerschein', descriptionHtml: '<p>Im Original; bei Online-Antrag eine Kopie, das Original geben Sie bei der Abholung ab.</p>', required: true },
    ],
    deadlines: [
      { label: 'Umtauschfrist spätestens', date: '2033-01-19', descriptionHtml: '<p>Letzte Frist für Papierführerscheine von vor 1953 Geborenen und für Kartenführerscheine aus 2012 bis Januar 2013. Die Fristen für die übrigen Führerscheine sind in der Beschreibung aufgeführt.</p>' },
    ],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 5 }, descriptionHtml: '<p>Die Herstellung bei der Bundesdruckerei dauert etwa drei bis fünf Wochen.</p>' },
    legalBasis: [FEV('24a', 'Gültigkeit von Führerscheinen'), gii('fev_2010/anlage_8e.html', 'Anlage 8e FeV – Umtauschfristen'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true, hinweis: 'Für die Abholung ist persönliches Erscheinen nötig, sofern Sie keinen Direktversand gewählt haben.' }),
    furtherInformation: [KBA],
    onlineServices: [onlineService('fuehrerschein-umtauschen', 'Führerscheinumtausch online beantragen', 'high')],
    appointmentUrl: termin('fuehrerschein-umtauschen'),
    officeIds: ['oe-fuehrerscheinstelle'],
    lifeSituations: ['1090000', '1070000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-02T07:35:00Z',
  },
  {
    id: 'internationalen-fuehrerschein-beantragen',
    leikaKeys: [],
    name: 'Internationalen Führerschein beantragen',
    officialName: 'Internationaler Führerschein Ausstellung',
    summary:
      'Für Fahrten in Ländern außerhalb der EU und des EWR benötigen Sie häufig zusätzlich einen Internationalen Führerschein. Er gilt drei Jahre und nur zusammen mit Ihrem nationalen Kartenführerschein.',
    synonyms: ['IFS', 'internationaler Führerschein', 'Führerschein Ausland', 'Mietwagen USA', 'Führerschein Urlaub', 'international driving permit', 'IDP'],
    descriptionHtml:
      '<p>Der Internationale Führerschein ist eine mehrsprachige Übersetzung Ihrer Fahrerlaubnis. Viele Staaten außerhalb der Europäischen Union verlangen ihn, zum Beispiel für die Anmietung eines Fahrzeugs oder bei Verkehrskontrollen. Ob er in Ihrem Reiseland nötig ist, erfahren Sie bei der Botschaft des Landes oder bei Automobilclubs.</p>' +
      '<p>Die Führerscheinstelle stellt den Internationalen Führerschein nach dem Wiener Übereinkommen von 1968 aus; er gilt drei Jahre, aber nicht länger als Ihr nationaler Führerschein. Für wenige Staaten ist ein Internationaler Führerschein nach dem Pariser Abkommen von 1926 mit einem Jahr Gültigkeit erforderlich.</p>' +
      '<p>Der Internationale Führerschein wird nur für Inhaberinnen und Inhaber eines EU-Kartenführerscheins ausgestellt. Wenn Sie noch einen Papierführerschein haben, beantragen Sie gleichzeitig den Umtausch.</p>',
    requirementsHtml: '<ul><li>Sie sind mindestens 18 Jahre alt.</li><li>Sie haben Ihren Wohnsitz in Musterstadt.</li><li>Sie besitzen einen gültigen EU-Kartenführerschein.</li></ul>',
    procedureHtml:
      '<ol><li>Vereinbaren Sie einen Termin bei der Führerscheinstelle oder einem Bürgerbüro.</li><li>Legen Sie Ihren Kartenführerschein, Ihren Ausweis und ein Passbild vor.</li><li>Der Internationale Führerschein wird in der Regel sofort ausgestellt und ausgehändigt.</li></ol>',
    costs: [{ kind: 'fixed', amount: eur(16.3), description: 'Ausstellung des Internationalen Führerscheins' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'EU-Kartenführerschein', required: true },
      { name: 'Biometrisches Passbild', required: true },
    ],
    deadlines: [{ label: 'Gültigkeitsdauer', duration: { value: 3, unit: 'year' }, descriptionHtml: '<p>Drei Jahre ab Ausstellung (Muster nach dem Übereinkommen von 1968), höchstens bis zum Ablauf des nationalen Führerscheins.</p>' }],
    processingTime: { descriptionHtml: '<p>In der Regel sofort bei persönlicher Vorsprache. Planen Sie vor der Reise trotzdem einige Tage ein, falls Unterlagen fehlen.</p>' },
    legalBasis: [FEV('25a', 'Antrag auf Ausstellung eines Internationalen Führerscheins'), FEV('25b', 'Ausstellung des Internationalen Führerscheins'), GEBOST],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.auswaertiges-amt.de/', title: 'Auswärtiges Amt: Reise- und Sicherheitshinweise' }],
    onlineServices: [],
    appointmentUrl: termin('internationalen-fuehrerschein-beantragen'),
    officeIds: ['oe-fuehrerscheinstelle', 'oe-buergerbuero-mitte'],
    lifeSituations: ['1120000', '1090000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-04-02T07:40:00Z',
  },
  {
    id: 'ersatzfuehrerschein-beantragen',
    leikaKeys: [],
    name: 'Ersatzführerschein bei Verlust beantragen',
    officialName: 'Führerschein Ausstellung Ersatz bei Verlust oder Diebstahl',
    summary:
      'Wenn Ihr Führerschein verloren gegangen, gestohlen oder unbrauchbar geworden ist, müssen Sie den Verlust unverzüglich anzeigen und einen Ersatzführerschein beantragen.',
    synonyms: ['Führerschein verloren', 'Führerschein gestohlen', 'Ersatzführerschein', 'Duplikat Führerschein', 'Führerschein kaputt', 'lost driving licence'],
    descriptionHtml:
      '<p>Ihre Fahrerlaubnis besteht auch ohne Führerschein weiter; Sie müssen den Führerschein beim Fahren aber mitführen. Ist er abhandengekommen oder vernichtet, lassen Sie sich ein Ersatzdokument ausstellen. Die Führerscheinstelle vergewissert sich dabei durch eine Auskunft aus dem Zentralen Fahrerlaubnisregister und dem Fahreignungsregister, dass Sie die Fahrerlaubnis besitzen.</p>' +
      '<p>Bis der neue Führerschein fertig ist, können Sie eine vorläufige Fahrberechtigung erhalten, die im Inland gilt. Bei Verlust geben Sie eine Versicherung an Eides statt ab; bei Diebstahl genügt in der Regel die Diebstahlsanzeige der Polizei.</p>' +
      '<p>Wird der alte Führerschein später wiedergefunden, müssen Sie ihn unverzüglich bei der Führerscheinstelle abgeben.</p>',
    requirementsHtml: '<ul><li>Sie haben Ihren Hauptwohnsitz in Musterstadt.</li><li>Sie besitzen eine gültige Fahrerlaubnis.</li></ul>',
    procedureHtml:
      '<ol><li>Bei Diebstahl: Erstatten Sie Anzeige bei der Polizei.</li><li>Vereinbaren Sie einen Termin bei der Führerscheinstelle und stellen Sie den Antrag persönlich.</li><li>Geben Sie bei Verlust die Versicherung an Eides statt ab.</li><li>Die Führerscheinstelle holt die Registerauskünfte ein und bestellt den Ersatzführerschein bei der Bundesdruckerei. Auf Wunsch erhalten Sie eine vorläufige Fahrberechtigung.</li><li>Holen Sie den neuen Führerschein nach Benachrichtigung ab oder lassen Sie ihn sich direkt zuschicken.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(35), max: eur(45), description: 'Ausstellung des Ersatzführerscheins einschließlich Registerauskünften' },
      { kind: 'variable', min: eur(20), max: eur(35), description: 'Abnahme der Versicherung an Eides statt (nur bei Verlust)' },
      { kind: 'fixed', amount: eur(10), description: 'vorläufige Fahrberechtigung (optional)' },
    ],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Diebstahlsanzeige', descriptionHtml: '<p>Nur bei Diebstahl.</p>', required: false },
      { name: 'Beschädigter Führerschein', descriptionHtml: '<p>Nur wenn der Führerschein unbrauchbar geworden ist.</p>', required: false },
    ],
    deadlines: [{ label: 'Anzeigepflicht', descriptionHtml: '<p>Der Verlust ist unverzüglich anzuzeigen.</p>' }],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 5 }, descriptionHtml: '<p>Etwa drei bis fünf Wochen; wurde der Führerschein von einer anderen Behörde ausgestellt, kann es länger dauern.</p>' },
    legalBasis: [FEV('25', 'Ausfertigung des Führerscheins'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: termin('ersatzfuehrerschein-beantragen'),
    officeIds: ['oe-fuehrerscheinstelle'],
    lifeSituations: ['1090000', '1070000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-04-02T07:45:00Z',
  },
  {
    id: 'auslaendischen-fuehrerschein-umschreiben',
    leikaKeys: [],
    name: 'Ausländischen Führerschein umschreiben',
    officialName: 'Fahrerlaubnis Erteilung aufgrund einer ausländischen Fahrerlaubnis',
    summary:
      'Mit einem Führerschein aus einem Staat außerhalb der EU und des EWR dürfen Sie nach der Wohnsitznahme in Deutschland nur sechs Monate fahren. Danach brauchen Sie eine deutsche Fahrerlaubnis. EU-Führerscheine können Sie freiwillig umtauschen.',
    synonyms: ['Führerschein umschreiben', 'ausländischer Führerschein', 'Drittstaat Führerschein', 'Umschreibung Fahrerlaubnis', 'Führerschein Anerkennung', 'foreign driving licence', 'convert driving licence'],
    descriptionHtml:
      '<p><strong>Führerscheine aus EU- und EWR-Staaten</strong> gelten in Deutschland unbegrenzt weiter. Sie können sie freiwillig in einen deutschen Führerschein umtauschen, zum Beispiel bei Verlust oder wenn die Gültigkeit abläuft.</p>' +
      '<p><strong>Führerscheine aus anderen Staaten (Drittstaaten)</strong> berechtigen nach der Begründung eines ordentlichen Wohnsitzes in Deutschland noch sechs Monate zum Fahren. In begründeten Fällen kann diese Frist auf Antrag um bis zu sechs Monate verlängert werden. Danach benötigen Sie eine deutsche Fahrerlaubnis.</p>' +
      '<p>Ob Sie dafür Prüfungen ablegen müssen, hängt vom Ausstellungsstaat ab. Für Staaten, die in der Anlage 11 der Fahrerlaubnis-Verordnung aufgeführt sind, entfallen die theoretische und praktische Prüfung ganz oder teilweise. Für alle anderen Staaten müssen Sie beide Prüfungen ablegen, eine Fahrschulausbildung ist aber nicht vorgeschrieben. Eine Übersetzung des Führerscheins ist in der Regel erforderlich.</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren ordentlichen Wohnsitz in Musterstadt.</li><li>Ihre ausländische Fahrerlaubnis ist gültig und wurde erteilt, als Sie Ihren Wohnsitz im Ausstellungsstaat hatten.</li><li>Sie erfüllen die Anforderungen an Eignung und Sehvermögen.</li></ul>',
    procedureHtml:
      '<ol><li>Vereinbaren Sie einen Termin bei der Führerscheinstelle und stellen Sie den Antrag persönlich.</li><li>Die Führerscheinstelle prüft die Echtheit des Führerscheins und gegebenenfalls, ob er im Ausstellungsstaat gültig ist.</li><li>Sind Prüfungen nötig, erteilt sie einen Prüfauftrag an die Technische Prüfstelle. Zur praktischen Prüfung brauchen Sie ein geeignetes Fahrzeug, meist über eine Fahrschule.</li><li>Den deutschen Führerschein erhalten Sie gegen Abgabe des ausländischen Führerscheins; dieser wird an den Ausstellungsstaat zurückgeschickt oder verwahrt.</li></ol>',
    costs: [{ kind: 'variable', min: eur(35), max: eur(60), description: 'Gebühr der Führerscheinstelle je nach Aufwand, einschließlich Registerauskünften' }],
    costsNoteHtml: '<p>Hinzu kommen gegebenenfalls Prüfungsgebühren, Übersetzungskosten sowie Kosten für Sehtest und Passbild.</p>',
    requiredDocuments: [
      { name: 'Reisepass oder Personalausweis, gegebenenfalls mit Aufenthaltstitel', required: true },
      { name: 'Ausländischer Führerschein im Original', required: true },
      { name: 'Übersetzung des Führerscheins', descriptionHtml: '<p>Von einer öffentlich bestellten Übersetzerin, einem Automobilclub oder der Botschaft; nicht nötig bei EU-Führerscheinen.</p>', required: false },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Sehtestbescheinigung', descriptionHtml: '<p>Nicht älter als zwei Jahre; bei Drittstaaten-Führerscheinen.</p>', required: false },
      { name: 'Nachweis über die Schulung in Erster Hilfe', descriptionHtml: '<p>Nur wenn Prüfungen abzulegen sind.</p>', required: false },
    ],
    deadlines: [
      { label: 'Fahrberechtigung mit Drittstaaten-Führerschein', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Sechs Monate nach der Begründung des Wohnsitzes in Deutschland; auf Antrag in Ausnahmefällen um bis zu sechs Monate verlängerbar. Stellen Sie den Antrag auf Umschreibung rechtzeitig.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 12 }, descriptionHtml: '<p>Je nach Ausstellungsstaat und erforderlichen Rückfragen vier bis zwölf Wochen, zuzüglich der Zeit für Prüfungen.</p>' },
    legalBasis: [FEV('29', 'Ausländische Fahrerlaubnisse'), FEV('30', 'Erteilung einer Fahrerlaubnis an Inhaber einer Fahrerlaubnis aus einem EU- oder EWR-Staat'), FEV('31', 'Erteilung einer Fahrerlaubnis an Inhaber einer Fahrerlaubnis aus einem anderen Staat'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [KBA],
    onlineServices: [],
    appointmentUrl: termin('auslaendischen-fuehrerschein-umschreiben'),
    officeIds: ['oe-fuehrerscheinstelle'],
    lifeSituations: ['1080000', '1090000'],
    categories: ['verkehr', 'migration'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-04-02T07:50:00Z',
  },
  {
    id: 'fahrerlaubnis-neuerteilung-nach-entzug',
    leikaKeys: [],
    name: 'Fahrerlaubnis nach Entzug neu erteilen lassen',
    officialName: 'Fahrerlaubnis Neuerteilung nach Entziehung oder Verzicht',
    summary:
      'Wurde Ihnen die Fahrerlaubnis durch ein Gericht oder die Fahrerlaubnisbehörde entzogen oder haben Sie darauf verzichtet, können Sie nach Ablauf der Sperrfrist eine neue Fahrerlaubnis beantragen.',
    synonyms: ['Führerschein zurück', 'Wiedererteilung', 'Neuerteilung Fahrerlaubnis', 'MPU', 'Idiotentest', 'Sperrfrist', 'Führerschein weg'],
    descriptionHtml:
      '<p>Nach einer Entziehung erlischt die Fahrerlaubnis vollständig. Sie wird nicht automatisch wieder gültig, sondern muss neu beantragt werden. Für die Neuerteilung gelten grundsätzlich die Vorschriften für die Ersterteilung. Eine neue Fahrerlaubnisprüfung ordnet die Führerscheinstelle an, wenn Zweifel bestehen, dass Sie die erforderlichen Kenntnisse und Fähigkeiten noch besitzen – insbesondere wenn Sie längere Zeit nicht gefahren sind.</p>' +
      '<p>Häufig verlangt die Führerscheinstelle eine medizinisch-psychologische Untersuchung (MPU), zum Beispiel nach Trunkenheitsfahrten mit 1,6 Promille oder mehr, wiederholten Alkohol- oder Drogendelikten oder nach Erreichen von acht Punkten im Fahreignungsregister. Nutzen Sie die Zeit der Sperre, um sich auf die MPU vorzubereiten; Abstinenznachweise müssen oft über sechs bis zwölf Monate geführt werden.</p>' +
      '<p>Wurde die Fahrerlaubnis in der Probezeit entzogen, beginnt mit der Neuerteilung eine neue Probezeit für die restliche Dauer, außerdem müssen Sie vorher an einem Aufbauseminar teilgenommen haben.</p>',
    requirementsHtml:
      '<ul><li>Eine vom Gericht oder der Behörde angeordnete Sperrfrist ist abgelaufen oder läuft in den nächsten sechs Monaten ab.</li><li>Sie haben Ihren Wohnsitz in Musterstadt.</li><li>Sie sind zum Führen von Kraftfahrzeugen geeignet; Zweifel müssen Sie gegebenenfalls durch ein Gutachten ausräumen.</li><li>Nach einer Entziehung in der Probezeit: Sie haben an einem Aufbauseminar teilgenommen.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag frühestens sechs Monate vor Ablauf der Sperrfrist persönlich bei der Führerscheinstelle.</li><li>Die Führerscheinstelle wertet Ihre Führerscheinakte, das Fahreignungsregister und gegebenenfalls die Strafakte aus.</li><li>Sie teilt Ihnen mit, ob ein Gutachten (MPU oder ärztliches Gutachten) oder eine erneute Prüfung nötig ist. Die Begutachtungsstelle wählen Sie selbst.</li><li>Liegt ein positives Gutachten vor und sind alle Voraussetzungen erfüllt, wird der Führerschein bestellt oder der Prüfauftrag erteilt.</li><li>Ist das Gutachten negativ, können Sie den Antrag zurücknehmen, um einen ablehnenden Bescheid zu vermeiden.</li></ol>',
    costs: [{ kind: 'variable', min: eur(45), max: eur(260), description: 'Gebühr der Führerscheinstelle je nach Aufwand der Prüfung' }],
    costsNoteHtml: '<p>Die Kosten einer MPU (etwa 400 bis 900 Euro) zahlen Sie direkt an die Begutachtungsstelle. Hinzu kommen gegebenenfalls Prüfungsgebühren, Kosten für Abstinenznachweise und ein Führungszeugnis.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Sehtestbescheinigung', required: true },
      { name: 'Nachweis über die Schulung in Erster Hilfe', descriptionHtml: '<p>Nur wenn Sie noch nie an einer Schulung teilgenommen haben.</p>', required: false },
      { name: 'Teilnahmebescheinigung Aufbauseminar', descriptionHtml: '<p>Nur nach einer Entziehung in der Probezeit.</p>', required: false },
      { name: 'Gutachten (MPU oder ärztliches Gutachten)', descriptionHtml: '<p>Nur wenn die Führerscheinstelle es anordnet.</p>', required: false },
    ],
    deadlines: [
      { label: 'Frühester Antrag', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Der Antrag kann frühestens sechs Monate vor Ablauf der Sperrfrist gestellt werden.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 6, unit: 'week', valueTo: 6, unitTo: 'month' }, descriptionHtml: '<p>Ohne Gutachten etwa sechs Wochen; mit MPU je nach Terminlage bis zu mehreren Monaten.</p>' },
    legalBasis: [FEV('20', 'Neuerteilung einer Fahrerlaubnis'), FEV('11', 'Eignung'), gii('stvg/__2a.html', '§ 2a Straßenverkehrsgesetz (StVG) – Fahrerlaubnis auf Probe'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.bast.de/', title: 'Bundesanstalt für Straßenwesen (BASt): Begutachtungsleitlinien zur Kraftfahreignung' }],
    onlineServices: [],
    appointmentUrl: termin('fahrerlaubnis-neuerteilung-nach-entzug'),
    officeIds: ['oe-fuehrerscheinstelle'],
    lifeSituations: ['1090000', '1150000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-04-02T07:55:00Z',
  },
  {
    id: 'begleitetes-fahren-ab-17',
    leikaKeys: [],
    name: 'Begleitetes Fahren ab 17 beantragen',
    officialName: 'Fahrerlaubnis Erteilung Klasse B/BE für Begleitetes Fahren ab 17',
    summary:
      'Mit dem Begleiteten Fahren ab 17 (BF17) dürfen Sie schon mit 17 Jahren Auto fahren, wenn eine namentlich eingetragene Begleitperson mitfährt. Mit 18 erhalten Sie den regulären Führerschein.',
    synonyms: ['BF17', 'Führerschein mit 17', 'Begleitetes Fahren', 'Begleitperson', 'Prüfungsbescheinigung', 'accompanied driving'],
    descriptionHtml:
      '<p>Beim Begleiteten Fahren ab 17 erwerben Sie die Fahrerlaubnis der Klasse B (und auf Wunsch BE) schon mit 17 Jahren. Bis zum 18. Geburtstag dürfen Sie nur fahren, wenn eine in Ihrer Prüfungsbescheinigung eingetragene Begleitperson im Auto sitzt. Die Begleitperson gibt Ihnen Sicherheit und steht als Ansprechpartner zur Verfügung; sie ist keine Fahrlehrerin und greift nicht in die Fahrzeugführung ein.</p>' +
      '<p>Statt eines Führerscheins erhalten Sie nach der Prüfung eine Prüfungsbescheinigung, die im Inland bis drei Monate nach Ihrem 18. Geburtstag gilt. Sie müssen sie bei jeder Fahrt mitführen. Rechtzeitig vor dem 18. Geburtstag beantragen Sie den Kartenführerschein.</p>' +
      '<p>Weitere Begleitpersonen können Sie jederzeit nachträglich eintragen lassen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mindestens 16 Jahre und 6 Monate alt (Antrag) und mindestens 17 Jahre alt (Prüfung).</li><li>Ihre Sorgeberechtigten stimmen zu.</li><li>Sie erfüllen die Voraussetzungen für die Klasse B (Ausbildung, Sehtest, Erste Hilfe, Prüfungen).</li><li>Jede Begleitperson ist mindestens 30 Jahre alt, besitzt seit mindestens fünf Jahren die Fahrerlaubnis der Klasse B und hat höchstens einen Punkt im Fahreignungsregister.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag über Ihre Fahrschule oder online bei der Führerscheinstelle und geben Sie die Begleitpersonen an.</li><li>Die Führerscheinstelle prüft Ihre Unterlagen und fragt für die Begleitpersonen das Fahreignungsregister ab.</li><li>Nach bestandener Prüfung erhalten Sie die Prüfungsbescheinigung mit den eingetragenen Begleitpersonen.</li><li>Beantragen Sie etwa zwei Monate vor dem 18. Geburtstag den Kartenführerschein; er wird ab dem Geburtstag ausgehändigt oder zugeschickt.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(40), max: eur(60), description: 'Gebühr für die Erteilung einschließlich Prüfungsbescheinigung und Registerauskünften' },
      { kind: 'variable', min: eur(25), max: eur(35), description: 'Ausstellung des Kartenführerscheins mit 18 Jahren' },
      { kind: 'variable', min: eur(5), max: eur(15), description: 'Eintragung jeder weiteren Begleitperson' },
    ],
    costsNoteHtml: '<p>Hinzu kommen die Kosten für Fahrschule, Prüfungen, Erste-Hilfe-Kurs, Sehtest und Passbild.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Sehtestbescheinigung und Nachweis über die Erste-Hilfe-Schulung', required: true },
      { name: 'Einverständniserklärung aller Sorgeberechtigten', required: true },
      { name: 'Angaben zu den Begleitpersonen mit Kopie ihrer Führerscheine und Ausweise', required: true },
    ],
    deadlines: [
      { label: 'Gültigkeit der Prüfungsbescheinigung', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Die Prüfungsbescheinigung gilt bis drei Monate nach Vollendung des 18. Lebensjahres.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Etwa vier bis sechs Wochen bis zum Prüfauftrag.</p>' },
    legalBasis: [FEV('48a', 'Voraussetzungen (Begleitetes Fahren ab 17)'), FEV('10', 'Mindestalter'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [KBA],
    onlineServices: [onlineService('begleitetes-fahren-ab-17', 'Begleitetes Fahren ab 17 online beantragen', 'substantial')],
    appointmentUrl: termin('begleitetes-fahren-ab-17'),
    officeIds: ['oe-fuehrerscheinstelle'],
    lifeSituations: ['1090000', '1030000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-02T08:00:00Z',
  },
];

const parkenUndBussgeld: ServiceInput[] = [
  {
    id: 'bewohnerparkausweis-beantragen',
    leikaKeys: [],
    name: 'Bewohnerparkausweis beantragen',
    officialName: 'Bewohnerparkausweis Ausstellung',
    summary:
      'Wenn Sie in einem Bewohnerparkgebiet wohnen, können Sie einen Parkausweis beantragen. Damit dürfen Sie in Ihrem Gebiet auf den gekennzeichneten Bewohnerparkplätzen parken, ohne Parkschein oder Parkscheibe.',
    synonyms: ['Anwohnerparkausweis', 'Anwohnerparken', 'Parkausweis', 'Bewohnerparken', 'Parkvignette', 'Parklizenz', 'residents parking permit'],
    descriptionHtml:
      '<p>In dicht bebauten Stadtteilen von Musterstadt gibt es Bewohnerparkgebiete. Dort sind Parkplätze ganz oder zu bestimmten Zeiten Bewohnerinnen und Bewohnern mit Parkausweis vorbehalten. Der Ausweis berechtigt zum Parken in dem Gebiet, das auf dem Ausweis angegeben ist; er garantiert aber keinen freien Parkplatz.</p>' +
      '<p>Pro Person wird ein Parkausweis für ein Fahrzeug ausgestellt. Er gilt ein Jahr und kann verlängert werden. Sie erhalten ihn auch für ein Fahrzeug, das Sie dauerhaft nutzen, aber nicht selbst halten (zum Beispiel ein Dienst- oder Leasingfahrzeug). Die Gebühr richtet sich nach der Bewohnerparkgebührensatzung der Stadt Musterstadt.</p>' +
      '<p>Wenn Sie umziehen, das Fahrzeug wechseln oder Ihre Wohnung nicht mehr Hauptwohnung ist, teilen Sie dies mit; bei einem Wegzug geben Sie den Ausweis zurück.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mit Haupt- oder Nebenwohnung im Bewohnerparkgebiet gemeldet und wohnen dort tatsächlich.</li><li>Sie sind Halterin oder Halter des Fahrzeugs oder nutzen es nachweislich dauerhaft.</li><li>Das Fahrzeug ist in Deutschland zugelassen und hat eine zulässige Gesamtmasse von höchstens 3,5 Tonnen.</li><li>Für Nebenwohnungen gelten zusätzliche Bedingungen nach der Satzung.</li></ul>',
    procedureHtml:
      '<ol><li>Beantragen Sie den Parkausweis online, im Bürgerbüro oder bei der Straßenverkehrsbehörde.</li><li>Die Stadt prüft Ihre Meldeadresse und die Fahrzeugdaten.</li><li>Sie bezahlen die Gebühr online oder vor Ort.</li><li>Der Parkausweis wird Ihnen zugeschickt oder als PDF zum Ausdrucken bereitgestellt. Legen Sie ihn gut sichtbar hinter die Windschutzscheibe.</li></ol>',
    costs: [
      { kind: 'fixed', amount: eur(180), description: 'je Jahr nach der Bewohnerparkgebührensatzung' },
      { kind: 'fixed', amount: eur(90), description: 'je Jahr ermäßigt für Inhaberinnen und Inhaber des Musterstadt-Passes und für Fahrzeuge mit Elektroantrieb' },
      { kind: 'fixed', amount: eur(10), description: 'Änderung des Kennzeichens oder Ersatz bei Verlust' },
    ],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Zulassungsbescheinigung Teil I', required: true },
      { name: 'Nachweis der dauerhaften Nutzung', descriptionHtml: '<p>Nur wenn Sie nicht selbst Halterin oder Halter sind, zum Beispiel Bestätigung des Arbeitgebers oder Leasingvertrag.</p>', required: false },
    ],
    deadlines: [{ label: 'Gültigkeitsdauer', duration: { value: 1, unit: 'year' }, descriptionHtml: '<p>Eine Verlängerung können Sie frühestens einen Monat vor Ablauf beantragen.</p>' }],
    processingTime: { duration: { value: 1, unit: 'day', valueTo: 10, unitTo: 'working-day' }, descriptionHtml: '<p>Online mit PDF-Ausweis in der Regel sofort; per Post bis zu zehn Arbeitstage.</p>' },
    legalBasis: [
      gii('stvo_2013/__45.html', '§ 45 Absatz 1b Straßenverkehrs-Ordnung (StVO) – Bewohnerparken'),
      gii('stvg/__6a.html', '§ 6a Straßenverkehrsgesetz (StVG) – Gebühren'),
      ortsrecht('bewohnerparkgebuehrensatzung', 'Satzung über Gebühren für Bewohnerparkausweise der Stadt Musterstadt'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [page('bewohnerparken', 'Bewohnerparkgebiete in Musterstadt (Karte)')],
    onlineServices: [onlineService('bewohnerparkausweis-beantragen', 'Bewohnerparkausweis online beantragen', 'substantial')],
    appointmentUrl: termin('bewohnerparkausweis-beantragen'),
    officeIds: ['oe-strassenverkehrsbehoerde', 'oe-buergerbuero-mitte'],
    lifeSituations: ['1090000', '1050000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-06T10:00:00Z',
  },
  {
    id: 'parkausweis-menschen-mit-behinderungen',
    leikaKeys: [],
    name: 'Parkausweis für Menschen mit Behinderungen beantragen',
    officialName: 'Parkerleichterung für schwerbehinderte Menschen Ausnahmegenehmigung',
    summary:
      'Schwerbehinderte Menschen mit bestimmten Merkzeichen erhalten einen Parkausweis, mit dem sie zum Beispiel auf Behindertenparkplätzen parken dürfen. Der blaue EU-Parkausweis gilt auch in anderen EU-Staaten.',
    synonyms: ['Behindertenparkausweis', 'blauer Parkausweis', 'Schwerbehindertenparkausweis', 'Parkerleichterung', 'orangener Parkausweis', 'aG', 'Rollstuhlfahrer parken', 'disabled parking permit'],
    descriptionHtml:
      '<p>Es gibt zwei Arten von Parkausweisen:</p>' +
      '<ul><li><strong>Blauer EU-Parkausweis:</strong> für Menschen mit dem Merkzeichen „aG“ (außergewöhnliche Gehbehinderung) oder „Bl“ (blind) sowie für weitere gleichgestellte Personengruppen, etwa Menschen ohne beide Arme. Er berechtigt zum Parken auf Behindertenparkplätzen und gewährt weitere Parkerleichterungen, zum Beispiel im eingeschränkten Halteverbot bis zu drei Stunden oder an Parkuhren ohne Gebühr.</li><li><strong>Orangefarbener Parkausweis:</strong> für bestimmte schwerbehinderte Menschen, die nicht „aG“ haben, etwa mit Merkzeichen „G“ und „B“ und einem Grad der Behinderung von mindestens 80 allein für Funktionsstörungen der Beine oder mit Morbus Crohn oder Colitis ulcerosa ab GdB 60. Er gewährt Parkerleichterungen, aber nicht das Parken auf Behindertenparkplätzen, und gilt nur in Deutschland.</li></ul>' +
      '<p>Der Ausweis ist personengebunden. Sie dürfen ihn in jedem Fahrzeug nutzen, mit dem Sie fahren oder gefahren werden, aber nur, wenn Sie selbst dabei sind.</p>' +
      '<p>Wer auf einen Parkplatz in der Nähe der eigenen Wohnung angewiesen ist, kann zusätzlich einen personenbezogenen Behindertenparkplatz beantragen.</p>',
    requirementsHtml:
      '<ul><li>Sie wohnen in Musterstadt.</li><li>Sie haben einen Schwerbehindertenausweis mit den erforderlichen Merkzeichen oder einen entsprechenden Bescheid des Versorgungsamts.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online oder mit Termin bei der Straßenverkehrsbehörde oder einem Bürgerbüro.</li><li>Die Straßenverkehrsbehörde prüft anhand des Schwerbehindertenausweises beziehungsweise Feststellungsbescheids, welcher Ausweis in Frage kommt.</li><li>Sie erhalten den Parkausweis ausgehändigt oder per Post. Die Gültigkeit richtet sich nach der Gültigkeit Ihres Schwerbehindertenausweises, höchstens fünf Jahre.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Ausstellung ist gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Schwerbehindertenausweis', required: true },
      { name: 'Feststellungsbescheid des Versorgungsamts', descriptionHtml: '<p>Für den orangefarbenen Parkausweis, weil die Merkzeichen allein nicht ausreichen.</p>', required: false },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Personalausweis oder Reisepass', required: true },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'day', valueTo: 2, unitTo: 'week' }, descriptionHtml: '<p>Bei persönlicher Antragstellung meist sofort, sonst bis zu zwei Wochen.</p>' },
    legalBasis: [
      gii('stvo_2013/__46.html', '§ 46 Absatz 1 Nummer 11 Straßenverkehrs-Ordnung (StVO) – Ausnahmegenehmigung'),
      gii('sgb_9_2018/__229.html', '§ 229 Sozialgesetzbuch Neuntes Buch (SGB IX) – Persönliche Voraussetzungen (u. a. außergewöhnliche Gehbehinderung)'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('parkausweis-menschen-mit-behinderungen', 'Parkausweis für Menschen mit Behinderungen online beantragen', 'substantial')],
    appointmentUrl: termin('parkausweis-menschen-mit-behinderungen'),
    officeIds: ['oe-strassenverkehrsbehoerde', 'oe-versorgungsamt'],
    lifeSituations: ['1090000', '1130000'],
    categories: ['verkehr', 'familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-06T10:05:00Z',
  },
  {
    id: 'handwerkerparkausweis-beantragen',
    leikaKeys: [],
    name: 'Handwerkerparkausweis beantragen',
    officialName: 'Handwerkerparkausweis Ausnahmegenehmigung',
    summary:
      'Betriebe des Handwerks und andere Dienstleister, die bei Kundinnen und Kunden Werkzeug und Material brauchen, können einen Parkausweis beantragen. Er erlaubt das Parken in Bewohnerparkgebieten und im eingeschränkten Halteverbot.',
    synonyms: ['Handwerkerparkausweis', 'Parkausweis Gewerbe', 'Servicefahrzeug parken', 'Pflegedienst Parkausweis', 'Ausnahmegenehmigung Parken', 'tradesman parking permit'],
    descriptionHtml:
      '<p>Der Handwerkerparkausweis ist eine Ausnahmegenehmigung von Parkvorschriften für Fahrzeuge, die bei Arbeiten vor Ort als rollende Werkstatt oder für schweres Material benötigt werden. Er gilt im gesamten Stadtgebiet von Musterstadt und erlaubt das Parken:</p>' +
      '<ul><li>in Bewohnerparkgebieten ohne Parkschein,</li><li>an Parkscheinautomaten und Parkuhren ohne Gebühr und Höchstparkdauer,</li><li>im eingeschränkten Halteverbot bis zu drei Stunden, wenn kein anderer Parkplatz in zumutbarer Nähe frei ist.</li></ul>' +
      '<p>Der Ausweis ist an Kennzeichen gebunden; Sie können bis zu drei Kennzeichen eintragen lassen. Er gilt nur während eines Arbeitseinsatzes; eine Parkscheibe mit der Ankunftszeit und ein Hinweis auf die Einsatzadresse sind auszulegen. Für Fußgängerzonen, Feuerwehrzufahrten und absolute Halteverbote gilt er nicht.</p>' +
      '<p>Antragsberechtigt sind Betriebe des Handwerks sowie vergleichbare Betriebe wie ambulante Pflegedienste, soziale Dienste und technische Notdienste.</p>',
    requirementsHtml:
      '<ul><li>Der Betrieb ist in der Handwerksrolle eingetragen oder ein vergleichbarer Dienstleistungsbetrieb.</li><li>Das Fahrzeug ist ein Werkstattwagen oder transportiert regelmäßig Werkzeug und Material, das nicht getragen werden kann.</li><li>Das Fahrzeug ist auf den Betrieb zugelassen oder wird von ihm dauerhaft genutzt.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online oder schriftlich bei der Straßenverkehrsbehörde.</li><li>Die Straßenverkehrsbehörde prüft den Betrieb und die Fahrzeuge und kann Fotos des Laderaums anfordern.</li><li>Nach Zahlung der Gebühr erhalten Sie den Ausweis per Post.</li></ol>',
    costs: [
      { kind: 'fixed', amount: eur(240), description: 'je Jahr (Gültigkeit 12 Monate)' },
      { kind: 'fixed', amount: eur(420), description: 'für 24 Monate' },
    ],
    requiredDocuments: [
      { name: 'Auszug aus der Handwerksrolle oder Gewerbeanmeldung', required: true },
      { name: 'Zulassungsbescheinigung Teil I der Fahrzeuge', required: true },
      { name: 'Fotos des Laderaums', descriptionHtml: '<p>Auf Anforderung, wenn der Fahrzeugtyp nicht eindeutig ein Werkstattfahrzeug ist.</p>', required: false },
      { name: 'Leasing- oder Mietvertrag', descriptionHtml: '<p>Nur wenn das Fahrzeug nicht auf den Betrieb zugelassen ist.</p>', required: false },
    ],
    deadlines: [{ label: 'Gültigkeitsdauer', duration: { value: 12, unit: 'month', valueTo: 24 } }],
    processingTime: { duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>In der Regel zwei Wochen.</p>' },
    legalBasis: [gii('stvo_2013/__46.html', '§ 46 Straßenverkehrs-Ordnung (StVO) – Ausnahmegenehmigung und Erlaubnis'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('handwerkerparkausweis-beantragen', 'Handwerkerparkausweis online beantragen', 'substantial')],
    officeIds: ['oe-strassenverkehrsbehoerde'],
    lifeSituations: ['2110000', '2010000'],
    categories: ['verkehr', 'wirtschaft'],
    addressees: ['business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-06T10:10:00Z',
  },
  {
    id: 'verwarnungsgeld-bezahlen',
    leikaKeys: [],
    name: 'Verwarnungsgeld bezahlen (Strafzettel)',
    officialName: 'Verwarnungsgeld Zahlung im ruhenden Verkehr',
    summary:
      'Haben Sie einen „Strafzettel“ oder eine schriftliche Verwarnung wegen Falschparkens oder einer geringfügigen Geschwindigkeitsüberschreitung erhalten, können Sie das Verwarnungsgeld online, per Überweisung oder an der Stadtkasse bezahlen.',
    synonyms: ['Strafzettel', 'Knöllchen', 'Knolle', 'Verwarnung', 'Parkverstoß', 'Falschparken', 'Bußgeld bezahlen', 'parking ticket'],
    descriptionHtml:
      '<p>Bei geringfügigen Ordnungswidrigkeiten, zum Beispiel beim Parken ohne Parkschein oder einer leichten Geschwindigkeitsüberschreitung, kann die Stadt ein Verwarnungsgeld von 5 bis 55 Euro erheben. Die Verwarnung ist ein Angebot: Wenn Sie das Verwarnungsgeld innerhalb der Frist bezahlen, ist die Sache erledigt. Es entstehen keine weiteren Kosten und es gibt keinen Eintrag im Fahreignungsregister.</p>' +
      '<p>Zahlen Sie nicht fristgerecht, leitet die Bußgeldstelle ein Bußgeldverfahren ein. Dann erhalten Sie zunächst einen Anhörungsbogen und gegebenenfalls einen Bußgeldbescheid, für den zusätzlich Gebühren und Auslagen von mindestens 28,50 Euro anfallen.</p>' +
      '<p>Halten Sie die Verwarnung für unberechtigt, zahlen Sie nicht, sondern nehmen Sie im anschließenden Anhörungsverfahren Stellung.</p>',
    requirementsHtml: '<ul><li>Sie haben eine Verwarnung mit Aktenzeichen (Kassenzeichen) erhalten.</li></ul>',
    procedureHtml:
      '<ol><li>Bezahlen Sie online mit dem Aktenzeichen und dem Kennzeichen – per Kreditkarte, PayPal oder SEPA-Lastschrift.</li><li>Oder überweisen Sie den Betrag auf das auf der Verwarnung angegebene Konto der Stadtkasse. Geben Sie unbedingt das Aktenzeichen als Verwendungszweck an.</li><li>Oder zahlen Sie bar oder mit Karte an der Stadtkasse.</li></ol>',
    costs: [{ kind: 'variable', min: eur(5), max: eur(55), description: 'je nach Verstoß laut bundeseinheitlichem Tatbestandskatalog' }],
    requiredDocuments: [
      { name: 'Verwarnung oder Zahlungsaufforderung mit Aktenzeichen', required: true },
      { name: 'Kennzeichen des Fahrzeugs', descriptionHtml: '<p>Für die Online-Zahlung zusammen mit dem Aktenzeichen.</p>', required: true },
    ],
    deadlines: [
      { label: 'Zahlungsfrist', duration: { value: 1, unit: 'week' }, descriptionHtml: '<p>Die Verwarnung wird nur wirksam, wenn Sie innerhalb einer Woche zahlen. Maßgeblich ist der Zahlungseingang bei der Stadtkasse.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Online-Zahlungen werden sofort verbucht, Überweisungen nach ein bis drei Bankarbeitstagen.</p>' },
    legalBasis: [gii('owig_1968/__56.html', '§ 56 Gesetz über Ordnungswidrigkeiten (OWiG) – Verwarnung durch die Verwaltungsbehörde'), gii('bkatv_2013/', 'Bußgeldkatalog-Verordnung (BKatV)')],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('verwarnungsgeld-bezahlen', 'Verwarnungsgeld online bezahlen', 'none')],
    officeIds: ['oe-bussgeldstelle', 'oe-stadtkasse'],
    lifeSituations: ['1090000', '1150000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-01T09:00:00Z',
  },
  {
    id: 'einspruch-bussgeldbescheid',
    leikaKeys: [],
    name: 'Einspruch gegen einen Bußgeldbescheid einlegen',
    officialName: 'Bußgeldbescheid Einspruch',
    summary:
      'Wenn Sie mit einem Bußgeldbescheid nicht einverstanden sind, können Sie innerhalb von zwei Wochen nach Zustellung Einspruch bei der Bußgeldstelle einlegen. Über einen aufrechterhaltenen Bescheid entscheidet dann das Amtsgericht.',
    synonyms: ['Einspruch Bußgeld', 'Bußgeldbescheid anfechten', 'Blitzer Einspruch', 'Widerspruch Bußgeld', 'Ordnungswidrigkeit', 'Fahrverbot', 'appeal fine'],
    descriptionHtml:
      '<p>Gegen einen Bußgeldbescheid ist der Einspruch das einzige Rechtsmittel. Sie müssen ihn nicht begründen, eine Begründung hilft der Bußgeldstelle aber bei der Prüfung. Nach dem Einspruch prüft die Bußgeldstelle den Fall erneut. Sie kann den Bescheid zurücknehmen, das Verfahren einstellen oder die Akte über die Staatsanwaltschaft an das Amtsgericht abgeben. Dann entscheidet das Gericht, in der Regel nach einer Hauptverhandlung.</p>' +
      '<p>Das Gericht ist nicht an die Höhe der Geldbuße im Bescheid gebunden; es kann auch eine höhere Geldbuße festsetzen. Sie können den Einspruch bis zum Beginn der Hauptverhandlung ohne Zustimmung zurücknehmen. Ein Einspruch kann auf bestimmte Punkte, etwa die Höhe der Geldbuße oder ein Fahrverbot, beschränkt werden.</p>' +
      '<p>Sie haben das Recht, Akteneinsicht zu nehmen, in der Regel über eine Rechtsanwältin oder einen Rechtsanwalt. Legen Sie keinen Einspruch ein, wird der Bescheid nach zwei Wochen rechtskräftig.</p>',
    requirementsHtml: '<ul><li>Ihnen wurde ein Bußgeldbescheid der Bußgeldstelle Musterstadt zugestellt.</li><li>Die Einspruchsfrist ist noch nicht abgelaufen.</li></ul>',
    procedureHtml:
      '<ol><li>Legen Sie den Einspruch schriftlich, elektronisch über den Online-Dienst oder zur Niederschrift bei der Bußgeldstelle ein. Geben Sie das Aktenzeichen an.</li><li>Eine E-Mail genügt nicht; der Online-Dienst mit Anmeldung über die Online-Ausweisfunktion oder ein Brief mit Unterschrift erfüllen die Formvorschrift.</li><li>Die Bußgeldstelle bestätigt den Eingang und prüft den Vorgang. Gegebenenfalls werden Zeugen oder Fotos erneut ausgewertet.</li><li>Sie erhalten eine Mitteilung über die Einstellung oder die Abgabe an das Amtsgericht.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Einspruch selbst ist gebührenfrei.' }],
    costsNoteHtml:
      '<p>Wird der Bescheid bestätigt, tragen Sie die Kosten des Verfahrens. Schon der Bußgeldbescheid enthält eine Gebühr von 5 Prozent der Geldbuße, mindestens 25 Euro, zuzüglich 3,50 Euro Zustellkosten. Im gerichtlichen Verfahren kommen Gerichtskosten und gegebenenfalls Anwaltskosten hinzu.</p>',
    requiredDocuments: [
      { name: 'Bußgeldbescheid mit Aktenzeichen', required: true },
      { name: 'Beweismittel, die Ihre Sicht belegen', descriptionHtml: '<p>Zum Beispiel Fotos, Zeugenaussagen oder Belege. Optional.</p>', required: false },
      { name: 'Vollmacht', descriptionHtml: '<p>Nur wenn eine andere Person für Sie handelt.</p>', required: false },
    ],
    deadlines: [
      { label: 'Einspruchsfrist', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Der Einspruch muss innerhalb von zwei Wochen nach Zustellung des Bußgeldbescheids bei der Bußgeldstelle eingehen. Das Zustelldatum steht auf dem gelben Umschlag.</p>' },
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 3, unitTo: 'month' }, descriptionHtml: '<p>Die erneute Prüfung durch die Bußgeldstelle dauert meist einige Wochen; das gerichtliche Verfahren kann mehrere Monate dauern.</p>' },
    legalBasis: [
      gii('owig_1968/__67.html', '§ 67 Gesetz über Ordnungswidrigkeiten (OWiG) – Form und Frist des Einspruchs'),
      gii('owig_1968/__69.html', '§ 69 OWiG – Zwischenverfahren'),
      gii('owig_1968/__107.html', '§ 107 OWiG – Gebühren und Auslagen'),
    ],
    appealHtml: '<p>Über den Einspruch entscheidet nach Abgabe durch die Staatsanwaltschaft das Amtsgericht. Gegen das Urteil ist unter bestimmten Voraussetzungen die Rechtsbeschwerde zum Oberlandesgericht möglich.</p>',
    formsNoteHtml: forms({ formulare: false, schriftform: true, formlos: true, persoenlich: false, online: true, hinweis: 'Der Einspruch ist formlos möglich, muss aber schriftlich, zur Niederschrift oder in der vorgeschriebenen elektronischen Form eingelegt werden.' }),
    furtherInformation: [],
    onlineServices: [onlineService('einspruch-bussgeldbescheid', 'Einspruch gegen Bußgeldbescheid online einlegen', 'high')],
    officeIds: ['oe-bussgeldstelle'],
    lifeSituations: ['1150000', '1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-01T09:05:00Z',
  },
  {
    id: 'anhoerungsbogen-beantworten',
    leikaKeys: [],
    name: 'Anhörungsbogen im Bußgeldverfahren beantworten (Fahrer benennen)',
    officialName: 'Anhörung im Bußgeldverfahren Stellungnahme',
    summary:
      'Im Bußgeldverfahren erhalten Sie einen Anhörungs- oder Zeugenfragebogen. Sie können sich zum Vorwurf äußern und, wenn Sie nicht selbst gefahren sind, die verantwortliche Person benennen – auch online.',
    synonyms: ['Anhörungsbogen', 'Zeugenfragebogen', 'Fahrer benennen', 'Blitzer Brief', 'Fahrerermittlung', 'Anhörung Ordnungswidrigkeit', 'Halteranfrage'],
    descriptionHtml:
      '<p>Bevor ein Bußgeldbescheid erlassen wird, erhalten Betroffene Gelegenheit, sich zu äußern. Dafür verschickt die Bußgeldstelle einen <strong>Anhörungsbogen</strong> an die Person, die sie für die Fahrerin oder den Fahrer hält, meist an die Halterin oder den Halter. Sind Sie als Halterin oder Halter nicht selbst gefahren, erhalten Sie gegebenenfalls einen <strong>Zeugenfragebogen</strong>.</p>' +
      '<p>Als Betroffene oder Betroffener müssen Sie nur Angaben zu Ihrer Person machen (Name, Anschrift, Geburtsdatum); zum Vorwurf dürfen Sie schweigen. Als Zeugin oder Zeuge müssen Sie grundsätzlich wahrheitsgemäß aussagen; gegen Angehörige müssen Sie nicht aussagen (Zeugnisverweigerungsrecht).</p>' +
      '<p>Kann die verantwortliche Person nicht ermittelt werden, kann bei Parkverstößen der Halterin oder dem Halter ein Kostenbescheid erteilt werden. Bei erheblichen Verstößen kann die Straßenverkehrsbehörde zudem anordnen, dass ein Fahrtenbuch geführt wird.</p>',
    requirementsHtml: '<ul><li>Sie haben einen Anhörungs- oder Zeugenfragebogen der Bußgeldstelle Musterstadt erhalten.</li></ul>',
    procedureHtml:
      '<ol><li>Rufen Sie den Online-Dienst auf und melden Sie sich mit dem Aktenzeichen und dem Zugangscode aus dem Schreiben an. Dort sehen Sie auch das Beweisfoto.</li><li>Geben Sie an, ob Sie den Verstoß einräumen, bestreiten oder wer gefahren ist. Bei der Benennung geben Sie Name, Anschrift und Geburtsdatum der Person an.</li><li>Alternativ füllen Sie den Bogen aus und schicken ihn per Post zurück.</li><li>Die Bußgeldstelle prüft Ihre Angaben und schreibt gegebenenfalls die benannte Person an.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Rücksendung ist kostenfrei.' }],
    requiredDocuments: [
      { name: 'Anhörungs- oder Zeugenfragebogen mit Aktenzeichen und Zugangscode', required: true },
      { name: 'Name, Anschrift und Geburtsdatum der Person, die gefahren ist', descriptionHtml: '<p>Nur wenn Sie eine andere Person als Fahrerin oder Fahrer benennen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Rücksendefrist', duration: { value: 1, unit: 'week' }, descriptionHtml: '<p>Die Bußgeldstelle bittet um Antwort innerhalb einer Woche. Es handelt sich um keine gesetzliche Ausschlussfrist; antworten Sie aber zügig, damit keine Fahrtenbuchauflage droht.</p>' },
      { label: 'Verfolgungsverjährung', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Verkehrsordnungswidrigkeiten verjähren in der Regel drei Monate nach der Tat, solange kein Bußgeldbescheid ergangen ist; die Anhörung unterbricht die Verjährung.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Nach Eingang Ihrer Antwort entscheidet die Bußgeldstelle in der Regel innerhalb von zwei bis sechs Wochen über das weitere Vorgehen.</p>' },
    legalBasis: [
      gii('owig_1968/__55.html', '§ 55 Gesetz über Ordnungswidrigkeiten (OWiG) – Anhörung des Betroffenen'),
      gii('stvg/__25a.html', '§ 25a Straßenverkehrsgesetz (StVG) – Kostentragungspflicht des Halters'),
      gii('stvzo_2012/__31a.html', '§ 31a Straßenverkehrs-Zulassungs-Ordnung (StVZO) – Fahrtenbuch'),
    ],
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('anhoerungsbogen-beantworten', 'Anhörungsbogen online beantworten', 'none')],
    officeIds: ['oe-bussgeldstelle'],
    lifeSituations: ['1150000', '1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-01T09:10:00Z',
  },
];

const strasse: ServiceInput[] = [
  {
    id: 'halteverbot-umzug-beantragen',
    leikaKeys: [],
    name: 'Halteverbot für einen Umzug beantragen',
    officialName: 'Verkehrsrechtliche Anordnung Haltverbotszone für Umzüge',
    summary:
      'Für einen Umzug oder eine Anlieferung können Sie vor dem Haus eine vorübergehende Halteverbotszone einrichten lassen. Die Schilder müssen mindestens drei volle Tage vorher aufgestellt werden.',
    synonyms: ['Halteverbot Umzug', 'Parkverbot Umzug', 'Umzugsschilder', 'Haltverbotszone', 'mobiles Halteverbot', 'Umzugswagen parken', 'no-parking zone for moving'],
    descriptionHtml:
      '<p>Damit der Umzugswagen direkt vor dem Haus halten kann, können Sie eine zeitlich begrenzte Halteverbotszone beantragen. Die Straßenverkehrsbehörde ordnet das Halteverbot an und legt fest, wo und wie lange es gilt. Üblich ist eine Länge von 15 bis 20 Metern für einen Tag; bei großen Umzugsfahrzeugen auch mehr.</p>' +
      '<p>Die Halteverbotsschilder (Verkehrszeichen 283 mit Zusatzzeichen für Datum und Uhrzeit) stellen Sie selbst auf oder beauftragen eine Verkehrszeichenverleih-Firma. Sie müssen mindestens drei volle Tage (72 Stunden) vor Beginn stehen, damit bereits parkende Fahrzeuge rechtzeitig entfernt werden können. Die Aufstellung ist der Straßenverkehrsbehörde mit einem Aufstellprotokoll mitzuteilen; darin werden die Kennzeichen der zu diesem Zeitpunkt parkenden Fahrzeuge notiert.</p>' +
      '<p>Stehen am Umzugstag trotzdem Fahrzeuge im Halteverbot, wenden Sie sich an den Gemeindevollzugsdienst oder die Polizei. Nur diese dürfen das Abschleppen veranlassen.</p>',
    requirementsHtml:
      '<ul><li>Der Umzug oder die Anlieferung findet im Stadtgebiet von Musterstadt statt.</li><li>Der Platz wird tatsächlich für das Be- und Entladen benötigt.</li><li>Geh- und Radwege bleiben frei, Rettungswege und Feuerwehrzufahrten werden nicht blockiert.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag mindestens zwei Wochen vor dem Umzug online bei der Straßenverkehrsbehörde. Geben Sie Straße, Hausnummer, Länge der Zone, Datum und Uhrzeit an.</li><li>Sie erhalten die verkehrsrechtliche Anordnung mit den Auflagen und dem Gebührenbescheid.</li><li>Stellen Sie die Schilder spätestens 72 Stunden vorher auf oder lassen Sie sie aufstellen, und reichen Sie das Aufstellprotokoll ein.</li><li>Entfernen Sie die Schilder nach dem Ende der Zone unverzüglich.</li></ol>',
    costs: [{ kind: 'variable', min: eur(40), max: eur(120), description: 'Verwaltungsgebühr für die Anordnung, je nach Dauer und Aufwand' }],
    costsNoteHtml: '<p>Die Schilder mieten Sie bei einer privaten Firma (etwa 50 bis 150 Euro einschließlich Auf- und Abbau). Wird eine öffentliche Parkfläche mit Parkscheinautomat gesperrt, kann zusätzlich eine Sondernutzungsgebühr anfallen.</p>',
    requiredDocuments: [
      { name: 'Angaben zu Ort, Länge und Zeitraum der Halteverbotszone', required: true },
      { name: 'Aufstellprotokoll', descriptionHtml: '<p>Nach dem Aufstellen der Schilder, mit Datum, Uhrzeit und den Kennzeichen der parkenden Fahrzeuge.</p>', required: true },
      { name: 'Skizze', descriptionHtml: '<p>Nur bei unübersichtlichen Stellen oder wenn mehrere Straßenseiten betroffen sind.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Beantragen Sie das Halteverbot mindestens zwei Wochen vor dem Umzug.</p>' },
      { label: 'Vorlaufzeit der Beschilderung', duration: { value: 72, unit: 'hour' }, descriptionHtml: '<p>Die Schilder müssen mindestens drei volle Tage vor Beginn des Halteverbots aufgestellt sein.</p>' },
    ],
    processingTime: { duration: { value: 5, unit: 'working-day', valueTo: 10 }, descriptionHtml: '<p>In der Regel fünf bis zehn Arbeitstage.</p>' },
    legalBasis: [gii('stvo_2013/__45.html', '§ 45 Straßenverkehrs-Ordnung (StVO) – Verkehrszeichen und Verkehrseinrichtungen'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [page('umzug', 'Umzug nach oder in Musterstadt: alles auf einen Blick')],
    onlineServices: [onlineService('halteverbot-umzug-beantragen', 'Halteverbot für Umzug online beantragen', 'low')],
    officeIds: ['oe-strassenverkehrsbehoerde'],
    lifeSituations: ['1050000', '1090000'],
    categories: ['verkehr'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-20T11:00:00Z',
  },
  {
    id: 'sondernutzung-verkehrsflaeche-beantragen',
    leikaKeys: [],
    name: 'Sondernutzung öffentlicher Verkehrsflächen beantragen (Container, Gerüst)',
    officialName: 'Sondernutzungserlaubnis für öffentliche Straßen Erteilung',
    summary:
      'Wenn Sie Gehweg, Parkplätze oder Straße über den normalen Verkehr hinaus nutzen wollen – etwa für einen Container, ein Baugerüst, einen Kran oder Baumaterial –, brauchen Sie eine Sondernutzungserlaubnis der Stadt.',
    synonyms: ['Sondernutzung', 'Container aufstellen', 'Gerüst Gehweg', 'Baustelleneinrichtung', 'Schuttmulde', 'Kran Straße', 'Straßennutzung', 'Aufgrabung'],
    descriptionHtml:
      '<p>Öffentliche Straßen, Wege und Plätze stehen allen im Rahmen des Gemeingebrauchs zur Verfügung. Jede Nutzung darüber hinaus ist eine Sondernutzung und erlaubnispflichtig. Typische Beispiele sind Abfall- und Bauschuttcontainer, Baugerüste, Kräne, Bauzäune, Materiallager, Baustellenfahrzeuge, Werbeanlagen auf Gehwegen oder Aufgrabungen.</p>' +
      '<p>Die Erlaubnis ist zeitlich befristet und kann mit Auflagen verbunden werden, zum Beispiel zur Absicherung, zu Restgehwegbreiten (in der Regel mindestens 1,30 Meter) oder zur Beleuchtung bei Nacht. Wird dabei der Verkehr eingeschränkt, erteilt die Straßenverkehrsbehörde zusätzlich eine verkehrsrechtliche Anordnung; beides kann zusammen beantragt werden.</p>' +
      '<p>Für Sondernutzungen erhebt die Stadt Gebühren nach der Sondernutzungssatzung. Für die Nutzung gastronomischer Außenflächen und für Veranstaltungen gelten eigene Verfahren.</p>',
    requirementsHtml:
      '<ul><li>Die Sicherheit und Leichtigkeit des Verkehrs bleiben gewährleistet.</li><li>Es ist kein Platz auf dem Privatgrundstück vorhanden.</li><li>Sie verpflichten sich, die Fläche nach Ende der Nutzung in ordnungsgemäßem Zustand zu übergeben und haften für Schäden.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online mit Lageplan, Zeitraum und Größe der Fläche.</li><li>Das Tiefbauamt und die Straßenverkehrsbehörde prüfen den Antrag; gegebenenfalls werden Polizei, Verkehrsbetriebe und Feuerwehr beteiligt.</li><li>Sie erhalten die Sondernutzungserlaubnis, bei Bedarf mit verkehrsrechtlicher Anordnung, und den Gebührenbescheid.</li><li>Beschildern und sichern Sie die Fläche nach den Auflagen, in der Regel durch eine Fachfirma.</li><li>Melden Sie das Ende der Nutzung; die Fläche wird gegebenenfalls abgenommen.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(30), max: eur(250), description: 'Verwaltungsgebühr für die Erlaubnis' },
      { kind: 'variable', min: eur(1), max: eur(5), description: 'Sondernutzungsgebühr je Quadratmeter und Woche, je nach Lage (Innenstadt höher)' },
    ],
    requiredDocuments: [
      { name: 'Lageplan mit Einzeichnung der genutzten Fläche und der Restgehwegbreite', required: true },
      { name: 'Angaben zu Art, Größe und Dauer der Nutzung', required: true },
      { name: 'Verkehrszeichenplan', descriptionHtml: '<p>Nur wenn der Verkehr eingeschränkt wird.</p>', required: false },
      { name: 'Vollmacht der Bauherrschaft', descriptionHtml: '<p>Wenn eine Firma für die Bauherrschaft den Antrag stellt.</p>', required: false },
    ],
    deadlines: [{ label: 'Antragsfrist', duration: { value: 2, unit: 'week', valueTo: 4 }, descriptionHtml: '<p>Stellen Sie den Antrag mindestens zwei Wochen, bei umfangreichen Maßnahmen vier Wochen vor Beginn.</p>' }, widerspruchsfrist],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      bw('StrG', 'Straßengesetz für Baden-Württemberg (StrG) – §§ 16 bis 19 Sondernutzung'),
      gii('fstrg/__8.html', '§ 8 Bundesfernstraßengesetz (FStrG) – Sondernutzungen'),
      ortsrecht('sondernutzungssatzung', 'Satzung über Sondernutzungen an öffentlichen Straßen der Stadt Musterstadt'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('sondernutzung-verkehrsflaeche-beantragen', 'Sondernutzungserlaubnis online beantragen', 'substantial')],
    officeIds: ['oe-strassenverkehrsbehoerde', 'oe-tiefbauamt'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['verkehr', 'bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-20T11:05:00Z',
  },
  {
    id: 'verkehrsrechtliche-anordnung-baustelle',
    leikaKeys: [],
    name: 'Verkehrsrechtliche Anordnung für eine Baustelle beantragen',
    officialName: 'Verkehrsrechtliche Anordnung für Arbeitsstellen Erteilung',
    summary:
      'Bauunternehmen und andere Betriebe, die auf oder neben der Straße arbeiten, müssen vor Beginn eine verkehrsrechtliche Anordnung einholen. Sie legt fest, wie die Arbeitsstelle beschildert und abgesichert wird.',
    synonyms: ['Verkehrsrechtliche Anordnung', 'VRAO', 'Baustellenbeschilderung', 'Verkehrszeichenplan', 'Straßensperrung', 'Vollsperrung', 'Arbeitsstelle', 'RSA'],
    descriptionHtml:
      '<p>Wer Arbeiten im Straßenraum ausführt, die sich auf den Verkehr auswirken, muss vorher von der Straßenverkehrsbehörde Anordnungen einholen, wie die Arbeitsstelle abzusperren und zu kennzeichnen ist und ob und wie der Verkehr zu beschränken, umzuleiten oder durch Ampeln zu regeln ist. Das gilt für Bauunternehmen, Versorgungsunternehmen, Gerüstbaufirmen und Umzugsunternehmen gleichermaßen.</p>' +
      '<p>Grundlage ist ein Verkehrszeichenplan nach den Richtlinien für die Sicherung von Arbeitsstellen an Straßen (RSA). Die Anordnung wird dem Unternehmen erteilt, das die Arbeiten ausführt; es ist für die ordnungsgemäße Absicherung verantwortlich und benennt eine verantwortliche Person, die jederzeit erreichbar ist.</p>' +
      '<p>Für Vollsperrungen und Arbeiten an Hauptverkehrsstraßen werden Polizei, Feuerwehr, Rettungsdienst und Verkehrsbetriebe beteiligt; dies verlängert die Bearbeitungszeit. Wird öffentliche Fläche länger belegt, brauchen Sie zusätzlich eine Sondernutzungserlaubnis.</p>',
    requirementsHtml:
      '<ul><li>Sie führen Arbeiten im öffentlichen Verkehrsraum in Musterstadt aus.</li><li>Für das Vorhaben liegen, soweit nötig, die übrigen Genehmigungen vor (zum Beispiel Aufgrabungserlaubnis, Sondernutzungserlaubnis).</li><li>Die Absicherung wird durch fachkundiges Personal ausgeführt.</li></ul>',
    procedureHtml:
      '<ol><li>Reichen Sie den Antrag mit Verkehrszeichenplan online bei der Straßenverkehrsbehörde ein.</li><li>Die Straßenverkehrsbehörde prüft den Plan, beteiligt gegebenenfalls Polizei, Tiefbauamt und Verkehrsbetriebe und passt die Maßnahmen an.</li><li>Sie erhalten die Anordnung mit Auflagen. Umleitungen werden gegebenenfalls öffentlich bekanntgegeben.</li><li>Stellen Sie die Beschilderung vor Beginn der Arbeiten auf und kontrollieren Sie sie regelmäßig, auch am Wochenende.</li></ol>',
    costs: [{ kind: 'variable', min: eur(50), max: eur(500), description: 'Gebühr je nach Umfang, Dauer und Zahl der Beteiligten' }],
    requiredDocuments: [
      { name: 'Verkehrszeichenplan nach RSA', required: true },
      { name: 'Lageplan der Arbeitsstelle', required: true },
      { name: 'Bauzeitenplan und Benennung der verantwortlichen Person mit Erreichbarkeit', required: true },
      { name: 'Umleitungsplan', descriptionHtml: '<p>Bei Voll- oder Teilsperrungen.</p>', required: false },
      { name: 'Aufgrabungs- oder Sondernutzungserlaubnis', descriptionHtml: '<p>Falls erforderlich.</p>', required: false },
    ],
    deadlines: [{ label: 'Antragsfrist', duration: { value: 2, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Mindestens zwei Wochen vor Baubeginn; bei Vollsperrungen und Arbeiten an Hauptverkehrsstraßen mindestens sechs Wochen.</p>' }, widerspruchsfrist],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 6 } },
    legalBasis: [gii('stvo_2013/__45.html', '§ 45 Absatz 6 Straßenverkehrs-Ordnung (StVO) – Arbeiten im Straßenraum'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [page('baustellen', 'Aktuelle Baustellen und Verkehrsbehinderungen in Musterstadt')],
    onlineServices: [onlineService('verkehrsrechtliche-anordnung-baustelle', 'Verkehrsrechtliche Anordnung online beantragen', 'substantial')],
    officeIds: ['oe-strassenverkehrsbehoerde'],
    lifeSituations: ['2050000', '2110000'],
    categories: ['verkehr', 'bauen-wohnen'],
    addressees: ['business', 'administration'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-20T11:10:00Z',
  },
  {
    id: 'abgeschlepptes-fahrzeug-abholen',
    leikaKeys: [],
    name: 'Abgeschlepptes Fahrzeug abholen',
    officialName: 'Abgeschlepptes Fahrzeug Herausgabe',
    summary:
      'Wurde Ihr Fahrzeug abgeschleppt, erfahren Sie beim Ordnungsamt oder bei der Polizei, wo es steht. Nach Zahlung der Kosten erhalten Sie eine Freigabe und können das Fahrzeug beim Abschleppunternehmen abholen.',
    synonyms: ['abgeschleppt', 'Auto weg', 'Abschleppen', 'Auto abgeschleppt wo', 'Verwahrplatz', 'Abschleppkosten', 'towed car'],
    descriptionHtml:
      '<p>Fahrzeuge, die verbotswidrig abgestellt sind und andere behindern oder gefährden – etwa in Feuerwehrzufahrten, auf Behindertenparkplätzen, in Halteverbotszonen für Umzüge oder Baustellen –, kann die Stadt abschleppen lassen. Das Fahrzeug wird zu einem Verwahrplatz gebracht.</p>' +
      '<p>Ist Ihr Fahrzeug verschwunden, rufen Sie zuerst das Ordnungsamt an oder außerhalb der Dienstzeiten die Polizei. Dort erfahren Sie, ob es abgeschleppt oder womöglich gestohlen wurde. Die Herausgabe erfolgt nur an die Halterin, den Halter oder eine bevollmächtigte Person und erst, wenn die Kosten bezahlt sind.</p>' +
      '<p>Neben den Abschleppkosten entstehen eine Verwaltungsgebühr und für jeden angefangenen Tag auf dem Verwahrplatz eine Verwahrgebühr. Holen Sie das Fahrzeug deshalb so schnell wie möglich ab. Für den Verkehrsverstoß selbst erhalten Sie zusätzlich eine Verwarnung oder einen Bußgeldbescheid.</p>',
    requirementsHtml: '<ul><li>Sie sind Halterin oder Halter des Fahrzeugs oder von ihr oder ihm bevollmächtigt.</li><li>Die Kosten sind bezahlt.</li></ul>',
    procedureHtml:
      '<ol><li>Erkundigen Sie sich beim Ordnungsamt oder bei der Polizei, wo Ihr Fahrzeug steht.</li><li>Bezahlen Sie die Kosten beim Ordnungsamt beziehungsweise an der Stadtkasse oder – außerhalb der Dienstzeiten – direkt beim Abschleppunternehmen. Sie erhalten einen Freigabeschein.</li><li>Holen Sie das Fahrzeug mit Freigabeschein, Ausweis und Fahrzeugschlüssel am Verwahrplatz ab.</li><li>Sie erhalten anschließend einen Kostenbescheid. Halten Sie die Maßnahme für rechtswidrig, können Sie dagegen Widerspruch einlegen; zahlen Sie trotzdem zunächst, um das Fahrzeug zurückzubekommen.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(150), max: eur(350), description: 'Abschleppkosten des beauftragten Unternehmens, je nach Fahrzeug und Aufwand' },
      { kind: 'fixed', amount: eur(75), description: 'Verwaltungsgebühr der Stadt' },
      { kind: 'fixed', amount: eur(15), description: 'Verwahrgebühr je angefangenem Tag' },
    ],
    costsNoteHtml: '<p>Wurde der Abschleppvorgang begonnen, aber nicht beendet, weil Sie rechtzeitig zurückkamen (Leerfahrt), fallen geringere Kosten an.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Zulassungsbescheinigung Teil I', required: true },
      { name: 'Fahrzeugschlüssel', required: true },
      { name: 'Vollmacht der Halterin oder des Halters', descriptionHtml: '<p>Nur wenn Sie nicht selbst Halterin oder Halter sind.</p>', required: false },
    ],
    deadlines: [widerspruchsfrist],
    processingTime: { descriptionHtml: '<p>Die Freigabe erfolgt sofort nach Zahlung.</p>' },
    legalBasis: [
      bw('PolG', 'Polizeigesetz Baden-Württemberg (PolG) – unmittelbare Ausführung und Kostenersatz'),
      bw('LVwVG', 'Landesverwaltungsvollstreckungsgesetz Baden-Württemberg (LVwVG) – Ersatzvornahme'),
      ortsrecht('gebuehrensatzung-ordnungsamt', 'Gebührensatzung für Amtshandlungen des Ordnungsamts der Stadt Musterstadt'),
    ],
    appealHtml: widerspruch('<p>Ein Widerspruch gegen den Kostenbescheid hat keine aufschiebende Wirkung; das Fahrzeug wird nur gegen Zahlung herausgegeben.</p>'),
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [],
    onlineServices: [],
    officeIds: ['oe-ordnungsamt', 'oe-stadtkasse'],
    lifeSituations: ['1090000', '1150000'],
    categories: ['verkehr', 'ordnung'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-05-20T11:15:00Z',
  },
  {
    id: 'grossraum-schwertransport-erlaubnis',
    leikaKeys: [],
    name: 'Erlaubnis für einen Großraum- oder Schwertransport beantragen',
    officialName: 'Großraum- und Schwertransport Erlaubnis und Ausnahmegenehmigung',
    summary:
      'Fahrzeuge oder Ladungen, die die zulässigen Maße, Achslasten oder Gewichte überschreiten, dürfen nur mit Erlaubnis und Ausnahmegenehmigung fahren. Der Antrag wird bundesweit über das Verfahren VEMAGS gestellt.',
    synonyms: ['Schwertransport', 'Großraumtransport', 'Sondertransport', 'VEMAGS', 'Überbreite', 'Übergewicht', 'Schwerlasttransport', 'oversize transport permit'],
    descriptionHtml:
      '<p>Ein Großraum- oder Schwertransport liegt vor, wenn das Fahrzeug mit Ladung die allgemein zulässigen Abmessungen (zum Beispiel 2,55 Meter Breite, 4 Meter Höhe), Achslasten oder Gesamtgewichte überschreitet. Für solche Transporte sind eine Erlaubnis nach der Straßenverkehrs-Ordnung und meist eine Ausnahmegenehmigung von den Bau- und Betriebsvorschriften erforderlich.</p>' +
      '<p>Zuständig ist die Straßenverkehrsbehörde, in deren Bezirk der Transport beginnt oder das antragstellende Unternehmen seinen Sitz hat. Sie beteiligt die Straßenbaulastträger entlang der Fahrtstrecke, die zum Beispiel die Tragfähigkeit von Brücken prüfen, und legt Fahrtweg, Fahrzeiten und Auflagen fest, etwa Begleitfahrzeuge oder Polizeibegleitung.</p>' +
      '<p>Erlaubnisse können für eine Einzelfahrt, mehrere Fahrten oder als Dauererlaubnis für einen bestimmten Zeitraum erteilt werden. Anträge werden elektronisch über das bundesweite Verfahrensmanagement für Großraum- und Schwertransporte (VEMAGS) gestellt.</p>',
    requirementsHtml:
      '<ul><li>Die Ladung ist unteilbar oder der Transport lässt sich nicht anders durchführen (zum Beispiel nicht auf Schiene oder Wasserweg verlagern).</li><li>Das Fahrzeug ist für den Transport technisch geeignet und zugelassen.</li><li>Das Unternehmen hat Sitz oder Transportbeginn in Musterstadt.</li></ul>',
    procedureHtml:
      '<ol><li>Registrieren Sie Ihr Unternehmen im Antragsportal VEMAGS.</li><li>Stellen Sie den Antrag mit Fahrzeug- und Ladungsdaten, Achslasten und gewünschtem Fahrtweg.</li><li>Die Straßenverkehrsbehörde Musterstadt beteiligt über VEMAGS die betroffenen Behörden und Baulastträger.</li><li>Sie erhalten den Bescheid elektronisch; er ist während der Fahrt mitzuführen.</li></ol>',
    costs: [{ kind: 'variable', min: eur(40), max: eur(1000), description: 'Gebühr je nach Art der Erlaubnis, Zahl der Fahrten und beteiligten Stellen' }],
    costsNoteHtml: '<p>Gebühren anderer beteiligter Behörden und Kosten für Polizeibegleitung oder Verkehrsregelung können hinzukommen.</p>',
    requiredDocuments: [
      { name: 'Fahrzeugdaten mit Zulassungsbescheinigungen', required: true },
      { name: 'Angaben zu Ladung, Abmessungen, Achslasten und Gesamtgewicht', required: true },
      { name: 'Skizze des Transports (Seitenansicht und Draufsicht)', required: true },
      { name: 'Gutachten eines amtlich anerkannten Sachverständigen', descriptionHtml: '<p>Soweit für die Ausnahmegenehmigung nach der StVZO erforderlich.</p>', required: false },
    ],
    deadlines: [{ label: 'Antragsfrist', duration: { value: 2, unit: 'week', valueTo: 4 }, descriptionHtml: '<p>Stellen Sie den Antrag rechtzeitig, bei Einzelfahrten mindestens zwei, bei Dauererlaubnissen mindestens vier Wochen vor der Fahrt.</p>' }, widerspruchsfrist],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Abhängig von der Zahl der beteiligten Stellen entlang der Strecke.</p>' },
    legalBasis: [
      gii('stvo_2013/__29.html', '§ 29 Absatz 3 Straßenverkehrs-Ordnung (StVO) – Übermäßige Straßenbenutzung'),
      gii('stvo_2013/__46.html', '§ 46 StVO – Ausnahmegenehmigung'),
      gii('stvzo_2012/__70.html', '§ 70 Straßenverkehrs-Zulassungs-Ordnung (StVZO) – Ausnahmen'),
      GEBOST,
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: false, persoenlich: false, online: true, hinweis: 'Anträge werden ausschließlich elektronisch über VEMAGS gestellt.' }),
    furtherInformation: [],
    onlineServices: [{ title: 'VEMAGS – Verfahrensmanagement für Großraum- und Schwertransporte', uri: 'https://www.vemags.de/', trustLevel: 'substantial' }],
    officeIds: ['oe-strassenverkehrsbehoerde'],
    lifeSituations: ['2110000'],
    categories: ['verkehr', 'wirtschaft'],
    addressees: ['business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-20T11:20:00Z',
  },
  {
    id: 'taxigenehmigung-beantragen',
    leikaKeys: [],
    name: 'Taxigenehmigung beantragen',
    officialName: 'Genehmigung für den Verkehr mit Taxen Erteilung',
    summary:
      'Wer mit Taxen Fahrgäste befördern möchte, braucht eine Genehmigung nach dem Personenbeförderungsgesetz. Sie müssen zuverlässig, finanziell leistungsfähig und fachlich geeignet sein.',
    synonyms: ['Taxikonzession', 'Taxiunternehmen gründen', 'Taxi Genehmigung', 'Personenbeförderung', 'Mietwagen Genehmigung', 'Taxilizenz', 'PBefG', 'taxi licence'],
    descriptionHtml:
      '<p>Der Verkehr mit Taxen ist genehmigungspflichtig. Die Genehmigung wird für jedes einzelne Taxi erteilt und gilt höchstens fünf Jahre; danach kann sie wiedererteilt werden. Zuständige Genehmigungsbehörde ist die Stadt Musterstadt.</p>' +
      '<p>Die Genehmigung wird nur erteilt, wenn die Sicherheit und Leistungsfähigkeit des Betriebs gewährleistet sind, Sie zuverlässig sind und Ihre fachliche Eignung nachweisen – in der Regel durch die Fachkundeprüfung bei der Industrie- und Handelskammer. Zur finanziellen Leistungsfähigkeit müssen Sie Eigenkapital und Reserven nachweisen (2.250 Euro für das erste und 1.250 Euro für jedes weitere Fahrzeug).</p>' +
      '<p>Um die Funktionsfähigkeit des örtlichen Taxengewerbes zu erhalten, kann die Zahl der Taxen begrenzt werden. Neue Genehmigungen werden dann nach einer Vormerkliste in der Reihenfolge der Anträge vergeben. Für Taxen gelten außerdem die Taxenordnung und der Taxitarif der Stadt Musterstadt.</p>',
    requirementsHtml:
      '<ul><li>Sie oder die zur Führung der Geschäfte bestellte Person sind zuverlässig.</li><li>Sie sind finanziell leistungsfähig.</li><li>Sie sind fachlich geeignet (Fachkundeprüfung oder gleichwertiger Abschluss).</li><li>Sie haben einen Betriebssitz in Musterstadt.</li><li>Das Fahrzeug erfüllt die Anforderungen an Taxen (unter anderem Farbe, Taxischild, Fiskaltaxameter).</li></ul>',
    procedureHtml:
      '<ol><li>Lassen Sie sich vorab beraten, ob derzeit Genehmigungen frei sind oder eine Vormerkliste besteht.</li><li>Stellen Sie den schriftlichen Antrag mit allen Nachweisen.</li><li>Die Genehmigungsbehörde hört die IHK, Gewerkschaften und Taxiverbände an und holt Auskünfte ein.</li><li>Über den Antrag wird innerhalb von drei Monaten entschieden; die Frist kann um bis zu drei Monate verlängert werden.</li><li>Nach der Genehmigung wird das Taxi abgenommen und Sie erhalten die Genehmigungsurkunde.</li></ol>',
    costs: [{ kind: 'variable', min: eur(300), max: eur(800), description: 'Gebühr für die Erteilung je Fahrzeug, abhängig vom Aufwand' }],
    costsNoteHtml: '<p>Hinzu kommen Kosten für die Fachkundeprüfung bei der IHK, das Führungszeugnis, Auszüge und Unbedenklichkeitsbescheinigungen.</p>',
    requiredDocuments: [
      { name: 'Fachkundenachweis', descriptionHtml: '<p>Bescheinigung der IHK über die bestandene Fachkundeprüfung.</p>', required: true },
      { name: 'Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister', required: true },
      { name: 'Eigenkapitalbescheinigung', descriptionHtml: '<p>Von einer Steuerberaterin, einem Wirtschaftsprüfer oder einer Bank.</p>', required: true },
      { name: 'Unbedenklichkeitsbescheinigungen', descriptionHtml: '<p>Von Finanzamt, Stadtkasse, Krankenkasse und Berufsgenossenschaft.</p>', required: true },
      { name: 'Auszug aus dem Fahreignungsregister', required: true },
      { name: 'Handelsregisterauszug', descriptionHtml: '<p>Nur bei juristischen Personen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Entscheidungsfrist der Behörde', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Die Behörde entscheidet innerhalb von drei Monaten; in schwierigen Fällen kann sie die Frist einmal um bis zu drei Monate verlängern.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 3, unit: 'month' } },
    legalBasis: [
      gii('pbefg/__13.html', '§ 13 Personenbeförderungsgesetz (PBefG) – Voraussetzung der Genehmigung'),
      gii('pbefg/__47.html', '§ 47 PBefG – Verkehr mit Taxen'),
      gii('pbzugv/', 'Berufszugangsverordnung für den Straßenpersonenverkehr (PBZugV)'),
      ortsrecht('taxenordnung', 'Taxenordnung der Stadt Musterstadt'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: false }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: termin('taxigenehmigung-beantragen'),
    officeIds: ['oe-strassenverkehrsbehoerde', 'oe-gewerbeamt'],
    lifeSituations: ['2010000', '2110000'],
    categories: ['verkehr', 'wirtschaft'],
    addressees: ['business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-05-20T11:25:00Z',
  },
  {
    id: 'fahrerlaubnis-fahrgastbefoerderung',
    leikaKeys: [],
    name: 'Fahrerlaubnis zur Fahrgastbeförderung (P-Schein) beantragen',
    officialName: 'Fahrerlaubnis zur Fahrgastbeförderung Erteilung',
    summary:
      'Wer Taxi, Mietwagen, Krankenwagen oder Fahrzeuge im Linienverkehr mit Pkw fährt, braucht neben dem Führerschein eine Fahrerlaubnis zur Fahrgastbeförderung („P-Schein“). Sie gilt höchstens fünf Jahre.',
    synonyms: ['P-Schein', 'Personenbeförderungsschein', 'Taxischein', 'Fahrgastbeförderung', 'Mietwagen fahren', 'Krankenwagen Fahrerlaubnis', 'Ortskundeprüfung'],
    descriptionHtml:
      '<p>Eine Fahrerlaubnis zur Fahrgastbeförderung brauchen Sie, wenn Sie Fahrgäste in einem Fahrzeug befördern, für das eine Genehmigung nach dem Personenbeförderungsgesetz erforderlich ist (zum Beispiel Taxi oder Mietwagen), oder wenn Sie entgeltlich oder geschäftsmäßig einen Krankenkraftwagen fahren. Sie wird durch einen eigenen Führerschein nachgewiesen, den Sie zusammen mit Ihrem Kartenführerschein mitführen.</p>' +
      '<p>Für Taxen müssen Sie zusätzlich in einer Prüfung nachweisen, dass Sie die erforderlichen Ortskenntnisse im Pflichtfahrgebiet Musterstadt besitzen. Die Ortskundeprüfung führt die Führerscheinstelle durch.</p>' +
      '<p>Die Fahrerlaubnis wird für höchstens fünf Jahre erteilt und auf Antrag verlängert, wenn Sie Ihre Eignung erneut nachweisen. Ab 60 Jahren ist zusätzlich ein Leistungstest nötig.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mindestens 21 Jahre alt (für Krankenkraftwagen mindestens 19 Jahre).</li><li>Sie besitzen die Fahrerlaubnis der Klasse B seit mindestens zwei Jahren (für Krankenkraftwagen seit einem Jahr).</li><li>Sie bieten die Gewähr, der besonderen Verantwortung bei der Beförderung von Fahrgästen gerecht zu werden (Führungszeugnis, Fahreignungsregister).</li><li>Sie sind körperlich und geistig geeignet und erfüllen die erhöhten Anforderungen an das Sehvermögen.</li><li>Für Krankenkraftwagen: Nachweis einer Erste-Hilfe-Schulung. Für Taxen: bestandene Ortskundeprüfung.</li></ul>',
    procedureHtml:
      '<ol><li>Beantragen Sie das Führungszeugnis (Belegart O) beim Bürgerbüro oder online beim Bundesamt für Justiz.</li><li>Lassen Sie die ärztliche Untersuchung und die Untersuchung des Sehvermögens durchführen.</li><li>Stellen Sie den Antrag persönlich mit Termin bei der Führerscheinstelle.</li><li>Für Taxen: Legen Sie die Ortskundeprüfung ab; den Termin erhalten Sie nach Antragstellung.</li><li>Nach Prüfung aller Unterlagen wird der Führerschein zur Fahrgastbeförderung bestellt und Ihnen ausgehändigt.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(40), max: eur(60), description: 'Erteilung einschließlich Registerauskünften' },
      { kind: 'variable', min: eur(30), max: eur(60), description: 'Ortskundeprüfung (nur für Taxen)' },
    ],
    costsNoteHtml: '<p>Ärztliche Untersuchungen, Sehtest und Führungszeugnis (13 Euro) bezahlen Sie gesondert.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass und Kartenführerschein', required: true },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Ärztliches Zeugnis nach Anlage 5 FeV', required: true },
      { name: 'Augenärztliches Zeugnis oder Bescheinigung über das Sehvermögen nach Anlage 6 FeV', required: true },
      { name: 'Führungszeugnis zur Vorlage bei einer Behörde', descriptionHtml: '<p>Wird direkt an die Führerscheinstelle geschickt.</p>', required: true },
      { name: 'Nachweis über eine Erste-Hilfe-Schulung', descriptionHtml: '<p>Nur für Krankenkraftwagen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Geltungsdauer', duration: { value: 5, unit: 'year' }, descriptionHtml: '<p>Die Verlängerung können Sie frühestens sechs Monate vor Ablauf beantragen.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [FEV('48', 'Fahrerlaubnis zur Fahrgastbeförderung'), GEBOST],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.bundesjustizamt.de/', title: 'Bundesamt für Justiz: Führungszeugnis online beantragen' }],
    onlineServices: [],
    appointmentUrl: termin('fahrerlaubnis-fahrgastbefoerderung'),
    officeIds: ['oe-fuehrerscheinstelle'],
    lifeSituations: ['1040000', '1090000'],
    categories: ['verkehr'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-05-20T11:30:00Z',
  },
];

const ordnung: ServiceInput[] = [
  {
    id: 'ruhestoerung-melden',
    leikaKeys: [],
    name: 'Ruhestörung und Lärm melden',
    officialName: 'Lärmbelästigung Meldung',
    summary:
      'Sie können Ruhestörungen und anhaltenden Lärm, etwa durch Feiern, Baustellen, Gaststätten oder Gewerbebetriebe, beim Ordnungsamt melden. Bei akuter nächtlicher Ruhestörung wenden Sie sich an die Polizei.',
    synonyms: ['Ruhestörung', 'Lärmbelästigung', 'Lärm melden', 'laute Nachbarn', 'Nachtruhe', 'Baulärm', 'Partylärm', 'noise complaint'],
    descriptionHtml:
      '<p>In Musterstadt gilt nach der Polizeiverordnung die Nachtruhe von 22 bis 6 Uhr. In dieser Zeit sind Tätigkeiten verboten, die die Nachtruhe anderer stören. Auch tagsüber darf niemand unnötigen Lärm verursachen, der die Allgemeinheit oder die Nachbarschaft erheblich belästigt. Für Baustellen, Gaststätten und Betriebe gelten besondere Lärmschutzvorschriften.</p>' +
      '<p>Wer zuständig ist, hängt von der Lärmquelle ab:</p>' +
      '<ul><li><strong>Akute Ruhestörung nachts oder am Wochenende</strong> (Party, laute Musik, Streit): Polizei unter 110 oder das zuständige Polizeirevier.</li><li><strong>Wiederkehrender Lärm</strong> durch Gaststätten, Veranstaltungen, Tierhaltung oder Lärm im öffentlichen Raum: Ordnungsamt.</li><li><strong>Lärm von Gewerbe- und Industrieanlagen, Baustellen oder Klimageräten</strong>: Umweltamt (Umwelt- und Arbeitsschutz).</li></ul>' +
      '<p>Streitigkeiten zwischen Nachbarn, etwa über Trittschall oder gelegentliche Geräusche im Mietshaus, sind oft zivilrechtlicher Natur. Wenden Sie sich dann an die Hausverwaltung oder eine Schlichtungsstelle.</p>',
    requirementsHtml: '<ul><li>Der Lärm geht über das sozial übliche Maß hinaus oder verstößt gegen Ruhezeiten.</li></ul>',
    procedureHtml:
      '<ol><li>Sprechen Sie, wenn möglich, zuerst mit den Verursachenden.</li><li>Melden Sie den Lärm online mit Ort, Art, Zeit und Häufigkeit. Ein Lärmprotokoll über mehrere Tage hilft bei der Bewertung.</li><li>Das Ordnungsamt oder das Umweltamt prüft den Sachverhalt, nimmt gegebenenfalls Kontakt mit den Verursachenden auf, führt Kontrollen oder Messungen durch und ordnet Maßnahmen an.</li><li>Verstöße können als Ordnungswidrigkeit mit einem Bußgeld geahndet werden. Über das Ergebnis werden Sie informiert, soweit der Datenschutz es zulässt.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Meldung ist kostenfrei.' }],
    requiredDocuments: [
      { name: 'Beschreibung von Ort, Zeit und Art des Lärms', required: true },
      { name: 'Lärmprotokoll', descriptionHtml: '<p>Empfehlenswert bei wiederkehrendem Lärm.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Die Meldung wird in der Regel innerhalb von fünf Arbeitstagen bearbeitet; Kontrollen vor Ort können je nach Lärmquelle länger dauern.</p>' },
    legalBasis: [
      gii('owig_1968/__117.html', '§ 117 Gesetz über Ordnungswidrigkeiten (OWiG) – Unzulässiger Lärm'),
      gii('bimschg/__22.html', '§ 22 Bundes-Immissionsschutzgesetz (BImSchG) – Pflichten der Betreiber nicht genehmigungsbedürftiger Anlagen'),
      ortsrecht('polizeiverordnung', 'Polizeiverordnung der Stadt Musterstadt gegen umweltschädliches Verhalten und Belästigungen'),
    ],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.polizei-bw.de/', title: 'Polizei Baden-Württemberg' }],
    onlineServices: [onlineService('ruhestoerung-melden', 'Lärm online melden', 'none')],
    officeIds: ['oe-ordnungsamt', 'oe-umweltamt'],
    lifeSituations: ['1050000', '1170000'],
    categories: ['ordnung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-01T08:00:00Z',
  },
  {
    id: 'strassenschaden-melden',
    leikaKeys: [],
    name: 'Schäden an Straßen und Straßenbeleuchtung melden',
    officialName: 'Straßenschaden Meldung',
    summary:
      'Schlaglöcher, lose Gehwegplatten, defekte Straßenlaternen, beschädigte Verkehrsschilder oder Ampeln können Sie der Stadt online melden – am besten mit Foto und genauer Ortsangabe.',
    synonyms: ['Schlagloch melden', 'Straßenlaterne defekt', 'Mängelmelder', 'Gehweg kaputt', 'Ampel defekt', 'Schaden melden', 'Straßenbeleuchtung', 'report pothole'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt ist für rund 900 Kilometer Straßen, Wege und Plätze, die Straßenbeleuchtung, Verkehrszeichen und Ampelanlagen verantwortlich. Damit Schäden schnell behoben werden, ist sie auf Hinweise aus der Bevölkerung angewiesen.</p>' +
      '<p>Über den Mängelmelder können Sie den Ort auf einer Karte markieren, ein Foto hochladen und den Schaden beschreiben. Sie erhalten eine Bearbeitungsnummer und können den Stand der Bearbeitung verfolgen. Die Meldung wird an die zuständige Stelle weitergeleitet, zum Beispiel an das Tiefbauamt, die Stadtwerke (Beleuchtung) oder die Straßenverkehrsbehörde (Verkehrszeichen).</p>' +
      '<p><strong>Bei akuter Gefahr</strong> – etwa bei einem großen Loch auf der Fahrbahn, umgestürzten Ampelmasten oder herabhängenden Leitungen – rufen Sie sofort die Polizei unter 110 an. Schäden an Bundesautobahnen betreuen die Autobahn GmbH, Schäden an privaten Wegen die Eigentümerinnen und Eigentümer.</p>',
    requirementsHtml: '<ul><li>Der Schaden befindet sich an einer öffentlichen Straße, einem Weg oder einer Anlage der Stadt Musterstadt.</li></ul>',
    procedureHtml:
      '<ol><li>Öffnen Sie den Mängelmelder im Browser oder in der Musterstadt-App.</li><li>Markieren Sie den Ort, wählen Sie die Kategorie (zum Beispiel Schlagloch, Straßenbeleuchtung, Verkehrszeichen) und fügen Sie ein Foto hinzu.</li><li>Geben Sie optional Ihre E-Mail-Adresse an, um über die Bearbeitung informiert zu werden.</li><li>Die zuständige Stelle sichert die Schadstelle gegebenenfalls ab und plant die Reparatur.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Meldung ist kostenfrei.' }],
    requiredDocuments: [
      { name: 'Genaue Ortsangabe', descriptionHtml: '<p>Straße, Hausnummer oder Laternennummer (steht auf einem Schild am Mast).</p>', required: true },
      { name: 'Foto des Schadens', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Gefahrenstellen werden in der Regel innerhalb von 24 Stunden abgesichert. Defekte Straßenlaternen werden meist innerhalb von zwei Wochen repariert; größere Straßenschäden werden in Sanierungsprogramme aufgenommen.</p>' },
    legalBasis: [bw('StrG', 'Straßengesetz für Baden-Württemberg (StrG) – Straßenbaulast und Verkehrssicherungspflicht')],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [page('baustellen', 'Aktuelle Baustellen und Verkehrsbehinderungen in Musterstadt')],
    onlineServices: [onlineService('strassenschaden-melden', 'Mängelmelder Musterstadt', 'none')],
    officeIds: ['oe-tiefbauamt'],
    lifeSituations: ['1090000', '1100000'],
    categories: ['verkehr', 'ordnung'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-01T08:05:00Z',
  },
  {
    id: 'veranstaltung-anmelden',
    leikaKeys: [],
    name: 'Veranstaltung anmelden',
    officialName: 'Veranstaltung Anzeige und Erlaubnis',
    summary:
      'Planen Sie ein Straßenfest, einen Flohmarkt, ein Konzert oder eine andere öffentliche Veranstaltung, melden Sie sie frühzeitig beim Ordnungsamt an. Das Ordnungsamt koordiniert die nötigen Erlaubnisse.',
    synonyms: ['Straßenfest', 'Fest anmelden', 'Veranstaltungsgenehmigung', 'Flohmarkt anmelden', 'Open Air', 'Stadtfest', 'Event', 'event permit'],
    descriptionHtml:
      '<p>Für öffentliche Veranstaltungen sind je nach Art, Ort und Größe verschiedene Erlaubnisse nötig, zum Beispiel:</p>' +
      '<ul><li>eine Sondernutzungserlaubnis, wenn öffentliche Straßen oder Plätze genutzt werden,</li><li>eine Erlaubnis nach der Straßenverkehrs-Ordnung, wenn Straßen mehr als verkehrsüblich in Anspruch genommen werden, etwa bei Umzügen oder Sportveranstaltungen,</li><li>eine Gestattung nach dem Gaststättengesetz, wenn Sie alkoholische Getränke ausschenken,</li><li>eine Ausnahme von Lärmschutzvorschriften für Veranstaltungen in den Abendstunden,</li><li>gegebenenfalls Genehmigungen für fliegende Bauten wie Bühnen und Zelte.</li></ul>' +
      '<p>Das Ordnungsamt ist zentrale Anlaufstelle: Sie melden Ihre Veranstaltung einmal an, und die beteiligten Stellen – Straßenverkehrsbehörde, Tiefbauamt, Gewerbeamt, Feuerwehr, Polizei und Bauordnungsamt – werden eingebunden. Bei größeren Veranstaltungen verlangt die Stadt ein Sicherheitskonzept und führt ein Koordinierungsgespräch durch.</p>' +
      '<p>Private Feiern in geschlossenen Räumen müssen nicht angemeldet werden.</p>',
    requirementsHtml:
      '<ul><li>Sie sind volljährig und zuverlässig und benennen eine verantwortliche Veranstaltungsleitung.</li><li>Sicherheit, Brandschutz und Rettungswege sind gewährleistet.</li><li>Die Nachbarschaft wird nicht unzumutbar durch Lärm belästigt.</li><li>Für die Veranstaltung besteht eine Haftpflichtversicherung.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie die Veranstaltung online beim Ordnungsamt an und beschreiben Sie Art, Ort, Zeit, erwartete Besucherzahl, Aufbauten und Ausschank.</li><li>Das Ordnungsamt prüft, welche Erlaubnisse nötig sind, und beteiligt die Fachstellen.</li><li>Bei größeren Veranstaltungen findet ein Abstimmungsgespräch statt; Sie reichen ein Sicherheitskonzept ein.</li><li>Sie erhalten die Erlaubnisse, gegebenenfalls gebündelt in einem Bescheid, mit Auflagen.</li></ol>',
    costs: [{ kind: 'variable', min: eur(30), max: eur(1000), description: 'Gebühren je nach Art und Umfang der Veranstaltung und der erforderlichen Erlaubnisse' }],
    costsNoteHtml: '<p>Hinzu kommen gegebenenfalls Sondernutzungsgebühren, Kosten für Beschilderung, Sanitätsdienst oder Sicherheitsdienst.</p>',
    requiredDocuments: [
      { name: 'Beschreibung der Veranstaltung mit Ablaufplan', required: true },
      { name: 'Lageplan mit Aufbauten, Rettungswegen und Standorten', required: true },
      { name: 'Nachweis der Veranstalterhaftpflichtversicherung', required: true },
      { name: 'Sicherheitskonzept', descriptionHtml: '<p>Bei Veranstaltungen mit mehr als 5.000 Besucherinnen und Besuchern oder besonderem Gefährdungspotenzial.</p>', required: false },
      { name: 'Antrag auf Gestattung', descriptionHtml: '<p>Nur bei Ausschank alkoholischer Getränke.</p>', required: false },
    ],
    deadlines: [{ label: 'Anmeldefrist', duration: { value: 4, unit: 'week', valueTo: 12 }, descriptionHtml: '<p>Kleine Veranstaltungen mindestens vier Wochen, größere mindestens acht bis zwölf Wochen vorher anmelden.</p>' }, widerspruchsfrist],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 8 } },
    legalBasis: [
      gii('stvo_2013/__29.html', '§ 29 Absatz 2 Straßenverkehrs-Ordnung (StVO) – Veranstaltungen auf Straßen'),
      gii('gastg/__12.html', '§ 12 Gaststättengesetz (GastG) – Gestattung'),
      bw('StrG', 'Straßengesetz für Baden-Württemberg (StrG) – Sondernutzung'),
      bw('PolG', 'Polizeigesetz Baden-Württemberg (PolG)'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [page('veranstaltungen-planen', 'Leitfaden für Veranstalterinnen und Veranstalter in Musterstadt')],
    onlineServices: [onlineService('veranstaltung-anmelden', 'Veranstaltung online anmelden', 'substantial')],
    officeIds: ['oe-ordnungsamt'],
    lifeSituations: ['2150000', '1110000'],
    categories: ['ordnung', 'wirtschaft'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-01T08:10:00Z',
  },
  {
    id: 'versammlung-anmelden',
    leikaKeys: [],
    name: 'Versammlung anmelden (Demonstration)',
    officialName: 'Versammlung unter freiem Himmel Anzeige',
    summary:
      'Öffentliche Versammlungen und Aufzüge unter freiem Himmel, zum Beispiel Demonstrationen und Kundgebungen, müssen spätestens 48 Stunden vor ihrer Bekanntgabe bei der Versammlungsbehörde angemeldet werden. Eine Genehmigung ist nicht erforderlich.',
    synonyms: ['Demo anmelden', 'Demonstration', 'Kundgebung', 'Versammlungsanzeige', 'Mahnwache', 'Protest', 'Aufzug', 'register a demonstration'],
    descriptionHtml:
      '<p>Alle Deutschen haben das Recht, sich friedlich und ohne Waffen zu versammeln (Artikel 8 Grundgesetz). Versammlungen unter freiem Himmel brauchen keine Erlaubnis, müssen aber angemeldet werden, damit die Versammlungsbehörde und die Polizei den Schutz der Versammlung und des übrigen Verkehrs planen können.</p>' +
      '<p>Die Anmeldung muss spätestens 48 Stunden vor der öffentlichen Bekanntgabe (zum Beispiel Aufruf in sozialen Medien oder Flyer) erfolgen. Für Eilversammlungen, die aus aktuellem Anlass kurzfristig stattfinden, gilt: Melden Sie sie an, sobald die Möglichkeit dazu besteht. Spontanversammlungen ohne Veranstalter sind nicht anzeigepflichtig.</p>' +
      '<p>Die Versammlungsbehörde führt mit Ihnen bei Bedarf ein Kooperationsgespräch. Sie kann Beschränkungen (Auflagen) festlegen, etwa zur Route oder zum Einsatz von Lautsprechern, und in seltenen Fällen eine Versammlung verbieten, wenn die öffentliche Sicherheit unmittelbar gefährdet ist.</p>',
    requirementsHtml:
      '<ul><li>Sie veranstalten eine öffentliche Versammlung oder einen Aufzug unter freiem Himmel in Musterstadt.</li><li>Sie benennen eine Versammlungsleitung; für größere Versammlungen sollten Ordnerinnen und Ordner eingesetzt werden (volljährig, mit weißer Armbinde).</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie die Versammlung online, per E-Mail, Fax oder schriftlich beim Ordnungsamt (Versammlungsbehörde) an. Angaben: Thema, Ort oder Route, Datum und Uhrzeit, erwartete Teilnehmerzahl, Hilfsmittel (Lautsprecher, Fahrzeuge, Transparente) sowie Name und Erreichbarkeit der Leitung.</li><li>Sie erhalten eine Eingangsbestätigung. Bei größeren Versammlungen lädt die Behörde zu einem Kooperationsgespräch ein.</li><li>Werden Beschränkungen angeordnet, erhalten Sie einen Bescheid.</li><li>Am Versammlungstag ist die Versammlungsleitung für den ordnungsgemäßen Ablauf verantwortlich und Ansprechperson der Polizei.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Anmeldung einer Versammlung ist gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Angaben zu Thema, Ort oder Route, Zeit und Teilnehmerzahl', required: true },
      { name: 'Name, Anschrift und Erreichbarkeit der Versammlungsleitung', required: true },
      { name: 'Routenskizze', descriptionHtml: '<p>Bei Aufzügen.</p>', required: false },
    ],
    deadlines: [{ label: 'Anmeldefrist', duration: { value: 48, unit: 'hour' }, descriptionHtml: '<p>Spätestens 48 Stunden vor der Bekanntgabe der Versammlung. Ob Wochenenden und Feiertage bei der Fristberechnung mitzählen, ist nicht abschließend geklärt; melden Sie deshalb möglichst früh an.</p>' }],
    processingTime: { descriptionHtml: '<p>Die Anmeldung wird sofort bestätigt; Kooperationsgespräche finden je nach Größe einige Tage vor der Versammlung statt.</p>' },
    legalBasis: [
      gii('gg/art_8.html', 'Artikel 8 Grundgesetz (GG) – Versammlungsfreiheit'),
      gii('versammlg/__14.html', '§ 14 Versammlungsgesetz (VersammlG) – Anmeldepflicht'),
      gii('versammlg/__15.html', '§ 15 VersammlG – Verbot, Auflösung, Beschränkungen'),
    ],
    appealHtml: '<p>Gegen Beschränkungen oder ein Verbot können Sie Widerspruch einlegen und, weil die Entscheidung meist sofort vollziehbar ist, beim Verwaltungsgericht Eilrechtsschutz beantragen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('versammlung-anmelden', 'Versammlung online anmelden', 'none')],
    officeIds: ['oe-ordnungsamt'],
    lifeSituations: ['1100000'],
    categories: ['ordnung'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-01T08:15:00Z',
  },
  {
    id: 'waffenbesitzkarte-beantragen',
    leikaKeys: [],
    name: 'Waffenbesitzkarte beantragen',
    officialName: 'Waffenbesitzkarte Erteilung',
    summary:
      'Wer erlaubnispflichtige Schusswaffen erwerben und besitzen möchte – etwa als Sportschütze, Jägerin oder Erbe –, braucht eine Waffenbesitzkarte. Voraussetzung sind unter anderem Zuverlässigkeit, Sachkunde und ein Bedürfnis.',
    synonyms: ['WBK', 'Waffenbesitzkarte', 'grüne WBK', 'gelbe WBK', 'Sportschütze', 'Waffe erben', 'Waffenerlaubnis', 'firearms licence'],
    descriptionHtml:
      '<p>Die Waffenbesitzkarte (WBK) berechtigt zum Erwerb und Besitz der darin eingetragenen Schusswaffen und der zugehörigen Munition, nicht aber zum Führen der Waffe in der Öffentlichkeit. Es gibt unter anderem die grüne WBK für Jägerinnen, Jäger, Sportschützinnen und Sportschützen mit Voreintrag einzelner Waffen, die gelbe WBK für Sportschützen mit bestimmten Einzellader- und Repetierlangwaffen sowie die WBK für Erben und Sammler.</p>' +
      '<p>Die Waffenbehörde prüft Ihre Zuverlässigkeit und persönliche Eignung. Dazu holt sie unter anderem Auskünfte aus dem Bundeszentralregister, von der Polizei und dem Verfassungsschutz ein. Diese Prüfung wird mindestens alle drei Jahre wiederholt.</p>' +
      '<p>Waffen und Munition müssen Sie sicher in einem zertifizierten Waffenschrank aufbewahren. Den Erwerb einer Waffe müssen Sie innerhalb von zwei Wochen bei der Waffenbehörde anzeigen und in die WBK eintragen lassen. Alle erlaubnispflichtigen Waffen und ihre Besitzerinnen und Besitzer werden im Nationalen Waffenregister erfasst.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mindestens 18 Jahre alt (für großkalibrige Waffen als Sportschütze unter 25 Jahren ist ein fachpsychologisches Zeugnis nötig).</li><li>Sie sind zuverlässig und persönlich geeignet.</li><li>Sie haben die erforderliche Sachkunde nachgewiesen (zum Beispiel Jägerprüfung oder Sachkundeprüfung).</li><li>Sie haben ein Bedürfnis, etwa als Jägerin oder Jäger, als Sportschützin oder Sportschütze in einem anerkannten Verband (Bescheinigung über regelmäßiges Training) oder als Erbin oder Erbe.</li><li>Sie weisen die sichere Aufbewahrung nach.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag schriftlich oder online bei der Waffenbehörde im Ordnungsamt.</li><li>Die Waffenbehörde prüft Ihre Zuverlässigkeit und Eignung und holt die Stellungnahmen ein.</li><li>Liegen alle Voraussetzungen vor, erhalten Sie die Waffenbesitzkarte; bei Voreinträgen dürfen Sie die Waffe innerhalb eines Jahres erwerben.</li><li>Zeigen Sie den Erwerb innerhalb von zwei Wochen an und legen Sie die WBK zur Eintragung vor.</li><li>Die Waffenbehörde kann die Aufbewahrung vor Ort kontrollieren.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(75), max: eur(250), description: 'Erteilung der Waffenbesitzkarte einschließlich erster Waffe, je nach Art' },
      { kind: 'variable', min: eur(25), max: eur(60), description: 'Eintragung jeder weiteren Waffe' },
    ],
    costsNoteHtml: '<p>Die Regelüberprüfung der Zuverlässigkeit ist ebenfalls gebührenpflichtig.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Sachkundenachweis', required: true },
      { name: 'Bedürfnisnachweis', descriptionHtml: '<p>Jagdschein, Bescheinigung des Schießsportverbands oder Erbnachweis (Erbschein, Testament mit Eröffnungsprotokoll).</p>', required: true },
      { name: 'Nachweis über die sichere Aufbewahrung', descriptionHtml: '<p>Zum Beispiel Rechnung und Zertifikat des Waffenschranks.</p>', required: true },
      { name: 'Fachpsychologisches Zeugnis', descriptionHtml: '<p>Nur für Antragstellende unter 25 Jahren, soweit gesetzlich vorgeschrieben.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anzeige eines Waffenerwerbs', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Den Erwerb einer Waffe müssen Sie innerhalb von zwei Wochen bei der Waffenbehörde anzeigen.</p>' },
      { label: 'Antragsfrist für Erben', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Erbinnen und Erben müssen die WBK innerhalb eines Monats nach Annahme der Erbschaft beantragen.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      gii('waffg_2002/__4.html', '§ 4 Waffengesetz (WaffG) – Voraussetzungen für eine Erlaubnis'),
      gii('waffg_2002/__10.html', '§ 10 WaffG – Erteilung von Erlaubnissen zum Erwerb, Besitz, Führen und Schießen'),
      gii('waffg_2002/__14.html', '§ 14 WaffG – Erwerb und Besitz von Schusswaffen und Munition durch Sportschützen'),
      gii('waffg_2002/__20.html', '§ 20 WaffG – Erwerb und Besitz von Schusswaffen durch Erwerber infolge eines Erbfalls'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [SERVICE_BW],
    onlineServices: [onlineService('waffenbesitzkarte-beantragen', 'Waffenrechtliche Erlaubnis online beantragen', 'high')],
    appointmentUrl: termin('waffenbesitzkarte-beantragen'),
    officeIds: ['oe-ordnungsamt'],
    lifeSituations: ['1110000', '1150000'],
    categories: ['ordnung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-10T09:00:00Z',
  },
  {
    id: 'kleinen-waffenschein-beantragen',
    leikaKeys: [],
    name: 'Kleinen Waffenschein beantragen',
    officialName: 'Kleiner Waffenschein Erteilung',
    summary:
      'Wer Schreckschuss-, Reizstoff- oder Signalwaffen außerhalb der eigenen Wohnung oder des eigenen Grundstücks bei sich tragen möchte, braucht einen Kleinen Waffenschein.',
    synonyms: ['kleiner Waffenschein', 'Schreckschusspistole', 'Gaspistole', 'Reizstoffwaffe', 'PTB-Waffe', 'Signalwaffe', 'Waffenschein'],
    descriptionHtml:
      '<p>Schreckschuss-, Reizstoff- und Signalwaffen mit dem Zulassungszeichen der Physikalisch-Technischen Bundesanstalt („PTB im Kreis“) dürfen Erwachsene ohne Erlaubnis kaufen und zu Hause besitzen. Wer sie außerhalb der eigenen Wohnung, Geschäftsräume oder des eigenen befriedeten Besitztums bei sich trägt („führt“), braucht den Kleinen Waffenschein.</p>' +
      '<p>Der Kleine Waffenschein berechtigt nicht zum Schießen – das ist nur in Notwehr oder auf zugelassenen Schießstätten erlaubt. Bei öffentlichen Veranstaltungen wie Volksfesten, Konzerten, Sportveranstaltungen, Märkten und Demonstrationen, in Waffenverbotszonen und in öffentlichen Verkehrsmitteln, soweit dort ein Waffenverbot gilt, dürfen Sie die Waffe auch mit Kleinem Waffenschein nicht mitführen.</p>' +
      '<p>Der Kleine Waffenschein ist unbefristet gültig. Die Waffenbehörde überprüft Ihre Zuverlässigkeit und persönliche Eignung jedoch regelmäßig, mindestens alle drei Jahre.</p>',
    requirementsHtml: '<ul><li>Sie sind mindestens 18 Jahre alt.</li><li>Sie sind zuverlässig und persönlich geeignet.</li><li>Sie wohnen in Musterstadt.</li></ul><p>Ein Bedürfnis, eine Sachkunde oder eine Haftpflichtversicherung müssen Sie nicht nachweisen.</p>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online oder schriftlich bei der Waffenbehörde.</li><li>Die Waffenbehörde holt Auskünfte aus dem Bundeszentralregister, dem staatsanwaltschaftlichen Verfahrensregister, von der Polizei und vom Verfassungsschutz ein.</li><li>Nach positiver Prüfung erhalten Sie den Kleinen Waffenschein; Sie holen ihn persönlich ab oder er wird zugestellt.</li></ol>',
    costs: [{ kind: 'variable', min: eur(60), max: eur(120), description: 'Gebühr für die Erteilung einschließlich Zuverlässigkeitsprüfung' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Antragsformular mit Angaben zu Wohnsitzen der letzten fünf Jahre', required: true },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Nur bei Antragstellenden ohne deutsche Staatsangehörigkeit.</p>', required: false },
    ],
    deadlines: [widerspruchsfrist],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 }, descriptionHtml: '<p>Die Dauer hängt von den Rückmeldungen der beteiligten Behörden ab.</p>' },
    legalBasis: [
      gii('waffg_2002/__10.html', '§ 10 Absatz 4 Waffengesetz (WaffG) – Waffenschein'),
      gii('waffg_2002/__5.html', '§ 5 WaffG – Zuverlässigkeit'),
      gii('waffg_2002/__42.html', '§ 42 WaffG – Verbot des Führens von Waffen bei öffentlichen Veranstaltungen'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('kleinen-waffenschein-beantragen', 'Kleinen Waffenschein online beantragen', 'high')],
    officeIds: ['oe-ordnungsamt'],
    lifeSituations: ['1150000'],
    categories: ['ordnung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-10T09:05:00Z',
  },
  {
    id: 'gefaehrlichen-hund-erlaubnis',
    leikaKeys: [],
    name: 'Erlaubnis zur Haltung eines gefährlichen Hundes beantragen',
    officialName: 'Haltung gefährlicher Hunde Erlaubnis',
    summary:
      'Für die Haltung eines Kampfhundes brauchen Sie in Baden-Württemberg eine Erlaubnis der Ortspolizeibehörde. Für Hunde, die im Einzelfall als gefährlich eingestuft wurden, gelten besondere Halterpflichten.',
    synonyms: ['Kampfhund', 'Listenhund', 'gefährlicher Hund', 'Wesenstest', 'Verhaltensprüfung Hund', 'Pitbull', 'American Staffordshire', 'dangerous dog permit'],
    descriptionHtml:
      '<p>Nach der baden-württembergischen Polizeiverordnung über das Halten gefährlicher Hunde wird bei den Rassen American Staffordshire Terrier, Bullterrier und Pit Bull Terrier sowie ihren Kreuzungen vermutet, dass es sich um Kampfhunde handelt. Diese Vermutung können Sie durch eine erfolgreiche Verhaltensprüfung (Wesenstest) widerlegen. Bei weiteren Rassen, etwa Bullmastiff, Staffordshire Bullterrier, Dogo Argentino, Bordeaux-Dogge, Fila Brasileiro, Mastín Español, Mastino Napoletano, Mastiff und Tosa Inu, gilt ein Hund als Kampfhund, wenn Anhaltspunkte für eine gesteigerte Aggressivität bestehen.</p>' +
      '<p>Wer einen Kampfhund halten will, braucht vorher eine Erlaubnis. Als gefährlich gelten außerdem Hunde, die Menschen oder Tiere gebissen oder bedroht haben; für sie kann die Ortspolizeibehörde Maulkorb- und Leinenpflicht und weitere Auflagen anordnen.</p>' +
      '<p>Für Kampfhunde und gefährliche Hunde erhebt die Stadt eine erhöhte Hundesteuer. Melden Sie den Hund deshalb auch beim Steueramt an.</p>',
    requirementsHtml:
      '<ul><li>Sie sind volljährig und zuverlässig.</li><li>Sie weisen ein berechtigtes Interesse an der Haltung nach, zum Beispiel die Übernahme aus einem Tierheim.</li><li>Der Hund ist sicher untergebracht, die Unterbringung ist ausbruchsicher.</li><li>Der Hund ist mit einem Mikrochip gekennzeichnet und für ihn besteht eine Tierhalterhaftpflichtversicherung.</li><li>Sie verfügen über die erforderliche Sachkunde.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag vor der Anschaffung des Hundes schriftlich oder online beim Ordnungsamt.</li><li>Das Ordnungsamt prüft Ihre Zuverlässigkeit (Führungszeugnis) und die Unterbringung des Hundes, gegebenenfalls vor Ort.</li><li>Möchten Sie die Kampfhundeeigenschaft widerlegen, legen Sie das Ergebnis einer Verhaltensprüfung bei einer anerkannten Sachverständigen vor.</li><li>Sie erhalten die Erlaubnis mit Auflagen oder ein Negativzeugnis, wenn der Hund die Verhaltensprüfung bestanden hat.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(100), max: eur(500), description: 'Erlaubnis zur Haltung eines Kampfhundes' },
      { kind: 'variable', min: eur(30), max: eur(100), description: 'Bescheinigung nach bestandener Verhaltensprüfung (Negativzeugnis)' },
    ],
    costsNoteHtml: '<p>Die Kosten der Verhaltensprüfung zahlen Sie an die Sachverständige oder den Sachverständigen. Die erhöhte Hundesteuer wird gesondert festgesetzt.</p>',
    requiredDocuments: [
      { name: 'Führungszeugnis zur Vorlage bei einer Behörde', required: true },
      { name: 'Nachweis der Tierhalterhaftpflichtversicherung', required: true },
      { name: 'Nachweis der Kennzeichnung (Chipnummer)', required: true },
      { name: 'Nachweis des berechtigten Interesses', required: true },
      { name: 'Gutachten über die Verhaltensprüfung', descriptionHtml: '<p>Nur wenn Sie die Kampfhundeeigenschaft widerlegen möchten.</p>', required: false },
    ],
    deadlines: [{ label: 'Antragszeitpunkt', descriptionHtml: '<p>Die Erlaubnis muss vor Beginn der Haltung vorliegen. Bei einem Zuzug nach Musterstadt stellen Sie den Antrag unverzüglich.</p>' }, widerspruchsfrist],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      bw('PolVOgH', 'Polizeiverordnung des Innenministeriums und des Ministeriums Ländlicher Raum über das Halten gefährlicher Hunde (PolVOgH)'),
      bw('PolG', 'Polizeigesetz Baden-Württemberg (PolG)'),
      ortsrecht('hundesteuersatzung', 'Hundesteuersatzung der Stadt Musterstadt'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('gefaehrlichen-hund-erlaubnis', 'Erlaubnis für gefährlichen Hund online beantragen', 'substantial')],
    officeIds: ['oe-ordnungsamt', 'oe-steueramt'],
    lifeSituations: ['1110000', '1150000'],
    categories: ['ordnung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-10T09:10:00Z',
  },
  {
    id: 'fischereischein-beantragen',
    leikaKeys: [],
    name: 'Fischereischein beantragen',
    officialName: 'Fischereischein Erteilung',
    summary:
      'Wer in Baden-Württemberg angeln möchte, braucht einen Fischereischein und zusätzlich eine Angelerlaubnis für das jeweilige Gewässer. Den Fischereischein erhalten Sie nach bestandener Fischerprüfung bei der Stadt.',
    synonyms: ['Angelschein', 'Fischereischein', 'Angeln', 'Fischerprüfung', 'Jugendfischereischein', 'Angelkarte', 'fishing licence'],
    descriptionHtml:
      '<p>Der Fischereischein ist der amtliche Nachweis, dass Sie zum Fischfang berechtigt sind. Er ersetzt nicht die Erlaubnis der Gewässereigentümerin oder des Fischereiberechtigten (Angelkarte, Erlaubnisschein), die Sie für jedes Gewässer zusätzlich brauchen, zum Beispiel vom örtlichen Angelverein.</p>' +
      '<p>In Baden-Württemberg gibt es unter anderem den allgemeinen Fischereischein, der die bestandene Fischerprüfung voraussetzt, und den Jugendfischereischein für Kinder und Jugendliche, die nur in Begleitung einer volljährigen Person mit Fischereischein angeln dürfen. Für Urlauberinnen und Urlauber ohne Prüfung kann ein befristeter Fischereischein ausgestellt werden.</p>' +
      '<p>Mit dem Fischereischein wird die Fischereiabgabe des Landes erhoben; sie dient der Förderung der Fischerei und des Gewässerschutzes.</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren Wohnsitz in Musterstadt.</li><li>Sie haben die Fischerprüfung bestanden oder eine als gleichwertig anerkannte Prüfung eines anderen Bundeslands.</li><li>Für den Jugendfischereischein: Sie sind mindestens 10 Jahre alt; die Sorgeberechtigten stimmen zu.</li><li>Es liegen keine Versagungsgründe vor, etwa Verurteilungen wegen Fischwilderei oder Tierquälerei.</li></ul>',
    procedureHtml:
      '<ol><li>Legen Sie die Fischerprüfung ab; Vorbereitungskurse bieten die Angelvereine an.</li><li>Beantragen Sie den Fischereischein mit Termin im Bürgerbüro oder beim Ordnungsamt.</li><li>Der Fischereischein wird sofort ausgestellt. Bei einer Verlängerung genügt die Vorlage des bisherigen Scheins.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(15), max: eur(60), description: 'Gebühr je nach Gültigkeitsdauer (ein Jahr bis fünf Jahre)' },
      { kind: 'variable', min: eur(8), max: eur(40), description: 'Fischereiabgabe des Landes je nach Gültigkeitsdauer' },
    ],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Zeugnis über die bestandene Fischerprüfung', descriptionHtml: '<p>Nicht für den Jugendfischereischein.</p>', required: false },
      { name: 'Biometrisches Passbild', required: true },
      { name: 'Bisheriger Fischereischein', descriptionHtml: '<p>Bei einer Verlängerung.</p>', required: false },
      { name: 'Einverständniserklärung der Sorgeberechtigten', descriptionHtml: '<p>Bei Minderjährigen.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Der Fischereischein wird in der Regel sofort ausgestellt.</p>' },
    legalBasis: [bw('FischG', 'Fischereigesetz für Baden-Württemberg (FischG)'), bw('LFischVO', 'Landesfischereiverordnung Baden-Württemberg (LFischVO)')],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [SERVICE_BW],
    onlineServices: [],
    appointmentUrl: termin('fischereischein-beantragen'),
    officeIds: ['oe-ordnungsamt', 'oe-buergerbuero-mitte'],
    lifeSituations: ['1110000'],
    categories: ['ordnung'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-07-10T09:15:00Z',
  },
  {
    id: 'jagdschein-beantragen',
    leikaKeys: [],
    name: 'Jagdschein beantragen',
    officialName: 'Jagdschein Erteilung',
    summary:
      'Wer die Jagd ausüben möchte, braucht einen Jagdschein. Voraussetzung sind die bestandene Jägerprüfung, eine Jagdhaftpflichtversicherung und die Zuverlässigkeit im Sinne des Waffenrechts.',
    synonyms: ['Jagdschein', 'Jahresjagdschein', 'Tagesjagdschein', 'Jugendjagdschein', 'Jägerprüfung', 'Jagd', 'hunting licence'],
    descriptionHtml:
      '<p>Der Jagdschein berechtigt zur Ausübung der Jagd. Er wird als Jahresjagdschein für ein bis drei Jagdjahre (jeweils 1. April bis 31. März), als Tagesjagdschein für 14 aufeinanderfolgende Tage oder als Jugendjagdschein für Jugendliche ab 16 Jahren erteilt. Jugendliche dürfen nur in Begleitung einer erfahrenen jagdberechtigten Person jagen.</p>' +
      '<p>Mit dem Jahresjagdschein dürfen Sie Langwaffen erwerben; diese müssen Sie anschließend in Ihre Waffenbesitzkarte eintragen lassen. Die Jagdbehörde prüft vor der Erteilung Ihre Zuverlässigkeit und persönliche Eignung wie bei einer waffenrechtlichen Erlaubnis.</p>' +
      '<p>Zuständig ist die untere Jagdbehörde am Wohnsitz. In Musterstadt nimmt das Ordnungsamt diese Aufgabe wahr. Verlängerungen sind auch schriftlich oder online möglich.</p>',
    requirementsHtml:
      '<ul><li>Sie haben die Jägerprüfung in Deutschland bestanden (bei Ausländerinnen und Ausländern für den Tagesjagdschein genügt unter Umständen ein ausländischer Jagdschein).</li><li>Sie haben eine Jagdhaftpflichtversicherung mit den gesetzlichen Mindestdeckungssummen (500.000 Euro für Personenschäden, 50.000 Euro für Sachschäden).</li><li>Sie sind zuverlässig und persönlich geeignet.</li><li>Für den Jahresjagdschein sind Sie mindestens 18 Jahre alt.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag persönlich, schriftlich oder online beim Ordnungsamt (untere Jagdbehörde).</li><li>Die Jagdbehörde prüft die Unterlagen und Ihre Zuverlässigkeit.</li><li>Der Jagdschein wird ausgestellt; bei Verlängerungen wird die neue Gültigkeit eingetragen.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(40), max: eur(160), description: 'Jahresjagdschein je nach Zahl der Jagdjahre (eins bis drei)' },
      { kind: 'variable', min: eur(20), max: eur(40), description: 'Tagesjagdschein oder Jugendjagdschein' },
    ],
    costsNoteHtml: '<p>Die Zuverlässigkeitsprüfung kann gesondert berechnet werden.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Zeugnis über die bestandene Jägerprüfung', descriptionHtml: '<p>Bei der ersten Erteilung.</p>', required: true },
      { name: 'Nachweis der Jagdhaftpflichtversicherung', required: true },
      { name: 'Biometrisches Passbild', descriptionHtml: '<p>Bei der ersten Erteilung.</p>', required: false },
      { name: 'Bisheriger Jagdschein', descriptionHtml: '<p>Bei einer Verlängerung.</p>', required: false },
      { name: 'Einverständniserklärung der Sorgeberechtigten', descriptionHtml: '<p>Für den Jugendjagdschein.</p>', required: false },
    ],
    deadlines: [{ label: 'Jagdjahr', descriptionHtml: '<p>Das Jagdjahr beginnt am 1. April und endet am 31. März. Beantragen Sie die Verlängerung rechtzeitig vor Ablauf, damit Sie keine Lücke haben.</p>' }, widerspruchsfrist],
    processingTime: { duration: { value: 1, unit: 'day', valueTo: 4, unitTo: 'week' }, descriptionHtml: '<p>Verlängerungen meist sofort; bei der ersten Erteilung bis zu vier Wochen wegen der Zuverlässigkeitsprüfung.</p>' },
    legalBasis: [
      gii('bjagdg/__15.html', '§ 15 Bundesjagdgesetz (BJagdG) – Allgemeines über den Jagdschein'),
      gii('bjagdg/__17.html', '§ 17 BJagdG – Versagung des Jagdscheins'),
      bw('JWMG', 'Jagd- und Wildtiermanagementgesetz Baden-Württemberg (JWMG)'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [SERVICE_BW],
    onlineServices: [onlineService('jagdschein-beantragen', 'Jagdschein online beantragen oder verlängern', 'substantial')],
    appointmentUrl: termin('jagdschein-beantragen'),
    officeIds: ['oe-ordnungsamt'],
    lifeSituations: ['1110000'],
    categories: ['ordnung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-10T09:20:00Z',
  },
  {
    id: 'sperrzeitverkuerzung-beantragen',
    leikaKeys: [],
    name: 'Sperrzeitverkürzung für eine Gaststätte beantragen',
    officialName: 'Sperrzeit Verkürzung für einzelne Betriebe',
    summary:
      'Gaststätten und Vergnügungsstätten müssen in Baden-Württemberg nachts eine Sperrzeit einhalten. Für einzelne Anlässe oder dauerhaft können Sie eine Verkürzung der Sperrzeit beantragen.',
    synonyms: ['Sperrstunde', 'Sperrzeit', 'Sperrzeitverkürzung', 'länger öffnen', 'Gaststätte Öffnungszeiten', 'Bar länger offen', 'closing time extension'],
    descriptionHtml:
      '<p>In Baden-Württemberg gilt für Schank- und Speisewirtschaften sowie öffentliche Vergnügungsstätten eine Sperrzeit. Sie beginnt werktags um 3 Uhr, in den Nächten zum Samstag und Sonntag um 5 Uhr, und endet jeweils um 6 Uhr. Während der Sperrzeit dürfen keine Gäste bewirtet werden; Gäste müssen das Lokal verlassen haben.</p>' +
      '<p>Bei Vorliegen eines öffentlichen Bedürfnisses oder besonderer örtlicher Verhältnisse kann die Stadt die Sperrzeit für einzelne Betriebe verkürzen oder aufheben, befristet oder widerruflich. Das kommt zum Beispiel für besondere Anlässe wie Jubiläen, Sportübertragungen oder Fasnet in Betracht. Dabei werden die Interessen der Nachbarschaft am Schutz vor Lärm berücksichtigt; eine Verkürzung wird meist mit Auflagen verbunden, etwa geschlossenen Fenstern und Türen oder einem Verbot der Außenbewirtung nach 22 Uhr.</p>' +
      '<p>In der Silvesternacht und in einzelnen Festnächten kann die Sperrzeit allgemein aufgehoben sein; dann ist kein Antrag nötig.</p>',
    requirementsHtml:
      '<ul><li>Sie betreiben eine Gaststätte oder Vergnügungsstätte in Musterstadt mit gültiger Erlaubnis beziehungsweise Anzeige.</li><li>Es besteht ein öffentliches Bedürfnis oder es liegen besondere örtliche Verhältnisse vor.</li><li>Schädliche Umwelteinwirkungen für die Nachbarschaft sind nicht zu erwarten.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag schriftlich oder online mit Begründung, Datum beziehungsweise Zeitraum und gewünschter Öffnungszeit.</li><li>Das Gewerbeamt beteiligt gegebenenfalls Polizei und Umweltamt und prüft frühere Beschwerden.</li><li>Sie erhalten einen Bescheid mit Auflagen und Gebührenfestsetzung.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(30), max: eur(100), description: 'Verkürzung für einen einzelnen Anlass' },
      { kind: 'variable', min: eur(150), max: eur(1000), description: 'befristete dauerhafte Verkürzung, je nach Dauer und Betriebsgröße' },
    ],
    requiredDocuments: [
      { name: 'Begründung des Antrags', required: true },
      { name: 'Gaststättenerlaubnis oder Nachweis der Anzeige', required: true },
      { name: 'Schallschutzkonzept', descriptionHtml: '<p>Bei einer dauerhaften Verkürzung auf Anforderung.</p>', required: false },
    ],
    deadlines: [{ label: 'Antragsfrist', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Für einzelne Anlässe mindestens zwei Wochen vorher.</p>' }, widerspruchsfrist],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 4 } },
    legalBasis: [
      gii('gastg/__18.html', '§ 18 Gaststättengesetz (GastG) – Sperrzeit'),
      bw('GastVO', 'Gaststättenverordnung Baden-Württemberg (GastVO) – Sperrzeit und Ausnahmen'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('sperrzeitverkuerzung-beantragen', 'Sperrzeitverkürzung online beantragen', 'substantial')],
    officeIds: ['oe-gewerbeamt', 'oe-ordnungsamt'],
    lifeSituations: ['2150000', '2010000'],
    categories: ['wirtschaft', 'ordnung'],
    addressees: ['business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-10T09:25:00Z',
  },
  {
    id: 'schrottfahrzeug-melden',
    leikaKeys: [],
    name: 'Abgestelltes Schrottfahrzeug melden',
    officialName: 'Abgestellte Fahrzeuge ohne Zulassung Meldung',
    summary:
      'Fahrzeuge ohne gültiges Kennzeichen oder offensichtlich verwahrloste Autowracks auf öffentlichen Flächen können Sie der Stadt melden. Die Stadt fordert die Halterin oder den Halter zur Beseitigung auf und lässt das Fahrzeug sonst entfernen.',
    synonyms: ['Schrottauto', 'Autowrack', 'abgemeldetes Auto', 'Fahrzeug ohne Kennzeichen', 'Altfahrzeug', 'Schrottfahrzeug melden', 'abandoned car'],
    descriptionHtml:
      '<p>Fahrzeuge ohne gültige amtliche Kennzeichen dürfen nicht auf öffentlichen Straßen und Plätzen abgestellt werden. Auch Fahrzeuge, die erkennbar nicht mehr fahrbereit sind (zum Beispiel mit platten Reifen, eingeschlagenen Scheiben oder ausgebauten Teilen), können als Abfall gelten.</p>' +
      '<p>Nach Ihrer Meldung prüft das Ordnungsamt das Fahrzeug vor Ort und bringt eine gut sichtbare Aufforderung an („roter Aufkleber“). Wird das Fahrzeug nicht innerhalb eines Monats entfernt, lässt die Stadt es abschleppen und gegebenenfalls als Abfall entsorgen. Die Kosten trägt die Halterin oder der Halter beziehungsweise die Person, die das Fahrzeug abgestellt hat. Laufen Betriebsstoffe aus, ist die Gefahr sofort zu beseitigen.</p>' +
      '<p>Für zugelassene, aber lange nicht bewegte Fahrzeuge ist das Ordnungsamt in der Regel nicht zuständig, solange sie ordnungsgemäß parken. Fahrzeuge auf Privatgrundstücken lässt die Eigentümerin oder der Eigentümer des Grundstücks entfernen.</p>',
    requirementsHtml: '<ul><li>Das Fahrzeug steht auf einer öffentlichen Fläche in Musterstadt.</li><li>Es hat keine gültigen Kennzeichen oder ist erkennbar nicht mehr betriebsbereit.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie das Fahrzeug online mit Standort, Fahrzeugtyp, Farbe und, falls vorhanden, Kennzeichen; ein Foto hilft.</li><li>Das Ordnungsamt kontrolliert das Fahrzeug und ermittelt die Halterin oder den Halter.</li><li>Es bringt eine Aufforderung zur Beseitigung mit Frist an.</li><li>Nach Fristablauf veranlasst die Stadt das Abschleppen; bei Abfall übernimmt die Abfallwirtschaft die Entsorgung über einen zertifizierten Verwertungsbetrieb.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Meldung ist kostenfrei. Die Kosten der Beseitigung trägt die verantwortliche Person.' }],
    requiredDocuments: [
      { name: 'Standort des Fahrzeugs', required: true },
      { name: 'Beschreibung (Marke, Farbe, Kennzeichen falls vorhanden)', required: true },
      { name: 'Foto', required: false },
    ],
    deadlines: [{ label: 'Beseitigungsfrist für die Verantwortlichen', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Nach Anbringen der Aufforderung hat die verantwortliche Person einen Monat Zeit, das Fahrzeug zu entfernen.</p>' }],
    processingTime: { descriptionHtml: '<p>Die Kontrolle vor Ort erfolgt meist innerhalb einer Woche; bis zur Entfernung vergehen wegen der gesetzlichen Frist in der Regel mehr als ein Monat.</p>' },
    legalBasis: [
      gii('krwg/__20.html', '§ 20 Absatz 4 Kreislaufwirtschaftsgesetz (KrWG) – Kraftfahrzeuge ohne gültige amtliche Kennzeichen'),
      gii('altautov/', 'Altfahrzeug-Verordnung (AltfahrzeugV)'),
      bw('StrG', 'Straßengesetz für Baden-Württemberg (StrG) – unerlaubte Sondernutzung'),
    ],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('schrottfahrzeug-melden', 'Schrottfahrzeug online melden', 'none')],
    officeIds: ['oe-ordnungsamt', 'oe-abfallwirtschaft'],
    lifeSituations: ['1170000', '1090000'],
    categories: ['ordnung', 'umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-10T09:30:00Z',
  },
  {
    id: 'feuerwerk-ausnahmegenehmigung',
    leikaKeys: [],
    name: 'Ausnahmegenehmigung für Feuerwerk beantragen',
    officialName: 'Abbrennen pyrotechnischer Gegenstände Ausnahmegenehmigung',
    summary:
      'Außerhalb von Silvester und Neujahr dürfen Privatpersonen Feuerwerk der Kategorie F2 nur mit einer Ausnahmegenehmigung abbrennen, etwa bei einer Hochzeit. Professionelle Großfeuerwerke müssen zwei Wochen vorher angezeigt werden.',
    synonyms: ['Feuerwerk Hochzeit', 'Feuerwerk Genehmigung', 'Raketen', 'Böller', 'Pyrotechnik', 'Großfeuerwerk', 'Silvesterfeuerwerk', 'fireworks permit'],
    descriptionHtml:
      '<p>Kleinfeuerwerk der Kategorie F2 („Silvesterfeuerwerk“) darf nur am 31. Dezember und 1. Januar von Personen ab 18 Jahren abgebrannt werden. Zu anderen Zeiten ist eine Ausnahmegenehmigung der Stadt erforderlich, zum Beispiel für ein Feuerwerk bei einer Hochzeit, einem Geburtstag oder einem Vereinsfest. Eine Genehmigung wird nur aus einem besonderen Anlass und in engem zeitlichem Rahmen erteilt.</p>' +
      '<p>In unmittelbarer Nähe von Kirchen, Krankenhäusern, Kinder- und Altenheimen sowie besonders brandempfindlichen Gebäuden wie Fachwerkhäusern und Reetdachhäusern ist das Abbrennen von Feuerwerk grundsätzlich verboten. In der Musterstädter Altstadt gilt zudem ganzjährig ein Feuerwerksverbot.</p>' +
      '<p><strong>Großfeuerwerke</strong> (Kategorien F3 und F4) dürfen nur Personen mit sprengstoffrechtlicher Erlaubnis oder Befähigungsschein abbrennen. Sie müssen das Feuerwerk mindestens zwei Wochen vorher bei der Stadt anzeigen; die Stadt kann Auflagen erteilen oder es untersagen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mindestens 18 Jahre alt.</li><li>Es gibt einen besonderen Anlass.</li><li>Der Abbrennplatz ist geeignet, und die Zustimmung der Grundstückseigentümerin oder des Grundstückseigentümers liegt vor.</li><li>Sie verwenden nur zugelassene Feuerwerkskörper mit CE-Kennzeichnung und Registriernummer.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag (Privatpersonen) beziehungsweise die Anzeige (Großfeuerwerk) online beim Ordnungsamt mit Datum, Uhrzeit, Ort, Art und Menge der Feuerwerkskörper.</li><li>Das Ordnungsamt prüft den Standort und beteiligt gegebenenfalls Feuerwehr und Polizei.</li><li>Sie erhalten die Genehmigung mit Auflagen, zum Beispiel zu Sicherheitsabständen, Dauer (meist höchstens 15 Minuten) und Uhrzeit (in der Regel bis 22 Uhr).</li><li>Informieren Sie die Nachbarschaft vorab und beseitigen Sie die Rückstände nach dem Feuerwerk.</li></ol>',
    costs: [
      { kind: 'variable', min: eur(30), max: eur(100), description: 'Ausnahmegenehmigung für Privatpersonen (Kategorie F2)' },
      { kind: 'variable', min: eur(50), max: eur(200), description: 'Prüfung der Anzeige eines Großfeuerwerks' },
    ],
    requiredDocuments: [
      { name: 'Lageplan mit Abbrennplatz und Sicherheitsabständen', required: true },
      { name: 'Zustimmung der Grundstückseigentümerin oder des Grundstückseigentümers', required: true },
      { name: 'Angaben zu Art und Menge der Feuerwerkskörper', required: true },
      { name: 'Erlaubnis oder Befähigungsschein nach dem Sprengstoffgesetz', descriptionHtml: '<p>Nur bei Großfeuerwerken (F3, F4).</p>', required: false },
      { name: 'Nachweis der Haftpflichtversicherung', descriptionHtml: '<p>Bei Großfeuerwerken.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Anträge und Anzeigen müssen mindestens zwei Wochen vor dem Feuerwerk vorliegen.</p>' },
      widerspruchsfrist,
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 } },
    legalBasis: [
      gii('sprengv_1/__23.html', '§ 23 Erste Verordnung zum Sprengstoffgesetz (1. SprengV) – Überlassen, Verwenden, Anzeige'),
      gii('sprengv_1/__24.html', '§ 24 1. SprengV – Ausnahmen'),
      ortsrecht('polizeiverordnung', 'Polizeiverordnung der Stadt Musterstadt'),
    ],
    appealHtml: widerspruch(),
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [onlineService('feuerwerk-ausnahmegenehmigung', 'Feuerwerk online beantragen oder anzeigen', 'substantial')],
    officeIds: ['oe-ordnungsamt'],
    lifeSituations: ['1110000', '2150000'],
    categories: ['ordnung'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-10T09:35:00Z',
  },
];

export const services: CatalogFileInput['services'] = [...kfz, ...fuehrerschein, ...parkenUndBussgeld, ...strasse, ...ordnung];
