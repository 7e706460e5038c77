/**
 * Musterstadt demo services: Gewerbe, Steuern und Abgaben, Bauen und Wohnen,
 * Umwelt und Abfall, Friedhof und Bestattung.
 *
 * Musterstadt is fictional (Stadtkreis in Baden-Württemberg). The services,
 * their legal bases and procedures are modelled on real municipal services in
 * Baden-Württemberg; fees, rates and local statutes are the city's own.
 * LeiKa keys are only given where they were verified.
 */
import type { CatalogFileInput } from '../../../connectors/static-json/index.js';

type ServiceInput = CatalogFileInput['services'][number];
type Deadline = NonNullable<ServiceInput['deadlines']>[number];
type Money = { value: number; currency: string };

const eur = (value: number): Money => ({ value, currency: 'EUR' });
const portal = (id: string) => `https://service.musterstadt.example/${id}`;
const termin = (id: string) => `https://termine.musterstadt.example/?anliegen=${id}`;
const ortsrecht = (slug: string) => `https://www.musterstadt.example/ortsrecht/${slug}`;

/** Module 14 "Formulare" in the PVOG wording. */
function forms(o: { formulare: boolean; schriftform: boolean; formlos: boolean; persoenlich: boolean; online: boolean }): string {
  const ja = (b: boolean) => (b ? 'Ja' : 'Nein');
  return (
    `<p>Formulare vorhanden: ${ja(o.formulare)}<br>Schriftform erforderlich: ${ja(o.schriftform)}<br>` +
    `Formlose Antragstellung möglich: ${ja(o.formlos)}<br>Persönliches Erscheinen nötig: ${ja(o.persoenlich)}<br>` +
    `Online-Dienste vorhanden: ${ja(o.online)}</p>`
  );
}

const WIDERSPRUCHSFRIST: Deadline = {
  label: 'Widerspruchsfrist',
  typeCode: '009',
  duration: { value: 1, unit: 'month' },
  descriptionHtml: '<p>Widerspruch kann innerhalb eines Monats nach Bekanntgabe des Bescheides eingelegt werden.</p>',
};

const WIDERSPRUCH =
  '<p>Gegen den Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen. Der Widerspruch ist schriftlich, elektronisch oder zur Niederschrift bei der Stadt Musterstadt einzulegen, Rathaus, Marktplatz 1, 76990 Musterstadt. Wird dem Widerspruch nicht abgeholfen, entscheidet das Regierungspräsidium Karlsruhe. Anschließend ist die Klage vor dem Verwaltungsgericht möglich.</p>';

const WIDERSPRUCH_ABGABEN =
  '<p>Gegen den Bescheid können Sie innerhalb eines Monats nach Bekanntgabe schriftlich, elektronisch oder zur Niederschrift bei der Stadt Musterstadt Widerspruch einlegen. Der Widerspruch hat bei öffentlichen Abgaben keine aufschiebende Wirkung (§ 80 Abs. 2 Nr. 1 VwGO): Der festgesetzte Betrag ist trotzdem fristgerecht zu zahlen. Auf Antrag kann die Vollziehung ausgesetzt werden, wenn ernstliche Zweifel an der Rechtmäßigkeit des Bescheides bestehen.</p>';

const VWGO_80 = { uri: 'https://www.gesetze-im-internet.de/vwgo/__80.html', title: '§ 80 Verwaltungsgerichtsordnung (VwGO)' };
const LBO = 'https://www.landesrecht-bw.de/bsbw/document/jlr-BauOBW2010rahmen';
const KAG = 'https://www.landesrecht-bw.de/bsbw/document/jlr-KAGBW2005rahmen';
const DSCHG = 'https://www.landesrecht-bw.de/bsbw/document/jlr-DSchGBW1983rahmen';
const WG = 'https://www.landesrecht-bw.de/bsbw/document/jlr-WasGBW2014rahmen';
const STRG = 'https://www.landesrecht-bw.de/bsbw/document/jlr-StrGBW1992rahmen';
const BESTATTG = 'https://www.landesrecht-bw.de/bsbw/document/jlr-BestattGBWrahmen';
const LKREIWIG = 'https://www.landesrecht-bw.de/bsbw/document/jlr-KrWGBWrahmen';
const GEBUEHRENSATZUNG = { uri: ortsrecht('verwaltungsgebuehrensatzung'), title: 'Verwaltungsgebührensatzung der Stadt Musterstadt' };
const ABFALLSATZUNG = { uri: ortsrecht('abfallwirtschaftssatzung'), title: 'Abfallwirtschaftssatzung der Stadt Musterstadt' };

export const services: CatalogFileInput['services'] = [
  // ---------------------------------------------------------------- Gewerbe
  {
    id: 'gewerbe-anmelden',
    leikaKeys: ['99050012104000'],
    name: 'Gewerbe anmelden',
    officialName: 'Gewerbe Anmeldung',
    summary:
      'Wenn Sie in Musterstadt einen Gewerbebetrieb, eine Zweigniederlassung oder eine unselbstständige Zweigstelle eröffnen, müssen Sie das Gewerbe gleichzeitig mit dem Beginn der Tätigkeit beim Gewerbeamt anmelden. Sie erhalten eine Empfangsbescheinigung, den sogenannten Gewerbeschein.',
    synonyms: [
      'Gewerbeschein',
      'Gewerbeanmeldung',
      'Gewerbeanzeige',
      'Selbstständigkeit anmelden',
      'Existenzgründung',
      'Kleingewerbe',
      'Firma gründen',
      'Nebengewerbe',
      'register a business',
      'open a business',
    ],
    descriptionHtml:
      '<p>Wer ein stehendes Gewerbe selbstständig betreibt, muss den Beginn des Betriebes bei der für den Betriebssitz zuständigen Gewerbebehörde anzeigen. Das gilt für den Hauptbetrieb ebenso wie für eine Zweigniederlassung oder eine unselbstständige Zweigstelle in Musterstadt. Auch ein Nebengewerbe neben einer Anstellung oder ein Kleingewerbe mit geringem Umsatz müssen Sie anmelden.</p>' +
      '<p>Keine Gewerbeanmeldung brauchen Angehörige der freien Berufe (zum Beispiel Ärztinnen und Ärzte, Rechtsanwältinnen und Rechtsanwälte, Architektinnen und Architekten, Journalistinnen und Journalisten, Künstlerinnen und Künstler), die Urproduktion (Land- und Forstwirtschaft) sowie die Verwaltung eigenen Vermögens. Freiberuflich Tätige melden sich nur beim Finanzamt. Ob Ihre Tätigkeit ein Gewerbe ist, klärt das Gewerbeamt im Zweifel mit Ihnen.</p>' +
      '<p>Die Gewerbeanmeldung ersetzt keine Erlaubnis. Für bestimmte Tätigkeiten brauchen Sie vorher eine besondere Erlaubnis, etwa als Immobilienmaklerin oder Immobilienmakler (§ 34c GewO), im Bewachungsgewerbe (§ 34a GewO), für den Ausschank von Alkohol in einer Gaststätte oder für ein zulassungspflichtiges Handwerk (Eintragung in die Handwerksrolle).</p>' +
      '<p>Das Gewerbeamt leitet Ihre Anmeldung an andere Stellen weiter, insbesondere an das Finanzamt, die Industrie- und Handelskammer oder die Handwerkskammer, die Berufsgenossenschaft, das Statistische Landesamt und die Agentur für Arbeit. Das Finanzamt schickt Ihnen daraufhin keine Unterlagen zu: Den Fragebogen zur steuerlichen Erfassung müssen Sie selbst innerhalb eines Monats über ELSTER einreichen.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Sie betreiben ein Gewerbe selbstständig, auf eigene Rechnung und mit der Absicht, dauerhaft Gewinn zu erzielen.</li>' +
      '<li>Der Betriebssitz, die Zweigniederlassung oder die Zweigstelle liegt in Musterstadt.</li>' +
      '<li>Sie sind volljährig. Minderjährige brauchen die Genehmigung des Familiengerichts.</li>' +
      '<li>Staatsangehörige aus Staaten außerhalb der EU, des EWR und der Schweiz brauchen einen Aufenthaltstitel, der die selbstständige Tätigkeit erlaubt.</li>' +
      '<li>Bei erlaubnispflichtigen Gewerben liegt die Erlaubnis vor oder ist beantragt.</li>' +
      '</ul>',
    procedureHtml:
      '<p><strong>Online:</strong></p>' +
      '<ol>' +
      '<li>Rufen Sie den Online-Dienst „Gewerbe anmelden“ auf und melden Sie sich mit Ihrem Nutzerkonto (BundID) oder dem Unternehmenskonto (Mein UNTERNEHMENSKONTO) an.</li>' +
      '<li>Füllen Sie das Formular aus. Beschreiben Sie Ihre Tätigkeit möglichst genau, zum Beispiel „Einzelhandel mit Fahrrädern und Fahrradzubehör sowie Reparatur von Fahrrädern“.</li>' +
      '<li>Laden Sie die erforderlichen Nachweise hoch und bezahlen Sie die Gebühr online.</li>' +
      '<li>Sie erhalten die Empfangsbescheinigung (Gewerbeschein) in der Regel innerhalb von wenigen Arbeitstagen elektronisch in Ihr Postfach.</li>' +
      '</ol>' +
      '<p><strong>Persönlich:</strong> Buchen Sie einen Termin beim Gewerbeamt oder im Bürgerbüro Mitte und bringen Sie die Unterlagen mit. Wenn alles vollständig ist, erhalten Sie den Gewerbeschein sofort.</p>' +
      '<p>Bei einer Personengesellschaft (zum Beispiel GbR, OHG) muss jede geschäftsführende Gesellschafterin und jeder geschäftsführende Gesellschafter das Gewerbe selbst anmelden. Bei einer juristischen Person (zum Beispiel GmbH, UG) meldet die Geschäftsführung für die Gesellschaft an.</p>',
    costs: [
      { kind: 'fixed', amount: eur(40), description: 'für natürliche Personen (je anmeldende Person)', prepayment: true },
      { kind: 'fixed', amount: eur(55), description: 'für juristische Personen einschließlich einer gesetzlichen Vertretung', prepayment: true },
    ],
    costsNoteHtml:
      '<p>Für jede weitere gesetzliche Vertreterin oder jeden weiteren gesetzlichen Vertreter einer juristischen Person kommen 15 Euro hinzu. Vor Ort können Sie mit Girocard oder Kreditkarte bezahlen, online mit Kreditkarte, PayPal oder per Lastschrift.</p>',
    requiredDocuments: [
      {
        name: 'Personalausweis oder Reisepass',
        descriptionHtml: '<p>Bei einem Reisepass zusätzlich eine aktuelle Meldebescheinigung.</p>',
        required: true,
      },
      {
        name: 'Aufenthaltstitel',
        descriptionHtml: '<p>Nur für Staatsangehörige aus Staaten außerhalb der EU, des EWR und der Schweiz: Der Titel muss die selbstständige Tätigkeit erlauben.</p>',
        required: false,
      },
      {
        name: 'Auszug aus dem Handelsregister',
        descriptionHtml: '<p>Nur wenn das Unternehmen im Handelsregister eingetragen ist, zum Beispiel bei einer GmbH oder einem eingetragenen Kaufmann.</p>',
        required: false,
      },
      {
        name: 'Erlaubnis oder Eintragung in die Handwerksrolle',
        descriptionHtml: '<p>Nur bei erlaubnispflichtigen Gewerben und zulassungspflichtigen Handwerken.</p>',
        required: false,
      },
      {
        name: 'Vollmacht',
        descriptionHtml: '<p>Nur wenn eine andere Person die Anmeldung für Sie erledigt, zusammen mit einer Kopie Ihres Ausweises.</p>',
        required: false,
      },
    ],
    deadlines: [
      {
        label: 'Anzeigefrist',
        descriptionHtml:
          '<p>Die Anmeldung muss gleichzeitig mit dem Beginn der Tätigkeit erfolgen. Wer die Anzeige unterlässt oder verspätet abgibt, handelt ordnungswidrig; es kann ein Bußgeld von bis zu 1.000 Euro festgesetzt werden.</p>',
      },
      {
        label: 'Steuerliche Erfassung beim Finanzamt',
        duration: { value: 1, unit: 'month' },
        descriptionHtml: '<p>Den Fragebogen zur steuerlichen Erfassung reichen Sie innerhalb eines Monats nach Aufnahme der Tätigkeit über ELSTER beim Finanzamt ein.</p>',
      },
    ],
    processingTime: {
      duration: { value: 1, unit: 'working-day', valueTo: 5 },
      descriptionHtml: '<p>Bei persönlicher Vorsprache mit vollständigen Unterlagen erhalten Sie den Gewerbeschein sofort. Online-Anmeldungen bearbeiten wir in der Regel innerhalb von fünf Arbeitstagen.</p>',
    },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gewo/__14.html', title: '§ 14 Gewerbeordnung (GewO) – Anzeigepflicht' },
      { uri: 'https://www.gesetze-im-internet.de/gewo/__15.html', title: '§ 15 Gewerbeordnung (GewO) – Empfangsbescheinigung' },
      { uri: 'https://www.gesetze-im-internet.de/gewanzv/index.html', title: 'Gewerbeanzeigeverordnung (GewAnzV)' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml:
      '<p>Die Empfangsbescheinigung ist kein Verwaltungsakt und kann nicht angefochten werden. Gegen die Festsetzung der Gebühr können Sie innerhalb eines Monats Widerspruch bei der Stadt Musterstadt einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [
      { uri: 'https://www.existenzgruender.de', title: 'Existenzgründungsportal des Bundes' },
      { uri: 'https://www.elster.de', title: 'ELSTER – Fragebogen zur steuerlichen Erfassung' },
    ],
    onlineServices: [{ title: 'Gewerbe online anmelden', uri: portal('gewerbe-anmelden'), trustLevel: 'substantial' }],
    appointmentUrl: termin('gewerbe-anmelden'),
    officeIds: ['oe-gewerbeamt', 'oe-buergerbuero-mitte'],
    lifeSituations: ['2010000', '1040000'],
    categories: ['wirtschaft'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-14T10:00:00Z',
  },
  {
    id: 'gewerbe-ummelden',
    leikaKeys: [],
    name: 'Gewerbe ummelden',
    officialName: 'Gewerbe Ummeldung',
    summary:
      'Wenn Sie Ihren Betrieb innerhalb von Musterstadt verlegen, die Tätigkeit ändern oder erweitern, müssen Sie das Gewerbe ummelden. Die Ummeldung ist gleichzeitig mit der Änderung fällig.',
    synonyms: ['Gewerbeummeldung', 'Gewerbe ändern', 'Betriebsverlegung', 'Umzug Firma', 'Tätigkeit erweitern', 'Gewerbeanzeige Änderung', 'change business registration'],
    descriptionHtml:
      '<p>Eine Gewerbeummeldung ist nötig, wenn sich wesentliche Angaben Ihrer Gewerbeanmeldung ändern, der Betrieb aber weiterläuft. Das ist insbesondere der Fall, wenn Sie</p>' +
      '<ul>' +
      '<li>den Betrieb innerhalb von Musterstadt an eine andere Adresse verlegen,</li>' +
      '<li>die angemeldete Tätigkeit wechseln oder um Waren und Leistungen erweitern, die bei Betrieben dieser Art nicht üblich sind,</li>' +
      '<li>eine weitere Tätigkeit aufnehmen, die Sie bisher nicht angemeldet hatten.</li>' +
      '</ul>' +
      '<p>Ziehen Sie mit dem Betrieb in eine andere Gemeinde, melden Sie das Gewerbe in Musterstadt ab und am neuen Standort wieder an. Ändert sich die Rechtsform (zum Beispiel vom Einzelunternehmen zur GmbH) oder treten Gesellschafterinnen oder Gesellschafter ein oder aus, ist in der Regel eine Abmeldung und eine neue Anmeldung erforderlich.</p>' +
      '<p>Das Gewerbeamt informiert die beteiligten Stellen (Finanzamt, Kammern, Berufsgenossenschaft) über die Änderung.</p>',
    requirementsHtml:
      '<ul><li>Ihr Gewerbe ist in Musterstadt angemeldet.</li><li>Der Betrieb wird innerhalb von Musterstadt verlegt oder die Tätigkeit ändert sich.</li><li>Für eine neue erlaubnispflichtige Tätigkeit liegt die Erlaubnis vor.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Stellen Sie die Ummeldung online oder buchen Sie einen Termin beim Gewerbeamt.</li>' +
      '<li>Geben Sie die bisherigen und die neuen Angaben sowie das Datum der Änderung an.</li>' +
      '<li>Bezahlen Sie die Gebühr. Sie erhalten eine neue Empfangsbescheinigung.</li>' +
      '</ol>',
    costs: [{ kind: 'fixed', amount: eur(30), description: 'je Ummeldung', prepayment: true }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Bisherige Gewerbeanmeldung', descriptionHtml: '<p>Hilfreich, aber nicht zwingend erforderlich.</p>', required: false },
      { name: 'Aktueller Handelsregisterauszug', descriptionHtml: '<p>Nur bei eingetragenen Unternehmen.</p>', required: false },
      { name: 'Erlaubnis für die neue Tätigkeit', descriptionHtml: '<p>Nur wenn die neue Tätigkeit erlaubnispflichtig ist.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Anzeigefrist',
        descriptionHtml: '<p>Die Ummeldung muss gleichzeitig mit der Verlegung oder der Änderung der Tätigkeit erfolgen.</p>',
      },
    ],
    processingTime: {
      duration: { value: 1, unit: 'working-day', valueTo: 5 },
      descriptionHtml: '<p>Vor Ort sofort, online in der Regel innerhalb von fünf Arbeitstagen.</p>',
    },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gewo/__14.html', title: '§ 14 Abs. 1 Satz 2 Nr. 1 und 2 Gewerbeordnung (GewO)' },
      { uri: 'https://www.gesetze-im-internet.de/gewanzv/index.html', title: 'Gewerbeanzeigeverordnung (GewAnzV)' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: '<p>Gegen die Gebührenfestsetzung können Sie innerhalb eines Monats Widerspruch bei der Stadt Musterstadt einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Gewerbe online ummelden', uri: portal('gewerbe-ummelden'), trustLevel: 'substantial' }],
    appointmentUrl: termin('gewerbe-ummelden'),
    officeIds: ['oe-gewerbeamt'],
    lifeSituations: ['2010000'],
    categories: ['wirtschaft'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-14T10:00:00Z',
  },
  {
    id: 'gewerbe-abmelden',
    leikaKeys: [],
    name: 'Gewerbe abmelden',
    officialName: 'Gewerbe Abmeldung',
    summary:
      'Wenn Sie Ihren Gewerbebetrieb in Musterstadt aufgeben oder in eine andere Gemeinde verlegen, müssen Sie das Gewerbe gleichzeitig mit der Aufgabe abmelden.',
    synonyms: ['Gewerbeabmeldung', 'Betriebsaufgabe', 'Gewerbe aufgeben', 'Firma schließen', 'Geschäftsaufgabe', 'Gewerbe beenden', 'close a business', 'deregister a business'],
    descriptionHtml:
      '<p>Eine Gewerbeabmeldung ist nötig, wenn Sie den Betrieb, eine Zweigniederlassung oder eine unselbstständige Zweigstelle in Musterstadt vollständig aufgeben. Das gilt auch, wenn Sie den Betrieb in eine andere Gemeinde verlegen, die Rechtsform wechseln, den Betrieb verkaufen, verpachten oder übergeben.</p>' +
      '<p>Mit der Abmeldung endet Ihre Gewerbetätigkeit für die Behörden. Das Gewerbeamt informiert das Finanzamt, die Kammern und weitere Stellen. Wichtige Pflichten bleiben bestehen: Geben Sie die Steuererklärungen für das letzte Jahr ab und melden Sie Beschäftigte bei der Sozialversicherung ab.</p>' +
      '<p>Stirbt die Inhaberin oder der Inhaber, können die Erbinnen und Erben oder die Testamentsvollstreckung das Gewerbe abmelden.</p>',
    requirementsHtml: '<ul><li>Ihr Gewerbe ist in Musterstadt angemeldet.</li><li>Sie geben den Betrieb auf oder verlegen ihn aus Musterstadt weg.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Melden Sie das Gewerbe online, per Post mit dem unterschriebenen Formular oder persönlich ab.</li>' +
      '<li>Geben Sie das Datum der Aufgabe und den Grund an.</li>' +
      '<li>Sie erhalten eine Bestätigung über die Abmeldung.</li>' +
      '</ol>',
    costs: [{ kind: 'fixed', amount: eur(20), description: 'je Abmeldung' }],
    costsNoteHtml: '<p>Bei Abmeldung wegen Todes der Inhaberin oder des Inhabers wird keine Gebühr erhoben.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Handelsregisterauszug', descriptionHtml: '<p>Nur bei eingetragenen Unternehmen.</p>', required: false },
      { name: 'Sterbeurkunde und Erbnachweis', descriptionHtml: '<p>Nur bei Abmeldung durch Erbinnen oder Erben.</p>', required: false },
      { name: 'Vollmacht', descriptionHtml: '<p>Nur bei Abmeldung durch eine beauftragte Person.</p>', required: false },
    ],
    deadlines: [{ label: 'Anzeigefrist', descriptionHtml: '<p>Die Abmeldung muss gleichzeitig mit der Aufgabe des Betriebes erfolgen.</p>' }],
    processingTime: { duration: { value: 1, unit: 'working-day', valueTo: 5 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gewo/__14.html', title: '§ 14 Abs. 1 Satz 2 Nr. 3 Gewerbeordnung (GewO)' },
      { uri: 'https://www.gesetze-im-internet.de/gewanzv/index.html', title: 'Gewerbeanzeigeverordnung (GewAnzV)' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: '<p>Gegen die Gebührenfestsetzung können Sie innerhalb eines Monats Widerspruch bei der Stadt Musterstadt einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.existenzgruender.de', title: 'Existenzgründungsportal des Bundes: Unternehmensnachfolge und Betriebsaufgabe' }],
    onlineServices: [{ title: 'Gewerbe online abmelden', uri: portal('gewerbe-abmelden'), trustLevel: 'substantial' }],
    officeIds: ['oe-gewerbeamt'],
    lifeSituations: ['2160000'],
    categories: ['wirtschaft'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-14T10:00:00Z',
  },
  {
    id: 'gaststaettenerlaubnis-beantragen',
    leikaKeys: [],
    name: 'Gaststättenerlaubnis beantragen',
    officialName: 'Gaststättenerlaubnis Erteilung',
    summary:
      'Wenn Sie in Musterstadt eine Gaststätte, ein Café, eine Bar oder einen Imbiss betreiben und dort alkoholische Getränke ausschenken wollen, brauchen Sie eine Gaststättenerlaubnis. Die Erlaubnis gilt für Sie persönlich und für bestimmte Räume.',
    synonyms: ['Gaststättenkonzession', 'Konzession', 'Schankerlaubnis', 'Ausschankerlaubnis', 'Kneipe eröffnen', 'Restaurant eröffnen', 'Gaststätte', 'restaurant licence'],
    descriptionHtml:
      '<p>In Baden-Württemberg gilt das Gaststättengesetz des Bundes nach Maßgabe des Landesgaststättengesetzes (LGastG) fort. Eine Erlaubnis brauchen Sie, wenn Sie Getränke oder zubereitete Speisen zum Verzehr an Ort und Stelle anbieten und dabei alkoholische Getränke ausschenken. Wer nur alkoholfreie Getränke, zubereitete Speisen oder unentgeltliche Kostproben anbietet, braucht keine Erlaubnis, muss das Gewerbe aber anmelden.</p>' +
      '<p>Die Erlaubnis wird für eine bestimmte Betriebsart (zum Beispiel Schank- und Speisewirtschaft, Bar, Diskothek) und für bestimmte Räume erteilt. Wechselt die Betreiberin oder der Betreiber, oder werden die Räume wesentlich verändert, ist eine neue Erlaubnis nötig. Bei einem Betreiberwechsel kann das Gewerbeamt eine vorläufige Erlaubnis für bis zu drei Monate erteilen.</p>' +
      '<p>Für einen vorübergehenden Ausschank aus besonderem Anlass, etwa bei einem Straßenfest, beantragen Sie stattdessen eine Gestattung.</p>' +
      '<p>Im Verfahren beteiligt das Gewerbeamt das Baurechtsamt, das Amt für Umwelt- und Arbeitsschutz, die Lebensmittelüberwachung und gegebenenfalls die Polizei. Die Räume müssen baurechtlich für eine Gaststätte genehmigt sein.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Sie sind zuverlässig. Das prüft das Gewerbeamt anhand von Führungszeugnis, Gewerbezentralregister und Auskünften des Finanzamts.</li>' +
      '<li>Sie haben an der Unterrichtung über lebensmittelrechtliche Grundkenntnisse bei der Industrie- und Handelskammer teilgenommen.</li>' +
      '<li>Die Räume sind für den Betrieb geeignet und baurechtlich als Gaststätte genehmigt (Nutzungsänderung, Stellplätze, Brandschutz, Toiletten).</li>' +
      '<li>Der Betrieb führt nicht zu unzumutbaren Belästigungen der Nachbarschaft.</li>' +
      '</ul>',
    procedureHtml:
      '<ol>' +
      '<li>Lassen Sie sich möglichst früh vom Gewerbeamt beraten, am besten bevor Sie einen Pachtvertrag unterschreiben.</li>' +
      '<li>Beantragen Sie das Führungszeugnis (Belegart O) und die Auskunft aus dem Gewerbezentralregister (Belegart 9) beim Bundesamt für Justiz; die Auskünfte werden direkt an das Gewerbeamt geschickt.</li>' +
      '<li>Stellen Sie den Antrag online oder schriftlich mit allen Unterlagen.</li>' +
      '<li>Das Gewerbeamt beteiligt die Fachämter und prüft die Räume gegebenenfalls vor Ort.</li>' +
      '<li>Sie erhalten die Erlaubnisurkunde mit Auflagen, zum Beispiel zu Öffnungszeiten oder Lärmschutz, und einen Gebührenbescheid.</li>' +
      '<li>Melden Sie anschließend das Gewerbe an.</li>' +
      '</ol>',
    costs: [
      {
        kind: 'variable',
        min: eur(300),
        max: eur(3000),
        description: 'je nach Betriebsart, Größe und Verwaltungsaufwand',
      },
    ],
    costsNoteHtml:
      '<p>Eine vorläufige Erlaubnis kostet 100 bis 400 Euro, eine Gestattung 50 bis 300 Euro. Hinzu kommen Kosten für Führungszeugnis und Gewerbezentralregisterauszug (je 13 Euro) sowie für die IHK-Unterrichtung.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Nachweis über die lebensmittelrechtliche Unterrichtung der IHK', required: true },
      {
        name: 'Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister (Belegart 9)',
        descriptionHtml: '<p>Bei juristischen Personen auch für alle gesetzlichen Vertreterinnen und Vertreter sowie die Auskunft für die Gesellschaft.</p>',
        required: true,
      },
      { name: 'Bescheinigung in Steuersachen des Finanzamts', required: true },
      { name: 'Miet- oder Pachtvertrag und Grundrissplan der Räume mit Flächenangaben', required: true },
      { name: 'Handelsregisterauszug und Gesellschaftsvertrag', descriptionHtml: '<p>Nur bei Gesellschaften.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Antragstellung',
        duration: { value: 6, unit: 'week' },
        descriptionHtml: '<p>Stellen Sie den Antrag mindestens sechs Wochen vor der geplanten Eröffnung. Ohne Erlaubnis dürfen Sie keinen Alkohol ausschenken.</p>',
      },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: {
      duration: { value: 4, unit: 'week', valueTo: 8 },
      descriptionHtml: '<p>Die Dauer hängt vor allem davon ab, ob die Räume baurechtlich genehmigt sind und alle Auskünfte vorliegen.</p>',
    },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gastg/__2.html', title: '§ 2 Gaststättengesetz (GastG) – Erlaubnis, in Baden-Württemberg anzuwenden nach dem Landesgaststättengesetz' },
      { uri: 'https://www.gesetze-im-internet.de/gastg/__4.html', title: '§ 4 Gaststättengesetz (GastG) – Versagungsgründe' },
      { uri: 'https://www.gesetze-im-internet.de/gastg/__11.html', title: '§ 11 Gaststättengesetz (GastG) – Vorläufige Erlaubnis' },
      { uri: 'https://www.gesetze-im-internet.de/gastg/__12.html', title: '§ 12 Gaststättengesetz (GastG) – Gestattung' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.bundesjustizamt.de', title: 'Bundesamt für Justiz: Führungszeugnis und Gewerbezentralregister' }],
    onlineServices: [{ title: 'Gaststättenerlaubnis online beantragen', uri: portal('gaststaettenerlaubnis-beantragen'), trustLevel: 'substantial' }],
    officeIds: ['oe-gewerbeamt'],
    lifeSituations: ['2010000', '2140000'],
    categories: ['wirtschaft'],
    addressees: ['business', 'citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-08-03T09:00:00Z',
  },
  {
    id: 'reisegewerbekarte-beantragen',
    leikaKeys: [],
    name: 'Reisegewerbekarte beantragen',
    officialName: 'Reisegewerbekarte Erteilung',
    summary:
      'Wenn Sie ohne vorherige Bestellung außerhalb einer festen Niederlassung Waren verkaufen, Dienstleistungen anbieten oder als Schaustellerin oder Schausteller unterwegs sind, brauchen Sie in der Regel eine Reisegewerbekarte.',
    synonyms: ['Reisegewerbe', 'Wandergewerbe', 'ambulantes Gewerbe', 'Schausteller', 'Haustürgeschäft', 'fliegender Händler', 'Straßenverkauf', 'itinerant trade licence'],
    descriptionHtml:
      '<p>Ein Reisegewerbe betreibt, wer gewerbsmäßig ohne vorherige Bestellung außerhalb seiner gewerblichen Niederlassung oder ohne eine solche zu haben Waren feilbietet, Bestellungen aufsucht, Dienstleistungen anbietet oder unterhaltende Tätigkeiten als Schaustellerin oder Schausteller ausübt. Typische Beispiele sind der Verkauf von Haus zu Haus, der mobile Verkauf auf der Straße oder Fahrgeschäfte auf Volksfesten.</p>' +
      '<p>Die Reisegewerbekarte ist personengebunden und gilt bundesweit. Sie wird in der Regel unbefristet erteilt und kann auf bestimmte Waren und Tätigkeiten beschränkt werden. Während der Tätigkeit müssen Sie die Karte bei sich führen und auf Verlangen vorzeigen.</p>' +
      '<p>Keine Reisegewerbekarte brauchen Sie unter anderem für den Verkauf selbst gewonnener landwirtschaftlicher Erzeugnisse, für Tätigkeiten auf festgesetzten Messen, Märkten und Volksfesten mit Zulassung durch den Veranstalter sowie für Tätigkeiten, die Sie als Angestellte oder Angestellter im Auftrag eines Betriebes mit Reisegewerbekarte ausüben (dann genügt eine Zweitschrift).</p>',
    requirementsHtml:
      '<ul><li>Sie sind zuverlässig; Führungszeugnis und Gewerbezentralregister werden geprüft.</li><li>Sie haben Ihren Wohnsitz oder Ihre gewerbliche Niederlassung in Musterstadt.</li><li>Die Tätigkeit ist im Reisegewerbe nicht verboten (zum Beispiel bestimmte Finanzdienstleistungen oder der Vertrieb von Arzneimitteln).</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Beantragen Sie beim Bundesamt für Justiz das Führungszeugnis (Belegart O) und die Auskunft aus dem Gewerbezentralregister (Belegart 9) zur Vorlage beim Gewerbeamt Musterstadt.</li>' +
      '<li>Stellen Sie den Antrag mit Lichtbild online oder beim Gewerbeamt.</li>' +
      '<li>Das Gewerbeamt prüft Ihre Zuverlässigkeit und stellt die Reisegewerbekarte aus.</li>' +
      '<li>Sie erhalten eine Nachricht und holen die Karte persönlich ab oder erhalten sie per Post.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(160), max: eur(500), description: 'je nach Umfang der Tätigkeiten und Prüfaufwand' }],
    costsNoteHtml: '<p>Zweitschriften für Beschäftigte kosten je 40 Euro, eine Änderung der Karte 30 bis 80 Euro.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Ein aktuelles biometrisches Lichtbild', required: true },
      { name: 'Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister (Belegart 9)', required: true },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Nur für Staatsangehörige aus Staaten außerhalb der EU, des EWR und der Schweiz.</p>', required: false },
    ],
    deadlines: [WIDERSPRUCHSFRIST],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gewo/__55.html', title: '§ 55 Gewerbeordnung (GewO) – Reisegewerbekarte' },
      { uri: 'https://www.gesetze-im-internet.de/gewo/__55a.html', title: '§ 55a Gewerbeordnung (GewO) – Reisegewerbekartenfreie Tätigkeiten' },
      { uri: 'https://www.gesetze-im-internet.de/gewo/__57.html', title: '§ 57 Gewerbeordnung (GewO) – Versagung der Reisegewerbekarte' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Reisegewerbekarte online beantragen', uri: portal('reisegewerbekarte-beantragen'), trustLevel: 'substantial' }],
    appointmentUrl: termin('reisegewerbekarte-beantragen'),
    officeIds: ['oe-gewerbeamt'],
    lifeSituations: ['2010000'],
    categories: ['wirtschaft'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-08-03T09:00:00Z',
  },
  {
    id: 'wochenmarkt-standplatz-beantragen',
    leikaKeys: [],
    name: 'Standplatz auf dem Wochenmarkt beantragen',
    officialName: 'Wochenmarkt Zulassung',
    summary:
      'Wenn Sie auf einem Musterstädter Wochenmarkt Lebensmittel, Blumen oder andere Waren verkaufen möchten, bewerben Sie sich beim Marktamt um einen Dauer- oder Tagesstandplatz.',
    synonyms: ['Marktstand', 'Wochenmarkt', 'Marktplatz Stand', 'Markthändler', 'Standplatz', 'Marktzulassung', 'market stall'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt veranstaltet Wochenmärkte auf dem Marktplatz (dienstags, donnerstags und samstags von 7 bis 13 Uhr) sowie in der Nordstadt am Lindenplatz (mittwochs von 8 bis 12.30 Uhr). Auf Wochenmärkten dürfen vor allem Lebensmittel, Produkte des Obst- und Gartenbaus, der Land- und Forstwirtschaft und der Fischerei sowie rohe Naturerzeugnisse angeboten werden. Welche weiteren Waren zugelassen sind, regelt die Marktsatzung.</p>' +
      '<p>Es gibt <strong>Dauerstandplätze</strong>, die jeweils für ein Kalenderjahr vergeben werden, und <strong>Tagesstandplätze</strong>, die die Marktmeisterin oder der Marktmeister am Markttag vor Ort zuweist, soweit Plätze frei sind. Bei mehr Bewerbungen als Plätzen wählt das Marktamt nach einem ausgewogenen Angebot, der Attraktivität des Standes und der Bewährung auf früheren Märkten aus.</p>' +
      '<p>Für Lebensmittelstände gelten die Vorschriften des Lebensmittel- und Hygienerechts. Ihr Betrieb muss bei der Lebensmittelüberwachung registriert sein.</p>',
    requirementsHtml:
      '<ul><li>Ihr Warenangebot ist auf dem Wochenmarkt zugelassen.</li><li>Sie haben ein Gewerbe angemeldet oder sind als landwirtschaftlicher Betrieb tätig.</li><li>Ihr Stand erfüllt die Anforderungen der Marktsatzung (Größe, Gestaltung, Kennzeichnung mit Name und Anschrift).</li><li>Bei Lebensmitteln: Registrierung bei der Lebensmittelüberwachung und Einhaltung der Hygieneregeln.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Bewerben Sie sich online oder schriftlich beim Marktamt. Geben Sie Ihr Sortiment, die gewünschten Markttage und die benötigte Frontlänge an.</li>' +
      '<li>Das Marktamt entscheidet über Dauerstandplätze in der Regel im November für das folgende Jahr.</li>' +
      '<li>Sie erhalten einen Zulassungsbescheid mit Standplatz und Standgeld.</li>' +
      '<li>Für Tagesstandplätze melden Sie sich am Markttag bis 6.30 Uhr bei der Marktmeisterin oder dem Marktmeister.</li>' +
      '</ol>',
    costs: [
      { kind: 'fixed', amount: eur(2.8), description: 'Standgeld je laufendem Frontmeter und Markttag (Dauerstandplatz)' },
      { kind: 'fixed', amount: eur(3.5), description: 'Standgeld je laufendem Frontmeter und Markttag (Tagesstandplatz)' },
    ],
    costsNoteHtml: '<p>Für einen Stromanschluss kommen 2 Euro je Markttag hinzu. Das Standgeld für Dauerstandplätze wird monatlich im Voraus per Lastschrift eingezogen.</p>',
    requiredDocuments: [
      { name: 'Gewerbeanmeldung oder Nachweis über den landwirtschaftlichen Betrieb', required: true },
      { name: 'Beschreibung des Warenangebots mit Foto des Standes', required: true },
      { name: 'Nachweis der Registrierung bei der Lebensmittelüberwachung', descriptionHtml: '<p>Nur bei Lebensmitteln.</p>', required: false },
      { name: 'Nachweis einer Betriebshaftpflichtversicherung', required: true },
    ],
    deadlines: [
      {
        label: 'Bewerbungsfrist für Dauerstandplätze',
        date: '2026-09-30',
        descriptionHtml: '<p>Bewerbungen für Dauerstandplätze im Jahr 2027 müssen bis zum 30. September 2026 eingehen. Spätere Bewerbungen kommen auf die Warteliste.</p>',
      },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Über Dauerstandplätze wird einmal im Jahr entschieden; bei freien Plätzen auch unterjährig.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gewo/__67.html', title: '§ 67 Gewerbeordnung (GewO) – Wochenmarkt' },
      { uri: 'https://www.gesetze-im-internet.de/gewo/__70.html', title: '§ 70 Gewerbeordnung (GewO) – Recht zur Teilnahme an einer Veranstaltung' },
      { uri: ortsrecht('marktsatzung'), title: 'Marktsatzung der Stadt Musterstadt' },
      { uri: ortsrecht('marktgebuehrensatzung'), title: 'Marktgebührensatzung der Stadt Musterstadt' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/wochenmarkt', title: 'Wochenmärkte in Musterstadt: Termine und Marktplan' }],
    onlineServices: [{ title: 'Online um einen Marktstand bewerben', uri: portal('wochenmarkt-standplatz-beantragen'), trustLevel: 'low' }],
    officeIds: ['oe-marktamt'],
    lifeSituations: ['2010000'],
    categories: ['wirtschaft'],
    addressees: ['business', 'citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-21T08:30:00Z',
  },
  {
    id: 'aussenbewirtschaftung-beantragen',
    leikaKeys: [],
    name: 'Außenbewirtschaftung (Freisitz) beantragen',
    officialName: 'Sondernutzungserlaubnis Außenbewirtschaftung Erteilung',
    summary:
      'Wenn Sie vor Ihrer Gaststätte, Ihrem Café oder Ihrer Eisdiele Tische und Stühle auf Gehweg oder Platz aufstellen möchten, brauchen Sie eine Sondernutzungserlaubnis für die Außenbewirtschaftung.',
    synonyms: ['Freisitz', 'Außengastronomie', 'Terrasse Gehweg', 'Biergarten', 'Tische auf dem Gehweg', 'Sondernutzung Gastronomie', 'Freischankfläche', 'outdoor seating permit'],
    descriptionHtml:
      '<p>Öffentliche Straßen, Gehwege und Plätze dienen dem Gemeingebrauch. Wer sie darüber hinaus nutzt, zum Beispiel mit Tischen, Stühlen, Sonnenschirmen, Pflanzkübeln oder Heizstrahlern, braucht eine Sondernutzungserlaubnis nach dem Straßengesetz Baden-Württemberg.</p>' +
      '<p>Die Erlaubnis wird in der Regel für die Saison vom 1. März bis zum 31. Oktober erteilt. Eine Winterbewirtschaftung ist auf Antrag in der Innenstadt möglich; Heizstrahler mit Gas oder Strom sind dabei nicht erlaubt. Für Gehwege gilt: Eine Restbreite von mindestens 1,50 Metern muss für Fußgängerinnen und Fußgänger, Rollstuhlnutzende und Kinderwagen frei bleiben. Blindenleitsysteme, Feuerwehrzufahrten und Hydranten dürfen nicht verstellt werden.</p>' +
      '<p>Die Außenbewirtschaftung ist in der Regel bis 23 Uhr zulässig, freitags, samstags und vor Feiertagen bis 24 Uhr. In Wohngebieten kann die Zeit kürzer festgesetzt werden. Für die Möblierung in der Altstadt gelten die Gestaltungsrichtlinien der Stadt.</p>',
    requirementsHtml:
      '<ul><li>Sie betreiben einen Gastronomiebetrieb, der an die gewünschte Fläche angrenzt.</li><li>Sie haben eine Gaststättenerlaubnis oder Ihr Betrieb ist erlaubnisfrei und angemeldet.</li><li>Die Fläche lässt sich ohne Gefährdung des Verkehrs nutzen; die Mindestdurchgangsbreite bleibt frei.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Stellen Sie den Antrag online mit einem Lageplan, auf dem Fläche, Maße und Möblierung eingezeichnet sind.</li>' +
      '<li>Die Straßenverkehrsbehörde beteiligt Gewerbeamt, Tiefbauamt und bei Bedarf die Polizei.</li>' +
      '<li>Sie erhalten die Sondernutzungserlaubnis mit Auflagen und den Gebührenbescheid.</li>' +
      '<li>Halten Sie die Erlaubnis während des Betriebs bereit. Die Fläche wird vor Ort kontrolliert.</li>' +
      '</ol>',
    costs: [
      { kind: 'variable', min: eur(15), max: eur(40), description: 'Sondernutzungsgebühr je Quadratmeter und Saison, je nach Lagezone' },
      { kind: 'fixed', amount: eur(60), description: 'Verwaltungsgebühr für die Erlaubnis' },
    ],
    costsNoteHtml: '<p>Lagezone A (Fußgängerzone und Marktplatz): 40 Euro, Zone B (übrige Innenstadt): 25 Euro, Zone C (übriges Stadtgebiet): 15 Euro je Quadratmeter und Saison. Eine Winterbewirtschaftung kostet zusätzlich die Hälfte des Saisonsatzes.</p>',
    requiredDocuments: [
      { name: 'Lageplan im Maßstab 1:100 mit Fläche und Möblierung', required: true },
      { name: 'Fotos oder Prospektblätter der Möblierung und Sonnenschirme', required: true },
      { name: 'Gaststättenerlaubnis oder Gewerbeanmeldung', required: true },
      { name: 'Nachweis einer Betriebshaftpflichtversicherung', required: true },
    ],
    deadlines: [
      {
        label: 'Antragsfrist',
        date: '2027-01-31',
        descriptionHtml: '<p>Für die Saison 2027 stellen Sie den Antrag bis zum 31. Januar 2027. Spätere Anträge werden nach Eingang bearbeitet.</p>',
      },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: STRG, title: '§§ 16 und 19 Straßengesetz für Baden-Württemberg (StrG) – Sondernutzung und Sondernutzungsgebühren' },
      { uri: ortsrecht('sondernutzungssatzung'), title: 'Satzung über Erlaubnisse und Gebühren für Sondernutzungen an öffentlichen Straßen der Stadt Musterstadt' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/gestaltungsrichtlinie-altstadt', title: 'Gestaltungsrichtlinie für Außengastronomie in der Altstadt' }],
    onlineServices: [{ title: 'Außenbewirtschaftung online beantragen', uri: portal('aussenbewirtschaftung-beantragen'), trustLevel: 'substantial' }],
    officeIds: ['oe-strassenverkehrsbehoerde', 'oe-gewerbeamt'],
    lifeSituations: ['2010000', '2140000'],
    categories: ['wirtschaft'],
    addressees: ['business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-10-12T07:45:00Z',
  },
  {
    id: 'verkaufsoffener-sonntag-beantragen',
    leikaKeys: [],
    name: 'Ausnahme vom Ladenschluss (verkaufsoffener Sonntag) beantragen',
    officialName: 'Ladenöffnung an Sonn- und Feiertagen Zulassung',
    summary:
      'Gewerbevereine und Werbegemeinschaften können bei der Stadt beantragen, dass die Geschäfte aus Anlass eines Marktes, eines Festes oder einer ähnlichen Veranstaltung an einem Sonntag öffnen dürfen.',
    synonyms: ['verkaufsoffener Sonntag', 'Sonntagsöffnung', 'Ladenöffnung Sonntag', 'Ladenschluss Ausnahme', 'Ladenöffnungsgesetz', 'Shopping-Sonntag', 'Sunday shopping'],
    descriptionHtml:
      '<p>Sonn- und Feiertage sind durch das Grundgesetz geschützt. Nach dem Gesetz über die Ladenöffnung in Baden-Württemberg (LadÖG) kann die Stadt aber aus Anlass von örtlichen Festen, Märkten, Messen oder ähnlichen Veranstaltungen an höchstens drei Sonn- und Feiertagen im Jahr die Öffnung von Verkaufsstellen zulassen. Die Öffnung darf fünf zusammenhängende Stunden nicht überschreiten und muss spätestens um 18 Uhr enden; die Zeit des Hauptgottesdienstes soll berücksichtigt werden.</p>' +
      '<p>Die Ladenöffnung muss einen Bezug zur Veranstaltung haben: Die Veranstaltung selbst muss den Anlass bilden und mehr Besucherinnen und Besucher anziehen als die Ladenöffnung allein. Die Freigabe kann auf bestimmte Stadtteile oder Straßen beschränkt werden. Bestimmte Tage, etwa die Sonn- und Feiertage im Dezember sowie Oster- und Pfingstsonntag, sind ausgeschlossen.</p>' +
      '<p>Die Stadt setzt die verkaufsoffenen Sonntage durch eine Rechtsverordnung fest. Vorher hört sie die Kirchen, die Gewerkschaften, die Industrie- und Handelskammer und den Einzelhandelsverband an. Für Beschäftigte gelten die Schutzvorschriften des Arbeitszeitrechts; es besteht ein Anspruch auf Ersatzruhetage.</p>',
    requirementsHtml:
      '<ul><li>Der Antrag wird von einem Gewerbeverein, einer Werbegemeinschaft oder einem Zusammenschluss von Händlerinnen und Händlern gestellt.</li><li>Es findet eine Veranstaltung statt, die aus sich heraus einen beträchtlichen Besucherstrom auslöst.</li><li>Die Öffnung ist räumlich auf das Umfeld der Veranstaltung beschränkt.</li><li>Für den Stadtteil sind im laufenden Jahr noch nicht drei Sonntage freigegeben.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Stellen Sie den Antrag formlos oder mit dem Formular mit einer Beschreibung der Veranstaltung, der erwarteten Besucherzahl und des gewünschten Gebiets.</li>' +
      '<li>Das Gewerbeamt prüft den Anlassbezug und hört Kirchen, Gewerkschaften, IHK und Handelsverband an.</li>' +
      '<li>Der Gemeinderat beschließt die Rechtsverordnung; sie wird im Amtsblatt öffentlich bekannt gemacht.</li>' +
      '<li>Sie erhalten eine Mitteilung über die Festsetzung und den Gebührenbescheid.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(100), max: eur(400), description: 'Verwaltungsgebühr je nach Aufwand' }],
    requiredDocuments: [
      { name: 'Beschreibung der Anlassveranstaltung mit Programm und Veranstalterin oder Veranstalter', required: true },
      { name: 'Prognose der Besucherzahlen, zum Beispiel anhand der Vorjahre', required: true },
      { name: 'Plan des Gebiets, in dem die Geschäfte öffnen sollen', required: true },
      { name: 'Liste der teilnehmenden Geschäfte', required: false },
    ],
    deadlines: [
      {
        label: 'Antragsfrist',
        duration: { value: 4, unit: 'month' },
        descriptionHtml: '<p>Stellen Sie den Antrag mindestens vier Monate vor dem gewünschten Sonntag, damit die Anhörung und der Gemeinderatsbeschluss rechtzeitig erfolgen können.</p>',
      },
    ],
    processingTime: { duration: { value: 2, unit: 'month', valueTo: 4 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gg/art_140.html', title: 'Art. 140 Grundgesetz (GG) in Verbindung mit Art. 139 Weimarer Reichsverfassung – Sonn- und Feiertagsschutz' },
      { uri: ortsrecht('verordnung-verkaufsoffene-sonntage'), title: 'Verordnung der Stadt Musterstadt über verkaufsoffene Sonntage nach § 8 LadÖG' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: '<p>Die Festsetzung erfolgt durch Rechtsverordnung. Gegen die Ablehnung Ihres Antrags können Sie innerhalb eines Monats Widerspruch bei der Stadt Musterstadt einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Verkaufsoffenen Sonntag online beantragen', uri: portal('verkaufsoffener-sonntag-beantragen'), trustLevel: 'low' }],
    officeIds: ['oe-gewerbeamt'],
    lifeSituations: ['2150000', '2140000'],
    categories: ['wirtschaft'],
    addressees: ['business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-19T11:00:00Z',
  },
  {
    id: 'maklererlaubnis-34c-beantragen',
    leikaKeys: [],
    name: 'Erlaubnis als Immobilienmakler (§ 34c GewO) beantragen',
    officialName: 'Erlaubnis nach § 34c Gewerbeordnung Erteilung',
    summary:
      'Wer gewerbsmäßig Grundstücke, Wohnungen oder gewerbliche Räume vermittelt, Wohnimmobilien verwaltet oder als Bauträgerin oder Bauträger tätig ist, braucht vorher eine Erlaubnis nach § 34c der Gewerbeordnung.',
    synonyms: ['Maklererlaubnis', '34c', 'Immobilienmakler', 'Wohnimmobilienverwalter', 'WEG-Verwalter', 'Bauträger', 'Baubetreuer', 'real estate agent licence'],
    descriptionHtml:
      '<p>Eine Erlaubnis nach § 34c GewO brauchen Sie für folgende Tätigkeiten:</p>' +
      '<ul>' +
      '<li>Vermittlung oder Nachweis von Verträgen über Grundstücke, grundstücksgleiche Rechte, gewerbliche Räume oder Wohnräume (Immobilienmaklerin, Immobilienmakler),</li>' +
      '<li>Vorbereitung oder Durchführung von Bauvorhaben als Bauherrin oder Bauherr mit Vermögenswerten von Erwerbenden (Bauträgerin, Bauträger) oder als Baubetreuerin oder Baubetreuer,</li>' +
      '<li>Verwaltung von Wohnungseigentum oder Mietwohnungen für Dritte (Wohnimmobilienverwalterin, Wohnimmobilienverwalter).</li>' +
      '</ul>' +
      '<p>Die Erlaubnis wird für eine natürliche oder juristische Person erteilt und gilt bundesweit. Sie müssen sie vor Aufnahme der Tätigkeit haben; erst danach können Sie das Gewerbe anmelden.</p>' +
      '<p>Wohnimmobilienverwalterinnen und -verwalter brauchen eine Berufshaftpflichtversicherung. Immobilienmaklerinnen, Immobilienmakler sowie Verwalterinnen und Verwalter müssen sich innerhalb von drei Jahren im Umfang von 20 Stunden weiterbilden. Für Bauträger und Baubetreuer gelten zusätzlich die Pflichten der Makler- und Bauträgerverordnung (MaBV), zum Beispiel zur Sicherung von Kundengeldern und zur jährlichen Prüfung.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Sie sind zuverlässig. Wer in den letzten fünf Jahren wegen eines Verbrechens oder wegen Diebstahls, Betrugs, Untreue oder ähnlicher Delikte verurteilt wurde, ist in der Regel unzuverlässig.</li>' +
      '<li>Sie leben in geordneten Vermögensverhältnissen: Es läuft kein Insolvenzverfahren und Sie sind nicht im Schuldnerverzeichnis eingetragen.</li>' +
      '<li>Für Wohnimmobilienverwalter: Nachweis einer Berufshaftpflichtversicherung mit mindestens 500.000 Euro je Versicherungsfall und 1.000.000 Euro für alle Versicherungsfälle eines Jahres.</li>' +
      '</ul>',
    procedureHtml:
      '<ol>' +
      '<li>Beantragen Sie Führungszeugnis (Belegart O) und Gewerbezentralregisterauszug (Belegart 9) zur Vorlage beim Gewerbeamt Musterstadt.</li>' +
      '<li>Fordern Sie die Auskünfte zu Ihren Vermögensverhältnissen an: Bescheinigung in Steuersachen, Auskunft aus dem Schuldnerverzeichnis und Bescheinigung des Insolvenzgerichts.</li>' +
      '<li>Stellen Sie den Antrag online oder schriftlich beim Gewerbeamt.</li>' +
      '<li>Das Gewerbeamt prüft die Unterlagen und holt gegebenenfalls weitere Auskünfte ein.</li>' +
      '<li>Sie erhalten die Erlaubnisurkunde und den Gebührenbescheid. Danach melden Sie das Gewerbe an.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(350), max: eur(900), description: 'je nach Art und Anzahl der Tätigkeiten' }],
    costsNoteHtml: '<p>Die Erweiterung einer bestehenden Erlaubnis kostet 150 bis 400 Euro. Die Kosten für Führungszeugnis, Gewerbezentralregister und weitere Auskünfte tragen Sie selbst.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister (Belegart 9)', required: true },
      { name: 'Bescheinigung in Steuersachen des Finanzamts', descriptionHtml: '<p>Nicht älter als drei Monate.</p>', required: true },
      { name: 'Auskunft aus dem Schuldnerverzeichnis und Bescheinigung des Insolvenzgerichts', required: true },
      { name: 'Nachweis der Berufshaftpflichtversicherung', descriptionHtml: '<p>Nur für Wohnimmobilienverwalterinnen und -verwalter.</p>', required: false },
      { name: 'Handelsregisterauszug und Gesellschaftsvertrag', descriptionHtml: '<p>Nur bei Gesellschaften; dann auch die Nachweise für alle gesetzlichen Vertreterinnen und Vertreter.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Weiterbildungspflicht',
        duration: { value: 3, unit: 'year' },
        descriptionHtml: '<p>Immobilienmaklerinnen und -makler sowie Wohnimmobilienverwalterinnen und -verwalter müssen sich innerhalb von drei Kalenderjahren 20 Stunden weiterbilden und dies auf Verlangen nachweisen.</p>',
      },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Ab Eingang der vollständigen Unterlagen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gewo/__34c.html', title: '§ 34c Gewerbeordnung (GewO) – Immobilienmakler, Darlehensvermittler, Bauträger, Baubetreuer, Wohnimmobilienverwalter' },
      { uri: 'https://www.gesetze-im-internet.de/mabv/index.html', title: 'Makler- und Bauträgerverordnung (MaBV)' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.bundesjustizamt.de', title: 'Bundesamt für Justiz: Führungszeugnis und Gewerbezentralregister online beantragen' }],
    onlineServices: [{ title: 'Erlaubnis nach § 34c GewO online beantragen', uri: portal('maklererlaubnis-34c-beantragen'), trustLevel: 'substantial' }],
    officeIds: ['oe-gewerbeamt'],
    lifeSituations: ['2010000', '2050000'],
    categories: ['wirtschaft'],
    addressees: ['business', 'citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-02T13:15:00Z',
  },
  {
    id: 'bewachungserlaubnis-34a-beantragen',
    leikaKeys: ['99050004005000'],
    name: 'Bewachungserlaubnis (§ 34a GewO) beantragen',
    officialName: 'Bewachungsgewerbe Erlaubnis',
    summary:
      'Wer gewerbsmäßig Leben oder Eigentum fremder Personen bewachen will, zum Beispiel als Sicherheitsdienst, Türsteher oder Veranstaltungsschutz, braucht eine Erlaubnis nach § 34a der Gewerbeordnung.',
    synonyms: ['Bewachungserlaubnis', '34a', 'Sicherheitsdienst', 'Wachschutz', 'Security', 'Bewachungsgewerbe', 'Türsteher', 'security company licence'],
    descriptionHtml:
      '<p>Das Bewachungsgewerbe ist erlaubnispflichtig. Die Erlaubnis brauchen Sie als Inhaberin oder Inhaber eines Bewachungsunternehmens, bei juristischen Personen die Gesellschaft. Für die Erlaubnis müssen Sie unter anderem die Sachkundeprüfung vor der Industrie- und Handelskammer bestanden haben.</p>' +
      '<p>Alle Anträge und die Daten Ihrer Wachpersonen werden über das bundesweite <strong>Bewacherregister</strong> abgewickelt. Das Gewerbeamt fragt dabei auch bei der Polizei und beim Landesamt für Verfassungsschutz an. Wachpersonen, die Sie beschäftigen, müssen vor ihrem Einsatz über das Bewacherregister angemeldet und von der Behörde auf Zuverlässigkeit geprüft werden.</p>' +
      '<p>Für bestimmte Tätigkeiten – Kontrollgänge im öffentlichen Verkehrsraum, Schutz vor Ladendieben, Bewachung im Einlassbereich von gastgewerblichen Diskotheken, Bewachung von Flüchtlingsunterkünften und zugangsgeschützten Großveranstaltungen – brauchen auch die eingesetzten Wachpersonen die Sachkundeprüfung.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Sie sind zuverlässig und leben in geordneten Vermögensverhältnissen.</li>' +
      '<li>Sie haben die Sachkundeprüfung nach § 34a GewO bei einer IHK bestanden.</li>' +
      '<li>Sie haben eine Haftpflichtversicherung nach der Bewachungsverordnung abgeschlossen (mindestens 1 Million Euro für Personenschäden, 250.000 Euro für Sachschäden).</li>' +
      '<li>Sie sind nicht Mitglied in einer verbotenen oder verfassungsfeindlichen Vereinigung.</li>' +
      '</ul>',
    procedureHtml:
      '<ol>' +
      '<li>Legen Sie die Sachkundeprüfung bei einer IHK ab.</li>' +
      '<li>Stellen Sie den Antrag über das Bewacherregister; zuständig ist das Gewerbeamt Musterstadt, wenn Ihr Betrieb hier seinen Sitz hat.</li>' +
      '<li>Reichen Sie die Nachweise zu Vermögensverhältnissen und Versicherung ein.</li>' +
      '<li>Das Gewerbeamt fragt bei Polizei und Verfassungsschutz an und prüft die Unterlagen.</li>' +
      '<li>Sie erhalten die Erlaubnis und den Gebührenbescheid. Danach melden Sie das Gewerbe an und melden Ihre Wachpersonen im Bewacherregister.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(400), max: eur(1500), description: 'je nach Rechtsform und Prüfaufwand' }],
    costsNoteHtml: '<p>Die Prüfung einer Wachperson kostet je 50 bis 100 Euro. Die Gebühr für die Sachkundeprüfung erhebt die IHK.</p>',
    requiredDocuments: [
      { name: 'Nachweis über die bestandene Sachkundeprüfung', required: true },
      { name: 'Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister (Belegart 9)', required: true },
      { name: 'Bescheinigung in Steuersachen und Auskunft aus dem Schuldnerverzeichnis', required: true },
      { name: 'Bestätigung der Haftpflichtversicherung nach der Bewachungsverordnung', required: true },
      { name: 'Handelsregisterauszug und Gesellschaftsvertrag', descriptionHtml: '<p>Nur bei Gesellschaften.</p>', required: false },
    ],
    deadlines: [WIDERSPRUCHSFRIST],
    processingTime: {
      duration: { value: 6, unit: 'week', valueTo: 8 },
      descriptionHtml: '<p>Die Dauer hängt vor allem von den Rückmeldungen der Sicherheitsbehörden ab.</p>',
    },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/gewo/__34a.html', title: '§ 34a Gewerbeordnung (GewO) – Bewachungsgewerbe' },
      { uri: 'https://www.gesetze-im-internet.de/gewo/__11b.html', title: '§ 11b Gewerbeordnung (GewO) – Bewacherregister' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.bewacherregister.de', title: 'Bewacherregister' }],
    onlineServices: [{ title: 'Antrag über das Bewacherregister', uri: 'https://www.bewacherregister.de', trustLevel: 'substantial' }],
    officeIds: ['oe-gewerbeamt'],
    lifeSituations: ['2010000'],
    categories: ['wirtschaft'],
    addressees: ['business', 'citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-02T13:15:00Z',
  },
  // ------------------------------------------------------ Steuern, Abgaben
  {
    id: 'hund-anmelden',
    leikaKeys: ['99102013104000'],
    name: 'Hund anmelden',
    officialName: 'Hundesteuer Anmeldung',
    summary:
      'Wenn Sie in Musterstadt einen Hund halten, der älter als drei Monate ist, müssen Sie ihn innerhalb eines Monats beim Steueramt anmelden. Sie erhalten eine Hundesteuermarke und einen Steuerbescheid.',
    synonyms: ['Hundemarke', 'Hundesteuer', 'Hundesteuermarke', 'Hund ummelden', 'Hundeanmeldung', 'Welpe anmelden', 'Listenhund', 'dog tax', 'register a dog'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt erhebt für das Halten von Hunden eine Hundesteuer. Steuerpflichtig ist, wer einen über drei Monate alten Hund in seinen Haushalt aufgenommen hat. Das gilt auch, wenn Sie einen Hund länger als zwei Monate in Pflege nehmen oder auf Probe halten.</p>' +
      '<p>Die Steuer beträgt im Jahr <strong>132 Euro für den ersten Hund</strong> und <strong>264 Euro für jeden weiteren Hund</strong>. Für Kampfhunde im Sinne der Hundesteuersatzung beträgt sie 756 Euro je Hund. Die Steuerpflicht beginnt mit dem Kalendermonat, der auf die Aufnahme folgt; im ersten Jahr zahlen Sie anteilig. Die Jahressteuer ist am 1. Juli fällig.</p>' +
      '<p>Nach der Anmeldung erhalten Sie eine Hundesteuermarke. Ihr Hund muss sie außerhalb Ihrer Wohnung und Ihres eingefriedeten Grundstücks gut sichtbar tragen. Ziehen Sie mit Ihrem Hund nach Musterstadt, melden Sie ihn hier neu an und am bisherigen Wohnort ab.</p>' +
      '<p>Steuerfrei sind unter anderem Blindenführhunde, Assistenzhunde von Menschen mit Schwerbehinderung (Merkzeichen B, aG, H, Bl oder Gl), geprüfte Rettungshunde und Diensthunde. Eine Ermäßigung um die Hälfte erhalten Halterinnen und Halter, die Bürgergeld, Sozialhilfe oder Wohngeld beziehen, für einen Hund. Befreiungen und Ermäßigungen gibt es nur auf Antrag und ab dem Monat der Antragstellung.</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren Wohnsitz in Musterstadt.</li><li>Ihr Hund ist älter als drei Monate.</li><li>Für Kampfhunde und gefährliche Hunde brauchen Sie zusätzlich eine Erlaubnis der Ortspolizeibehörde (Ordnungsamt) nach der Polizeiverordnung über das Halten gefährlicher Hunde.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Melden Sie Ihren Hund online, per E-Mail mit dem Anmeldeformular oder persönlich beim Steueramt an.</li>' +
      '<li>Geben Sie Rasse, Geburtsdatum, Beginn der Haltung und die Transpondernummer (Chipnummer) an.</li>' +
      '<li>Sie erhalten die Hundesteuermarke per Post und einen Steuerbescheid. Der Bescheid gilt auch für die Folgejahre, bis sich etwas ändert.</li>' +
      '<li>Wenn Sie ein SEPA-Lastschriftmandat erteilen, wird die Steuer automatisch abgebucht.</li>' +
      '</ol>',
    costs: [
      { kind: 'fixed', amount: eur(132), description: 'Hundesteuer im Jahr für den ersten Hund' },
      { kind: 'fixed', amount: eur(264), description: 'Hundesteuer im Jahr für jeden weiteren Hund' },
      { kind: 'fixed', amount: eur(756), description: 'Hundesteuer im Jahr für einen Kampfhund' },
    ],
    costsNoteHtml: '<p>Die Anmeldung selbst ist gebührenfrei. Eine Ersatzmarke bei Verlust kostet 5 Euro.</p>',
    requiredDocuments: [
      { name: 'Angaben zum Hund: Rasse, Geburtsdatum, Transpondernummer', required: true },
      { name: 'Abgabe- oder Kaufvertrag', descriptionHtml: '<p>Hilfreich als Nachweis für den Beginn der Haltung.</p>', required: false },
      { name: 'Nachweis für Befreiung oder Ermäßigung', descriptionHtml: '<p>Zum Beispiel Schwerbehindertenausweis, Ausbildungsnachweis des Assistenzhundes oder Bewilligungsbescheid über Bürgergeld.</p>', required: false },
      { name: 'Erlaubnis der Ortspolizeibehörde', descriptionHtml: '<p>Nur bei Kampfhunden und gefährlichen Hunden.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Anmeldefrist',
        duration: { value: 1, unit: 'month' },
        descriptionHtml: '<p>Innerhalb eines Monats nach Aufnahme des Hundes, nach Zuzug oder nachdem der Hund drei Monate alt geworden ist.</p>',
      },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 }, descriptionHtml: '<p>Die Steuermarke und den Bescheid erhalten Sie in der Regel innerhalb von zwei Wochen per Post.</p>' },
    legalBasis: [
      { uri: KAG, title: '§ 9 Abs. 4 Kommunalabgabengesetz Baden-Württemberg (KAG) – Gemeindesteuern' },
      { uri: ortsrecht('hundesteuersatzung'), title: 'Satzung über die Erhebung der Hundesteuer der Stadt Musterstadt' },
    ],
    appealHtml: WIDERSPRUCH_ABGABEN,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/hundehaltung', title: 'Hundehaltung in Musterstadt: Leinenpflicht, Hundewiesen und Kotbeutelspender' }],
    onlineServices: [{ title: 'Hund online anmelden', uri: portal('hund-anmelden'), trustLevel: 'low' }],
    officeIds: ['oe-steueramt'],
    lifeSituations: ['1110000', '1060000'],
    categories: ['steuern'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-09T09:00:00Z',
  },
  {
    id: 'hund-abmelden',
    leikaKeys: ['99102013070000'],
    name: 'Hund abmelden',
    officialName: 'Hundesteuer Abmeldung',
    summary:
      'Wenn Sie Ihren Hund abgeben, er verstorben ist oder Sie aus Musterstadt wegziehen, melden Sie den Hund innerhalb eines Monats beim Steueramt ab und geben die Hundesteuermarke zurück.',
    synonyms: ['Hundesteuer abmelden', 'Hundemarke zurückgeben', 'Hund verstorben', 'Hund abgegeben', 'Hundeabmeldung', 'Wegzug mit Hund', 'deregister a dog'],
    descriptionHtml:
      '<p>Die Hundesteuerpflicht endet mit Ablauf des Monats, in dem Sie den Hund abgeben, der Hund verstirbt oder abhandenkommt oder Sie aus Musterstadt wegziehen. Damit das Steueramt die Steuer richtig berechnen kann, müssen Sie den Hund abmelden.</p>' +
      '<p>Zu viel gezahlte Steuer wird Ihnen erstattet. Melden Sie verspätet ab, kann die Steuer erst ab dem Monat der Abmeldung erstattet werden, wenn Sie das frühere Ende nicht nachweisen können.</p>' +
      '<p>Geben Sie Ihren Hund an eine andere Person in Musterstadt ab, teilen Sie bitte Name und Anschrift der neuen Halterin oder des neuen Halters mit. Diese muss den Hund selbst anmelden.</p>',
    requirementsHtml: '<ul><li>Ihr Hund ist in Musterstadt zur Hundesteuer angemeldet.</li><li>Die Haltung hat geendet oder Sie ziehen weg.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Melden Sie den Hund online, schriftlich oder persönlich beim Steueramt ab.</li>' +
      '<li>Geben Sie den Grund und das Datum an und fügen Sie einen Nachweis bei.</li>' +
      '<li>Geben Sie die Hundesteuermarke zurück oder senden Sie sie per Post.</li>' +
      '<li>Sie erhalten einen Änderungsbescheid; zu viel gezahlte Steuer wird erstattet.</li>' +
      '</ol>',
    costs: [{ kind: 'free', description: 'Die Abmeldung ist gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Hundesteuermarke', required: true },
      {
        name: 'Nachweis über das Ende der Haltung',
        descriptionHtml: '<p>Zum Beispiel Bescheinigung der Tierärztin oder des Tierarztes, Abgabevertrag mit Name und Anschrift der neuen Halterin oder des neuen Halters oder Bestätigung des Tierheims.</p>',
        required: true,
      },
      { name: 'Neue Anschrift', descriptionHtml: '<p>Nur bei Wegzug aus Musterstadt.</p>', required: false },
    ],
    deadlines: [{ label: 'Abmeldefrist', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Innerhalb eines Monats nach Ende der Hundehaltung oder nach dem Wegzug.</p>' }],
    processingTime: { duration: { value: 2, unit: 'week' } },
    legalBasis: [
      { uri: KAG, title: '§ 9 Abs. 4 Kommunalabgabengesetz Baden-Württemberg (KAG) – Gemeindesteuern' },
      { uri: ortsrecht('hundesteuersatzung'), title: 'Satzung über die Erhebung der Hundesteuer der Stadt Musterstadt' },
    ],
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Hund online abmelden', uri: portal('hund-abmelden'), trustLevel: 'low' }],
    officeIds: ['oe-steueramt'],
    lifeSituations: ['1110000', '1060000'],
    categories: ['steuern'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-09T09:00:00Z',
  },
  {
    id: 'grundsteuer-aenderung-melden',
    leikaKeys: [],
    name: 'Grundsteuer: Änderung melden und Bescheid erhalten',
    officialName: 'Grundsteuer Festsetzung',
    summary:
      'Die Stadt Musterstadt setzt die Grundsteuer für Ihr Grundstück auf Grundlage des Messbescheids des Finanzamts fest. Hier melden Sie Änderungen wie eine neue Anschrift oder Zahlungsweise und erfahren, wie der Grundsteuerbescheid zustande kommt.',
    synonyms: ['Grundsteuer', 'Grundsteuerbescheid', 'Grundsteuerreform', 'Hebesatz', 'Grundsteuer B', 'Grundsteuer A', 'Eigentümerwechsel Grundsteuer', 'property tax'],
    descriptionHtml:
      '<p>Seit dem 1. Januar 2025 gilt in Baden-Württemberg das Landesgrundsteuergesetz (LGrStG) mit dem sogenannten modifizierten Bodenwertmodell. Die Grundsteuer wird in drei Schritten ermittelt: Das Finanzamt stellt den Grundsteuerwert fest (Grundstücksfläche mal Bodenrichtwert) und setzt den Grundsteuermessbetrag fest. Die Stadt Musterstadt multipliziert den Messbetrag mit ihrem Hebesatz und schickt Ihnen den Grundsteuerbescheid.</p>' +
      '<p>Der Hebesatz beträgt in Musterstadt für die Grundsteuer B (Grundstücke) 320 Prozent und für die Grundsteuer A (land- und forstwirtschaftliche Betriebe) 350 Prozent. Die Grundsteuer ist zu je einem Viertel am 15. Februar, 15. Mai, 15. August und 15. November fällig. Auf Antrag können Sie die Steuer in einem Betrag zum 1. Juli zahlen; der Antrag muss bis zum 30. September des Vorjahres gestellt werden.</p>' +
      '<p>Wechselt das Eigentum, erfährt die Stadt das über das Finanzamt. Steuerschuldnerin oder Steuerschuldner ist, wer am 1. Januar eines Jahres Eigentümerin oder Eigentümer ist; für das laufende Jahr bleibt die bisherige Eigentümerin oder der bisherige Eigentümer Steuerschuldner. Eine Aufteilung regeln Sie im Kaufvertrag. Änderungen an Grundstück oder Gebäude, die den Grundsteuerwert betreffen, teilen Sie dem Finanzamt mit, nicht der Stadt.</p>' +
      '<p>Ist der normale Rohertrag eines bebauten Grundstücks um mehr als die Hälfte gemindert, ohne dass Sie das zu vertreten haben, kann die Grundsteuer auf Antrag teilweise erlassen werden. Der Antrag muss bis zum 31. März des Folgejahres bei der Stadt eingehen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind Eigentümerin oder Eigentümer, Erbbauberechtigte oder Erbbauberechtigter eines Grundstücks in Musterstadt.</li><li>Für Einwände gegen den Grundsteuerwert oder den Messbetrag ist das Finanzamt zuständig, für die Anwendung des Hebesatzes die Stadt.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Teilen Sie Änderungen Ihrer Anschrift, Bankverbindung oder Zahlungsweise online oder schriftlich dem Steueramt mit. Geben Sie das Kassenzeichen aus dem Grundsteuerbescheid an.</li>' +
      '<li>Wenn das Finanzamt einen neuen Messbescheid erlässt, erhalten Sie automatisch einen neuen Grundsteuerbescheid der Stadt.</li>' +
      '<li>Für einen Erlass wegen Ertragsminderung stellen Sie einen schriftlichen Antrag mit Nachweisen über die Mietausfälle.</li>' +
      '</ol>',
    costs: [{ kind: 'free', description: 'Mitteilungen und Anträge sind gebührenfrei. Die Höhe der Steuer ergibt sich aus Messbetrag und Hebesatz.' }],
    costsNoteHtml: '<p>Beispiel: Bei einem Grundsteuermessbetrag von 150 Euro beträgt die Grundsteuer B im Jahr 150 Euro × 320 % = 480 Euro, also 120 Euro je Quartal.</p>',
    requiredDocuments: [
      { name: 'Kassenzeichen aus dem Grundsteuerbescheid', required: true },
      { name: 'Grundsteuermessbescheid des Finanzamts', descriptionHtml: '<p>Nur wenn Sie eine Neuberechnung erwarten, aber noch keinen neuen Bescheid der Stadt erhalten haben.</p>', required: false },
      { name: 'Nachweise über Mietausfälle', descriptionHtml: '<p>Nur beim Antrag auf Erlass wegen Ertragsminderung.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antrag auf Jahreszahlung', descriptionHtml: '<p>Bis zum 30. September für die Zahlung in einem Betrag ab dem Folgejahr.</p>' },
      { label: 'Antrag auf Erlass wegen Ertragsminderung', descriptionHtml: '<p>Bis zum 31. März des Jahres, das auf das Jahr der Ertragsminderung folgt.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: ortsrecht('hebesatzsatzung'), title: 'Satzung über die Erhebung der Grundsteuer und der Gewerbesteuer (Hebesatzsatzung) der Stadt Musterstadt' },
      { uri: 'https://www.gesetze-im-internet.de/ao_1977/__182.html', title: '§ 182 Abgabenordnung (AO) – Wirkung des Grundlagenbescheids' },
      VWGO_80,
    ],
    appealHtml:
      '<p>Gegen den Grundsteuerbescheid der Stadt können Sie innerhalb eines Monats Widerspruch einlegen, soweit Sie die Anwendung des Hebesatzes oder die Berechnung beanstanden. Einwände gegen den Grundsteuerwert oder den Messbetrag richten Sie mit einem Einspruch an das Finanzamt. Die Grundsteuer ist trotz Widerspruch fristgerecht zu zahlen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.elster.de', title: 'ELSTER – Erklärungen zur Grundsteuer an das Finanzamt' }],
    onlineServices: [{ title: 'Änderung zur Grundsteuer online mitteilen', uri: portal('grundsteuer-aenderung-melden'), trustLevel: 'substantial' }],
    officeIds: ['oe-steueramt'],
    lifeSituations: ['1060000', '1050000', '2050000'],
    categories: ['steuern'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-26T08:00:00Z',
  },
  {
    id: 'zweitwohnungsteuer-anmelden',
    leikaKeys: [],
    name: 'Zweitwohnungsteuer anmelden',
    officialName: 'Zweitwohnungsteuer Festsetzung',
    summary:
      'Wer in Musterstadt neben seiner Hauptwohnung eine Nebenwohnung innehat, zahlt Zweitwohnungsteuer. Nach der Anmeldung des Nebenwohnsitzes reichen Sie innerhalb eines Monats eine Steuererklärung beim Steueramt ein.',
    synonyms: ['Zweitwohnsitzsteuer', 'Nebenwohnsitz', 'Zweitwohnung', 'Nebenwohnung Steuer', 'Studentenwohnung Steuer', 'Wochenendpendler', 'second home tax'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt erhebt eine Zweitwohnungsteuer für Wohnungen, die jemand neben seiner Hauptwohnung für den persönlichen Lebensbedarf innehat. Maßgeblich ist in der Regel, ob die Wohnung im Melderegister als Nebenwohnung eingetragen ist. Auch Zimmer in Wohngemeinschaften, möblierte Apartments und dauerhaft genutzte Wohnwagen können Zweitwohnungen sein.</p>' +
      '<p>Die Steuer beträgt <strong>12 Prozent der jährlichen Nettokaltmiete</strong>. Bei selbst genutztem Eigentum oder unentgeltlicher Überlassung wird die ortsübliche Vergleichsmiete zugrunde gelegt. Die Steuer ist jährlich am 1. Juli fällig.</p>' +
      '<p>Nicht steuerpflichtig sind unter anderem:</p>' +
      '<ul>' +
      '<li>Verheiratete oder in eingetragener Lebenspartnerschaft lebende Personen, die nicht dauernd getrennt leben und die Nebenwohnung aus beruflichen Gründen innehaben, wenn die gemeinsame Hauptwohnung außerhalb von Musterstadt liegt,</li>' +
      '<li>Personen unter 25 Jahren in Ausbildung, die in der Wohnung der Eltern mit Nebenwohnsitz gemeldet sind,</li>' +
      '<li>Wohnungen in Pflegeheimen, Einrichtungen der Jugendhilfe, Frauenhäusern und vergleichbaren Einrichtungen.</li>' +
      '</ul>' +
      '<p>Wenn Sie Ihre Nebenwohnung zur Hauptwohnung machen, entfällt die Steuer. Dafür ändern Sie Ihre Meldung im Bürgerbüro.</p>',
    requirementsHtml: '<ul><li>Sie haben in Musterstadt eine Nebenwohnung.</li><li>Sie haben eine Hauptwohnung an einem anderen Ort.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Nach der Anmeldung der Nebenwohnung erhalten Sie vom Steueramt einen Erklärungsvordruck.</li>' +
      '<li>Reichen Sie die Steuererklärung online oder schriftlich mit dem Mietvertrag ein. Beantragen Sie gegebenenfalls die Befreiung.</li>' +
      '<li>Sie erhalten einen Steuerbescheid. Er gilt für die Folgejahre weiter, bis sich die Verhältnisse ändern.</li>' +
      '<li>Teilen Sie Mietänderungen und den Auszug unaufgefordert mit.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', description: '12 Prozent der jährlichen Nettokaltmiete' }],
    costsNoteHtml: '<p>Beispiel: Bei einer Nettokaltmiete von 450 Euro im Monat beträgt die Steuer 450 Euro × 12 Monate × 12 % = 648 Euro im Jahr. Die Erklärung selbst ist gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Mietvertrag mit Angabe der Nettokaltmiete und der Wohnfläche', required: true },
      { name: 'Meldebescheinigung', required: true },
      { name: 'Nachweis für eine Steuerbefreiung', descriptionHtml: '<p>Zum Beispiel Heiratsurkunde und Arbeitgeberbescheinigung oder Ausbildungsnachweis.</p>', required: false },
    ],
    deadlines: [
      { label: 'Erklärungsfrist', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Innerhalb eines Monats nach Beginn der Steuerpflicht oder nach Aufforderung.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 6 } },
    legalBasis: [
      { uri: KAG, title: '§ 9 Abs. 4 Kommunalabgabengesetz Baden-Württemberg (KAG) – Gemeindesteuern' },
      { uri: ortsrecht('zweitwohnungsteuersatzung'), title: 'Satzung über die Erhebung einer Zweitwohnungsteuer der Stadt Musterstadt' },
    ],
    appealHtml: WIDERSPRUCH_ABGABEN,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Zweitwohnungsteuererklärung online abgeben', uri: portal('zweitwohnungsteuer-anmelden'), trustLevel: 'substantial' }],
    officeIds: ['oe-steueramt'],
    lifeSituations: ['1060000', '1050000'],
    categories: ['steuern'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-16T10:30:00Z',
  },
  {
    id: 'vergnuegungsteuer-anmelden',
    leikaKeys: [],
    name: 'Vergnügungsteuer anmelden',
    officialName: 'Vergnügungsteuer Festsetzung',
    summary:
      'Wer in Musterstadt Spielgeräte in Spielhallen, Gaststätten oder anderen Orten aufstellt, muss die Geräte anmelden und die Vergnügungsteuer regelmäßig selbst berechnen und an die Stadt zahlen.',
    synonyms: ['Vergnügungssteuer', 'Spielgerätesteuer', 'Spielautomat', 'Spielhalle Steuer', 'Geldspielgerät', 'Steueranmeldung Spielgeräte', 'entertainment tax'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt erhebt eine Vergnügungsteuer auf das Bereitstellen von Spiel- und Unterhaltungsgeräten. Steuerschuldnerin oder Steuerschuldner ist die Aufstellerin oder der Aufsteller der Geräte.</p>' +
      '<p>Die Steuer beträgt</p>' +
      '<ul>' +
      '<li>für Geräte mit Gewinnmöglichkeit <strong>22 Prozent des Einspielergebnisses</strong> (elektronisch gezählte Bruttokasse abzüglich Nachfüllungen, Fehlgeld und Auszahlungen),</li>' +
      '<li>für Geräte ohne Gewinnmöglichkeit in Spielhallen 60 Euro und an anderen Orten 30 Euro je Gerät und angefangenem Kalendermonat.</li>' +
      '</ul>' +
      '<p>Die Steuer wird im Wege der Steueranmeldung erhoben: Sie berechnen die Steuer für jedes Kalendervierteljahr selbst, reichen die Anmeldung mit den Zählwerksausdrucken ein und zahlen den Betrag ohne Aufforderung. Die Anmeldung steht einer Steuerfestsetzung gleich.</p>',
    requirementsHtml: '<ul><li>Sie stellen in Musterstadt Spiel- oder Unterhaltungsgeräte auf.</li><li>Sie haben das Gewerbe angemeldet und besitzen gegebenenfalls die Aufstellerlaubnis nach § 33c GewO.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Melden Sie jedes Gerät vor der Aufstellung beim Steueramt an (Aufstellort, Gerätetyp, Zulassungsnummer).</li>' +
      '<li>Reichen Sie nach Ablauf jedes Kalendervierteljahres die Steueranmeldung mit den Zählwerksausdrucken online ein.</li>' +
      '<li>Zahlen Sie die Steuer bis zum 15. Tag nach Ablauf des Vierteljahres.</li>' +
      '<li>Melden Sie Austausch oder Entfernung eines Geräts innerhalb von zwei Wochen.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', description: '22 Prozent des Einspielergebnisses bei Geräten mit Gewinnmöglichkeit; Pauschalen für Geräte ohne Gewinnmöglichkeit' }],
    costsNoteHtml: '<p>Bei verspäteter Anmeldung kann ein Verspätungszuschlag, bei verspäteter Zahlung ein Säumniszuschlag von 1 Prozent je angefangenem Monat erhoben werden.</p>',
    requiredDocuments: [
      { name: 'Angaben zu den Geräten mit Zulassungsnummer der Physikalisch-Technischen Bundesanstalt', required: true },
      { name: 'Zählwerksausdrucke für den Anmeldezeitraum', required: true },
      { name: 'Aufstellerlaubnis nach § 33c GewO und Geeignetheitsbestätigung', descriptionHtml: '<p>Nur bei Geräten mit Gewinnmöglichkeit.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anmeldung eines Geräts', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Aufstellung, Austausch und Entfernung sind innerhalb von zwei Wochen anzuzeigen.</p>' },
      { label: 'Steueranmeldung', duration: { value: 15, unit: 'day' }, descriptionHtml: '<p>Bis zum 15. Tag nach Ablauf jedes Kalendervierteljahres.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { descriptionHtml: '<p>Die Steueranmeldung wirkt sofort wie ein Steuerbescheid. Die Stadt prüft sie und erlässt nur bei Abweichungen einen Bescheid.</p>' },
    legalBasis: [
      { uri: KAG, title: '§ 9 Abs. 4 Kommunalabgabengesetz Baden-Württemberg (KAG) – Gemeindesteuern' },
      { uri: ortsrecht('vergnuegungsteuersatzung'), title: 'Satzung über die Erhebung der Vergnügungsteuer der Stadt Musterstadt' },
      { uri: 'https://www.gesetze-im-internet.de/gewo/__33c.html', title: '§ 33c Gewerbeordnung (GewO) – Spielgeräte mit Gewinnmöglichkeit' },
    ],
    appealHtml: WIDERSPRUCH_ABGABEN,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Vergnügungsteuer online anmelden', uri: portal('vergnuegungsteuer-anmelden'), trustLevel: 'substantial' }],
    officeIds: ['oe-steueramt'],
    lifeSituations: ['1060000', '2140000'],
    categories: ['steuern', 'wirtschaft'],
    addressees: ['business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-16T10:30:00Z',
  },
  {
    id: 'sepa-lastschriftmandat-erteilen',
    leikaKeys: [],
    name: 'SEPA-Lastschriftmandat für städtische Abgaben erteilen',
    officialName: 'SEPA-Lastschriftmandat Erteilung',
    summary:
      'Mit einem SEPA-Lastschriftmandat bucht die Stadtkasse Grundsteuer, Hundesteuer, Abfallgebühren und andere städtische Forderungen pünktlich von Ihrem Konto ab. So versäumen Sie keinen Zahlungstermin.',
    synonyms: ['Lastschrift', 'Einzugsermächtigung', 'Abbuchung', 'SEPA-Mandat', 'Bankverbindung ändern', 'Dauerauftrag Stadt', 'direct debit'],
    descriptionHtml:
      '<p>Die Stadtkasse Musterstadt zieht städtische Abgaben und Entgelte auf Wunsch im SEPA-Lastschriftverfahren ein. Das Mandat gilt jeweils für ein Kassenzeichen, also zum Beispiel für die Grundsteuer eines bestimmten Grundstücks oder für die Hundesteuer. Für mehrere Kassenzeichen erteilen Sie mehrere Mandate oder führen alle Kassenzeichen in einem Formular auf.</p>' +
      '<p>Die Fälligkeitstermine und Beträge stehen in Ihrem Bescheid; er gilt zugleich als Vorabankündigung. Die Abbuchung erfolgt am Fälligkeitstag. Sie können eine Lastschrift innerhalb von acht Wochen nach der Belastung ohne Angabe von Gründen von Ihrer Bank zurückbuchen lassen. Die Zahlung ist dann aber nicht erfolgt.</p>' +
      '<p>Das Mandat können Sie jederzeit für künftige Zahlungen widerrufen oder ändern, zum Beispiel bei einem Kontowechsel.</p>',
    requirementsHtml: '<ul><li>Sie haben ein Konto bei einer Bank im SEPA-Raum.</li><li>Sie sind Kontoinhaberin oder Kontoinhaber oder haben die Zustimmung der kontoführenden Person.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Erteilen Sie das Mandat online mit Ihrem Nutzerkonto (BundID) oder füllen Sie das Formular aus und unterschreiben Sie es.</li>' +
      '<li>Geben Sie das Kassenzeichen aus Ihrem Bescheid, die IBAN und den Namen der Kontoinhaberin oder des Kontoinhabers an.</li>' +
      '<li>Senden Sie das unterschriebene Formular per Post oder geben Sie es im Bürgerbüro ab.</li>' +
      '<li>Die Stadtkasse bestätigt Ihnen das Mandat mit der Mandatsreferenz.</li>' +
      '</ol>',
    costs: [{ kind: 'free', description: 'Die Teilnahme am Lastschriftverfahren ist kostenlos.' }],
    costsNoteHtml: '<p>Kann eine Lastschrift mangels Deckung nicht eingelöst werden, stellt die Stadtkasse die Bankgebühren und eine Bearbeitungsgebühr von 5 Euro in Rechnung.</p>',
    requiredDocuments: [
      { name: 'Kassenzeichen aus dem Bescheid', required: true },
      { name: 'IBAN und Name der Kontoinhaberin oder des Kontoinhabers', required: true },
      { name: 'Unterschriebenes Mandatsformular', descriptionHtml: '<p>Nicht nötig, wenn Sie das Mandat online mit BundID erteilen.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Vorlauf vor Fälligkeit',
        duration: { value: 14, unit: 'day' },
        descriptionHtml: '<p>Damit das Mandat für die nächste Fälligkeit gilt, muss es spätestens 14 Tage vorher bei der Stadtkasse vorliegen.</p>',
      },
    ],
    processingTime: { duration: { value: 1, unit: 'week' } },
    legalBasis: [
      { uri: KAG, title: '§ 3 Kommunalabgabengesetz Baden-Württemberg (KAG) in Verbindung mit § 224 Abgabenordnung – Leistungsort und Tag der Zahlung' },
      { uri: 'https://www.gesetze-im-internet.de/ao_1977/__224.html', title: '§ 224 Abgabenordnung (AO) – Leistungsort, Tag der Zahlung' },
    ],
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'SEPA-Lastschriftmandat online erteilen', uri: portal('sepa-lastschriftmandat-erteilen'), trustLevel: 'substantial' }],
    officeIds: ['oe-stadtkasse'],
    lifeSituations: ['1060000'],
    categories: ['steuern'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-07T12:00:00Z',
  },
  // ---------------------------------------------------------------- Bauen
  {
    id: 'baugenehmigung-beantragen',
    leikaKeys: [],
    name: 'Baugenehmigung beantragen',
    officialName: 'Baugenehmigung Erteilung',
    summary:
      'Wenn Sie in Musterstadt ein Gebäude errichten, wesentlich ändern oder anders nutzen möchten, brauchen Sie in der Regel eine Baugenehmigung. Den Bauantrag reichen Sie mit den Bauvorlagen Ihrer Entwurfsverfasserin oder Ihres Entwurfsverfassers beim Baurechtsamt ein.',
    synonyms: ['Bauantrag', 'Baugenehmigung', 'Baugesuch', 'Anbau genehmigen', 'Nutzungsänderung', 'Hausbau', 'Bauamt', 'LBO', 'building permit'],
    descriptionHtml:
      '<p>Nach der Landesbauordnung für Baden-Württemberg (LBO) brauchen die Errichtung, die Änderung, die Nutzungsänderung und der Abbruch baulicher Anlagen eine Baugenehmigung, soweit sie nicht verfahrensfrei sind oder im Kenntnisgabeverfahren durchgeführt werden können. Das Baurechtsamt der Stadt Musterstadt ist als untere Baurechtsbehörde zuständig.</p>' +
      '<p>Es gibt zwei Verfahren: Im <strong>vereinfachten Baugenehmigungsverfahren</strong> für Wohngebäude und andere Gebäude, die keine Sonderbauten sind, prüft das Baurechtsamt vor allem das Bauplanungsrecht (zum Beispiel den Bebauungsplan) und ausgewählte Vorschriften, etwa zu Abstandsflächen. Im <strong>regulären Baugenehmigungsverfahren</strong> für Sonderbauten wie Versammlungsstätten, Gaststätten mit mehr als 40 Gastplätzen oder Hochhäuser wird umfassend geprüft, einschließlich Brandschutz.</p>' +
      '<p>Das Baurechtsamt benachrichtigt die Eigentümerinnen und Eigentümer der angrenzenden Grundstücke (Angrenzer). Sie können innerhalb von vier Wochen Einwendungen erheben. Fachämter wie Tiefbauamt, Umweltamt, Feuerwehr und Denkmalschutz werden beteiligt.</p>' +
      '<p>Mit dem Bau dürfen Sie erst beginnen, wenn Sie die Baugenehmigung und den Baufreigabeschein („Roter Punkt“) erhalten haben. Die Baugenehmigung erlischt, wenn nicht innerhalb von drei Jahren mit dem Bau begonnen oder die Bauausführung drei Jahre unterbrochen wird; die Frist kann auf Antrag verlängert werden.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Das Vorhaben entspricht dem Bebauungsplan oder fügt sich in die Umgebung ein (§§ 30, 34, 35 BauGB).</li>' +
      '<li>Die Bauvorlagen werden von einer bauvorlageberechtigten Person erstellt und unterschrieben, in der Regel einer Architektin, einem Architekten oder einer Ingenieurin, einem Ingenieur.</li>' +
      '<li>Sie sind Bauherrin oder Bauherr; ist jemand anderes Eigentümer des Grundstücks, ist dessen Zustimmung erforderlich.</li>' +
      '</ul>',
    procedureHtml:
      '<ol>' +
      '<li>Nutzen Sie die kostenlose Bauberatung des Baurechtsamts, bevor Sie planen lassen.</li>' +
      '<li>Reichen Sie den Bauantrag mit allen Bauvorlagen digital über den Online-Dienst ein. Papieranträge sind weiterhin möglich.</li>' +
      '<li>Das Baurechtsamt prüft innerhalb von zehn Arbeitstagen, ob der Antrag vollständig ist, und fordert fehlende Unterlagen an.</li>' +
      '<li>Angrenzer werden benachrichtigt, Fachämter und gegebenenfalls weitere Behörden beteiligt.</li>' +
      '<li>Nach vollständigem Antrag entscheidet das Baurechtsamt im vereinfachten Verfahren innerhalb eines Monats, im regulären Verfahren innerhalb von zwei Monaten. Die Frist verlängert sich, wenn Stellungnahmen anderer Behörden ausstehen.</li>' +
      '<li>Sie erhalten die Baugenehmigung und nach Vorlage der erforderlichen Nachweise (zum Beispiel Standsicherheitsnachweis) den Baufreigabeschein.</li>' +
      '<li>Teilen Sie den Baubeginn mit, lassen Sie das Schnurgerüst abnehmen und zeigen Sie die Fertigstellung an.</li>' +
      '</ol>',
    costs: [
      { kind: 'variable', min: eur(150), description: 'Gebühr nach den Baukosten; für Wohngebäude in der Regel 5 Promille der Rohbaukosten, mindestens 150 Euro' },
    ],
    costsNoteHtml:
      '<p>Hinzu kommen gegebenenfalls Gebühren für die Prüfung bautechnischer Nachweise durch ein Prüfamt oder eine Prüfingenieurin, für Abweichungen und Befreiungen (je 50 bis 1.000 Euro) sowie Auslagen. Wird der Antrag zurückgenommen oder abgelehnt, wird ein Teil der Gebühr fällig.</p>',
    requiredDocuments: [
      { name: 'Bauantragsformular, unterschrieben von Bauherrschaft und Entwurfsverfasserin oder Entwurfsverfasser', required: true },
      { name: 'Lageplan (zeichnerischer und schriftlicher Teil) auf Grundlage eines aktuellen Auszugs aus dem Liegenschaftskataster', required: true },
      { name: 'Bauzeichnungen (Grundrisse, Schnitte, Ansichten) im Maßstab 1:100 und Baubeschreibung', required: true },
      { name: 'Berechnungen zu Wohn- und Nutzflächen, Grundflächenzahl, Geschossflächenzahl und umbautem Raum', required: true },
      { name: 'Darstellung der Grundstücksentwässerung und Stellplatznachweis', required: true },
      { name: 'Abfallverwertungskonzept, Artenschutzuntersuchung oder Brandschutzkonzept', descriptionHtml: '<p>Nur wenn für das Vorhaben erforderlich.</p>', required: false },
    ],
    deadlines: [
      { label: 'Einwendungsfrist der Angrenzer', duration: { value: 4, unit: 'week' }, descriptionHtml: '<p>Benachrichtigte Angrenzer können innerhalb von vier Wochen Einwendungen erheben.</p>' },
      { label: 'Geltungsdauer der Baugenehmigung', duration: { value: 3, unit: 'year' }, descriptionHtml: '<p>Die Genehmigung erlischt, wenn nicht innerhalb von drei Jahren mit dem Bau begonnen wird. Eine Verlängerung um bis zu drei Jahre ist auf schriftlichen Antrag möglich.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: {
      duration: { value: 1, unit: 'month', valueTo: 2 },
      descriptionHtml: '<p>Ab Vollständigkeit des Antrags: vereinfachtes Verfahren ein Monat, reguläres Verfahren zwei Monate. Bei Beteiligung weiterer Behörden kann sich die Frist verlängern.</p>',
    },
    legalBasis: [
      { uri: LBO, title: '§§ 49, 52, 53, 54, 58, 62 Landesbauordnung für Baden-Württemberg (LBO)' },
      { uri: 'https://www.gesetze-im-internet.de/bbaug/__30.html', title: '§ 30 Baugesetzbuch (BauGB) – Zulässigkeit von Vorhaben im Geltungsbereich eines Bebauungsplans' },
      { uri: 'https://www.gesetze-im-internet.de/bbaug/__34.html', title: '§ 34 Baugesetzbuch (BauGB) – Zulässigkeit von Vorhaben innerhalb der im Zusammenhang bebauten Ortsteile' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/bebauungsplaene', title: 'Bebauungspläne der Stadt Musterstadt online' },
      { uri: 'https://www.musterstadt.example/bauberatung', title: 'Bauberatung des Baurechtsamts: Sprechzeiten und Terminbuchung' },
    ],
    onlineServices: [{ title: 'Bauantrag digital einreichen', uri: portal('baugenehmigung-beantragen'), trustLevel: 'substantial' }],
    officeIds: ['oe-bauordnungsamt'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-10-05T09:30:00Z',
  },
  {
    id: 'kenntnisgabeverfahren-bauvorhaben',
    leikaKeys: [],
    name: 'Bauvorhaben im Kenntnisgabeverfahren anzeigen',
    officialName: 'Kenntnisgabeverfahren Durchführung',
    summary:
      'Wohngebäude und bestimmte andere Gebäude im Geltungsbereich eines Bebauungsplans können Sie in Baden-Württemberg statt mit einer Baugenehmigung im Kenntnisgabeverfahren bauen. Sie reichen die Bauvorlagen ein und dürfen nach Ablauf einer Wartefrist beginnen.',
    synonyms: ['Kenntnisgabe', 'Kenntnisgabeverfahren', 'genehmigungsfrei bauen', 'Bauanzeige', 'Einfamilienhaus Bebauungsplan', 'LBO 51', 'building notification'],
    descriptionHtml:
      '<p>Das Kenntnisgabeverfahren ist eine Besonderheit der Landesbauordnung Baden-Württemberg. Es gilt für die Errichtung von Wohngebäuden, sonstigen Gebäuden der Gebäudeklassen 1 bis 3 (ausgenommen Gaststätten), sonstigen baulichen Anlagen, die keine Gebäude sind, sowie Nebengebäuden und Nebenanlagen – jeweils mit Ausnahme von Sonderbauten. Voraussetzung ist, dass das Grundstück im Geltungsbereich eines qualifizierten Bebauungsplans liegt und das Vorhaben dessen Festsetzungen einhält.</p>' +
      '<p>Im Kenntnisgabeverfahren prüft das Baurechtsamt den Antrag nicht inhaltlich. Sie und Ihre Entwurfsverfasserin oder Ihr Entwurfsverfasser tragen die volle Verantwortung dafür, dass das Vorhaben alle öffentlich-rechtlichen Vorschriften einhält. Das Baurechtsamt kann das Vorhaben aber jederzeit untersagen, wenn es dagegen verstößt. Sie können stattdessen jederzeit ein Baugenehmigungsverfahren wählen.</p>' +
      '<p>Sind Ausnahmen oder Befreiungen vom Bebauungsplan oder Abweichungen von Bauvorschriften nötig, müssen Sie diese gesondert beantragen.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Das Grundstück liegt im Geltungsbereich eines qualifizierten oder vorhabenbezogenen Bebauungsplans.</li>' +
      '<li>Das Vorhaben widerspricht den Festsetzungen des Bebauungsplans nicht.</li>' +
      '<li>Es handelt sich nicht um einen Sonderbau.</li>' +
      '<li>Die Bauvorlagen werden von einer bauvorlageberechtigten Person erstellt.</li>' +
      '</ul>',
    procedureHtml:
      '<ol>' +
      '<li>Reichen Sie die Bauvorlagen digital oder in Papierform beim Baurechtsamt ein.</li>' +
      '<li>Das Baurechtsamt bestätigt innerhalb von fünf Arbeitstagen den Eingang und prüft die Vollständigkeit.</li>' +
      '<li>Das Baurechtsamt benachrichtigt die Angrenzer. Sie können innerhalb von zwei Wochen Bedenken vorbringen.</li>' +
      '<li>Sie dürfen mit dem Bau beginnen: zwei Wochen nach Eingang der vollständigen Bauvorlagen, wenn alle Angrenzer schriftlich zugestimmt haben, sonst einen Monat nach Eingang.</li>' +
      '<li>Vor Baubeginn müssen der Standsicherheitsnachweis und gegebenenfalls weitere bautechnische Nachweise vorliegen.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(100), description: 'in der Regel die Hälfte der Gebühr für eine vergleichbare Baugenehmigung, mindestens 100 Euro' }],
    requiredDocuments: [
      { name: 'Vordruck „Kenntnisgabeverfahren“, unterschrieben von Bauherrschaft und Entwurfsverfasserin oder Entwurfsverfasser', required: true },
      { name: 'Lageplan auf Grundlage eines aktuellen Auszugs aus dem Liegenschaftskataster', required: true },
      { name: 'Bauzeichnungen und Baubeschreibung', required: true },
      { name: 'Darstellung der Grundstücksentwässerung', required: true },
      { name: 'Zustimmungserklärungen der Angrenzer', descriptionHtml: '<p>Freiwillig; verkürzen die Wartefrist auf zwei Wochen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Wartefrist bis zum Baubeginn', duration: { value: 2, unit: 'week', valueTo: 1, unitTo: 'month' }, descriptionHtml: '<p>Zwei Wochen mit Zustimmung aller Angrenzer, sonst ein Monat nach Eingang der vollständigen Bauvorlagen.</p>' },
      { label: 'Gültigkeit', duration: { value: 3, unit: 'year' }, descriptionHtml: '<p>Wird nicht innerhalb von drei Jahren nach dem frühestmöglichen Baubeginn mit dem Bau begonnen, müssen Sie das Verfahren erneut durchführen.</p>' },
    ],
    processingTime: { duration: { value: 5, unit: 'working-day' }, descriptionHtml: '<p>Eingangsbestätigung und Vollständigkeitsprüfung innerhalb von fünf Arbeitstagen.</p>' },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/bsbw/document/jlr-BauOBW2010V25P51', title: '§ 51 Landesbauordnung für Baden-Württemberg (LBO) – Kenntnisgabeverfahren' },
      { uri: LBO, title: '§ 59 Landesbauordnung für Baden-Württemberg (LBO) – Baubeginn' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: '<p>Das Kenntnisgabeverfahren endet ohne Bescheid. Gegen eine Untersagung des Vorhabens oder den Gebührenbescheid können Sie innerhalb eines Monats Widerspruch einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/bebauungsplaene', title: 'Bebauungspläne der Stadt Musterstadt online' }],
    onlineServices: [{ title: 'Kenntnisgabe digital einreichen', uri: portal('kenntnisgabeverfahren-bauvorhaben'), trustLevel: 'substantial' }],
    officeIds: ['oe-bauordnungsamt'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-10-05T09:30:00Z',
  },
  {
    id: 'bauvoranfrage-stellen',
    leikaKeys: [],
    name: 'Bauvoranfrage stellen',
    officialName: 'Bauvorbescheid Erteilung',
    summary:
      'Mit einer Bauvoranfrage klären Sie einzelne Fragen zu Ihrem Bauvorhaben verbindlich, bevor Sie die vollständigen Bauvorlagen erstellen lassen – zum Beispiel, ob ein Grundstück überhaupt bebaubar ist.',
    synonyms: ['Bauvorbescheid', 'Voranfrage', 'Bebaubarkeit prüfen', 'Bauvoranfrage Grundstück', 'Grundstückskauf bebaubar', 'preliminary building inquiry'],
    descriptionHtml:
      '<p>Mit einem Bauvorbescheid entscheidet das Baurechtsamt verbindlich über einzelne Fragen eines Bauvorhabens. Typische Fragen sind: Ist das Grundstück bebaubar? Ist ein Mehrfamilienhaus mit drei Vollgeschossen zulässig? Wird eine Befreiung von der Baugrenze des Bebauungsplans in Aussicht gestellt?</p>' +
      '<p>Der Bauvorbescheid gilt drei Jahre. In dieser Zeit ist das Baurechtsamt an seine Entscheidung gebunden, wenn Sie einen Bauantrag stellen, der dem Vorbescheid entspricht. Er ist besonders hilfreich vor dem Kauf eines Grundstücks oder vor einer aufwendigen Planung.</p>' +
      '<p>Eine formlose Bauberatung ohne Bindungswirkung bietet das Baurechtsamt kostenlos in seinen Sprechzeiten an.</p>',
    requirementsHtml: '<ul><li>Sie stellen konkrete, schriftlich formulierte Fragen.</li><li>Die Unterlagen reichen aus, um die Fragen zu beurteilen.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Formulieren Sie Ihre Fragen möglichst genau.</li>' +
      '<li>Reichen Sie die Bauvoranfrage mit den für die Beurteilung nötigen Unterlagen ein.</li>' +
      '<li>Das Baurechtsamt beteiligt bei Bedarf Fachämter und Angrenzer.</li>' +
      '<li>Sie erhalten den Bauvorbescheid mit den Antworten auf Ihre Fragen.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(100), max: eur(5000), description: 'je nach Umfang der Fragen und Größe des Vorhabens' }],
    requiredDocuments: [
      { name: 'Antragsformular mit den formulierten Fragen', required: true },
      { name: 'Lageplan mit dem geplanten Baukörper', required: true },
      { name: 'Skizzen oder Bauzeichnungen, soweit für die Fragen erforderlich', required: true },
      { name: 'Zustimmung der Grundstückseigentümerin oder des Grundstückseigentümers', descriptionHtml: '<p>Nur wenn Sie nicht selbst Eigentümerin oder Eigentümer sind.</p>', required: false },
    ],
    deadlines: [
      { label: 'Geltungsdauer des Bauvorbescheids', duration: { value: 3, unit: 'year' } },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 1, unit: 'month', valueTo: 3 } },
    legalBasis: [
      { uri: LBO, title: '§ 57 Landesbauordnung für Baden-Württemberg (LBO) – Bauvorbescheid' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/bauberatung', title: 'Bauberatung des Baurechtsamts' }],
    onlineServices: [{ title: 'Bauvoranfrage digital einreichen', uri: portal('bauvoranfrage-stellen'), trustLevel: 'substantial' }],
    officeIds: ['oe-bauordnungsamt'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-10-05T09:30:00Z',
  },
  {
    id: 'abbruch-gebaeude-anzeigen',
    leikaKeys: [],
    name: 'Abbruch eines Gebäudes anzeigen',
    officialName: 'Abbruch baulicher Anlagen Kenntnisgabe',
    summary:
      'Wenn Sie ein Gebäude abreißen möchten, ist das je nach Größe verfahrensfrei oder muss dem Baurechtsamt im Kenntnisgabeverfahren angezeigt werden. Für Kulturdenkmale brauchen Sie zusätzlich eine denkmalschutzrechtliche Genehmigung.',
    synonyms: ['Abriss', 'Abbruch', 'Haus abreißen', 'Rückbau', 'Abbruchanzeige', 'Garage abreißen', 'demolition'],
    descriptionHtml:
      '<p>Der Abbruch kleinerer Anlagen ist nach der Landesbauordnung verfahrensfrei, etwa von Anlagen, deren Errichtung verfahrensfrei wäre, sowie von freistehenden Gebäuden der Gebäudeklassen 1 und 3 und sonstigen Anlagen, die keine Gebäude sind, bis zu einer Höhe von 10 Metern. Der Abbruch anderer Gebäude und Anlagen ist im Kenntnisgabeverfahren anzuzeigen. Für Hochhäuser und bestimmte Sonderbauten ist eine Baugenehmigung erforderlich.</p>' +
      '<p>Auch bei verfahrensfreien Abbrüchen müssen Sie die öffentlich-rechtlichen Vorschriften einhalten. Besonders wichtig sind:</p>' +
      '<ul>' +
      '<li><strong>Abfallrecht:</strong> Bei verfahrenspflichtigen Abbrüchen ist ein Abfallverwertungskonzept vorzulegen. Bauabfälle müssen getrennt und hochwertig verwertet werden.</li>' +
      '<li><strong>Schadstoffe:</strong> Asbest, künstliche Mineralfasern oder teerhaltige Stoffe dürfen nur von Fachbetrieben entfernt werden.</li>' +
      '<li><strong>Artenschutz:</strong> Gebäude können Quartiere von Fledermäusen oder Gebäudebrütern sein. Lassen Sie das vor dem Abbruch prüfen.</li>' +
      '<li><strong>Denkmalschutz:</strong> Für Kulturdenkmale und Gebäude in Gesamtanlagen brauchen Sie eine Genehmigung der Denkmalschutzbehörde.</li>' +
      '</ul>' +
      '<p>Lassen Sie Strom-, Gas-, Wasser- und Abwasseranschlüsse vor dem Abbruch von den Versorgern trennen.</p>',
    requirementsHtml: '<ul><li>Sie sind Eigentümerin oder Eigentümer oder haben deren Zustimmung.</li><li>Für das Gebäude gilt keine Erhaltungssatzung oder die Genehmigung nach der Erhaltungssatzung liegt vor.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Klären Sie mit dem Baurechtsamt, ob der Abbruch verfahrensfrei oder anzeigepflichtig ist.</li>' +
      '<li>Reichen Sie die Unterlagen im Kenntnisgabeverfahren ein, einschließlich Abfallverwertungskonzept.</li>' +
      '<li>Das Baurechtsamt benachrichtigt die Angrenzer und informiert die Abfallrechtsbehörde.</li>' +
      '<li>Beginnen Sie frühestens zwei Wochen (mit Zustimmung aller Angrenzer) oder einen Monat nach Eingang der vollständigen Unterlagen.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(50), max: eur(400), description: 'je nach Größe des abzubrechenden Gebäudes' }],
    requiredDocuments: [
      { name: 'Vordruck „Kenntnisgabeverfahren“ für den Abbruch', required: true },
      { name: 'Lageplan mit Kennzeichnung der abzubrechenden Anlagen', required: true },
      { name: 'Abfallverwertungskonzept', required: true },
      { name: 'Bestätigung einer Fachkraft zur Standsicherheit angrenzender Gebäude', descriptionHtml: '<p>Nur bei angebauten Gebäuden.</p>', required: false },
      { name: 'Artenschutzrechtliche Einschätzung', descriptionHtml: '<p>Nur wenn Hinweise auf Fledermäuse oder Gebäudebrüter vorliegen.</p>', required: false },
    ],
    deadlines: [{ label: 'Wartefrist bis zum Abbruchbeginn', duration: { value: 2, unit: 'week', valueTo: 1, unitTo: 'month' } }],
    processingTime: { duration: { value: 5, unit: 'working-day' } },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/bsbw/document/jlr-BauOBW2010V25P50', title: '§ 50 Abs. 3 Landesbauordnung für Baden-Württemberg (LBO) – verfahrensfreier Abbruch' },
      { uri: 'https://www.landesrecht-bw.de/bsbw/document/jlr-BauOBW2010V25P51', title: '§ 51 Abs. 3 Landesbauordnung für Baden-Württemberg (LBO) – Kenntnisgabeverfahren für den Abbruch' },
      { uri: LKREIWIG, title: '§ 3 Abs. 4 Landes-Kreislaufwirtschaftsgesetz (LKreiWiG) – Abfallverwertungskonzept' },
      { uri: 'https://www.gesetze-im-internet.de/bnatschg_2009/__44.html', title: '§ 44 Bundesnaturschutzgesetz (BNatSchG) – Artenschutz' },
    ],
    appealHtml: '<p>Gegen eine Untersagung des Abbruchs oder den Gebührenbescheid können Sie innerhalb eines Monats Widerspruch einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Abbruch digital anzeigen', uri: portal('abbruch-gebaeude-anzeigen'), trustLevel: 'substantial' }],
    officeIds: ['oe-bauordnungsamt'],
    lifeSituations: ['1050000', '2050000', '2130000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-10-05T09:30:00Z',
  },
  {
    id: 'baulastenauskunft-beantragen',
    leikaKeys: [],
    name: 'Auskunft aus dem Baulastenverzeichnis beantragen',
    officialName: 'Baulastenverzeichnis Auskunft',
    summary:
      'Eine Baulast ist eine öffentlich-rechtliche Verpflichtung einer Grundstückseigentümerin oder eines Grundstückseigentümers gegenüber der Baurechtsbehörde. Ob auf einem Grundstück Baulasten eingetragen sind, erfahren Sie durch eine Auskunft aus dem Baulastenverzeichnis.',
    synonyms: ['Baulast', 'Baulastenauskunft', 'Baulastenverzeichnis', 'Negativbescheinigung Baulast', 'Abstandsflächenbaulast', 'Grundstückskauf Auskunft', 'easement register extract'],
    descriptionHtml:
      '<p>Mit einer Baulast übernimmt eine Grundstückseigentümerin oder ein Grundstückseigentümer freiwillig Verpflichtungen zu einem Tun, Dulden oder Unterlassen, die sich nicht schon aus dem Baurecht ergeben. Typische Baulasten sind Abstandsflächenbaulasten, Stellplatzbaulasten, Zufahrts- und Leitungsbaulasten oder die Vereinigung mehrerer Grundstücke. Baulasten stehen nicht im Grundbuch, sondern im Baulastenverzeichnis des Baurechtsamts.</p>' +
      '<p>Eine Auskunft ist vor allem vor dem Kauf eines Grundstücks, bei der Planung eines Bauvorhabens oder für eine Beleihung durch die Bank wichtig. Ist keine Baulast eingetragen, erhalten Sie eine Negativbescheinigung.</p>' +
      '<p>Einsicht und Auskunft erhält, wer ein berechtigtes Interesse darlegt. Eigentümerinnen und Eigentümer haben immer ein berechtigtes Interesse; andere Personen brauchen deren Vollmacht oder müssen das Interesse anderweitig nachweisen, zum Beispiel als Notarin oder Notar.</p>',
    requirementsHtml: '<ul><li>Sie haben ein berechtigtes Interesse, zum Beispiel als Eigentümerin oder Eigentümer, Kaufinteressentin oder Kaufinteressent mit Vollmacht, Notarin oder Notar, Entwurfsverfasserin oder Entwurfsverfasser.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Stellen Sie den Antrag online oder schriftlich und geben Sie Gemarkung, Flurstücksnummer und Adresse an.</li>' +
      '<li>Fügen Sie gegebenenfalls die Vollmacht der Eigentümerin oder des Eigentümers bei.</li>' +
      '<li>Sie erhalten die Auskunft mit Kopien der Baulastenblätter oder eine Negativbescheinigung und einen Gebührenbescheid.</li>' +
      '</ol>',
    costs: [
      { kind: 'fixed', amount: eur(30), description: 'Auskunft mit Auszug je Flurstück' },
      { kind: 'fixed', amount: eur(25), description: 'Negativbescheinigung je Flurstück' },
    ],
    costsNoteHtml: '<p>Die Einsicht in das Baulastenverzeichnis vor Ort ist gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Angabe von Gemarkung und Flurstücksnummer oder Adresse', required: true },
      { name: 'Vollmacht der Eigentümerin oder des Eigentümers', descriptionHtml: '<p>Nur wenn Sie nicht selbst Eigentümerin oder Eigentümer sind.</p>', required: false },
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei persönlicher Einsichtnahme.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 } },
    legalBasis: [
      { uri: LBO, title: '§§ 71 und 72 Landesbauordnung für Baden-Württemberg (LBO) – Baulasten und Baulastenverzeichnis' },
      GEBUEHRENSATZUNG,
    ],
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Baulastenauskunft online beantragen', uri: portal('baulastenauskunft-beantragen'), trustLevel: 'low' }],
    officeIds: ['oe-bauordnungsamt'],
    lifeSituations: ['1050000', '2050000', '2020000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-14T10:00:00Z',
  },
  {
    id: 'liegenschaftskataster-auszug-beantragen',
    leikaKeys: [],
    name: 'Auszug aus dem Liegenschaftskataster beantragen',
    officialName: 'Liegenschaftskataster Auszug',
    summary:
      'Das Liegenschaftskataster beschreibt alle Flurstücke und Gebäude in Musterstadt. Einen amtlichen Auszug wie die Flurkarte oder einen Flurstücks- und Eigentumsnachweis erhalten Sie beim Vermessungsamt.',
    synonyms: ['Flurkarte', 'Lageplan', 'Katasterauszug', 'Flurstücksnachweis', 'Eigentumsnachweis', 'ALKIS', 'Liegenschaftskarte', 'cadastral map'],
    descriptionHtml:
      '<p>Das Liegenschaftskataster ist das amtliche Verzeichnis der Grundstücke im Sinne der Grundbuchordnung. Es besteht aus der Liegenschaftskarte (Flurkarte) und der Liegenschaftsbeschreibung mit Angaben zu Lage, Fläche, Nutzung und Eigentum. Die Stadt Musterstadt führt das Kataster als untere Vermessungsbehörde im Amtlichen Liegenschaftskatasterinformationssystem (ALKIS).</p>' +
      '<p>Häufig gebraucht werden:</p>' +
      '<ul>' +
      '<li>die <strong>Flurkarte</strong> als Grundlage für Bauanträge und Lagepläne,</li>' +
      '<li>der <strong>Flurstücksnachweis</strong> mit Fläche und tatsächlicher Nutzung,</li>' +
      '<li>der <strong>Flurstücks- und Eigentumsnachweis</strong> mit den Eigentümerangaben.</li>' +
      '</ul>' +
      '<p>Flurkarte und Flurstücksnachweis ohne Eigentümerangaben erhält jede Person. Angaben zu Eigentümerinnen und Eigentümern gibt es nur für Eigentümerinnen und Eigentümer selbst, ihre Bevollmächtigten oder bei einem berechtigten Interesse.</p>',
    requirementsHtml: '<ul><li>Für Eigentümerangaben: Sie sind Eigentümerin oder Eigentümer, bevollmächtigt oder können ein berechtigtes Interesse darlegen.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Bestellen Sie den Auszug online, per E-Mail oder persönlich beim Vermessungsamt.</li>' +
      '<li>Geben Sie Adresse oder Gemarkung und Flurstücksnummer an und wählen Sie Format und Maßstab.</li>' +
      '<li>Sie erhalten den Auszug als PDF oder ausgedruckt, vor Ort sofort.</li>' +
      '</ol>',
    costs: [
      { kind: 'fixed', amount: eur(20), description: 'Flurkarte im Format DIN A4 (digital oder Ausdruck)' },
      { kind: 'fixed', amount: eur(15), description: 'Flurstücksnachweis oder Flurstücks- und Eigentumsnachweis' },
    ],
    costsNoteHtml: '<p>Größere Formate und amtlich beglaubigte Auszüge kosten 30 bis 60 Euro. Für die Bauvorlage brauchen Sie einen amtlichen Lageplan, den eine Öffentlich bestellte Vermessungsingenieurin oder ein Öffentlich bestellter Vermessungsingenieur erstellt.</p>',
    requiredDocuments: [
      { name: 'Adresse oder Gemarkung und Flurstücksnummer', required: true },
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei Abholung von Auszügen mit Eigentümerangaben.</p>', required: false },
      { name: 'Vollmacht oder Nachweis des berechtigten Interesses', descriptionHtml: '<p>Nur für Eigentümerangaben, wenn Sie nicht selbst Eigentümerin oder Eigentümer sind.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'working-day', valueTo: 3 }, descriptionHtml: '<p>Vor Ort sofort, online in der Regel innerhalb von drei Arbeitstagen.</p>' },
    legalBasis: [
      { uri: ortsrecht('gebuehrensatzung-vermessung'), title: 'Satzung über die Gebühren für Leistungen der unteren Vermessungsbehörde der Stadt Musterstadt' },
      { uri: 'https://www.gesetze-im-internet.de/gbo/__2.html', title: '§ 2 Grundbuchordnung (GBO) – Liegenschaftskataster als amtliches Verzeichnis' },
    ],
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.lgl-bw.de', title: 'Landesamt für Geoinformation und Landentwicklung Baden-Württemberg' }],
    onlineServices: [{ title: 'Auszug aus dem Liegenschaftskataster online bestellen', uri: portal('liegenschaftskataster-auszug-beantragen'), trustLevel: 'low' }],
    appointmentUrl: termin('liegenschaftskataster-auszug-beantragen'),
    officeIds: ['oe-vermessung'],
    lifeSituations: ['2020000', '1050000', '2050000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-14T10:00:00Z',
  },
  {
    id: 'baumfaellung-genehmigung-beantragen',
    leikaKeys: [],
    name: 'Genehmigung zum Fällen eines Baumes beantragen',
    officialName: 'Baumschutz Fällgenehmigung Erteilung',
    summary:
      'Bäume ab einem Stammumfang von 80 Zentimetern sind in Musterstadt durch die Baumschutzsatzung geschützt. Wenn Sie einen solchen Baum fällen oder stark zurückschneiden möchten, brauchen Sie eine Genehmigung des Umweltamts.',
    synonyms: ['Baum fällen', 'Baumfällung', 'Baumschutzsatzung', 'Fällgenehmigung', 'Baum entfernen', 'Baumschnitt', 'tree felling permit'],
    descriptionHtml:
      '<p>Die Baumschutzsatzung der Stadt Musterstadt schützt innerhalb der im Zusammenhang bebauten Ortsteile und im Geltungsbereich von Bebauungsplänen alle Laub- und Nadelbäume mit einem Stammumfang von mindestens 80 Zentimetern, gemessen in einem Meter Höhe. Bei mehrstämmigen Bäumen genügt es, wenn ein Stamm mindestens 50 Zentimeter Umfang hat. Obstbäume sind ausgenommen, nicht jedoch Walnussbäume und Esskastanien.</p>' +
      '<p>Eine Genehmigung wird erteilt, wenn zum Beispiel der Baum krank ist und nicht erhalten werden kann, von ihm eine Gefahr ausgeht, ein zulässiges Bauvorhaben sonst nicht verwirklicht werden kann oder die Nutzung des Grundstücks unzumutbar beeinträchtigt wird. In der Regel wird eine Ersatzpflanzung auf dem Grundstück auferlegt; ist das nicht möglich, zahlen Sie eine Ausgleichsabgabe.</p>' +
      '<p>Unabhängig von der Satzung gilt bundesweit: Vom 1. März bis zum 30. September dürfen Bäume außerhalb des Waldes und von gärtnerisch genutzten Grundflächen grundsätzlich nicht gefällt werden. Schonende Form- und Pflegeschnitte sind erlaubt. Auch außerhalb dieser Zeit dürfen Fortpflanzungs- und Ruhestätten geschützter Tiere wie Vogelnester oder Fledermausquartiere nicht zerstört werden.</p>',
    requirementsHtml: '<ul><li>Sie sind Eigentümerin oder Eigentümer des Grundstücks oder haben deren Zustimmung.</li><li>Es liegt ein Grund für eine Genehmigung nach der Baumschutzsatzung vor.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Stellen Sie den Antrag online mit Lageplan und Fotos des Baumes.</li>' +
      '<li>Das Umweltamt besichtigt den Baum bei Bedarf vor Ort.</li>' +
      '<li>Sie erhalten einen Bescheid mit Auflagen, zum Beispiel zur Ersatzpflanzung und zum Fällzeitpunkt.</li>' +
      '<li>Pflanzen Sie den Ersatzbaum innerhalb der im Bescheid genannten Frist und melden Sie die Pflanzung.</li>' +
      '</ol>' +
      '<p>Bei unmittelbarer Gefahr, etwa nach einem Sturm, dürfen Sie den Baum sofort fällen oder sichern lassen. Dokumentieren Sie den Zustand mit Fotos und zeigen Sie die Fällung unverzüglich beim Umweltamt an.</p>',
    costs: [{ kind: 'variable', min: eur(40), max: eur(150), description: 'je nach Anzahl der Bäume und Prüfaufwand' }],
    costsNoteHtml: '<p>Die Ausgleichsabgabe für einen nicht möglichen Ersatz beträgt je nach Stammumfang 500 bis 2.500 Euro je Baum. Für die Fällung bei Gefahr im Verzug wird keine Gebühr erhoben.</p>',
    requiredDocuments: [
      { name: 'Lageplan mit Standort des Baumes', required: true },
      { name: 'Fotos des Baumes und Angabe von Baumart und Stammumfang', required: true },
      { name: 'Begründung des Antrags', required: true },
      { name: 'Baumgutachten', descriptionHtml: '<p>Nur wenn Sie Krankheit oder mangelnde Standsicherheit geltend machen und diese nicht offensichtlich sind.</p>', required: false },
      { name: 'Zustimmung der Eigentümerin oder des Eigentümers', descriptionHtml: '<p>Nur wenn Sie nicht selbst Eigentümerin oder Eigentümer sind, zum Beispiel als Mieterin oder Mieter.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Fällverbot in der Vegetationsperiode',
        descriptionHtml: '<p>Vom 1. März bis zum 30. September dürfen Bäume grundsätzlich nicht gefällt werden. Stellen Sie den Antrag daher möglichst bis Ende Januar.</p>',
      },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: ortsrecht('baumschutzsatzung'), title: 'Satzung zum Schutz von Bäumen (Baumschutzsatzung) der Stadt Musterstadt' },
      { uri: 'https://www.gesetze-im-internet.de/bnatschg_2009/__29.html', title: '§ 29 Bundesnaturschutzgesetz (BNatSchG) – Geschützte Landschaftsbestandteile' },
      { uri: 'https://www.gesetze-im-internet.de/bnatschg_2009/__39.html', title: '§ 39 Abs. 5 Bundesnaturschutzgesetz (BNatSchG) – Schnitt- und Fällverbot' },
      { uri: 'https://www.gesetze-im-internet.de/bnatschg_2009/__44.html', title: '§ 44 Bundesnaturschutzgesetz (BNatSchG) – Artenschutz' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Baumfällung online beantragen', uri: portal('baumfaellung-genehmigung-beantragen'), trustLevel: 'low' }],
    officeIds: ['oe-umweltamt'],
    lifeSituations: ['1170000', '1050000'],
    categories: ['umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-12T08:15:00Z',
  },
  {
    id: 'denkmalschutz-genehmigung-beantragen',
    leikaKeys: [],
    name: 'Denkmalschutzrechtliche Genehmigung beantragen',
    officialName: 'Denkmalschutzrechtliche Genehmigung Erteilung',
    summary:
      'Wenn Sie ein Kulturdenkmal verändern, instand setzen, mit einer Solaranlage ausstatten oder abbrechen möchten, brauchen Sie eine Genehmigung der unteren Denkmalschutzbehörde. Das gilt auch für Vorhaben in der Umgebung eines Denkmals und in Gesamtanlagen.',
    synonyms: ['Denkmalschutz', 'Kulturdenkmal', 'denkmalgeschütztes Haus', 'Denkmal sanieren', 'Altstadt Gesamtanlage', 'Solaranlage Denkmal', 'Denkmal-AfA', 'listed building consent'],
    descriptionHtml:
      '<p>Kulturdenkmale sind Sachen, an deren Erhaltung aus wissenschaftlichen, künstlerischen oder heimatgeschichtlichen Gründen ein öffentliches Interesse besteht. In Musterstadt sind das zum Beispiel zahlreiche Gebäude der Altstadt, das Rathaus, Kirchen, historische Brücken und Grabmale. Die Altstadt ist außerdem als Gesamtanlage geschützt.</p>' +
      '<p>Eine Genehmigung brauchen Sie, wenn ein Kulturdenkmal zerstört, beseitigt, in seinem Erscheinungsbild beeinträchtigt oder aus seiner Umgebung entfernt werden soll. Das betrifft etwa den Austausch von Fenstern und Türen, neue Dacheindeckungen, Fassadenanstriche, Werbeanlagen, Innenumbauten bei eingetragenen Kulturdenkmalen und Solaranlagen. Erneuerbare Energien haben dabei nach dem Denkmalschutzgesetz besonderes Gewicht; Photovoltaik- und Solarthermieanlagen werden in der Regel genehmigt, wenn sie das Denkmal nicht erheblich beeinträchtigen.</p>' +
      '<p>Ist für Ihr Vorhaben eine Baugenehmigung nötig, ersetzt die Zustimmung der Denkmalschutzbehörde im Baugenehmigungsverfahren die eigene Genehmigung. Die untere Denkmalschutzbehörde entscheidet nach Anhörung des Landesamts für Denkmalpflege.</p>' +
      '<p>Für Baumaßnahmen an Denkmalen können Sie Zuschüsse des Landes und erhöhte steuerliche Abschreibungen erhalten. Voraussetzung ist, dass Sie die Maßnahmen vor Beginn mit der Denkmalschutzbehörde abstimmen.</p>',
    requirementsHtml: '<ul><li>Sie sind Eigentümerin oder Eigentümer oder Besitzerin oder Besitzer des Kulturdenkmals oder haben deren Zustimmung.</li><li>Die Maßnahme ist mit den Belangen des Denkmalschutzes vereinbar oder überwiegende Gründe sprechen für sie.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Fragen Sie bei der unteren Denkmalschutzbehörde, ob Ihr Gebäude ein Kulturdenkmal ist, und lassen Sie sich frühzeitig beraten.</li>' +
      '<li>Stellen Sie den Antrag mit Beschreibung, Plänen, Fotos und gegebenenfalls Materialmustern.</li>' +
      '<li>Die Behörde hört das Landesamt für Denkmalpflege an; häufig findet ein gemeinsamer Ortstermin statt.</li>' +
      '<li>Sie erhalten die Genehmigung mit Nebenbestimmungen, zum Beispiel zur Ausführung oder Dokumentation.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(0), max: eur(500), description: 'nach Aufwand; einfache Instandsetzungen sind gebührenfrei' }],
    requiredDocuments: [
      { name: 'Antragsformular mit Beschreibung der Maßnahme', required: true },
      { name: 'Fotos des Bestands', required: true },
      { name: 'Pläne, Ansichten oder Detailzeichnungen', descriptionHtml: '<p>Je nach Maßnahme, zum Beispiel Fensterdetails im Maßstab 1:10.</p>', required: true },
      { name: 'Angaben zu Materialien und Farben, gegebenenfalls Muster', required: false },
      { name: 'Restauratorische Untersuchung', descriptionHtml: '<p>Nur wenn die Behörde sie verlangt.</p>', required: false },
    ],
    deadlines: [
      { label: 'Vor Beginn der Maßnahme', descriptionHtml: '<p>Die Genehmigung muss vor Beginn der Arbeiten vorliegen. Für steuerliche Vergünstigungen müssen die Maßnahmen vorher abgestimmt sein.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: DSCHG, title: '§§ 2, 7, 8, 15 und 19 Denkmalschutzgesetz Baden-Württemberg (DSchG) – Genehmigungspflicht, eingetragene Kulturdenkmale, Gesamtanlagen' },
      { uri: 'https://www.gesetze-im-internet.de/estg/__7i.html', title: '§ 7i Einkommensteuergesetz (EStG) – Erhöhte Absetzungen bei Baudenkmalen' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.denkmalpflege-bw.de', title: 'Landesamt für Denkmalpflege Baden-Württemberg' }],
    onlineServices: [{ title: 'Denkmalschutzrechtliche Genehmigung online beantragen', uri: portal('denkmalschutz-genehmigung-beantragen'), trustLevel: 'substantial' }],
    officeIds: ['oe-denkmalschutz'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-20T14:00:00Z',
  },
  // ------------------------------------------------------- Abfall, Umwelt
  {
    id: 'sperrmuell-anmelden',
    leikaKeys: [],
    name: 'Sperrmüll anmelden',
    officialName: 'Sperrmüll Abholung',
    summary:
      'Große Haushaltsgegenstände wie Möbel, Matratzen oder Teppiche holt die Abfallwirtschaft Musterstadt auf Anmeldung bei Ihnen ab. Zwei Abholungen im Jahr sind für jeden Haushalt in der Abfallgebühr enthalten.',
    synonyms: ['Sperrmüll', 'Sperrmüllabholung', 'Möbel entsorgen', 'Sperrgut', 'Matratze entsorgen', 'Sofa entsorgen', 'Elektrogroßgeräte', 'bulky waste collection'],
    descriptionHtml:
      '<p>Sperrmüll sind Gegenstände aus Privathaushalten, die wegen ihrer Größe oder ihres Gewichts nicht in die Restmülltonne passen, zum Beispiel Möbel, Matratzen, Teppiche, Fahrräder, Kinderwagen oder Gartenmöbel. Jeder Haushalt kann zweimal im Kalenderjahr bis zu je 4 Kubikmeter Sperrmüll kostenlos abholen lassen.</p>' +
      '<p>Elektrogroßgeräte wie Kühlschränke, Waschmaschinen, Herde oder Fernseher werden getrennt vom Sperrmüll abgeholt. Geben Sie sie bei der Anmeldung gesondert an. Kleinere Mengen können Sie auch jederzeit kostenlos an den Wertstoffhöfen abgeben.</p>' +
      '<p><strong>Nicht</strong> zum Sperrmüll gehören Bauschutt und Renovierungsabfälle (zum Beispiel Fenster, Türen, Sanitärkeramik, Tapeten), Altreifen, Autoteile, Schadstoffe, Farbeimer und Gewerbeabfälle. Diese Abfälle nehmen die Wertstoffhöfe oder die Schadstoffannahme gegen Gebühr oder kostenlos an.</p>' +
      '<p>Möchten Sie einen früheren Termin, ist gegen Gebühr eine Expressabholung innerhalb von fünf Arbeitstagen möglich. Gut erhaltene Möbel können Sie stattdessen der Gebrauchtwarenbörse oder dem Sozialkaufhaus spenden.</p>',
    requirementsHtml: '<ul><li>Der Sperrmüll stammt aus einem privaten Haushalt in Musterstadt.</li><li>Das Grundstück ist an die städtische Abfallentsorgung angeschlossen.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Melden Sie den Sperrmüll online, telefonisch oder mit der Sperrmüllkarte aus dem Abfallkalender an. Geben Sie die Gegenstände und die ungefähre Menge an.</li>' +
      '<li>Sie erhalten innerhalb von zwei Arbeitstagen eine Bestätigung mit dem Abholtermin, in der Regel zwei bis vier Wochen nach der Anmeldung.</li>' +
      '<li>Stellen Sie den Sperrmüll frühestens am Vorabend, spätestens um 6 Uhr am Abholtag gut zugänglich an den Straßenrand. Gehwege und Zufahrten müssen frei bleiben.</li>' +
      '<li>Nicht angemeldete oder nicht zugelassene Gegenstände bleiben stehen und müssen von Ihnen entfernt werden.</li>' +
      '</ol>',
    costs: [
      { kind: 'free', description: 'Zwei Abholungen je Haushalt und Jahr bis je 4 Kubikmeter sind mit der Abfallgebühr abgegolten.' },
      { kind: 'fixed', amount: eur(50), description: 'jede weitere Abholung bis 4 Kubikmeter' },
      { kind: 'fixed', amount: eur(80), description: 'Expressabholung innerhalb von fünf Arbeitstagen' },
    ],
    requiredDocuments: [
      { name: 'Anschrift des Abholortes und Kontaktdaten', required: true },
      { name: 'Liste der Gegenstände mit ungefährer Menge', required: true },
    ],
    deadlines: [{ label: 'Bereitstellung', descriptionHtml: '<p>Frühestens am Abend vor dem Abholtag, spätestens um 6 Uhr am Abholtag.</p>' }],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 }, descriptionHtml: '<p>Zeit bis zum Abholtermin; Expressabholung innerhalb von fünf Arbeitstagen.</p>' },
    legalBasis: [{ uri: 'https://www.gesetze-im-internet.de/krwg/__17.html', title: '§ 17 Kreislaufwirtschaftsgesetz (KrWG) – Überlassungspflichten' }, ABFALLSATZUNG],
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/abfallkalender', title: 'Abfallkalender und Wertstoffhöfe in Musterstadt' }],
    onlineServices: [{ title: 'Sperrmüll online anmelden', uri: portal('sperrmuell-anmelden'), trustLevel: 'none' }],
    officeIds: ['oe-abfallwirtschaft'],
    lifeSituations: ['1170000', '1050000'],
    categories: ['umwelt-abfall'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-02T07:30:00Z',
  },
  {
    id: 'abfallbehaelter-bestellen-aendern',
    leikaKeys: [],
    name: 'Abfallbehälter bestellen, tauschen oder abmelden (Mülltonne)',
    officialName: 'Abfallbehälter Bereitstellung',
    summary:
      'Für jedes bewohnte oder gewerblich genutzte Grundstück in Musterstadt müssen Abfallbehälter vorhanden sein. Eigentümerinnen und Eigentümer oder Hausverwaltungen bestellen hier Restmüll-, Bio- und Papiertonnen, tauschen die Größe oder melden Behälter ab.',
    synonyms: ['Mülltonne', 'Restmülltonne', 'Biotonne', 'Papiertonne', 'Tonne tauschen', 'Tonne beschädigt', 'Abfallgebühren', 'waste bin'],
    descriptionHtml:
      '<p>Jedes Grundstück, auf dem Abfälle aus privaten Haushalten anfallen, ist an die öffentliche Abfallentsorgung angeschlossen. Die Stadt stellt die Behälter; sie bleiben Eigentum der Stadt. Es gibt folgende Behälter:</p>' +
      '<ul>' +
      '<li>Restmüll: 60, 120, 240 und 1.100 Liter, Leerung alle zwei Wochen, auf Antrag wöchentlich,</li>' +
      '<li>Biotonne: 60 und 120 Liter, wöchentliche Leerung von April bis Oktober, sonst alle zwei Wochen,</li>' +
      '<li>Papiertonne: 240 und 1.100 Liter, Leerung alle vier Wochen.</li>' +
      '</ul>' +
      '<p>Das Mindestvolumen für Restmüll beträgt 10 Liter je Person und Woche. Die Abfallgebühr richtet sich nach Größe und Leerungsrhythmus der Restmülltonne; Bio- und Papiertonne sind darin enthalten. Die Gebühren werden mit dem Grundbesitzabgabenbescheid erhoben.</p>' +
      '<p>Gelbe Säcke für Verpackungen erhalten Sie kostenlos in den Bürgerbüros und vielen Geschäften. Einen beschädigten oder gestohlenen Behälter ersetzt die Abfallwirtschaft; melden Sie den Schaden einfach online.</p>',
    requirementsHtml: '<ul><li>Sie sind Eigentümerin oder Eigentümer, Erbbauberechtigte oder Erbbauberechtigter oder Verwalterin oder Verwalter des Grundstücks.</li><li>Mieterinnen und Mieter wenden sich bitte an ihre Vermieterin oder ihren Vermieter.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Bestellen, tauschen oder melden Sie Behälter online oder mit dem Formular bei der Abfallwirtschaft ab.</li>' +
      '<li>Geben Sie Grundstücksadresse, Anzahl der Bewohnerinnen und Bewohner und die gewünschten Behälter an.</li>' +
      '<li>Die Behälter werden innerhalb von zwei Wochen geliefert oder getauscht. Sie erhalten einen geänderten Gebührenbescheid.</li>' +
      '</ol>',
    costs: [
      { kind: 'fixed', amount: eur(216), description: 'Jahresgebühr für eine 120-Liter-Restmülltonne mit zweiwöchentlicher Leerung (einschließlich Bio- und Papiertonne)' },
      { kind: 'fixed', amount: eur(25), description: 'Tausch der Behältergröße (der erste Tausch im Kalenderjahr ist kostenlos)' },
    ],
    costsNoteHtml: '<p>Die Jahresgebühren für alle Behältergrößen finden Sie in der Abfallgebührensatzung. Die Lieferung neuer Behälter bei Neubau und der Ersatz beschädigter Behälter sind kostenlos.</p>',
    requiredDocuments: [
      { name: 'Grundstücksadresse und Kassenzeichen', required: true },
      { name: 'Anzahl der Personen und Wohnungen auf dem Grundstück', required: true },
      { name: 'Vollmacht', descriptionHtml: '<p>Nur für Hausverwaltungen ohne hinterlegte Vollmacht.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anzeigepflicht', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Einen Eigentümerwechsel oder eine Änderung der Personenzahl müssen Sie innerhalb eines Monats mitteilen.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week' } },
    legalBasis: [
      ABFALLSATZUNG,
      { uri: ortsrecht('abfallgebuehrensatzung'), title: 'Abfallgebührensatzung der Stadt Musterstadt' },
      { uri: KAG, title: '§ 18 Kommunalabgabengesetz Baden-Württemberg (KAG) – Gebühren für die Benutzung der öffentlichen Abfallentsorgung' },
    ],
    appealHtml: WIDERSPRUCH_ABGABEN,
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/abfallkalender', title: 'Abfallkalender mit allen Leerungsterminen' }],
    onlineServices: [{ title: 'Abfallbehälter online bestellen oder ändern', uri: portal('abfallbehaelter-bestellen-aendern'), trustLevel: 'low' }],
    officeIds: ['oe-abfallwirtschaft'],
    lifeSituations: ['1050000', '2130000'],
    categories: ['umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-02T07:30:00Z',
  },
  {
    id: 'gruenschnitt-bioabfall-entsorgen',
    leikaKeys: [],
    name: 'Grünschnitt und Bioabfall entsorgen',
    officialName: 'Bioabfall und Grünschnitt Entsorgung',
    summary:
      'Küchen- und Gartenabfälle gehören in die Biotonne. Größere Mengen Baum- und Strauchschnitt, Rasenschnitt und Laub können Sie kostenlos an den Grüngutplätzen abgeben oder bei der Grünschnittsammlung bereitstellen.',
    synonyms: ['Grüngut', 'Grünschnitt', 'Biotonne', 'Gartenabfälle', 'Laub entsorgen', 'Astschnitt', 'Weihnachtsbaum', 'garden waste'],
    descriptionHtml:
      '<p>Bioabfälle werden in Musterstadt getrennt gesammelt und in der Vergärungsanlage zu Biogas und Kompost verarbeitet. In die <strong>Biotonne</strong> gehören Obst- und Gemüsereste, Kaffeesatz, Eierschalen, gekochte Speisereste in kleinen Mengen, Blumen und kleinere Gartenabfälle. Plastiktüten, auch sogenannte kompostierbare Tüten, gehören nicht hinein; verwenden Sie Papiertüten oder Zeitungspapier.</p>' +
      '<p>Für größere Mengen Gartenabfälle gibt es drei <strong>Grüngutplätze</strong> (Nord, Süd und am Wertstoffhof West). Dort können Privathaushalte Baum- und Strauchschnitt bis 15 Zentimeter Durchmesser, Rasenschnitt, Laub und Pflanzenreste bis 2 Kubikmeter je Anlieferung kostenlos abgeben. Im Frühjahr und Herbst findet außerdem eine <strong>Grünschnittsammlung</strong> an der Straße statt; die Termine stehen im Abfallkalender.</p>' +
      '<p>Ausgediente Weihnachtsbäume werden in der zweiten und dritten Januarwoche am Tag der Biotonnenleerung abgeholt. Das Verbrennen von Gartenabfällen ist in Musterstadt nicht erlaubt.</p>',
    requirementsHtml: '<ul><li>Die Abfälle stammen aus einem Privathaushalt oder Hausgarten in Musterstadt.</li><li>Gewerbliche Anlieferungen, zum Beispiel von Garten- und Landschaftsbaubetrieben, sind gegen Gebühr am Wertstoffhof West möglich.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Nutzen Sie für kleine Mengen die Biotonne. Sie wird mit der Abfallgebühr abgerechnet.</li>' +
      '<li>Bringen Sie größere Mengen zu den Öffnungszeiten zu einem Grüngutplatz. Eine Anmeldung ist nicht nötig.</li>' +
      '<li>Für die Grünschnittsammlung bündeln Sie Äste (höchstens 1,50 Meter lang) und stellen Laub in Papiersäcken am Sammeltag bis 6 Uhr bereit.</li>' +
      '</ol>',
    costs: [
      { kind: 'free', description: 'Anlieferung haushaltsüblicher Mengen bis 2 Kubikmeter an den Grüngutplätzen' },
      { kind: 'fixed', amount: eur(15), description: 'je angefangenem Kubikmeter für gewerbliche Anlieferungen' },
    ],
    requiredDocuments: [
      { name: 'Keine Unterlagen erforderlich', descriptionHtml: '<p>Bei Anlieferung am Grüngutplatz genügt die Angabe Ihrer Anschrift in Musterstadt.</p>', required: false },
      { name: 'Lieferschein oder Gewerbenachweis', descriptionHtml: '<p>Nur bei gewerblichen Anlieferungen.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Sofort bei Anlieferung.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/krwg/__20.html', title: '§ 20 Kreislaufwirtschaftsgesetz (KrWG) – Pflichten der öffentlich-rechtlichen Entsorgungsträger, getrennte Sammlung von Bioabfällen' },
      ABFALLSATZUNG,
    ],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: false, online: false }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/abfallkalender', title: 'Abfallkalender, Grüngutplätze und Öffnungszeiten' }],
    onlineServices: [],
    officeIds: ['oe-abfallwirtschaft'],
    lifeSituations: ['1170000'],
    categories: ['umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-02T07:30:00Z',
  },
  {
    id: 'schadstoffe-entsorgen',
    leikaKeys: [],
    name: 'Schadstoffe entsorgen (Schadstoffmobil)',
    officialName: 'Schadstoffsammlung Entsorgung',
    summary:
      'Farben, Lösemittel, Pflanzenschutzmittel, Batterien und andere schadstoffhaltige Abfälle aus Haushalten nimmt das Schadstoffmobil an festen Terminen in den Stadtteilen kostenlos an. Außerdem gibt es eine ständige Annahmestelle am Wertstoffhof West.',
    synonyms: ['Schadstoffmobil', 'Sondermüll', 'Giftmüll', 'Farbreste', 'Problemstoffe', 'Chemikalien entsorgen', 'Energiesparlampe entsorgen', 'hazardous waste'],
    descriptionHtml:
      '<p>Schadstoffhaltige Abfälle dürfen nicht in die Restmülltonne, in den Ausguss oder in die Toilette. Sie gefährden Gesundheit und Umwelt und werden deshalb getrennt gesammelt und fachgerecht entsorgt.</p>' +
      '<p>Am Schadstoffmobil und an der Annahmestelle werden zum Beispiel angenommen: flüssige Farben und Lacke, Lösemittel und Verdünner, Holzschutzmittel, Pflanzenschutz- und Schädlingsbekämpfungsmittel, Säuren und Laugen, Reinigungsmittel, Spraydosen mit Restinhalt, Quecksilberthermometer, Energiesparlampen und Leuchtstoffröhren, Batterien und Akkus sowie Feuerlöscher.</p>' +
      '<p>Nicht angenommen werden ausgehärtete Farbreste (Restmüll), Altöl (Rücknahme im Handel), Medikamente (Restmüll), Asbest und Dämmstoffe (Entsorgung über Fachbetriebe und Wertstoffhof West nach Anmeldung) sowie Munition und Sprengstoffe (Polizei).</p>' +
      '<p>Die Termine des Schadstoffmobils finden Sie im Abfallkalender und in der Abfall-App. Geben Sie die Stoffe persönlich beim Personal ab und stellen Sie sie niemals unbeaufsichtigt ab.</p>',
    requirementsHtml: '<ul><li>Die Abfälle stammen aus einem Privathaushalt in Musterstadt.</li><li>Gewerbebetriebe können Kleinmengen nach vorheriger Anmeldung an der Annahmestelle abgeben.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Suchen Sie im Abfallkalender einen Termin des Schadstoffmobils oder kommen Sie zu den Öffnungszeiten zur Annahmestelle am Wertstoffhof West.</li>' +
      '<li>Bringen Sie die Stoffe möglichst in der Originalverpackung, gut verschlossen und nicht gemischt.</li>' +
      '<li>Übergeben Sie die Stoffe persönlich an das Fachpersonal.</li>' +
      '</ol>',
    costs: [
      { kind: 'free', description: 'für Privathaushalte bis 20 Kilogramm oder Liter je Anlieferung' },
      { kind: 'variable', min: eur(10), max: eur(250), description: 'für gewerbliche Kleinmengen je nach Art und Menge' },
    ],
    requiredDocuments: [
      { name: 'Stoffe in Originalverpackung oder beschriftetem Behälter', required: true },
      { name: 'Anmeldung und Entsorgungsnachweis', descriptionHtml: '<p>Nur für gewerbliche Anlieferungen.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Sofort bei Abgabe.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/krwg/__17.html', title: '§ 17 Kreislaufwirtschaftsgesetz (KrWG) – Überlassungspflichten' },
      { uri: 'https://www.gesetze-im-internet.de/krwg/__9.html', title: '§ 9 Kreislaufwirtschaftsgesetz (KrWG) – Getrennthaltung von Abfällen' },
      ABFALLSATZUNG,
    ],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/abfallkalender', title: 'Termine des Schadstoffmobils' }],
    onlineServices: [],
    officeIds: ['oe-abfallwirtschaft'],
    lifeSituations: ['1170000', '2130000'],
    categories: ['umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-02T07:30:00Z',
  },
  {
    id: 'illegale-muellablagerung-melden',
    leikaKeys: [],
    name: 'Illegale Müllablagerung melden',
    officialName: 'Illegale Abfallablagerung Meldung',
    summary:
      'Wenn Sie wilden Müll im Wald, in Grünanlagen, an Containerstandorten oder am Straßenrand entdecken, können Sie das der Stadt online, per App oder telefonisch melden. Die Stadt lässt den Abfall beseitigen und verfolgt die Verursacher.',
    synonyms: ['wilder Müll', 'Müll melden', 'illegale Entsorgung', 'Mängelmelder', 'Sperrmüll abgestellt', 'Müllsünder', 'Dreckecke', 'report illegal dumping'],
    descriptionHtml:
      '<p>Abfälle dürfen nur in den dafür vorgesehenen Behältern und Anlagen entsorgt werden. Wer Müll in der Landschaft, auf öffentlichen Flächen oder neben Wertstoffcontainern abstellt, begeht eine Ordnungswidrigkeit. Je nach Art und Menge des Abfalls drohen Bußgelder von mehreren hundert bis zu mehreren tausend Euro, bei gefährlichen Abfällen kann auch eine Straftat vorliegen.</p>' +
      '<p>Mit Ihrer Meldung helfen Sie, dass der Abfall schnell beseitigt wird. Die Abfallwirtschaft entfernt Ablagerungen auf städtischen Flächen in der Regel innerhalb von fünf Arbeitstagen. Liegen Hinweise auf die Verursacherin oder den Verursacher vor, leitet das Ordnungsamt ein Bußgeldverfahren ein; die Kosten der Beseitigung werden ihnen in Rechnung gestellt.</p>' +
      '<p>Liegt der Abfall auf einem privaten Grundstück, ist grundsätzlich die Eigentümerin oder der Eigentümer für die Beseitigung verantwortlich. Bei Fässern, Kanistern oder unbekannten Flüssigkeiten halten Sie bitte Abstand und rufen Sie im Zweifel die Feuerwehr unter 112.</p>',
    requirementsHtml: '<ul><li>Die Ablagerung befindet sich im Stadtgebiet Musterstadt.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Melden Sie die Ablagerung über den Mängelmelder online oder in der App. Markieren Sie den Ort auf der Karte und laden Sie ein Foto hoch.</li>' +
      '<li>Beschreiben Sie kurz Art und Menge des Abfalls und geben Sie, wenn möglich, Hinweise auf die Verursacher.</li>' +
      '<li>Sie erhalten eine Eingangsbestätigung und auf Wunsch eine Nachricht, wenn die Ablagerung beseitigt ist.</li>' +
      '</ol>',
    costs: [{ kind: 'free', description: 'Die Meldung ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Genaue Ortsangabe', descriptionHtml: '<p>Adresse, Markierung auf der Karte oder GPS-Position.</p>', required: true },
      { name: 'Foto der Ablagerung', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 5, unit: 'working-day' }, descriptionHtml: '<p>Ablagerungen auf städtischen Flächen werden in der Regel innerhalb von fünf Arbeitstagen beseitigt.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/krwg/__28.html', title: '§ 28 Kreislaufwirtschaftsgesetz (KrWG) – Ordnung der Abfallbeseitigung' },
      { uri: 'https://www.gesetze-im-internet.de/krwg/__69.html', title: '§ 69 Kreislaufwirtschaftsgesetz (KrWG) – Bußgeldvorschriften' },
      { uri: LKREIWIG, title: '§ 4 Landes-Kreislaufwirtschaftsgesetz (LKreiWiG) – Rechtswidrig entsorgte Abfälle' },
    ],
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Mängelmelder Musterstadt', uri: portal('illegale-muellablagerung-melden'), trustLevel: 'none' }],
    officeIds: ['oe-abfallwirtschaft', 'oe-ordnungsamt'],
    lifeSituations: ['1170000'],
    categories: ['umwelt-abfall', 'ordnung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-04T09:00:00Z',
  },
  {
    id: 'brunnen-erdwaermesonde-anzeigen',
    leikaKeys: [],
    name: 'Brunnen oder Erdwärmesonde anzeigen (wasserrechtliche Erlaubnis)',
    officialName: 'Erdaufschluss Anzeige und wasserrechtliche Erlaubnis Erteilung',
    summary:
      'Bohrungen für einen Gartenbrunnen oder eine Erdwärmesonde greifen in das Grundwasser ein. Sie müssen vor Beginn beim Umweltamt angezeigt werden; für Erdwärmesonden und größere Wasserentnahmen brauchen Sie eine wasserrechtliche Erlaubnis.',
    synonyms: ['Gartenbrunnen', 'Erdwärme', 'Erdwärmesonde', 'Geothermie', 'Wärmepumpe Bohrung', 'Grundwasserbrunnen', 'Brunnenbohrung', 'geothermal borehole'],
    descriptionHtml:
      '<p>Arbeiten, die so tief in den Boden eindringen, dass sie sich auf das Grundwasser auswirken können, sind sogenannte Erdaufschlüsse. Sie müssen spätestens einen Monat vor Beginn bei der unteren Wasserbehörde angezeigt werden. Das gilt für Brunnenbohrungen ebenso wie für Erdwärmesonden.</p>' +
      '<p><strong>Gartenbrunnen:</strong> Wenn Sie Grundwasser nur in geringen Mengen für den eigenen Haushalt oder zur Gartenbewässerung entnehmen, brauchen Sie dafür in der Regel keine Erlaubnis, wohl aber die Anzeige der Bohrung. Für Trinkwasserzwecke gelten zusätzlich die Anforderungen der Trinkwasserverordnung; wenden Sie sich dann an das Gesundheitsamt.</p>' +
      '<p><strong>Erdwärmesonden:</strong> Für Erdwärmesonden, Grundwasserwärmepumpen und Erdwärmekollektoren in Grundwassernähe brauchen Sie eine wasserrechtliche Erlaubnis. Das Umweltamt prüft die Standortbedingungen, zum Beispiel Wasserschutzgebiete, Bohrtiefe und Gesteinsschichten. In den Zonen I und II von Wasserschutzgebieten sind Erdwärmesonden nicht zulässig. Das Informationssystem Oberflächennahe Geothermie (ISONG) des Landesamts für Geologie, Rohstoffe und Bergbau gibt eine erste Einschätzung für Ihren Standort.</p>' +
      '<p>Die Bohrungen dürfen nur von zertifizierten Bohrunternehmen ausgeführt werden. Das Bohrergebnis ist dem Umweltamt und dem Landesamt für Geologie, Rohstoffe und Bergbau mitzuteilen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind Eigentümerin oder Eigentümer des Grundstücks oder haben deren Zustimmung.</li><li>Das Grundstück liegt nicht in einer Zone, in der Bohrungen verboten sind.</li><li>Die Bohrung wird von einem zertifizierten Fachunternehmen ausgeführt.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Prüfen Sie den Standort mit ISONG und lassen Sie sich vom Umweltamt beraten.</li>' +
      '<li>Reichen Sie die Anzeige oder den Antrag auf Erlaubnis mit den Unterlagen des Bohrunternehmens ein.</li>' +
      '<li>Das Umweltamt prüft den Antrag, beteiligt bei Bedarf das Landesamt für Geologie, Rohstoffe und Bergbau und erteilt die Erlaubnis mit Nebenbestimmungen.</li>' +
      '<li>Zeigen Sie den Bohrbeginn an und reichen Sie nach Abschluss den Bohrbericht und die Dokumentation ein.</li>' +
      '</ol>',
    costs: [
      { kind: 'variable', min: eur(50), max: eur(150), description: 'Prüfung der Anzeige eines Gartenbrunnens' },
      { kind: 'variable', min: eur(250), max: eur(1500), description: 'wasserrechtliche Erlaubnis für Erdwärmesonden, je nach Anzahl und Tiefe der Sonden' },
    ],
    requiredDocuments: [
      { name: 'Antragsformular oder Anzeigeformular', required: true },
      { name: 'Lageplan mit Bohrpunkten, Gebäuden, Leitungen und Grundstücksgrenzen', required: true },
      { name: 'Angaben zur geplanten Anlage: Bohrtiefe, Anzahl der Sonden, Wärmeträgerflüssigkeit, Heizleistung', required: true },
      { name: 'Nachweis der Zertifizierung des Bohrunternehmens', required: true },
      { name: 'Zustimmung der Eigentümerin oder des Eigentümers', descriptionHtml: '<p>Nur wenn Sie nicht selbst Eigentümerin oder Eigentümer sind.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anzeigefrist', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Die Anzeige muss spätestens einen Monat vor Beginn der Bohrarbeiten eingehen.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 6 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/whg_2009/__8.html', title: '§ 8 Wasserhaushaltsgesetz (WHG) – Erlaubnis, Bewilligung' },
      { uri: 'https://www.gesetze-im-internet.de/whg_2009/__46.html', title: '§ 46 Wasserhaushaltsgesetz (WHG) – Erlaubnisfreie Benutzungen des Grundwassers' },
      { uri: 'https://www.gesetze-im-internet.de/whg_2009/__49.html', title: '§ 49 Wasserhaushaltsgesetz (WHG) – Erdaufschlüsse' },
      { uri: WG, title: '§ 43 Wassergesetz für Baden-Württemberg (WG) – Erdaufschlüsse, Geothermie' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://isong.lgrb-bw.de', title: 'Informationssystem Oberflächennahe Geothermie für Baden-Württemberg (ISONG)' }],
    onlineServices: [{ title: 'Erdaufschluss online anzeigen', uri: portal('brunnen-erdwaermesonde-anzeigen'), trustLevel: 'substantial' }],
    officeIds: ['oe-umweltamt'],
    lifeSituations: ['1170000', '1050000'],
    categories: ['umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-22T10:45:00Z',
  },
  {
    id: 'heizoeltank-anzeigen',
    leikaKeys: [],
    name: 'Heizöltank anzeigen (Anlage mit wassergefährdenden Stoffen)',
    officialName: 'Anlage zum Umgang mit wassergefährdenden Stoffen Anzeige',
    summary:
      'Wenn Sie einen Heizöltank mit mehr als 1.000 Litern errichten, wesentlich ändern oder stilllegen, müssen Sie das sechs Wochen vorher beim Umweltamt anzeigen. Je nach Größe und Lage muss die Anlage von Sachverständigen geprüft werden.',
    synonyms: ['Heizöltank', 'Öltank', 'Tankanlage', 'AwSV', 'Öltank stilllegen', 'Heizöllagerung', 'Tankprüfung', 'heating oil tank'],
    descriptionHtml:
      '<p>Heizöl ist ein wassergefährdender Stoff. Anlagen, in denen Heizöl gelagert wird, müssen so beschaffen sein und betrieben werden, dass kein Öl in Boden und Grundwasser gelangen kann. Die Anforderungen richten sich nach der Verordnung über Anlagen zum Umgang mit wassergefährdenden Stoffen (AwSV).</p>' +
      '<p>Anzeigepflichtig sind Heizölanlagen mit einem Volumen von mehr als 1.000 Litern (Gefährdungsstufe B und höher). Anzuzeigen sind die Errichtung, wesentliche Änderungen, der Betreiberwechsel und die Stilllegung. Die Anzeige muss sechs Wochen vorher erfolgen.</p>' +
      '<p>Prüfpflichtig durch eine Sachverständige oder einen Sachverständigen nach AwSV sind insbesondere unterirdische Anlagen sowie oberirdische Anlagen ab 10.000 Litern und Anlagen in Wasserschutzgebieten – vor der Inbetriebnahme, wiederkehrend alle fünf Jahre (unterirdisch und in Schutzgebieten zum Teil häufiger) und bei der Stilllegung. Tanks dürfen nur von Fachbetrieben nach Wasserhaushaltsgesetz eingebaut, gereinigt und stillgelegt werden.</p>' +
      '<p>Wenn Sie Ihre Ölheizung durch eine andere Heizung ersetzen, muss der Tank fachgerecht gereinigt und stillgelegt oder ausgebaut werden. Zeigen Sie auch das an.</p>',
    requirementsHtml: '<ul><li>Sie sind Betreiberin oder Betreiber der Anlage, in der Regel die Eigentümerin oder der Eigentümer des Gebäudes.</li><li>Einbau, Reinigung und Stilllegung übernimmt ein Fachbetrieb nach § 62 AwSV.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Füllen Sie das Anzeigeformular aus; Ihr Fachbetrieb unterstützt Sie dabei.</li>' +
      '<li>Reichen Sie die Anzeige mindestens sechs Wochen vor Beginn beim Umweltamt ein.</li>' +
      '<li>Das Umweltamt prüft die Anzeige und kann Auflagen anordnen. Es meldet sich nur, wenn etwas fehlt oder zu ändern ist.</li>' +
      '<li>Lassen Sie prüfpflichtige Anlagen vor der Inbetriebnahme von Sachverständigen prüfen und senden Sie den Prüfbericht an das Umweltamt.</li>' +
      '</ol>',
    costs: [{ kind: 'free', description: 'Die Anzeige ist gebührenfrei. Die Kosten für Fachbetrieb und Sachverständigenprüfung tragen Sie.' }],
    requiredDocuments: [
      { name: 'Anzeigeformular für Anlagen zum Umgang mit wassergefährdenden Stoffen', required: true },
      { name: 'Lageplan mit Standort der Anlage', required: true },
      { name: 'Angaben zu Behältern, Auffangwanne oder Auffangraum und Rohrleitungen mit bauaufsichtlichen Verwendbarkeitsnachweisen', required: true },
      { name: 'Nachweis der Fachbetriebseigenschaft des ausführenden Unternehmens', required: true },
      { name: 'Bescheinigung über die Reinigung', descriptionHtml: '<p>Nur bei Stilllegung.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anzeigefrist', duration: { value: 6, unit: 'week' }, descriptionHtml: '<p>Sechs Wochen vor Errichtung, wesentlicher Änderung oder Stilllegung.</p>' },
      { label: 'Wiederkehrende Prüfung', duration: { value: 5, unit: 'year' }, descriptionHtml: '<p>Prüfpflichtige Anlagen müssen in der Regel alle fünf Jahre von Sachverständigen geprüft werden.</p>' },
    ],
    processingTime: { duration: { value: 6, unit: 'week' }, descriptionHtml: '<p>Meldet sich das Umweltamt nicht innerhalb von sechs Wochen, können Sie mit den Arbeiten beginnen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/whg_2009/__62.html', title: '§ 62 Wasserhaushaltsgesetz (WHG) – Anforderungen an den Umgang mit wassergefährdenden Stoffen' },
      { uri: 'https://www.gesetze-im-internet.de/awsv/__40.html', title: '§ 40 Verordnung über Anlagen zum Umgang mit wassergefährdenden Stoffen (AwSV) – Anzeigepflicht' },
      { uri: 'https://www.gesetze-im-internet.de/awsv/__46.html', title: '§ 46 Verordnung über Anlagen zum Umgang mit wassergefährdenden Stoffen (AwSV) – Überwachungs- und Prüfpflichten' },
      { uri: WG, title: '§ 53 Wassergesetz für Baden-Württemberg (WG) – Umgang mit wassergefährdenden Stoffen' },
    ],
    appealHtml: '<p>Gegen Anordnungen des Umweltamts können Sie innerhalb eines Monats Widerspruch einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Heizöltank online anzeigen', uri: portal('heizoeltank-anzeigen'), trustLevel: 'substantial' }],
    officeIds: ['oe-umweltamt'],
    lifeSituations: ['1170000', '1050000', '2120000'],
    categories: ['umwelt-abfall'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-22T10:45:00Z',
  },
  // ------------------------------------------------ Klimaschutz und Energie
  {
    id: 'foerderung-photovoltaik-balkonkraftwerk',
    leikaKeys: [],
    name: 'Förderung für Photovoltaik und Balkonkraftwerke beantragen',
    officialName: 'Förderprogramm Solarenergie Musterstadt Bewilligung',
    summary:
      'Mit dem Förderprogramm „Sonne für Musterstadt“ bezuschusst die Stadt Steckersolargeräte (Balkonkraftwerke), neue Photovoltaikanlagen auf Dächern und Batteriespeicher von Privatpersonen, Wohnungseigentümergemeinschaften und Vereinen.',
    synonyms: ['Balkonkraftwerk', 'Steckersolargerät', 'Photovoltaik Förderung', 'PV-Zuschuss', 'Solarförderung', 'Batteriespeicher Förderung', 'Mini-PV', 'solar subsidy'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt will bis 2035 klimaneutral werden. Ein wichtiger Baustein ist Solarstrom von den Dächern und Balkonen der Stadt. Deshalb fördert sie:</p>' +
      '<ul>' +
      '<li><strong>Steckersolargeräte (Balkonkraftwerke)</strong> bis 800 Watt Wechselrichterleistung: 50 Prozent der Kosten, höchstens 200 Euro; für Inhaberinnen und Inhaber des Musterstadt-Passes höchstens 400 Euro,</li>' +
      '<li><strong>Photovoltaikanlagen</strong> auf Wohngebäuden: 150 Euro je Kilowatt Peak, höchstens 1.500 Euro je Anlage; auf Mehrfamilienhäusern mit Mieterstrom höchstens 5.000 Euro,</li>' +
      '<li><strong>Batteriespeicher</strong> zusammen mit einer neuen Photovoltaikanlage: 100 Euro je Kilowattstunde Speicherkapazität, höchstens 1.000 Euro.</li>' +
      '</ul>' +
      '<p>Nicht gefördert werden Anlagen, zu deren Errichtung Sie nach dem Klimaschutzgesetz Baden-Württemberg verpflichtet sind (Photovoltaik-Pflicht bei Neubauten und grundlegenden Dachsanierungen), soweit die Pflicht reicht. Die Förderung kann mit Programmen von Bund und Land kombiniert werden, soweit diese das zulassen.</p>' +
      '<p>Jede Solaranlage und jedes Balkonkraftwerk müssen Sie innerhalb eines Monats nach Inbetriebnahme im Marktstammdatenregister der Bundesnetzagentur registrieren. Die Fördermittel sind begrenzt und werden in der Reihenfolge der vollständigen Anträge vergeben.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Die Anlage wird in Musterstadt installiert.</li>' +
      '<li>Sie sind Privatperson, Wohnungseigentümergemeinschaft oder gemeinnütziger Verein.</li>' +
      '<li>Photovoltaikanlagen und Speicher: Der Antrag wird vor der Auftragsvergabe gestellt; die Anlage wird von einem Fachbetrieb installiert.</li>' +
      '<li>Balkonkraftwerke: Der Antrag wird spätestens drei Monate nach dem Kauf gestellt; das Gerät entspricht den geltenden technischen Normen und ist bei der Netzbetreiberin über das Marktstammdatenregister angemeldet.</li>' +
      '</ul>',
    procedureHtml:
      '<ol>' +
      '<li>Stellen Sie den Antrag online. Laden Sie bei Photovoltaik und Speicher das Angebot des Fachbetriebs hoch, bei Balkonkraftwerken die Rechnung.</li>' +
      '<li>Die Klimaschutz- und Energieagentur prüft den Antrag und erteilt einen Zuwendungsbescheid. Erst danach dürfen Sie eine Photovoltaikanlage beauftragen.</li>' +
      '<li>Reichen Sie innerhalb von zwölf Monaten die Rechnung, das Inbetriebnahmeprotokoll und die Registrierungsbestätigung des Marktstammdatenregisters ein.</li>' +
      '<li>Die Förderung wird auf Ihr Konto überwiesen.</li>' +
      '</ol>',
    costs: [{ kind: 'free', description: 'Antrag und Bearbeitung sind kostenlos.' }],
    requiredDocuments: [
      { name: 'Angebot oder Rechnung mit Angaben zu Leistung und Speicherkapazität', required: true },
      { name: 'Nachweis der Registrierung im Marktstammdatenregister', required: true },
      { name: 'Inbetriebnahmeprotokoll des Fachbetriebs', descriptionHtml: '<p>Nur bei Photovoltaikanlagen und Speichern.</p>', required: false },
      { name: 'Zustimmung der Eigentümerin, des Eigentümers oder der Eigentümergemeinschaft', descriptionHtml: '<p>Nur wenn Sie das Gebäude nicht allein besitzen oder zur Miete wohnen.</p>', required: false },
      { name: 'Musterstadt-Pass', descriptionHtml: '<p>Nur für den erhöhten Zuschuss für Balkonkraftwerke.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antrag vor Auftragsvergabe', descriptionHtml: '<p>Bei Photovoltaikanlagen und Speichern muss der Antrag vor der Beauftragung gestellt werden; ein vorzeitiger Beginn ist förderschädlich.</p>' },
      { label: 'Antrag für Balkonkraftwerke', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Spätestens drei Monate nach dem Kaufdatum.</p>' },
      { label: 'Verwendungsnachweis', duration: { value: 12, unit: 'month' }, descriptionHtml: '<p>Innerhalb von zwölf Monaten nach dem Zuwendungsbescheid.</p>' },
      { label: 'Registrierung im Marktstammdatenregister', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Innerhalb eines Monats nach Inbetriebnahme.</p>' },
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: ortsrecht('foerderrichtlinie-solar'), title: 'Förderrichtlinie „Sonne für Musterstadt“ der Stadt Musterstadt' },
      { uri: 'https://www.gesetze-im-internet.de/mastrv/index.html', title: 'Marktstammdatenregisterverordnung (MaStRV)' },
      { uri: 'https://www.gesetze-im-internet.de/eeg_2014/index.html', title: 'Erneuerbare-Energien-Gesetz (EEG 2023)' },
    ],
    appealHtml: '<p>Auf die Förderung besteht kein Rechtsanspruch. Gegen einen ablehnenden Bescheid können Sie innerhalb eines Monats Widerspruch bei der Stadt Musterstadt einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: false, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [
      { uri: 'https://www.marktstammdatenregister.de', title: 'Marktstammdatenregister der Bundesnetzagentur' },
      { uri: 'https://www.musterstadt.example/solardachkataster', title: 'Solardachkataster Musterstadt: Eignung Ihres Daches prüfen' },
    ],
    onlineServices: [{ title: 'Solarförderung online beantragen', uri: portal('foerderung-photovoltaik-balkonkraftwerk'), trustLevel: 'substantial' }],
    officeIds: ['oe-klimaschutz'],
    lifeSituations: ['1170000', '1050000'],
    categories: ['umwelt-abfall', 'bauen-wohnen'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-30T11:00:00Z',
  },
  {
    id: 'energieberatung-in-anspruch-nehmen',
    leikaKeys: [],
    name: 'Energieberatung in Anspruch nehmen',
    officialName: 'Energieberatung Durchführung',
    summary:
      'Die Klimaschutz- und Energieagentur Musterstadt berät Sie unabhängig und kostenlos zu Heizungstausch, Wärmepumpe, Dämmung, Solarenergie und Fördermitteln. Auf Wunsch kommt eine Energieberaterin oder ein Energieberater zu einem Gebäudecheck zu Ihnen nach Hause.',
    synonyms: ['Energieberatung', 'Heizungsberatung', 'Sanierungsberatung', 'Wärmepumpe Beratung', 'Gebäudeenergiegesetz', 'Sanierungsfahrplan', 'Energie sparen', 'energy advice'],
    descriptionHtml:
      '<p>Die Klimaschutz- und Energieagentur Musterstadt (KEM) bietet Eigentümerinnen und Eigentümern, Mieterinnen und Mietern sowie Wohnungseigentümergemeinschaften eine unabhängige, anbieterneutrale Energieberatung an:</p>' +
      '<ul>' +
      '<li><strong>Erstberatung</strong> (45 Minuten) im Beratungszentrum am Marktplatz, telefonisch oder per Video – kostenlos,</li>' +
      '<li><strong>Gebäudecheck vor Ort</strong> (etwa 90 Minuten) mit kurzem Bericht zu Heizung, Gebäudehülle und Solarpotenzial – Eigenanteil 30 Euro,</li>' +
      '<li><strong>Heizungs-Check</strong> zur Frage, ob Ihr Haus für eine Wärmepumpe geeignet ist – Eigenanteil 30 Euro,</li>' +
      '<li><strong>Beratung für Wohnungseigentümergemeinschaften</strong>, auch in Eigentümerversammlungen – kostenlos.</li>' +
      '</ul>' +
      '<p>Die Beraterinnen und Berater informieren Sie auch über die kommunale Wärmeplanung, die Pflichten nach dem Gebäudeenergiegesetz und über Förderprogramme von Bund, Land und Stadt. Für eine umfassende Sanierung empfehlen wir einen individuellen Sanierungsfahrplan (iSFP); die Kosten dafür werden vom Bund zu einem großen Teil gefördert und er erhöht Förderquoten für spätere Maßnahmen.</p>',
    requirementsHtml: '<ul><li>Das Gebäude oder die Wohnung liegt in Musterstadt.</li><li>Für Gebäudecheck und Heizungs-Check: Sie sind Eigentümerin oder Eigentümer oder haben deren Zustimmung.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Buchen Sie online einen Termin für die Erstberatung oder rufen Sie die Energieagentur an.</li>' +
      '<li>Bringen Sie Energieausweis, Heizkosten- und Stromabrechnungen sowie, wenn vorhanden, Pläne des Gebäudes mit.</li>' +
      '<li>Für einen Gebäudecheck vereinbart die Beraterin oder der Berater einen Termin bei Ihnen; danach erhalten Sie einen Kurzbericht mit Empfehlungen.</li>' +
      '</ol>',
    costs: [
      { kind: 'free', description: 'Erstberatung im Beratungszentrum, telefonisch oder per Video' },
      { kind: 'fixed', amount: eur(30), description: 'Eigenanteil für Gebäudecheck oder Heizungs-Check vor Ort' },
    ],
    costsNoteHtml: '<p>Für Inhaberinnen und Inhaber des Musterstadt-Passes sind auch die Vor-Ort-Checks kostenlos.</p>',
    requiredDocuments: [
      { name: 'Heizkosten- und Stromabrechnungen der letzten drei Jahre', required: false },
      { name: 'Energieausweis', descriptionHtml: '<p>Falls vorhanden.</p>', required: false },
      { name: 'Baupläne oder Grundrisse des Gebäudes', descriptionHtml: '<p>Falls vorhanden.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 3 }, descriptionHtml: '<p>Wartezeit bis zum Termin; Erstberatungen sind meist innerhalb einer Woche möglich.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/geg/index.html', title: 'Gebäudeenergiegesetz (GEG)' },
      { uri: ortsrecht('klimaschutzkonzept'), title: 'Klimaschutzkonzept und Beratungsangebot der Stadt Musterstadt (Gemeinderatsbeschluss)' },
    ],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [
      { uri: 'https://www.zukunftaltbau.de', title: 'Zukunft Altbau – Informationsprogramm des Landes Baden-Württemberg' },
      { uri: 'https://www.bafa.de', title: 'Bundesamt für Wirtschaft und Ausfuhrkontrolle: Förderung der Energieberatung' },
    ],
    onlineServices: [{ title: 'Termin für Energieberatung buchen', uri: portal('energieberatung-in-anspruch-nehmen'), trustLevel: 'none' }],
    appointmentUrl: termin('energieberatung-in-anspruch-nehmen'),
    officeIds: ['oe-klimaschutz'],
    lifeSituations: ['1170000', '1050000'],
    categories: ['umwelt-abfall', 'bauen-wohnen'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-30T11:00:00Z',
  },
  {
    id: 'ausnahme-laermschutz-bauarbeiten',
    leikaKeys: [],
    name: 'Ausnahme vom Lärmschutz für Bauarbeiten beantragen',
    officialName: 'Lärmschutz Ausnahmegenehmigung für Bauarbeiten Erteilung',
    summary:
      'Lärmintensive Bauarbeiten und der Betrieb von Baumaschinen sind nachts sowie an Sonn- und Feiertagen grundsätzlich verboten. Wenn Arbeiten in diesen Zeiten unvermeidbar sind, können Sie eine Ausnahmegenehmigung beim Ordnungsamt beantragen.',
    synonyms: ['Nachtarbeit Baustelle', 'Baulärm', 'Sonntagsarbeit Baustelle', 'Lärmschutz Ausnahme', 'Ruhezeiten', 'Betonage nachts', 'construction noise exemption'],
    descriptionHtml:
      '<p>In Wohngebieten dürfen Baumaschinen und andere Geräte im Freien nach der Geräte- und Maschinenlärmschutzverordnung an Werktagen nur von 7 bis 20 Uhr betrieben werden; an Sonn- und Feiertagen ist der Betrieb ganztägig verboten. Nach der Polizeiverordnung der Stadt Musterstadt gilt außerdem von 22 bis 6 Uhr die Nachtruhe.</p>' +
      '<p>Eine Ausnahme kann zugelassen werden, wenn die Arbeiten im öffentlichen Interesse dringend erforderlich sind oder aus technischen Gründen nicht unterbrochen werden können – etwa eine durchgehende Betonage, Arbeiten an Gleisen und Hauptverkehrsstraßen, die nur nachts möglich sind, oder das Einheben großer Bauteile mit Sperrung einer Straße. Reine Kosten- oder Termingründe reichen in der Regel nicht aus.</p>' +
      '<p>Die Genehmigung wird mit Auflagen erteilt, zum Beispiel zur Verwendung lärmarmer Maschinen, zur Begrenzung lauter Arbeitsschritte und zur rechtzeitigen Information der Nachbarschaft.</p>',
    requirementsHtml:
      '<ul><li>Die Arbeiten können nicht zu den erlaubten Zeiten ausgeführt werden.</li><li>Alle technisch möglichen Maßnahmen zur Lärmminderung werden getroffen.</li><li>Die Nachbarschaft wird mindestens drei Tage vorher informiert.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Stellen Sie den Antrag online mit Beschreibung der Arbeiten, der eingesetzten Maschinen und der Zeiten.</li>' +
      '<li>Das Ordnungsamt beteiligt bei Bedarf das Umweltamt und die Straßenverkehrsbehörde.</li>' +
      '<li>Sie erhalten die Ausnahmegenehmigung mit Auflagen. Halten Sie sie auf der Baustelle bereit.</li>' +
      '<li>Informieren Sie die Anwohnerinnen und Anwohner, zum Beispiel mit Aushängen, über Zeitraum, Art der Arbeiten und eine Ansprechperson.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(50), max: eur(500), description: 'je nach Dauer und Umfang der Arbeiten' }],
    requiredDocuments: [
      { name: 'Beschreibung der Arbeiten mit Begründung, warum sie nicht zu den erlaubten Zeiten möglich sind', required: true },
      { name: 'Liste der eingesetzten Maschinen mit Schallleistungspegel', required: true },
      { name: 'Lageplan der Baustelle', required: true },
      { name: 'Entwurf der Anwohnerinformation', required: false },
      { name: 'Verkehrsrechtliche Anordnung', descriptionHtml: '<p>Nur wenn für die Arbeiten eine Straße gesperrt werden muss.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Stellen Sie den Antrag mindestens zwei Wochen vor Beginn der Arbeiten.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 5, unit: 'working-day', valueTo: 10 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bimschv_32/__7.html', title: '§ 7 Geräte- und Maschinenlärmschutzverordnung (32. BImSchV) – Betrieb in Wohngebieten' },
      { uri: 'https://www.gesetze-im-internet.de/bimschg/__22.html', title: '§ 22 Bundes-Immissionsschutzgesetz (BImSchG) – Pflichten der Betreiber nicht genehmigungsbedürftiger Anlagen' },
      { uri: ortsrecht('polizeiverordnung'), title: 'Polizeiverordnung der Stadt Musterstadt zum Schutz gegen Lärm und Belästigungen' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Lärmschutz-Ausnahme online beantragen', uri: portal('ausnahme-laermschutz-bauarbeiten'), trustLevel: 'low' }],
    officeIds: ['oe-ordnungsamt', 'oe-umweltamt'],
    lifeSituations: ['2050000', '1170000'],
    categories: ['ordnung', 'bauen-wohnen'],
    addressees: ['business', 'citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-08-17T09:00:00Z',
  },
  // -------------------------------------------------------- Bauen, Wohnen
  {
    id: 'hausnummer-zuteilen',
    leikaKeys: [],
    name: 'Hausnummer zuteilen lassen',
    officialName: 'Hausnummer Zuteilung',
    summary:
      'Für jedes neu gebaute oder neu aufgeteilte Gebäude teilt die Stadt Musterstadt eine Hausnummer zu. Eigentümerinnen und Eigentümer müssen die Nummer gut sichtbar anbringen.',
    synonyms: ['Hausnummer', 'Hausnummernvergabe', 'neue Adresse', 'Neubau Adresse', 'Hausnummer ändern', 'Hausnummernschild', 'house number'],
    descriptionHtml:
      '<p>Hausnummern sind wichtig, damit Rettungsdienst, Feuerwehr, Post und Besuch ein Gebäude schnell finden. Die Stadt Musterstadt legt die Hausnummern fest. Bei Neubauten wird die Nummer in der Regel nach Erteilung der Baugenehmigung oder nach Eingang der Kenntnisgabe zugeteilt; Sie können sie auch selbst beantragen.</p>' +
      '<p>Sie müssen das Gebäude mit der zugeteilten Hausnummer versehen, sobald es bezogen wird. Die Ziffern müssen mindestens 10 Zentimeter hoch sein, sich deutlich vom Hintergrund abheben und von der Straße aus gut lesbar sein. Liegt der Eingang nicht an der Straße, kann die Stadt zusätzlich ein Hinweisschild an der Grundstückszufahrt verlangen.</p>' +
      '<p>Die Stadt teilt die neue Adresse dem Melderegister, dem Liegenschaftskataster, der Deutschen Post, den Stadtwerken und der Integrierten Leitstelle mit. Eine Umnummerierung bestehender Gebäude ist nur ausnahmsweise nötig, etwa bei neuer Bebauung einer Straße.</p>',
    requirementsHtml: '<ul><li>Sie sind Eigentümerin oder Eigentümer oder Bauherrin oder Bauherr des Gebäudes.</li><li>Das Gebäude ist genehmigt, im Kenntnisgabeverfahren angezeigt oder verfahrensfrei errichtet.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Beantragen Sie die Hausnummer online oder schriftlich mit einem Lageplan, in dem die Hauseingänge eingezeichnet sind.</li>' +
      '<li>Das Vermessungsamt legt die Hausnummer fest und schickt Ihnen einen Bescheid.</li>' +
      '<li>Bringen Sie die Hausnummer spätestens bei Bezug des Gebäudes an.</li>' +
      '</ol>',
    costs: [{ kind: 'fixed', amount: eur(50), description: 'je zugeteilter Hausnummer' }],
    costsNoteHtml: '<p>Wird eine Umnummerierung von der Stadt veranlasst, ist sie für Sie gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Lageplan mit Gebäude und Lage der Hauseingänge', required: true },
      { name: 'Aktenzeichen der Baugenehmigung oder Kenntnisgabe', required: true },
    ],
    deadlines: [{ label: 'Anbringung', descriptionHtml: '<p>Die Hausnummer muss spätestens mit dem Bezug des Gebäudes angebracht sein.</p>' }, WIDERSPRUCHSFRIST],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 3 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bbaug/__126.html', title: '§ 126 Abs. 3 Baugesetzbuch (BauGB) – Pflicht zur Anbringung der Hausnummer' },
      { uri: ortsrecht('hausnummernsatzung'), title: 'Satzung über die Hausnummerierung der Stadt Musterstadt' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Hausnummer online beantragen', uri: portal('hausnummer-zuteilen'), trustLevel: 'low' }],
    officeIds: ['oe-vermessung'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-14T10:00:00Z',
  },
  {
    id: 'zweckentfremdung-wohnraum-genehmigung',
    leikaKeys: [],
    name: 'Genehmigung zur Zweckentfremdung von Wohnraum beantragen',
    officialName: 'Zweckentfremdung von Wohnraum Genehmigung',
    summary:
      'In Musterstadt darf Wohnraum nur mit Genehmigung für andere Zwecke genutzt werden, zum Beispiel als Ferienwohnung, als Büro oder Praxis, oder länger als sechs Monate leer stehen. Die Genehmigung erteilt das Wohnungsamt.',
    synonyms: ['Zweckentfremdung', 'Ferienwohnung', 'Airbnb', 'Leerstand', 'Wohnung als Büro', 'Kurzzeitvermietung', 'Zweckentfremdungsverbot', 'short-term rental permit'],
    descriptionHtml:
      '<p>Musterstadt hat einen angespannten Wohnungsmarkt. Der Gemeinderat hat deshalb auf Grundlage des Zweckentfremdungsverbotsgesetzes Baden-Württemberg (ZwEWG) eine Satzung erlassen. Danach ist eine Genehmigung nötig, wenn Wohnraum</p>' +
      '<ul>' +
      '<li>mehr als zehn Wochen im Kalenderjahr als Ferienwohnung oder für die kurzzeitige Vermietung an wechselnde Gäste genutzt wird,</li>' +
      '<li>überwiegend für gewerbliche oder berufliche Zwecke genutzt wird, etwa als Büro, Kanzlei oder Praxis,</li>' +
      '<li>länger als sechs Monate leer steht,</li>' +
      '<li>baulich so verändert wird, dass er nicht mehr zum Wohnen geeignet ist, oder abgebrochen wird.</li>' +
      '</ul>' +
      '<p>Eine Genehmigung wird erteilt, wenn vorrangige öffentliche Interessen oder schutzwürdige private Interessen die Zweckentfremdung rechtfertigen – zum Beispiel bei einer Sanierung mit zeitweisem Leerstand – oder wenn Sie einen angemessenen Ausgleich schaffen, etwa durch Ersatzwohnraum oder eine Ausgleichszahlung. Wer Wohnraum ohne Genehmigung zweckentfremdet, handelt ordnungswidrig und muss mit einem empfindlichen Bußgeld rechnen.</p>' +
      '<p>Nicht genehmigungspflichtig ist die Vermietung Ihrer eigenen, selbst bewohnten Wohnung während Ihres Urlaubs bis zu zehn Wochen im Jahr oder die Untervermietung einzelner Zimmer, wenn Sie selbst überwiegend in der Wohnung leben.</p>',
    requirementsHtml:
      '<ul><li>Sie sind Verfügungsberechtigte oder Verfügungsberechtigter (Eigentümerin oder Eigentümer) oder Nutzerin oder Nutzer des Wohnraums.</li><li>Es liegt ein Genehmigungsgrund vor oder Sie bieten einen Ausgleich an.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Lassen Sie sich vom Wohnungsamt beraten, ob Ihr Vorhaben genehmigungspflichtig ist.</li>' +
      '<li>Stellen Sie den Antrag online oder schriftlich mit den Unterlagen.</li>' +
      '<li>Das Wohnungsamt prüft den Antrag und setzt gegebenenfalls eine Ausgleichszahlung fest.</li>' +
      '<li>Sie erhalten einen Bescheid, meist befristet und mit Auflagen.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', min: eur(100), max: eur(1500), description: 'Verwaltungsgebühr je nach Aufwand' }],
    costsNoteHtml: '<p>Eine Ausgleichszahlung für den Verlust von Wohnraum richtet sich nach der Wohnfläche und der Dauer der Zweckentfremdung, zum Beispiel 8 Euro je Quadratmeter und Monat bei Nutzung als Ferienwohnung.</p>',
    requiredDocuments: [
      { name: 'Antragsformular mit Beschreibung der geplanten Nutzung', required: true },
      { name: 'Grundriss und Angabe der Wohnfläche', required: true },
      { name: 'Nachweis der Verfügungsberechtigung (Grundbuchauszug oder Mietvertrag mit Zustimmung der Eigentümerin oder des Eigentümers)', required: true },
      { name: 'Nachweise zum Genehmigungsgrund', descriptionHtml: '<p>Zum Beispiel Sanierungsplanung, Bauzeitenplan oder Nachweis über Ersatzwohnraum.</p>', required: false },
    ],
    deadlines: [{ label: 'Antrag vor Beginn der Zweckentfremdung', descriptionHtml: '<p>Die Genehmigung muss vorliegen, bevor Sie die Nutzung ändern.</p>' }, WIDERSPRUCHSFRIST],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: ortsrecht('zweckentfremdungsverbotssatzung'), title: 'Satzung über das Verbot der Zweckentfremdung von Wohnraum der Stadt Musterstadt (auf Grundlage des ZwEWG Baden-Württemberg)' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Zweckentfremdung online beantragen', uri: portal('zweckentfremdung-wohnraum-genehmigung'), trustLevel: 'substantial' }],
    officeIds: ['oe-wohnungsamt'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-11T10:00:00Z',
  },
  {
    id: 'mietspiegel-auskunft',
    leikaKeys: [],
    name: 'Auskunft aus dem Mietspiegel',
    officialName: 'Mietspiegel Auskunft',
    summary:
      'Der qualifizierte Mietspiegel zeigt die ortsübliche Vergleichsmiete für Wohnungen in Musterstadt. Sie können die Miete Ihrer Wohnung online berechnen, die Broschüre herunterladen oder sich im Wohnungsamt beraten lassen.',
    synonyms: ['Mietspiegel', 'Vergleichsmiete', 'Mieterhöhung', 'Mietpreisbremse', 'Mietspiegelrechner', 'ortsübliche Miete', 'rent index'],
    descriptionHtml:
      '<p>Der Mietspiegel ist eine Übersicht über die ortsübliche Vergleichsmiete für nicht preisgebundenen Wohnraum. Der Musterstädter Mietspiegel 2025/2026 ist ein qualifizierter Mietspiegel: Er wurde nach anerkannten wissenschaftlichen Grundsätzen erstellt und von der Stadt sowie den Interessenvertretungen der Vermieter und Mieter anerkannt. Er gilt vom 1. Januar 2025 bis zum 31. Dezember 2026.</p>' +
      '<p>Vermieterinnen und Vermieter können eine Mieterhöhung bis zur ortsüblichen Vergleichsmiete mit dem Mietspiegel begründen. Mieterinnen und Mieter können prüfen, ob ein Erhöhungsverlangen berechtigt ist. Bei Neuvermietungen gilt in Musterstadt die Mietpreisbremse: Die Miete darf zu Beginn des Mietverhältnisses höchstens 10 Prozent über der ortsüblichen Vergleichsmiete liegen, mit bestimmten Ausnahmen.</p>' +
      '<p>Die Vergleichsmiete hängt vor allem von Wohnfläche, Baujahr, Ausstattung, Beschaffenheit und Wohnlage ab. Mit dem Online-Rechner ermitteln Sie die Spanne für Ihre Wohnung in wenigen Minuten. Das Wohnungsamt hilft beim Ausfüllen; eine Rechtsberatung im Einzelfall darf es nicht leisten. Dafür wenden Sie sich an Mieterverein, Haus- und Grundbesitzerverein oder eine Anwältin oder einen Anwalt.</p>',
    requirementsHtml: '<ul><li>Die Wohnung liegt in Musterstadt und ist nicht preisgebunden (keine Sozialwohnung).</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Nutzen Sie den Mietspiegelrechner online oder laden Sie die Broschüre als PDF herunter.</li>' +
      '<li>Geben Sie Adresse, Wohnfläche, Baujahr und Ausstattungsmerkmale an.</li>' +
      '<li>Sie erhalten die ortsübliche Vergleichsmiete mit Spanne als PDF zum Speichern.</li>' +
      '<li>Bei Fragen buchen Sie einen Beratungstermin im Wohnungsamt oder rufen Sie an.</li>' +
      '</ol>',
    costs: [
      { kind: 'free', description: 'Mietspiegelrechner, PDF-Broschüre und Beratung im Wohnungsamt' },
      { kind: 'fixed', amount: eur(8), description: 'gedruckte Broschüre' },
    ],
    requiredDocuments: [
      { name: 'Angaben zur Wohnung: Adresse, Wohnfläche, Baujahr, Ausstattung', required: true },
      { name: 'Mietvertrag oder Mieterhöhungsverlangen', descriptionHtml: '<p>Für die Beratung im Wohnungsamt hilfreich.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Zustimmung zur Mieterhöhung',
        duration: { value: 2, unit: 'month' },
        descriptionHtml: '<p>Mieterinnen und Mieter haben nach Zugang eines Mieterhöhungsverlangens bis zum Ablauf des zweiten Kalendermonats Zeit, um zu prüfen und zuzustimmen.</p>',
      },
    ],
    processingTime: { descriptionHtml: '<p>Die Online-Berechnung erfolgt sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bgb/__558.html', title: '§ 558 Bürgerliches Gesetzbuch (BGB) – Mieterhöhung bis zur ortsüblichen Vergleichsmiete' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__558c.html', title: '§ 558c Bürgerliches Gesetzbuch (BGB) – Mietspiegel' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__558d.html', title: '§ 558d Bürgerliches Gesetzbuch (BGB) – Qualifizierter Mietspiegel' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__556d.html', title: '§ 556d Bürgerliches Gesetzbuch (BGB) – Zulässige Miethöhe bei Mietbeginn' },
    ],
    formsNoteHtml: forms({ formulare: false, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/mietspiegel', title: 'Mietspiegel 2025/2026 als PDF' }],
    onlineServices: [{ title: 'Mietspiegelrechner', uri: portal('mietspiegel-auskunft'), trustLevel: 'none' }],
    appointmentUrl: termin('mietspiegel-auskunft'),
    officeIds: ['oe-wohnungsamt'],
    lifeSituations: ['1050000', '1150000'],
    categories: ['bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-07T08:00:00Z',
  },
  {
    id: 'wohneigentum-foerderung-beantragen',
    leikaKeys: [],
    name: 'Förderung für selbst genutztes Wohneigentum beantragen',
    officialName: 'Förderung von selbst genutztem Wohneigentum Bewilligung',
    summary:
      'Familien mit Kindern und Haushalte mit mittlerem Einkommen, die in Musterstadt ein Haus oder eine Wohnung bauen oder kaufen und selbst bewohnen, können einen Zuschuss der Stadt erhalten – ergänzend zur Wohnraumförderung des Landes über die L-Bank.',
    synonyms: ['Familienbaugeld', 'Baukindergeld', 'Wohneigentumsförderung', 'Eigenheimzulage', 'Hauskauf Förderung', 'Wohnungskauf Zuschuss', 'L-Bank Darlehen', 'home ownership subsidy'],
    descriptionHtml:
      '<p>Mit dem Programm „Familienbaugeld Musterstadt“ unterstützt die Stadt den Bau und Kauf von selbst genutztem Wohneigentum im Stadtgebiet. Der Zuschuss beträgt <strong>10.000 Euro je Haushalt</strong> und <strong>5.000 Euro für jedes im Haushalt lebende Kind</strong> unter 18 Jahren, insgesamt höchstens 25.000 Euro. Für den Kauf einer Bestandsimmobilie mit anschließender energetischer Sanierung gibt es zusätzlich 3.000 Euro.</p>' +
      '<p>Gefördert werden Haushalte, deren Einkommen die Einkommensgrenzen der Landeswohnraumförderung um nicht mehr als 20 Prozent überschreitet. Die Wohnfläche ist angemessen zu begrenzen (zum Beispiel 130 Quadratmeter für einen Vier-Personen-Haushalt). Die Wohnung muss mindestens zehn Jahre selbst bewohnt werden; sonst wird der Zuschuss anteilig zurückgefordert.</p>' +
      '<p>Das Familienbaugeld kann mit dem zinsverbilligten Darlehen der L-Bank für Wohneigentum und mit Programmen der KfW kombiniert werden. Das Wohnungsamt berät Sie zu allen Förderwegen und nimmt auch den Antrag für die Landesförderung entgegen.</p>',
    requirementsHtml:
      '<ul>' +
      '<li>Sie bauen oder kaufen ein Haus oder eine Eigentumswohnung in Musterstadt und nutzen es selbst als Hauptwohnung.</li>' +
      '<li>Ihr Haushaltseinkommen liegt innerhalb der Einkommensgrenzen.</li>' +
      '<li>Sie haben noch kein Wohneigentum, das Sie zumutbar selbst nutzen könnten.</li>' +
      '<li>Der Antrag wird vor Abschluss des Kaufvertrags oder vor Baubeginn gestellt.</li>' +
      '<li>Die Finanzierung ist gesichert; die Eigenleistung beträgt in der Regel mindestens 15 Prozent der Gesamtkosten.</li>' +
      '</ul>',
    procedureHtml:
      '<ol>' +
      '<li>Vereinbaren Sie einen Beratungstermin im Wohnungsamt.</li>' +
      '<li>Stellen Sie den Antrag mit allen Unterlagen vor dem Notartermin oder Baubeginn.</li>' +
      '<li>Das Wohnungsamt prüft Einkommen, Finanzierung und Angemessenheit und erteilt einen Bewilligungsbescheid. Bei gleichzeitiger Landesförderung leitet es den Antrag an die L-Bank weiter.</li>' +
      '<li>Nach Eigentumsübergang oder Bezug und Vorlage der Meldebescheinigung wird der Zuschuss ausgezahlt.</li>' +
      '</ol>',
    costs: [{ kind: 'free', description: 'Beratung und Antrag sind kostenlos.' }],
    requiredDocuments: [
      { name: 'Einkommensnachweise aller Haushaltsmitglieder der letzten zwölf Monate und Einkommensteuerbescheid', required: true },
      { name: 'Entwurf des Kaufvertrags oder Baugenehmigung mit Plänen und Wohnflächenberechnung', required: true },
      { name: 'Finanzierungsplan und Finanzierungszusage der Bank', required: true },
      { name: 'Geburtsurkunden der Kinder', required: false },
      { name: 'Schwerbehindertenausweis', descriptionHtml: '<p>Nur wenn im Haushalt ein Mensch mit Behinderung lebt; dann gelten erhöhte Einkommens- und Flächengrenzen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antrag vor Vertragsabschluss', descriptionHtml: '<p>Der Antrag muss vor Abschluss des Kaufvertrags oder vor Baubeginn vollständig vorliegen.</p>' },
      { label: 'Selbstnutzung', duration: { value: 10, unit: 'year' }, descriptionHtml: '<p>Die geförderte Wohnung muss zehn Jahre selbst bewohnt werden.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 6, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: ortsrecht('richtlinie-familienbaugeld'), title: 'Richtlinie der Stadt Musterstadt zur Förderung von selbst genutztem Wohneigentum (Familienbaugeld)' },
      { uri: 'https://www.gesetze-im-internet.de/wofg/index.html', title: 'Wohnraumförderungsgesetz (WoFG), ergänzt durch das Landeswohnraumförderungsgesetz Baden-Württemberg' },
    ],
    appealHtml: '<p>Auf den städtischen Zuschuss besteht kein Rechtsanspruch. Gegen einen ablehnenden Bescheid können Sie innerhalb eines Monats Widerspruch bei der Stadt Musterstadt einlegen.</p>',
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.l-bank.de', title: 'L-Bank: Wohnraumförderung Baden-Württemberg' }],
    onlineServices: [{ title: 'Familienbaugeld online beantragen', uri: portal('wohneigentum-foerderung-beantragen'), trustLevel: 'substantial' }],
    appointmentUrl: termin('wohneigentum-foerderung-beantragen'),
    officeIds: ['oe-wohnungsamt', 'oe-l-bank'],
    lifeSituations: ['1050000', '1020000'],
    categories: ['bauen-wohnen', 'familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-13T09:45:00Z',
  },
  // ---------------------------------------------------- Friedhof, Bestattung
  {
    id: 'grabstaette-erwerben-verlaengern',
    leikaKeys: [],
    name: 'Grabstätte erwerben oder Nutzungsrecht verlängern',
    officialName: 'Grabnutzungsrecht Verleihung und Verlängerung',
    summary:
      'Auf den städtischen Friedhöfen erwerben Sie im Todesfall ein Nutzungsrecht an einem Reihen- oder Wahlgrab. Das Nutzungsrecht an einem Wahlgrab können Sie vor Ablauf verlängern.',
    synonyms: ['Grab kaufen', 'Grabstelle', 'Wahlgrab', 'Urnengrab', 'Nutzungsrecht verlängern', 'Grabverlängerung', 'Baumbestattung', 'Friedhofsgebühren', 'burial plot'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt unterhält den Hauptfriedhof, den Waldfriedhof und sechs Stadtteilfriedhöfe. Es gibt verschiedene Grabarten:</p>' +
      '<ul>' +
      '<li><strong>Reihengräber</strong> für Erd- und Urnenbestattungen werden der Reihe nach für die Dauer der Ruhezeit (Erdbestattung 20 Jahre, Urne 15 Jahre) vergeben. Sie können nicht verlängert werden, und es kann nur eine Person beigesetzt werden.</li>' +
      '<li><strong>Wahlgräber</strong> für Erd- oder Urnenbestattungen können Sie selbst auswählen. Das Nutzungsrecht gilt 20 Jahre und kann verlängert werden. Im Wahlgrab können weitere Angehörige beigesetzt werden.</li>' +
      '<li><strong>Pflegefreie Gräber</strong> wie Urnengemeinschaftsgräber, Baumgräber im Waldfriedhof und Rasengräber. Die Pflege übernimmt die Friedhofsverwaltung; sie ist in der Gebühr enthalten.</li>' +
      '</ul>' +
      '<p>Ein Nutzungsrecht wird in der Regel im Todesfall vergeben. Wahlgräber im Waldfriedhof können Sie auch zu Lebzeiten als Vorsorge erwerben. Wird in einem Wahlgrab eine weitere Person beigesetzt und reicht das Nutzungsrecht nicht bis zum Ende der neuen Ruhezeit, müssen Sie es entsprechend verlängern.</p>' +
      '<p>Vor Ablauf des Nutzungsrechts schreibt die Friedhofsverwaltung die Nutzungsberechtigten an. Verlängern Sie nicht, fällt das Grab nach Ablauf an die Stadt zurück; Grabmal und Bepflanzung müssen Sie dann innerhalb von drei Monaten entfernen lassen.</p>',
    requirementsHtml: '<ul><li>Erwerb im Todesfall: Sie sind bestattungspflichtige oder beauftragte Angehörige oder Angehöriger.</li><li>Verlängerung: Sie sind Nutzungsberechtigte oder Nutzungsberechtigter des Wahlgrabes.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Wählen Sie mit der Friedhofsverwaltung oder Ihrem Bestattungsinstitut Friedhof und Grabart. Wahlgräber können Sie vor Ort mit einer Mitarbeiterin oder einem Mitarbeiter aussuchen.</li>' +
      '<li>Stellen Sie den Antrag auf Verleihung oder Verlängerung des Nutzungsrechts schriftlich oder online.</li>' +
      '<li>Sie erhalten die Grabnutzungsurkunde und einen Gebührenbescheid.</li>' +
      '<li>Für Grabmale und Einfassungen beantragen Sie vor der Aufstellung eine gesonderte Genehmigung bei der Friedhofsverwaltung.</li>' +
      '</ol>',
    costs: [
      { kind: 'fixed', amount: eur(1100), description: 'Reihengrab für Urnen (15 Jahre)' },
      { kind: 'fixed', amount: eur(1600), description: 'Urnenwahlgrab für bis zu vier Urnen (20 Jahre)' },
      { kind: 'fixed', amount: eur(2600), description: 'Erdwahlgrab, einstellig (20 Jahre)' },
      { kind: 'fixed', amount: eur(4800), description: 'Erdwahlgrab, zweistellig (20 Jahre)' },
      { kind: 'fixed', amount: eur(2300), description: 'Baumgrab im Waldfriedhof einschließlich Pflege (20 Jahre)' },
    ],
    costsNoteHtml: '<p>Die Verlängerung eines Wahlgrabes kostet je Jahr ein Zwanzigstel der Gebühr für die Grabart. Die Genehmigung eines Grabmals kostet 60 Euro. Alle Gebühren finden Sie in der Friedhofsgebührensatzung.</p>',
    requiredDocuments: [
      { name: 'Sterbeurkunde', descriptionHtml: '<p>Beim Erwerb im Todesfall; meist legt das Bestattungsinstitut sie vor.</p>', required: false },
      { name: 'Grabnutzungsurkunde', descriptionHtml: '<p>Bei Verlängerung oder Übertragung eines bestehenden Nutzungsrechts.</p>', required: false },
      { name: 'Personalausweis oder Reisepass', required: true },
    ],
    deadlines: [
      { label: 'Verlängerung vor Ablauf', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Beantragen Sie die Verlängerung spätestens sechs Monate vor Ablauf des Nutzungsrechts.</p>' },
      { label: 'Abräumen nach Ablauf', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Nach Ablauf des Nutzungsrechts müssen Grabmal und Bepflanzung innerhalb von drei Monaten entfernt werden.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 }, descriptionHtml: '<p>Im Todesfall wird das Grab sofort zugewiesen.</p>' },
    legalBasis: [
      { uri: BESTATTG, title: '§§ 6 und 12 Bestattungsgesetz Baden-Württemberg (BestattG) – Ruhezeit, Reihengräber und Wahlgräber' },
      { uri: ortsrecht('friedhofssatzung'), title: 'Friedhofssatzung der Stadt Musterstadt' },
      { uri: ortsrecht('friedhofsgebuehrensatzung'), title: 'Friedhofsgebührensatzung der Stadt Musterstadt' },
    ],
    appealHtml: WIDERSPRUCH,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/friedhoefe', title: 'Friedhöfe in Musterstadt: Lagepläne, Grabarten und Öffnungszeiten' }],
    onlineServices: [{ title: 'Grabnutzungsrecht online verlängern', uri: portal('grabstaette-erwerben-verlaengern'), trustLevel: 'substantial' }],
    appointmentUrl: termin('grabstaette-erwerben-verlaengern'),
    officeIds: ['oe-friedhofsamt'],
    lifeSituations: ['1190000'],
    categories: ['friedhof'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-08T08:00:00Z',
  },
  {
    id: 'bestattung-anmelden',
    leikaKeys: [],
    name: 'Bestattung anmelden',
    officialName: 'Bestattung Anmeldung',
    summary:
      'Nach einem Todesfall muss die Bestattung auf einem Friedhof bei der Friedhofsverwaltung angemeldet werden. Meist übernimmt das ein Bestattungsinstitut für die Angehörigen; Sie können die Bestattung aber auch selbst anmelden.',
    synonyms: ['Beerdigung', 'Beisetzung', 'Urnenbeisetzung', 'Trauerfeier', 'Todesfall', 'Sterbefall', 'Friedhof', 'funeral'],
    descriptionHtml:
      '<p>Nach dem Bestattungsgesetz Baden-Württemberg sind die Angehörigen verpflichtet, für die Bestattung einer verstorbenen Person zu sorgen – in dieser Reihenfolge: Ehegattin oder Ehegatte beziehungsweise Lebenspartnerin oder Lebenspartner, volljährige Kinder, Eltern, Großeltern, volljährige Geschwister und Enkelkinder. Sorgt niemand für die Bestattung, veranlasst sie die Stadt auf Kosten der Bestattungspflichtigen.</p>' +
      '<p>Verstorbene dürfen frühestens 48 Stunden nach dem Tod bestattet werden. Erdbestattungen und Einäscherungen müssen innerhalb der Fristen des Bestattungsgesetzes erfolgen; die Urne ist in der Regel innerhalb von drei Monaten beizusetzen. Vor der Bestattung muss der Sterbefall beim Standesamt beurkundet sein; dort erhalten Sie die Sterbeurkunden.</p>' +
      '<p>Bei der Anmeldung legen Sie mit der Friedhofsverwaltung Friedhof, Grabart, Termin und Ablauf fest, zum Beispiel die Nutzung der Trauerhalle und das Glockengeläut. Die Termine für Bestattungen auf städtischen Friedhöfen sind montags bis freitags von 9 bis 15 Uhr, samstags bis 12 Uhr.</p>' +
      '<p>Können die Bestattungspflichtigen die Kosten nicht tragen, kann das Sozialamt auf Antrag die erforderlichen Kosten einer einfachen, würdigen Bestattung übernehmen. Stellen Sie den Antrag möglichst vor Auftragserteilung.</p>',
    requirementsHtml: '<ul><li>Der Sterbefall ist beim Standesamt angezeigt.</li><li>Es liegt eine ärztliche Todesbescheinigung vor; bei Feuerbestattungen zusätzlich die Bescheinigung über die zweite Leichenschau.</li><li>Sie sind bestattungspflichtig oder von den Bestattungspflichtigen beauftragt.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Zeigen Sie den Sterbefall spätestens am dritten Werktag nach dem Tod beim Standesamt an; bei Todesfällen in Krankenhäusern und Pflegeheimen übernimmt das die Einrichtung.</li>' +
      '<li>Melden Sie die Bestattung selbst oder über das Bestattungsinstitut bei der Friedhofsverwaltung an.</li>' +
      '<li>Vereinbaren Sie Friedhof, Grabart und Termin und erwerben Sie gegebenenfalls das Grabnutzungsrecht.</li>' +
      '<li>Die Friedhofsverwaltung bestätigt den Termin und schickt nach der Bestattung den Gebührenbescheid an die Auftraggeberin oder den Auftraggeber.</li>' +
      '</ol>',
    costs: [
      { kind: 'fixed', amount: eur(1450), description: 'Erdbestattung (Grabherstellung und Beisetzung), ohne Grabnutzungsrecht' },
      { kind: 'fixed', amount: eur(480), description: 'Urnenbeisetzung, ohne Grabnutzungsrecht' },
      { kind: 'fixed', amount: eur(380), description: 'Benutzung der Trauerhalle' },
    ],
    costsNoteHtml: '<p>Hinzu kommen die Gebühren für das Grabnutzungsrecht, gegebenenfalls für die Kühlzelle (45 Euro je Tag) sowie die Kosten des Bestattungsinstituts und des Krematoriums. Bestattungen am Samstag kosten einen Zuschlag von 25 Prozent.</p>',
    requiredDocuments: [
      { name: 'Sterbeurkunde oder Bescheinigung des Standesamts über die Beurkundung des Sterbefalls', required: true },
      { name: 'Todesbescheinigung (vertraulicher Teil) und bei Feuerbestattung die Bescheinigung über die zweite Leichenschau', required: true },
      { name: 'Grabnutzungsurkunde', descriptionHtml: '<p>Nur bei Beisetzung in einem bestehenden Wahlgrab.</p>', required: false },
      { name: 'Personalausweis der anmeldenden Person', required: true },
    ],
    deadlines: [
      { label: 'Anzeige beim Standesamt', duration: { value: 3, unit: 'working-day' }, descriptionHtml: '<p>Der Tod muss spätestens am dritten Werktag nach dem Sterbetag beim Standesamt angezeigt werden.</p>' },
      { label: 'Frühester Bestattungszeitpunkt', duration: { value: 48, unit: 'hour' }, descriptionHtml: '<p>Frühestens 48 Stunden nach Eintritt des Todes.</p>' },
      { label: 'Beisetzung der Urne', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Die Urne ist in der Regel innerhalb von drei Monaten nach der Einäscherung beizusetzen.</p>' },
    ],
    processingTime: { duration: { value: 1, unit: 'working-day', valueTo: 2 }, descriptionHtml: '<p>Der Bestattungstermin wird in der Regel innerhalb von ein bis zwei Arbeitstagen bestätigt.</p>' },
    legalBasis: [
      { uri: BESTATTG, title: '§§ 30 bis 37 Bestattungsgesetz Baden-Württemberg (BestattG) – Bestattungspflicht, Bestattungsart und Fristen' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__28.html', title: '§ 28 Personenstandsgesetz (PStG) – Anzeige des Sterbefalls' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__74.html', title: '§ 74 Sozialgesetzbuch Zwölftes Buch (SGB XII) – Bestattungskosten' },
      { uri: ortsrecht('friedhofsgebuehrensatzung'), title: 'Friedhofsgebührensatzung der Stadt Musterstadt' },
    ],
    appealHtml: WIDERSPRUCH_ABGABEN,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: false }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/todesfall', title: 'Todesfall – was ist zu tun? Checkliste der Stadt Musterstadt' }],
    onlineServices: [],
    appointmentUrl: termin('bestattung-anmelden'),
    officeIds: ['oe-friedhofsamt', 'oe-standesamt'],
    lifeSituations: ['1190000'],
    categories: ['friedhof'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-06-08T08:00:00Z',
  },
  // ------------------------------------------------------ Beiträge, Pacht
  {
    id: 'erschliessungsbeitrag-bescheid-zahlung',
    leikaKeys: [],
    name: 'Erschließungsbeitrag: Bescheid und Zahlung',
    officialName: 'Erschließungsbeitrag Festsetzung',
    summary:
      'Wenn die Stadt eine Straße erstmals endgültig herstellt, beteiligt sie die Eigentümerinnen und Eigentümer der erschlossenen Grundstücke mit einem Erschließungsbeitrag an den Kosten. Hier erfahren Sie, wie der Beitrag berechnet wird und welche Zahlungsmöglichkeiten es gibt.',
    synonyms: ['Erschließungsbeitrag', 'Erschließungskosten', 'Anliegerbeitrag', 'Straßenbaubeitrag', 'Vorauszahlung Erschließung', 'Beitragsbescheid', 'Ablösung Erschließung', 'development charge'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt erhebt für die erstmalige endgültige Herstellung von Anbaustraßen, Wohnwegen, Sammelstraßen, Parkflächen, Grünanlagen und Lärmschutzanlagen einen Erschließungsbeitrag. In Baden-Württemberg richtet sich der Beitrag nach dem Kommunalabgabengesetz und der Erschließungsbeitragssatzung der Stadt. Für den Ausbau bereits fertiger Straßen werden in Baden-Württemberg keine Straßenausbaubeiträge erhoben.</p>' +
      '<p>Von den beitragsfähigen Kosten trägt die Stadt mindestens 5 Prozent selbst. Der Rest wird auf die erschlossenen Grundstücke verteilt, und zwar nach der Grundstücksfläche, vervielfacht mit einem Nutzungsfaktor, der von der Zahl der zulässigen Vollgeschosse abhängt (zum Beispiel 1,0 bei einem Vollgeschoss, 1,25 bei zwei Vollgeschossen). Grundstücke, die gewerblich genutzt werden können, erhalten einen Zuschlag.</p>' +
      '<p>Die Beitragsschuld entsteht, wenn die Anlage endgültig hergestellt ist. Schon vorher kann die Stadt Vorauszahlungen bis zur Höhe des voraussichtlichen Beitrags verlangen. Vor Entstehen der Beitragsschuld können Sie den Beitrag durch Vertrag ablösen. Der Beitrag ruht als öffentliche Last auf dem Grundstück.</p>' +
      '<p>Der Beitrag ist einen Monat nach Bekanntgabe des Bescheids fällig. Auf Antrag kann er gestundet oder in Raten gezahlt werden, wenn die sofortige Zahlung eine erhebliche Härte bedeuten würde; dafür werden in der Regel Zinsen erhoben. Für landwirtschaftlich genutzte Grundstücke ist eine zinslose Stundung möglich, solange sie so genutzt werden.</p>',
    requirementsHtml: '<ul><li>Sie sind zum Zeitpunkt der Bekanntgabe des Bescheids Eigentümerin oder Eigentümer oder Erbbauberechtigte oder Erbbauberechtigter des erschlossenen Grundstücks.</li><li>Bei Wohnungseigentum sind die Wohnungseigentümerinnen und -eigentümer entsprechend ihrem Miteigentumsanteil beitragspflichtig.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Die Stadt informiert die Eigentümerinnen und Eigentümer in der Regel vor Baubeginn über die Maßnahme und die voraussichtliche Beitragshöhe.</li>' +
      '<li>Sie erhalten einen Vorauszahlungs- oder Beitragsbescheid mit der Berechnung.</li>' +
      '<li>Zahlen Sie den Betrag innerhalb eines Monats unter Angabe des Kassenzeichens an die Stadtkasse.</li>' +
      '<li>Wenn Sie nicht in einem Betrag zahlen können, stellen Sie vor Fälligkeit einen Antrag auf Stundung oder Ratenzahlung.</li>' +
      '<li>Nach Fertigstellung wird der endgültige Beitrag berechnet; Vorauszahlungen werden angerechnet und zu viel gezahlte Beträge erstattet.</li>' +
      '</ol>',
    costs: [{ kind: 'variable', description: 'Die Höhe ergibt sich aus den Kosten der Erschließungsanlage, der Grundstücksfläche und dem Nutzungsfaktor.' }],
    costsNoteHtml: '<p>Beispiel: Bei einem umzulegenden Aufwand von 20 Euro je gewichtetem Quadratmeter zahlt die Eigentümerin eines 600 Quadratmeter großen Grundstücks mit zwei zulässigen Vollgeschossen 600 × 1,25 × 20 Euro = 15.000 Euro. Für Stundung und Ratenzahlung werden Zinsen von 0,5 Prozent je Monat erhoben.</p>',
    requiredDocuments: [
      { name: 'Kassenzeichen aus dem Beitragsbescheid', required: true },
      { name: 'Nachweise über Ihre wirtschaftlichen Verhältnisse', descriptionHtml: '<p>Nur beim Antrag auf Stundung oder Ratenzahlung.</p>', required: false },
    ],
    deadlines: [
      { label: 'Fälligkeit', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Der Beitrag ist einen Monat nach Bekanntgabe des Bescheids fällig.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { descriptionHtml: '<p>Anträge auf Stundung oder Ratenzahlung werden in der Regel innerhalb von zwei Wochen beschieden.</p>' },
    legalBasis: [
      { uri: KAG, title: '§§ 20 bis 28 und 33 bis 41 Kommunalabgabengesetz Baden-Württemberg (KAG) – Beiträge und Erschließungsbeiträge' },
      { uri: 'https://www.gesetze-im-internet.de/bbaug/__123.html', title: '§ 123 Baugesetzbuch (BauGB) – Erschließungslast' },
      { uri: ortsrecht('erschliessungsbeitragssatzung'), title: 'Erschließungsbeitragssatzung der Stadt Musterstadt' },
      VWGO_80,
    ],
    appealHtml: WIDERSPRUCH_ABGABEN,
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Stundung oder Ratenzahlung online beantragen', uri: portal('erschliessungsbeitrag-bescheid-zahlung'), trustLevel: 'substantial' }],
    officeIds: ['oe-tiefbauamt', 'oe-stadtkasse'],
    lifeSituations: ['1060000', '1050000', '2050000'],
    categories: ['steuern', 'bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-28T13:30:00Z',
  },
  {
    id: 'kleingarten-pachten',
    leikaKeys: [],
    name: 'Kleingarten pachten',
    officialName: 'Kleingarten Verpachtung',
    summary:
      'Die Stadt Musterstadt verpachtet rund 2.400 Kleingärten in 28 Anlagen über den Bezirksverband der Gartenfreunde. Wenn Sie einen Kleingarten pachten möchten, lassen Sie sich auf die Bewerberliste setzen.',
    synonyms: ['Schrebergarten', 'Kleingarten', 'Gartenparzelle', 'Gartenverein', 'Laube', 'Garten pachten', 'Kleingartenanlage', 'allotment garden'],
    descriptionHtml:
      '<p>Kleingärten dienen der nichterwerbsmäßigen gärtnerischen Nutzung, insbesondere dem Anbau von Obst und Gemüse für den Eigenbedarf, und der Erholung. Die Gärten in Musterstadt sind zwischen 200 und 400 Quadratmeter groß. Die Stadt hat die Flächen an den Bezirksverband der Gartenfreunde Musterstadt verpachtet, der sie an die einzelnen Kleingärtnerinnen und Kleingärtner weiterverpachtet.</p>' +
      '<p>Nach dem Bundeskleingartengesetz und der Gartenordnung gilt: Mindestens ein Drittel der Fläche soll für den Anbau von Obst, Gemüse und Kräutern genutzt werden. Eine Gartenlaube darf einschließlich überdachtem Freisitz höchstens 24 Quadratmeter groß sein und nicht zum dauernden Wohnen genutzt werden. Die Pacht ist gesetzlich begrenzt.</p>' +
      '<p>Die Wartezeit beträgt je nach Anlage ein bis drei Jahre. Familien mit Kindern und Bewerberinnen und Bewerber ohne eigenen Garten, die in der Nähe der Anlage wohnen, werden bevorzugt. Bei Übernahme eines Gartens zahlen Sie der Vorpächterin oder dem Vorpächter eine Entschädigung für Laube und Anpflanzungen, die nach der Wertermittlungsrichtlinie des Verbandes geschätzt wird.</p>',
    requirementsHtml: '<ul><li>Sie wohnen in Musterstadt.</li><li>Sie haben keinen anderen Kleingarten gepachtet.</li><li>Sie werden Mitglied im örtlichen Kleingartenverein und halten die Gartenordnung ein.</li></ul>',
    procedureHtml:
      '<ol>' +
      '<li>Tragen Sie sich online in die Bewerberliste ein und wählen Sie bis zu drei bevorzugte Anlagen.</li>' +
      '<li>Wird ein Garten frei, meldet sich der Verein bei Ihnen und zeigt Ihnen die Parzelle.</li>' +
      '<li>Nach der Besichtigung entscheiden Sie sich; der Wert von Laube und Aufwuchs wird geschätzt.</li>' +
      '<li>Sie schließen den Unterpachtvertrag mit dem Bezirksverband und treten dem Verein bei.</li>' +
      '</ol>',
    costs: [
      { kind: 'variable', min: eur(90), max: eur(250), description: 'Pacht im Jahr je nach Gartengröße (rund 0,45 Euro je Quadratmeter) zuzüglich Umlagen' },
      { kind: 'variable', min: eur(500), max: eur(8000), description: 'einmalige Ablöse für Laube und Aufwuchs an die Vorpächterin oder den Vorpächter' },
    ],
    costsNoteHtml: '<p>Hinzu kommen der Vereinsbeitrag (etwa 40 bis 80 Euro im Jahr), Wasser- und Stromkosten sowie gegebenenfalls eine einmalige Aufnahmegebühr des Vereins.</p>',
    requiredDocuments: [
      { name: 'Bewerbung mit Kontaktdaten und Wunschanlagen', required: true },
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei Abschluss des Pachtvertrags.</p>', required: true },
    ],
    deadlines: [{ label: 'Kündigung des Pachtvertrags', descriptionHtml: '<p>Die Pächterin oder der Pächter kann den Vertrag in der Regel zum 30. November eines Jahres mit einer Frist von drei Monaten kündigen.</p>' }],
    processingTime: { duration: { value: 1, unit: 'year', valueTo: 3 }, descriptionHtml: '<p>Wartezeit auf einen freien Garten, je nach Anlage.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bkleingg/__1.html', title: '§ 1 Bundeskleingartengesetz (BKleingG) – Begriffsbestimmungen' },
      { uri: 'https://www.gesetze-im-internet.de/bkleingg/__3.html', title: '§ 3 Bundeskleingartengesetz (BKleingG) – Kleingarten und Gartenlaube' },
      { uri: 'https://www.gesetze-im-internet.de/bkleingg/__5.html', title: '§ 5 Bundeskleingartengesetz (BKleingG) – Pacht' },
    ],
    formsNoteHtml: forms({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/kleingaerten', title: 'Kleingartenanlagen in Musterstadt mit Lageplan' }],
    onlineServices: [{ title: 'Online auf die Bewerberliste für Kleingärten eintragen', uri: portal('kleingarten-pachten'), trustLevel: 'low' }],
    officeIds: ['oe-vermessung'],
    lifeSituations: ['1110000', '1170000'],
    categories: ['umwelt-abfall', 'bauen-wohnen'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-23T10:00:00Z',
  },
];
