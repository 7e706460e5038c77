/**
 * Musterstadt demo services: Bürgerservice, Meldewesen, Standesamt,
 * Migration und Einbürgerung, Wahlen, Fundbüro.
 *
 * The texts are written for this demo after the model of PVOG/XZuFi service
 * descriptions. LeiKa keys are given only where they were checked against
 * PVOG data (Suchdienst catalogue and PVOG search results); otherwise the
 * list is empty.
 */
import type { CatalogFileInput } from '../../../connectors/static-json/index.js';

const TERMIN = 'https://termine.musterstadt.example/?anliegen=';
const ONLINE = 'https://service.musterstadt.example/';

/** Module 14 "Formulare" in the PVOG style. */
function formulare(o: {
  formulare: boolean;
  schriftform: boolean;
  formlos: boolean;
  persoenlich: boolean;
  online: boolean;
  hinweis?: string;
}): string {
  const jaNein = (b: boolean) => (b ? 'Ja' : 'Nein');
  return (
    `<p>Formulare vorhanden: ${jaNein(o.formulare)}<br>` +
    `Schriftform erforderlich: ${jaNein(o.schriftform)}<br>` +
    `Formlose Antragstellung möglich: ${jaNein(o.formlos)}<br>` +
    `Persönliches Erscheinen nötig: ${jaNein(o.persoenlich)}<br>` +
    `Online-Dienste vorhanden: ${jaNein(o.online)}</p>` +
    (o.hinweis ? `<p>${o.hinweis}</p>` : '')
  );
}

const WIDERSPRUCH_MONAT = {
  label: 'Widerspruchsfrist',
  typeCode: '009',
  duration: { value: 1, unit: 'month' as const },
  descriptionHtml: '<p>Widerspruch kann innerhalb eines Monats nach Bekanntgabe des Bescheides eingelegt werden.</p>',
};

const RECHTSBEHELF_VERWALTUNG = `<p>Gegen einen ablehnenden Bescheid können Sie innerhalb eines Monats nach Bekanntgabe schriftlich oder zur Niederschrift Widerspruch bei der Stadt Musterstadt einlegen. Ist ein Widerspruchsverfahren gesetzlich nicht vorgesehen, können Sie innerhalb eines Monats Klage beim zuständigen Verwaltungsgericht erheben.</p>
<p>Maßgeblich ist die Rechtsbehelfsbelehrung in Ihrem Bescheid.</p>`;

const RECHTSBEHELF_STANDESAMT = `<p>Lehnt das Standesamt eine Amtshandlung ab, können Sie beim Amtsgericht beantragen, das Standesamt zur Vornahme der Amtshandlung anzuhalten (§ 49 Personenstandsgesetz). Ein Widerspruchsverfahren findet nicht statt.</p>`;

const GEBUEHRENSATZUNG = {
  uri: 'https://www.musterstadt.example/ortsrecht/verwaltungsgebuehrensatzung',
  title: 'Verwaltungsgebührensatzung der Stadt Musterstadt',
};

export const services: CatalogFileInput['services'] = [
  // ---------------------------------------------------------------- Ausweise und Pässe
  {
    id: 'personalausweis-beantragen',
    name: 'Personalausweis beantragen',
    officialName: 'Personalausweis Ausstellung',
    leikaKeys: ['99008001012000'],
    summary:
      'Deutsche ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. Den Personalausweis beantragen Sie persönlich in einem Bürgerbüro; das Lichtbild wird seit Mai 2025 digital erstellt oder übermittelt.',
    synonyms: ['Perso', 'Ausweis', 'Personalausweis verlängern', 'neuer Personalausweis', 'ID-Karte', 'Online-Ausweis', 'Ausweis abgelaufen', 'identity card', 'ID card'],
    descriptionHtml: `<p>Als Deutsche oder Deutscher sind Sie ab 16 Jahren verpflichtet, einen gültigen Personalausweis zu besitzen und ihn auf Verlangen einer zur Feststellung der Identität berechtigten Behörde vorzulegen. Die Pflicht ist auch erfüllt, wenn Sie einen gültigen Reisepass besitzen. Auf Antrag erhalten auch Kinder einen Personalausweis.</p>
<p>Der Personalausweis ist für Personen ab 24 Jahren 10 Jahre gültig, für Personen unter 24 Jahren 6 Jahre. Er kann nicht verlängert werden; nach Ablauf der Gültigkeit beantragen Sie einen neuen Ausweis. Im Chip werden Ihr Lichtbild und – ab 6 Jahren – zwei Fingerabdrücke gespeichert.</p>
<p>Mit der Online-Ausweisfunktion (eID) können Sie sich im Internet sicher ausweisen, zum Beispiel für Verwaltungsleistungen, Rentenkonto oder Bankgeschäfte. Sie ist bei Ausweisen für Personen ab 16 Jahren eingeschaltet. Ihre persönliche Transport-PIN erhalten Sie einige Tage nach dem Antrag per Post; mit der AusweisApp legen Sie damit Ihre eigene sechsstellige PIN fest.</p>
<p>Seit dem 1. Mai 2025 werden Lichtbilder nur noch digital angenommen. Sie können das Foto direkt im Bürgerbüro am Fotoautomaten aufnehmen lassen oder bei einem registrierten Fotostudio erstellen lassen, das es verschlüsselt an das Bürgerbüro übermittelt. Papierfotos werden nicht mehr angenommen.</p>`,
    requirementsHtml: `<ul>
<li>Sie besitzen die deutsche Staatsangehörigkeit.</li>
<li>Sie sind mit Hauptwohnung in Musterstadt gemeldet. Mit Hauptwohnung an einem anderen Ort ist ein Antrag in Musterstadt nur aus wichtigem Grund und gegen eine höhere Gebühr möglich.</li>
<li>Sie erscheinen persönlich; eine Vertretung ist wegen der Fingerabdrücke und der Unterschrift nicht möglich.</li>
<li>Bei Antragstellenden unter 16 Jahren müssen alle sorgeberechtigten Personen zustimmen; das Kind muss bei der Antragstellung anwesend sein.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Buchen Sie online einen Termin in einem der Bürgerbüros.</li>
<li>Lassen Sie das Lichtbild im Bürgerbüro aufnehmen oder vorab von einem registrierten Fotostudio digital übermitteln. Bringen Sie dann den Abholcode des Studios mit.</li>
<li>Im Bürgerbüro werden Ihre Daten geprüft, Ihre Fingerabdrücke erfasst und Ihre Unterschrift digital aufgenommen. Sie bezahlen die Gebühr bar oder mit Karte.</li>
<li>Die Bundesdruckerei stellt den Ausweis her. Einige Tage nach dem Antrag erhalten Sie per Post den PIN-Brief mit Transport-PIN und PUK.</li>
<li>Sobald der Ausweis abholbereit ist, werden Sie per E-Mail oder SMS benachrichtigt, wenn Sie das wünschen. Den Abholstatus können Sie auch online abfragen.</li>
<li>Sie holen den Ausweis persönlich ab und geben den alten Ausweis ab; er wird entwertet und kann Ihnen auf Wunsch wieder ausgehändigt werden. Alternativ können Sie bei der Antragstellung den Direktversand per Post wählen.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 46, currency: 'EUR' }, description: 'für Antragstellende ab 24 Jahren' },
      { kind: 'fixed', amount: { value: 22.8, currency: 'EUR' }, description: 'für Antragstellende unter 24 Jahren' },
      { kind: 'fixed', amount: { value: 6, currency: 'EUR' }, description: 'Lichtbild am Fotoautomaten im Bürgerbüro (optional)' },
      { kind: 'fixed', amount: { value: 15, currency: 'EUR' }, description: 'Direktversand des Ausweises per Post (optional)' },
    ],
    costsNoteHtml: `<p>Beantragen Sie den Ausweis bei einer Behörde, die für Ihren Wohnsitz nicht zuständig ist, fällt eine zusätzliche Gebühr von 13 Euro an. Bei Bedürftigkeit kann die Gebühr ermäßigt oder erlassen werden; bringen Sie dazu einen aktuellen Leistungsbescheid mit.</p>`,
    requiredDocuments: [
      { name: 'bisheriger Personalausweis oder Reisepass', descriptionHtml: '<p>Auch abgelaufene Dokumente bitte mitbringen. Ist der alte Ausweis verloren gegangen, melden Sie den Verlust zuerst.</p>', required: true },
      { name: 'digitales biometrisches Lichtbild', descriptionHtml: '<p>Aufnahme vor Ort im Bürgerbüro oder Abholcode eines registrierten Fotostudios.</p>', required: true },
      { name: 'Geburts- oder Eheurkunde', descriptionHtml: '<p>Nur bei einem ersten Ausweis ohne Vordokument oder nach einer Namensänderung.</p>', required: false },
      { name: 'Zustimmungserklärung der Sorgeberechtigten', descriptionHtml: '<p>Nur für Kinder und Jugendliche unter 16 Jahren, wenn nicht alle Sorgeberechtigten anwesend sind; mit Kopie der Ausweise der Sorgeberechtigten.</p>', required: false },
      { name: 'Nachweis der deutschen Staatsangehörigkeit', descriptionHtml: '<p>Nur wenn die Staatsangehörigkeit nicht aus früheren Dokumenten hervorgeht, z. B. Einbürgerungsurkunde.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Empfohlene Vorlaufzeit',
        duration: { value: 4, unit: 'week', valueTo: 6 },
        descriptionHtml: '<p>Beantragen Sie den neuen Ausweis rechtzeitig vor Ablauf des alten, am besten 4 bis 6 Wochen vorher. Wer keinen gültigen Ausweis besitzt, begeht eine Ordnungswidrigkeit.</p>',
      },
    ],
    processingTime: {
      duration: { value: 3, unit: 'week', valueTo: 4 },
      descriptionHtml: '<p>Die Herstellung bei der Bundesdruckerei dauert in der Regel 3 bis 4 Wochen. Wenn Sie kurzfristig ein Ausweisdokument brauchen, können Sie zusätzlich einen vorläufigen Personalausweis beantragen.</p>',
    },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pauswg/__1.html', title: '§ 1 Personalausweisgesetz (PAuswG) – Ausweispflicht' },
      { uri: 'https://www.gesetze-im-internet.de/pauswg/__9.html', title: '§ 9 Personalausweisgesetz (PAuswG) – Ausstellung des Ausweises' },
      { uri: 'https://www.gesetze-im-internet.de/pauswgebv/__1.html', title: '§ 1 Personalausweisgebührenverordnung (PAuswGebV) – Gebühren' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: true, hinweis: 'Der Antrag wird im Bürgerbüro elektronisch aufgenommen; ein Formular müssen Sie nicht ausfüllen. Online können Sie einen Termin buchen und den Bearbeitungsstand abfragen.' }),
    furtherInformation: [
      { uri: 'https://www.personalausweisportal.de', title: 'Personalausweisportal des Bundesministeriums des Innern' },
      { uri: 'https://www.ausweisapp.bund.de', title: 'AusweisApp – die offizielle App für die Online-Ausweisfunktion' },
    ],
    onlineServices: [{ title: 'Abholstatus von Ausweis und Pass abfragen', uri: `${ONLINE}personalausweis-beantragen`, trustLevel: 'none' }],
    appointmentUrl: `${TERMIN}personalausweis-beantragen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1070000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-14T10:00:00Z',
  },
  {
    id: 'reisepass-beantragen',
    name: 'Reisepass beantragen',
    officialName: 'Reisepass Ausstellung',
    leikaKeys: ['99085001012000'],
    summary:
      'Für Reisen in viele Länder außerhalb der Europäischen Union brauchen Sie einen Reisepass. Sie beantragen ihn persönlich im Bürgerbüro; die Herstellung dauert etwa 3 bis 4 Wochen.',
    synonyms: ['Pass', 'Reisepass', 'ePass', 'Pass verlängern', 'Reisepass abgelaufen', 'Urlaub Pass', 'passport', 'travel document'],
    descriptionHtml: `<p>Der Reisepass ist das Reisedokument für Deutsche. Für Reisen in die meisten Staaten außerhalb der Europäischen Union und des Schengen-Raums ist er vorgeschrieben, etwa in die USA, nach Kanada oder Thailand. Er erfüllt im Inland auch die Ausweispflicht.</p>
<p>Der Reisepass ist für Personen ab 24 Jahren 10 Jahre gültig, für Personen unter 24 Jahren 6 Jahre. Er enthält einen Chip mit Lichtbild und zwei Fingerabdrücken (ab 6 Jahren). Standardmäßig hat der Pass 32 Seiten; für Vielreisende gibt es eine Ausführung mit 48 Seiten.</p>
<p>Informieren Sie sich vor der Reise über die Einreisebestimmungen des Ziellandes. Manche Staaten verlangen, dass der Pass noch mindestens sechs Monate über das Reiseende hinaus gültig ist. Brauchen Sie den Pass schneller, können Sie einen Express-Reisepass oder einen vorläufigen Reisepass beantragen.</p>`,
    requirementsHtml: `<ul>
<li>Sie besitzen die deutsche Staatsangehörigkeit und sind mit Hauptwohnung in Musterstadt gemeldet.</li>
<li>Sie erscheinen persönlich zur Antragstellung.</li>
<li>Minderjährige benötigen die Zustimmung aller sorgeberechtigten Personen und müssen anwesend sein.</li>
<li>Es liegen keine Passversagungsgründe vor, zum Beispiel eine Ausreisesperre.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Buchen Sie online einen Termin im Bürgerbüro.</li>
<li>Das digitale Lichtbild wird im Bürgerbüro aufgenommen oder von einem registrierten Fotostudio übermittelt.</li>
<li>Die Mitarbeitenden erfassen Ihre Daten, Fingerabdrücke und Unterschrift. Sie bezahlen die Gebühr.</li>
<li>Die Bundesdruckerei stellt den Pass her. Sie werden auf Wunsch benachrichtigt, wenn er abholbereit ist.</li>
<li>Sie holen den Pass persönlich ab oder lassen ihn gegen Gebühr per Post zusenden. Der alte Pass wird entwertet.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 70, currency: 'EUR' }, description: 'für Antragstellende ab 24 Jahren (32 Seiten)' },
      { kind: 'fixed', amount: { value: 37.5, currency: 'EUR' }, description: 'für Antragstellende unter 24 Jahren (32 Seiten)' },
      { kind: 'fixed', amount: { value: 22, currency: 'EUR' }, description: 'Zuschlag für einen Pass mit 48 Seiten' },
      { kind: 'fixed', amount: { value: 6, currency: 'EUR' }, description: 'Lichtbild am Fotoautomaten im Bürgerbüro (optional)' },
    ],
    costsNoteHtml: `<p>Für die Zustellung per Post (Direktversand) fallen zusätzlich 15 Euro an. Bei Antragstellung bei einer nicht zuständigen Passbehörde wird ein Zuschlag von 13 Euro erhoben. Der Express-Zuschlag beträgt 32 Euro.</p>`,
    requiredDocuments: [
      { name: 'bisheriger Reisepass oder Personalausweis', required: true },
      { name: 'digitales biometrisches Lichtbild', descriptionHtml: '<p>Aufnahme im Bürgerbüro oder Abholcode eines registrierten Fotostudios.</p>', required: true },
      { name: 'Geburts- oder Eheurkunde', descriptionHtml: '<p>Nur bei erstmaliger Beantragung ohne Vordokument oder nach einer Namensänderung.</p>', required: false },
      { name: 'Zustimmung und Ausweise der Sorgeberechtigten', descriptionHtml: '<p>Nur bei Minderjährigen, wenn nicht alle Sorgeberechtigten anwesend sind.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Empfohlene Vorlaufzeit',
        duration: { value: 6, unit: 'week' },
        descriptionHtml: '<p>Beantragen Sie den Pass mindestens 6 Wochen vor einer geplanten Reise. In der Ferienzeit sind Termine knapp.</p>',
      },
    ],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/passg/__1.html', title: '§ 1 Passgesetz (PassG) – Passpflicht' },
      { uri: 'https://www.gesetze-im-internet.de/passg/__6.html', title: '§ 6 Passgesetz (PassG) – Ausstellung eines Passes' },
      { uri: 'https://www.gesetze-im-internet.de/passv/__15.html', title: '§ 15 Passverordnung (PassV) – Gebühren' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: true }),
    furtherInformation: [
      { uri: 'https://www.auswaertiges-amt.de', title: 'Auswärtiges Amt: Reise- und Sicherheitshinweise, Einreisebestimmungen' },
    ],
    onlineServices: [{ title: 'Abholstatus von Ausweis und Pass abfragen', uri: `${ONLINE}reisepass-beantragen`, trustLevel: 'none' }],
    appointmentUrl: `${TERMIN}reisepass-beantragen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-sued'],
    lifeSituations: ['1070000', '1120000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-14T10:05:00Z',
  },
  {
    id: 'vorlaeufigen-personalausweis-beantragen',
    name: 'Vorläufigen Personalausweis beantragen',
    officialName: 'Personalausweis Ausstellung vorläufiger Personalausweis',
    leikaKeys: ['99008001012002'],
    summary:
      'Wenn Sie kurzfristig ein Ausweisdokument brauchen, erhalten Sie im Bürgerbüro einen vorläufigen Personalausweis. Er wird sofort ausgestellt und ist höchstens drei Monate gültig.',
    synonyms: ['Ersatzausweis', 'Notausweis', 'vorläufiger Perso', 'Behelfsausweis', 'Ausweis sofort', 'temporary identity card'],
    descriptionHtml: `<p>Der vorläufige Personalausweis ist ein Papierdokument, das Sie sofort im Bürgerbüro erhalten. Er überbrückt die Zeit, bis Ihr regulärer Personalausweis hergestellt ist, zum Beispiel wenn Ihr Ausweis verloren gegangen ist und Sie in wenigen Tagen verreisen, heiraten oder ein Konto eröffnen wollen.</p>
<p>Der vorläufige Personalausweis ist höchstens drei Monate gültig. Er berechtigt zu Reisen in die Staaten, die den deutschen Personalausweis als Reisedokument anerkennen; manche Staaten akzeptieren ihn jedoch nicht. Er hat keinen Chip und keine Online-Ausweisfunktion.</p>
<p>Ein vorläufiger Personalausweis wird nur ausgestellt, wenn Sie gleichzeitig einen regulären Personalausweis beantragen oder bereits beantragt haben und ein sofortiger Bedarf besteht.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind Deutsche oder Deutscher und in Musterstadt gemeldet.</li>
<li>Sie haben einen regulären Personalausweis beantragt oder beantragen ihn zugleich.</li>
<li>Sie können glaubhaft machen, dass Sie sofort ein Ausweisdokument benötigen und kein anderes gültiges Dokument (z. B. Reisepass) besitzen.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Kommen Sie mit Termin, in dringenden Fällen auch ohne Termin, in ein Bürgerbüro.</li>
<li>Ihre Identität wird anhand vorhandener Dokumente oder des Melderegisters geprüft.</li>
<li>Der vorläufige Ausweis wird mit Ihrem Lichtbild gedruckt und Ihnen sofort ausgehändigt.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 10, currency: 'EUR' }, description: 'zusätzlich zur Gebühr für den regulären Personalausweis' }],
    requiredDocuments: [
      { name: 'digitales biometrisches Lichtbild', descriptionHtml: '<p>Aufnahme im Bürgerbüro möglich.</p>', required: true },
      { name: 'abgelaufener Ausweis, Reisepass oder Führerschein', descriptionHtml: '<p>Soweit vorhanden, zur Identitätsprüfung.</p>', required: false },
      { name: 'Geburts- oder Eheurkunde', descriptionHtml: '<p>Nur wenn kein anderes Dokument vorliegt.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Der vorläufige Personalausweis wird sofort ausgestellt.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pauswg/__3.html', title: '§ 3 Personalausweisgesetz (PAuswG) – Vorläufiger Personalausweis' },
      { uri: 'https://www.gesetze-im-internet.de/pauswgebv/__1.html', title: '§ 1 Personalausweisgebührenverordnung (PAuswGebV)' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.personalausweisportal.de', title: 'Personalausweisportal des Bundesministeriums des Innern' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}vorlaeufigen-personalausweis-beantragen`,
    officeIds: ['oe-buergerbuero-mitte'],
    lifeSituations: ['1070000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-14T10:10:00Z',
  },
  {
    id: 'express-reisepass-beantragen',
    name: 'Express-Reisepass oder vorläufigen Reisepass beantragen',
    officialName: 'Reisepass Ausstellung im Expressverfahren / vorläufiger Reisepass',
    leikaKeys: ['99085001012002', '99085001012005'],
    summary:
      'Wenn Sie kurzfristig verreisen, können Sie einen Express-Reisepass beantragen, der in der Regel nach drei Werktagen abholbereit ist. In dringenden Fällen erhalten Sie sofort einen vorläufigen Reisepass.',
    synonyms: ['Expresspass', 'Schnellpass', 'Notpass', 'vorläufiger Pass', 'Pass schnell', 'Reisepass Express', 'emergency passport'],
    descriptionHtml: `<p>Für kurzfristige Reisen gibt es zwei Möglichkeiten:</p>
<ul>
<li><strong>Express-Reisepass:</strong> Der reguläre elektronische Reisepass wird bevorzugt hergestellt und ist in der Regel nach drei Werktagen im Bürgerbüro abholbereit. Er hat dieselbe Gültigkeit wie ein normaler Reisepass.</li>
<li><strong>Vorläufiger Reisepass:</strong> Er wird sofort im Bürgerbüro ausgestellt und ist höchstens ein Jahr gültig. Er hat keinen Chip.</li>
</ul>
<p>Bitte beachten Sie: Nicht alle Staaten erkennen den vorläufigen Reisepass an. Für die visumfreie Einreise in die USA (ESTA) ist er nicht ausreichend; Sie bräuchten dann ein Visum. Prüfen Sie die Einreisebestimmungen beim Auswärtigen Amt.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind Deutsche oder Deutscher und in Musterstadt gemeldet.</li>
<li>Für den vorläufigen Reisepass: Sie können glaubhaft machen, dass Sie sofort einen Pass benötigen, etwa durch eine Reisebuchung, und ein Express-Reisepass nicht rechtzeitig fertig würde.</li>
<li>Sie erscheinen persönlich; bei Minderjährigen stimmen alle Sorgeberechtigten zu.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Kommen Sie mit Termin in ein Bürgerbüro; bei einer unmittelbar bevorstehenden Reise erhalten Sie auch ohne Termin Hilfe.</li>
<li>Geben Sie an, dass Sie den Pass im Expressverfahren oder einen vorläufigen Pass wünschen.</li>
<li>Daten, Lichtbild und Fingerabdrücke werden erfasst; Sie bezahlen die Gebühr.</li>
<li>Den vorläufigen Pass erhalten Sie sofort. Den Express-Pass holen Sie nach Benachrichtigung persönlich ab.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 32, currency: 'EUR' }, description: 'Express-Zuschlag zusätzlich zur Passgebühr (70 Euro ab 24 Jahren, 37,50 Euro unter 24 Jahren)' },
      { kind: 'fixed', amount: { value: 26, currency: 'EUR' }, description: 'vorläufiger Reisepass' },
    ],
    requiredDocuments: [
      { name: 'bisheriger Reisepass oder Personalausweis', required: true },
      { name: 'digitales biometrisches Lichtbild', required: true },
      { name: 'Reisenachweis', descriptionHtml: '<p>Nur für den vorläufigen Reisepass, z. B. Buchungsbestätigung oder Flugticket.</p>', required: false },
    ],
    deadlines: [],
    processingTime: {
      duration: { value: 3, unit: 'working-day' },
      descriptionHtml: '<p>Express-Reisepass: in der Regel 3 Werktage. Vorläufiger Reisepass: sofort.</p>',
    },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/passg/__1.html', title: '§ 1 Passgesetz (PassG) – Passpflicht, vorläufiger Reisepass' },
      { uri: 'https://www.gesetze-im-internet.de/passv/__15.html', title: '§ 15 Passverordnung (PassV) – Gebühren' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.auswaertiges-amt.de', title: 'Auswärtiges Amt: Einreisebestimmungen der Zielländer' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}express-reisepass-beantragen`,
    officeIds: ['oe-buergerbuero-mitte'],
    lifeSituations: ['1070000', '1120000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-14T10:15:00Z',
  },
  {
    id: 'reisepass-fuer-kinder-beantragen',
    name: 'Reisepass für Kinder beantragen',
    officialName: 'Reisepass Ausstellung für Minderjährige',
    leikaKeys: [],
    summary:
      'Seit dem 1. Januar 2024 wird der Kinderreisepass nicht mehr ausgestellt oder verlängert. Kinder reisen mit einem eigenen elektronischen Reisepass oder – innerhalb Europas und in einige weitere Länder – mit einem Personalausweis.',
    synonyms: ['Kinderreisepass', 'Kinderpass', 'Pass für Baby', 'Kinderausweis', 'Reisepass Kind', 'Personalausweis Kind', 'passport for children'],
    descriptionHtml: `<p>Jedes Kind braucht für Auslandsreisen ein eigenes Reisedokument; ein Eintrag im Pass der Eltern ist nicht mehr möglich. Der frühere Kinderreisepass wurde zum 1. Januar 2024 abgeschafft. Bereits ausgestellte Kinderreisepässe bleiben bis zum aufgedruckten Ablaufdatum gültig, können aber nicht mehr verlängert oder aktualisiert werden.</p>
<p>Für Kinder können Sie heute beantragen:</p>
<ul>
<li>einen <strong>elektronischen Reisepass</strong> (6 Jahre gültig) für Reisen in alle Länder,</li>
<li>einen <strong>Personalausweis</strong> (6 Jahre gültig) für Reisen innerhalb der EU, des Schengen-Raums und in weitere Länder, die den Ausweis anerkennen,</li>
<li>in dringenden Fällen einen <strong>vorläufigen Reisepass</strong> (höchstens 1 Jahr gültig) oder einen Express-Reisepass.</li>
</ul>
<p>Die Herstellung eines Reisepasses dauert 3 bis 4 Wochen. Planen Sie bei Babys, die kurz vor einer Reise geboren werden, genug Zeit für Geburtsurkunde, Anmeldung und Pass ein. Ab 6 Jahren werden Fingerabdrücke gespeichert.</p>`,
    requirementsHtml: `<ul>
<li>Das Kind besitzt die deutsche Staatsangehörigkeit und ist in Musterstadt gemeldet.</li>
<li>Alle sorgeberechtigten Personen stimmen dem Antrag zu.</li>
<li>Das Kind ist bei der Antragstellung anwesend – auch Säuglinge.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Buchen Sie einen Termin und kommen Sie mit dem Kind ins Bürgerbüro.</li>
<li>Das Lichtbild wird vor Ort aufgenommen oder digital von einem Fotostudio übermittelt. Für Kinder unter 6 Jahren gelten erleichterte Anforderungen an das Foto.</li>
<li>Die Sorgeberechtigten unterschreiben den Antrag; ist ein Elternteil nicht anwesend, legen Sie seine schriftliche Zustimmung und eine Kopie seines Ausweises vor.</li>
<li>Den fertigen Pass holt ein sorgeberechtigter Elternteil ab.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 37.5, currency: 'EUR' }, description: 'Reisepass für Antragstellende unter 24 Jahren' },
      { kind: 'fixed', amount: { value: 22.8, currency: 'EUR' }, description: 'Personalausweis für Antragstellende unter 24 Jahren' },
      { kind: 'fixed', amount: { value: 26, currency: 'EUR' }, description: 'vorläufiger Reisepass' },
    ],
    costsNoteHtml: '<p>Für das Lichtbild im Bürgerbüro fallen 6 Euro an, für einen Express-Reisepass zusätzlich 32 Euro.</p>',
    requiredDocuments: [
      { name: 'Geburtsurkunde des Kindes', descriptionHtml: '<p>Bei der ersten Beantragung.</p>', required: true },
      { name: 'Ausweise aller Sorgeberechtigten', required: true },
      { name: 'bisheriges Reisedokument des Kindes', descriptionHtml: '<p>Soweit vorhanden, z. B. alter Kinderreisepass.</p>', required: false },
      { name: 'schriftliche Zustimmung des nicht anwesenden Elternteils', required: false },
      { name: 'Sorgerechtsnachweis', descriptionHtml: '<p>Nur bei alleinigem Sorgerecht, z. B. Negativbescheinigung des Jugendamts oder Gerichtsbeschluss.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/passg/__6.html', title: '§ 6 Passgesetz (PassG) – Ausstellung eines Passes' },
      { uri: 'https://www.gesetze-im-internet.de/passv/__15.html', title: '§ 15 Passverordnung (PassV) – Gebühren' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false, hinweis: 'Die Zustimmungserklärung für einen nicht anwesenden Elternteil finden Sie auf der Internetseite der Stadt.' }),
    furtherInformation: [{ uri: 'https://www.auswaertiges-amt.de', title: 'Auswärtiges Amt: Einreisebestimmungen für Kinder' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}reisepass-fuer-kinder-beantragen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1070000', '1120000', '1010000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-14T10:20:00Z',
  },
  {
    id: 'personalausweis-verlust-melden',
    name: 'Verlust oder Diebstahl des Personalausweises melden',
    officialName: 'Personalausweis Verlustmeldung',
    leikaKeys: ['99008001014002'],
    summary:
      'Den Verlust oder Diebstahl Ihres Personalausweises müssen Sie unverzüglich der Personalausweisbehörde melden. Die Online-Ausweisfunktion lassen Sie zusätzlich über den Sperrnotruf 116 116 sperren.',
    synonyms: ['Ausweis verloren', 'Perso gestohlen', 'Ausweis weg', 'Verlustanzeige', 'Diebstahl Ausweis', 'Ausweis sperren', 'lost ID card'],
    descriptionHtml: `<p>Wenn Ihr Personalausweis verloren gegangen ist oder gestohlen wurde, sind Sie verpflichtet, dies unverzüglich einer Personalausweisbehörde zu melden. Der Ausweis wird dann im polizeilichen Fahndungssystem gesperrt, damit niemand ihn missbrauchen kann. Bei Diebstahl erstatten Sie außerdem Anzeige bei der Polizei.</p>
<p>Die Online-Ausweisfunktion sperren Sie sofort und rund um die Uhr über den Sperrnotruf <strong>116 116</strong> (aus dem Ausland +49 116 116). Dafür benötigen Sie Ihr Sperrkennwort aus dem PIN-Brief. Auch das Bürgerbüro kann die Online-Ausweisfunktion sperren.</p>
<p>Taucht ein als verloren gemeldeter Ausweis wieder auf, ist er ungültig. Geben Sie ihn im Bürgerbüro ab. Einen neuen Personalausweis beantragen Sie gleich beim selben Termin; bei Bedarf erhalten Sie zusätzlich einen vorläufigen Personalausweis.</p>`,
    requirementsHtml: `<ul>
<li>Ihr Personalausweis ist verloren gegangen oder wurde gestohlen.</li>
<li>Die Meldung kann jede Personalausweisbehörde in Deutschland entgegennehmen; im Ausland wenden Sie sich an die deutsche Auslandsvertretung.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Sperren Sie die Online-Ausweisfunktion über den Sperrnotruf 116 116.</li>
<li>Bei Diebstahl: Erstatten Sie Anzeige bei der Polizei und lassen Sie sich eine Bescheinigung geben.</li>
<li>Kommen Sie ins Bürgerbüro und geben Sie die Verlusterklärung ab. Der Ausweis wird als abhanden gekommen gesperrt.</li>
<li>Beantragen Sie einen neuen Personalausweis; bringen Sie dafür ein digitales Lichtbild mit oder lassen Sie es vor Ort aufnehmen.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Die Verlustmeldung ist gebührenfrei; für den neuen Ausweis fallen die regulären Gebühren an.' }],
    requiredDocuments: [
      { name: 'anderes Identitätsdokument', descriptionHtml: '<p>z. B. Reisepass oder Führerschein, soweit vorhanden.</p>', required: false },
      { name: 'Bescheinigung der Polizei über die Diebstahlsanzeige', descriptionHtml: '<p>Nur bei Diebstahl.</p>', required: false },
      { name: 'digitales biometrisches Lichtbild', descriptionHtml: '<p>Für den neuen Ausweis; Aufnahme im Bürgerbüro möglich.</p>', required: false },
    ],
    deadlines: [
      { label: 'Meldefrist', descriptionHtml: '<p>Der Verlust ist <strong>unverzüglich</strong> zu melden. Wer dies unterlässt, handelt ordnungswidrig.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die Verlustmeldung wird sofort bearbeitet.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pauswg/__27.html', title: '§ 27 Personalausweisgesetz (PAuswG) – Pflichten des Ausweisinhabers' },
      { uri: 'https://www.gesetze-im-internet.de/pauswg/__10.html', title: '§ 10 Personalausweisgesetz (PAuswG) – Elektronischer Identitätsnachweis: Einschalten, Sperren und Entsperren' },
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.personalausweisportal.de', title: 'Personalausweisportal: Sperrung bei Verlust' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}personalausweis-verlust-melden`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-sued'],
    lifeSituations: ['1070000', '1160000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-14T10:25:00Z',
  },
  {
    id: 'eid-karte-unionsbuerger-beantragen',
    name: 'eID-Karte für Unionsbürgerinnen und Unionsbürger beantragen',
    officialName: 'eID-Karte Ausstellung',
    leikaKeys: ['99008005012000'],
    summary:
      'Staatsangehörige der EU und des EWR ab 16 Jahren können eine eID-Karte beantragen, um sich online gegenüber deutschen Behörden und Unternehmen auszuweisen. Die Karte ist kein Ausweis- oder Reisedokument.',
    synonyms: ['eID-Karte', 'Online-Ausweis EU', 'EU-Bürger eID', 'elektronischer Identitätsnachweis', 'Unionsbürgerkarte', 'eID card', 'EU citizen eID'],
    descriptionHtml: `<p>Die eID-Karte ermöglicht Bürgerinnen und Bürgern anderer Mitgliedstaaten der Europäischen Union und des Europäischen Wirtschaftsraums, sich mit der Online-Ausweisfunktion sicher im Internet auszuweisen – genauso wie Deutsche mit dem Personalausweis. Damit können Sie zum Beispiel Verwaltungsleistungen online beantragen, ein Bankkonto eröffnen oder Ihr Rentenkonto einsehen.</p>
<p>Die Karte enthält einen Chip mit Ihren Daten, aber kein Lichtbild und keine Fingerabdrücke. Sie ist weder Ausweis noch Reisedokument; tragen Sie daher weiterhin den Ausweis oder Pass Ihres Heimatstaates bei sich. Die eID-Karte ist 10 Jahre gültig.</p>`,
    requirementsHtml: `<ul>
<li>Sie besitzen die Staatsangehörigkeit eines EU- oder EWR-Staates (nicht die deutsche).</li>
<li>Sie sind mindestens 16 Jahre alt.</li>
<li>Sie erscheinen persönlich mit einem gültigen Pass oder Personalausweis Ihres Heimatstaates.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Buchen Sie einen Termin im Bürgerbüro.</li>
<li>Ihre Identität wird anhand Ihres Heimatdokuments geprüft; Sie unterschreiben den Antrag.</li>
<li>Die Karte wird bei der Bundesdruckerei hergestellt. Den PIN-Brief erhalten Sie per Post.</li>
<li>Sie holen die Karte persönlich ab und legen mit der AusweisApp Ihre persönliche PIN fest.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 37, currency: 'EUR' } }],
    requiredDocuments: [
      { name: 'gültiger Pass oder Personalausweis Ihres Heimatstaates', required: true },
      { name: 'Meldebestätigung', descriptionHtml: '<p>Nur wenn Sie nicht in Musterstadt gemeldet sind oder die Anmeldung gerade erst erfolgt ist.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 4 } },
    legalBasis: [{ uri: 'https://www.gesetze-im-internet.de/eidkg/index.html', title: 'eID-Karte-Gesetz (eIDKG)' }],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.personalausweisportal.de', title: 'Personalausweisportal: eID-Karte für Unionsbürger' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}eid-karte-unionsbuerger-beantragen`,
    officeIds: ['oe-buergerbuero-mitte'],
    lifeSituations: ['1070000', '1080000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-14T10:30:00Z',
  },
  {
    id: 'pin-online-ausweisfunktion-neu-setzen',
    name: 'Neue PIN für die Online-Ausweisfunktion setzen lassen',
    officialName: 'Elektronischer Identitätsnachweis Neusetzen der PIN',
    leikaKeys: [],
    summary:
      'Haben Sie die PIN Ihres Personalausweises vergessen, setzen Sie im Bürgerbüro kostenlos eine neue PIN. Der frühere PIN-Rücksetzbrief kann nicht mehr online bestellt werden.',
    synonyms: ['PIN-Rücksetzbrief', 'PIN vergessen', 'Transport-PIN', 'PUK', 'eID aktivieren', 'Online-Ausweis PIN', 'AusweisApp', 'reset eID PIN'],
    descriptionHtml: `<p>Für die Online-Ausweisfunktion Ihres Personalausweises, Ihres elektronischen Aufenthaltstitels oder Ihrer eID-Karte benötigen Sie eine sechsstellige PIN. Nach der Ausstellung erhalten Sie per Post eine fünfstellige Transport-PIN, die Sie mit der AusweisApp durch Ihre persönliche PIN ersetzen.</p>
<p>Wenn Sie Ihre PIN vergessen haben oder der PIN-Brief verloren gegangen ist, können Sie im Bürgerbüro eine neue PIN setzen lassen. Sie geben die neue PIN dort selbst an einem Eingabegerät ein. Der bundesweite Online-Dienst für den PIN-Rücksetzbrief wurde Ende 2023 eingestellt.</p>
<p>Haben Sie die PIN dreimal falsch eingegeben, ist sie gesperrt. Mit der PUK aus dem PIN-Brief können Sie sie in der AusweisApp selbst entsperren. Im Bürgerbüro kann außerdem eine ausgeschaltete Online-Ausweisfunktion eingeschaltet oder eine Sperre aufgehoben werden, wenn der Ausweis wieder aufgefunden wurde.</p>`,
    requirementsHtml: `<ul>
<li>Sie besitzen einen gültigen Personalausweis, einen elektronischen Aufenthaltstitel oder eine eID-Karte.</li>
<li>Sie erscheinen persönlich mit dem Dokument.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Buchen Sie einen Termin im Bürgerbüro.</li>
<li>Legen Sie Ihren Ausweis vor. Ihre Identität wird geprüft.</li>
<li>Sie geben an einem PIN-Pad Ihre neue sechsstellige PIN ein. Die PIN wird nicht gespeichert und ist den Mitarbeitenden nicht bekannt.</li>
<li>Prüfen Sie die neue PIN anschließend mit der AusweisApp.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Neusetzen der PIN, Einschalten und Entsperren der Online-Ausweisfunktion sind gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Personalausweis, elektronischer Aufenthaltstitel oder eID-Karte', required: true },
      { name: 'PIN-Brief mit PUK und Sperrkennwort', descriptionHtml: '<p>Soweit noch vorhanden; er wird für das Neusetzen der PIN nicht zwingend benötigt.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 15, unit: 'minute' }, descriptionHtml: '<p>Die neue PIN wird sofort gesetzt.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pauswg/__10.html', title: '§ 10 Personalausweisgesetz (PAuswG) – Elektronischer Identitätsnachweis: Einschalten, Sperren und Entsperren' },
      { uri: 'https://www.gesetze-im-internet.de/pauswg/__18.html', title: '§ 18 Personalausweisgesetz (PAuswG) – Elektronischer Identitätsnachweis' },
    ],
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [
      { uri: 'https://www.ausweisapp.bund.de', title: 'AusweisApp – PIN ändern und Online-Ausweisfunktion nutzen' },
      { uri: 'https://www.personalausweisportal.de', title: 'Personalausweisportal des Bundesministeriums des Innern' },
    ],
    onlineServices: [],
    appointmentUrl: `${TERMIN}pin-online-ausweisfunktion-neu-setzen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1070000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-14T10:35:00Z',
  },
  // ---------------------------------------------------------------- Meldewesen
  {
    id: 'wohnsitz-anmelden',
    name: 'Wohnsitz anmelden',
    officialName: 'Wohnsitz Anmeldung',
    leikaKeys: ['99115005104000'],
    summary:
      'Wenn Sie nach Musterstadt ziehen, müssen Sie sich innerhalb von zwei Wochen nach dem Einzug anmelden. Die Anmeldung ist gebührenfrei und mit Online-Ausweis auch online möglich.',
    synonyms: ['Anmeldung', 'Ummeldung', 'Umzug', 'Zuzug', 'Einwohnermeldeamt', 'Wohnung anmelden', 'Meldeschein', 'register address', 'Anmeldung residence registration'],
    descriptionHtml: `<p>Wer eine Wohnung bezieht, muss sich innerhalb von zwei Wochen bei der Meldebehörde anmelden. Das gilt für den Zuzug aus einer anderen Gemeinde und aus dem Ausland. Bei einem Umzug innerhalb Deutschlands müssen Sie sich an der alten Adresse nicht abmelden; das erledigt die Meldebehörde automatisch.</p>
<p>Mit der Anmeldung werden Ihre Daten an andere Stellen übermittelt, zum Beispiel an das Bundeszentralamt für Steuern, die Ausländerbehörde oder den ARD ZDF Deutschlandradio Beitragsservice. Wenn Sie aus dem Ausland zuziehen und zum ersten Mal in Deutschland gemeldet sind, erhalten Sie Ihre steuerliche Identifikationsnummer einige Wochen später per Post.</p>
<p>Bei der Anmeldung wird auch die Adresse in Ihrem Personalausweis oder Reisepass und in Ihrem elektronischen Aufenthaltstitel aktualisiert. Denken Sie daran, die neue Anschrift auch der Kfz-Zulassungsbehörde mitzuteilen, wenn Sie ein Fahrzeug besitzen.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind in eine Wohnung in Musterstadt eingezogen. Eine Anmeldung vor dem Einzug ist nicht möglich.</li>
<li>Ihre Wohnungsgeberin oder Ihr Wohnungsgeber hat Ihnen den Einzug bestätigt (Wohnungsgeberbestätigung) oder die Bestätigung elektronisch an die Meldebehörde übermittelt.</li>
<li>Sie melden sich persönlich, online oder durch eine bevollmächtigte Person an. Eine Person kann für alle Familienmitglieder handeln, die mit ihr gemeinsam einziehen.</li>
</ul>`,
    procedureHtml: `<p><strong>Online:</strong></p>
<ol>
<li>Rufen Sie den Online-Dienst „Wohnsitz anmelden“ auf und weisen Sie sich mit der Online-Ausweisfunktion aus.</li>
<li>Geben Sie die neue Anschrift und die Daten der mitziehenden Personen ein und laden Sie die Wohnungsgeberbestätigung hoch oder geben Sie den Code der elektronischen Bestätigung ein.</li>
<li>Sie erhalten die Meldebestätigung elektronisch. Den Adressaufkleber für Ausweis oder Pass erhalten Sie per Post oder lassen ihn im Bürgerbüro aufbringen.</li>
</ol>
<p><strong>Im Bürgerbüro:</strong></p>
<ol>
<li>Buchen Sie einen Termin und bringen Sie die Ausweise aller anzumeldenden Personen und die Wohnungsgeberbestätigung mit.</li>
<li>Die Mitarbeitenden erfassen die Anmeldung, aktualisieren die Anschrift in Ihren Dokumenten und händigen Ihnen die Meldebestätigung aus.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Die Anmeldung und die Meldebestätigung sind gebührenfrei.' }],
    costsNoteHtml: '<p>Wer sich nicht oder nicht rechtzeitig anmeldet, handelt ordnungswidrig; es kann ein Bußgeld von bis zu 1.000 Euro festgesetzt werden.</p>',
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder Passersatzpapier', descriptionHtml: '<p>Für alle anzumeldenden Personen; bei Kindern gegebenenfalls die Geburtsurkunde.</p>', required: true },
      { name: 'Wohnungsgeberbestätigung', descriptionHtml: '<p>Von der Vermieterin, dem Vermieter oder der Eigentümerin bzw. dem Eigentümer der Wohnung.</p>', required: true },
      { name: 'Vollmacht', descriptionHtml: '<p>Nur wenn eine andere Person die Anmeldung für Sie erledigt; mit deren Ausweis.</p>', required: false },
      { name: 'Heirats- und Geburtsurkunden', descriptionHtml: '<p>Nur bei Zuzug aus dem Ausland, wenn Familienstand und Familienangehörige noch nicht im Melderegister erfasst sind.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Anmeldefrist',
        duration: { value: 2, unit: 'week' },
        descriptionHtml: '<p>Innerhalb von zwei Wochen nach dem Einzug.</p>',
      },
    ],
    processingTime: { descriptionHtml: '<p>Die Anmeldung wird sofort bearbeitet; die Online-Anmeldung in der Regel innerhalb von zwei Werktagen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__17.html', title: '§ 17 Bundesmeldegesetz (BMG) – Anmeldung, Abmeldung' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__19.html', title: '§ 19 Bundesmeldegesetz (BMG) – Mitwirkung des Wohnungsgebers' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__54.html', title: '§ 54 Bundesmeldegesetz (BMG) – Bußgeldvorschriften' },
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true, hinweis: 'Persönliches Erscheinen ist nicht nötig, wenn Sie den Online-Dienst nutzen oder eine bevollmächtigte Person schicken.' }),
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/neu-in-musterstadt', title: 'Neu in Musterstadt – Checkliste für den Umzug' },
      { uri: 'https://verwaltung.bund.de', title: 'Verwaltungsportal des Bundes' },
    ],
    onlineServices: [{ title: 'Wohnsitz online anmelden', uri: `${ONLINE}wohnsitz-anmelden`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}wohnsitz-anmelden`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1050000', '1080000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:00:00Z',
  },
  {
    id: 'wohnsitz-abmelden',
    name: 'Wohnsitz abmelden bei Wegzug ins Ausland',
    officialName: 'Wohnsitz Abmeldung',
    leikaKeys: ['99115005070000'],
    summary:
      'Wenn Sie ins Ausland ziehen und keine Wohnung in Deutschland behalten, müssen Sie sich abmelden. Die Abmeldung ist frühestens eine Woche vor und spätestens zwei Wochen nach dem Auszug möglich.',
    synonyms: ['Abmeldung', 'Wegzug', 'Auswanderung', 'ins Ausland ziehen', 'Abmeldebescheinigung', 'Wohnsitz aufgeben', 'deregistration', 'moving abroad'],
    descriptionHtml: `<p>Eine Abmeldung ist nur nötig, wenn Sie ins Ausland ziehen und keine neue Wohnung in Deutschland beziehen. Ziehen Sie innerhalb Deutschlands um, melden Sie sich nur am neuen Wohnort an. Eine Nebenwohnung melden Sie ab, wenn Sie sie aufgeben.</p>
<p>Sie erhalten eine Abmeldebestätigung. Diese brauchen Sie häufig im Ausland oder für die Kündigung von Verträgen, etwa beim Rundfunkbeitrag oder bei Versicherungen. Deutsche mit Wohnsitz im Ausland können bei Bundestags- und Europawahlen weiter wählen; dafür beantragen Sie vor jeder Wahl die Eintragung in das Wählerverzeichnis.</p>`,
    requirementsHtml: `<ul>
<li>Sie ziehen aus Ihrer Wohnung in Musterstadt aus und beziehen keine andere Wohnung im Inland.</li>
<li>Die Abmeldung kann persönlich, schriftlich, online oder durch eine bevollmächtigte Person erfolgen.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Melden Sie sich online mit der Online-Ausweisfunktion, schriftlich mit dem Abmeldeformular oder im Bürgerbüro ab.</li>
<li>Geben Sie das Auszugsdatum und, wenn bekannt, Ihre neue Anschrift im Ausland an.</li>
<li>Sie erhalten die Abmeldebestätigung per Post, elektronisch oder sofort im Bürgerbüro.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Abmeldung und Abmeldebestätigung sind gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei schriftlicher Abmeldung eine Kopie.</p>', required: true },
      { name: 'Abmeldeformular', descriptionHtml: '<p>Nur bei schriftlicher Abmeldung, unterschrieben.</p>', required: false },
      { name: 'Vollmacht', descriptionHtml: '<p>Nur wenn eine andere Person Sie abmeldet.</p>', required: false },
    ],
    deadlines: [
      {
        label: 'Abmeldefrist',
        duration: { value: 2, unit: 'week' },
        descriptionHtml: '<p>Spätestens zwei Wochen nach dem Auszug. Die Abmeldung ist frühestens eine Woche vor dem Auszug möglich.</p>',
      },
    ],
    processingTime: { descriptionHtml: '<p>Sofort bei Vorsprache; schriftliche und Online-Abmeldungen in wenigen Werktagen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__17.html', title: '§ 17 Bundesmeldegesetz (BMG) – Anmeldung, Abmeldung' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__54.html', title: '§ 54 Bundesmeldegesetz (BMG) – Bußgeldvorschriften' },
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.auswaertiges-amt.de', title: 'Auswärtiges Amt: Informationen für Deutsche im Ausland' }],
    onlineServices: [{ title: 'Wohnsitz online abmelden', uri: `${ONLINE}wohnsitz-abmelden`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}wohnsitz-abmelden`,
    officeIds: ['oe-buergerbuero-mitte'],
    lifeSituations: ['1050000', '1120000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:05:00Z',
  },
  {
    id: 'umzug-innerhalb-musterstadt-melden',
    name: 'Umzug innerhalb Musterstadts melden',
    officialName: 'Wohnsitz Ummeldung innerhalb der Gemeinde',
    leikaKeys: [],
    summary:
      'Ziehen Sie innerhalb von Musterstadt um, müssen Sie die neue Wohnung innerhalb von zwei Wochen melden. Die Ummeldung ist gebührenfrei und online oder im Bürgerbüro möglich.',
    synonyms: ['Ummeldung', 'Adressänderung', 'Umzug', 'neue Adresse', 'Wohnungswechsel', 'Adresse ändern Ausweis', 'change of address'],
    descriptionHtml: `<p>Auch bei einem Umzug innerhalb der Stadt besteht Meldepflicht: Sie melden Ihre neue Wohnung innerhalb von zwei Wochen nach dem Einzug. Eine Abmeldung der bisherigen Wohnung ist nicht nötig.</p>
<p>Bei der Ummeldung wird die neue Anschrift in Ihren Personalausweis, Reisepass oder elektronischen Aufenthaltstitel eingetragen. Ihre Wahlbenachrichtigungen, Steuerbescheide der Stadt und andere Post der Behörden erreichen Sie danach an der neuen Anschrift.</p>
<p>Besitzen Sie ein Fahrzeug, müssen Sie die Adressänderung auch in der Zulassungsbescheinigung eintragen lassen. Das erledigen Sie bei der Kfz-Zulassungsbehörde.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind innerhalb von Musterstadt in eine neue Wohnung gezogen.</li>
<li>Sie haben eine Wohnungsgeberbestätigung für die neue Wohnung.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Melden Sie den Umzug online mit der Online-Ausweisfunktion oder buchen Sie einen Termin im Bürgerbüro.</li>
<li>Legen Sie die Wohnungsgeberbestätigung vor oder geben Sie den Code der elektronischen Bestätigung an.</li>
<li>Im Bürgerbüro wird der Adressaufkleber sofort auf Ihre Dokumente aufgebracht; bei der Online-Meldung erhalten Sie ihn per Post und kleben ihn selbst auf.</li>
</ol>`,
    costs: [{ kind: 'free' }],
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder elektronischer Aufenthaltstitel', descriptionHtml: '<p>Für alle umziehenden Personen.</p>', required: true },
      { name: 'Wohnungsgeberbestätigung', required: true },
      { name: 'Vollmacht', descriptionHtml: '<p>Nur wenn eine andere Person den Umzug für Sie meldet.</p>', required: false },
    ],
    deadlines: [{ label: 'Meldefrist', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Innerhalb von zwei Wochen nach dem Einzug.</p>' }],
    processingTime: { descriptionHtml: '<p>Sofort bei Vorsprache im Bürgerbüro.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__17.html', title: '§ 17 Bundesmeldegesetz (BMG) – Anmeldung, Abmeldung' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__19.html', title: '§ 19 Bundesmeldegesetz (BMG) – Mitwirkung des Wohnungsgebers' },
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/umzug', title: 'Umzug in Musterstadt: Was Sie erledigen müssen' }],
    onlineServices: [{ title: 'Umzug online melden', uri: `${ONLINE}umzug-innerhalb-musterstadt-melden`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}umzug-innerhalb-musterstadt-melden`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-sued'],
    lifeSituations: ['1050000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:10:00Z',
  },
  {
    id: 'nebenwohnung-anmelden',
    name: 'Nebenwohnung anmelden',
    officialName: 'Wohnsitz Anmeldung als Nebenwohnsitz',
    leikaKeys: [],
    summary:
      'Wenn Sie neben Ihrer Hauptwohnung eine weitere Wohnung in Musterstadt beziehen, müssen Sie diese innerhalb von zwei Wochen als Nebenwohnung anmelden. Für Nebenwohnungen erhebt die Stadt Zweitwohnungsteuer.',
    synonyms: ['Zweitwohnsitz', 'Nebenwohnsitz', 'Zweitwohnung', 'Wochenendwohnung', 'Studentenwohnung anmelden', 'Pendlerwohnung', 'secondary residence'],
    descriptionHtml: `<p>Haben Sie mehrere Wohnungen in Deutschland, ist eine davon Ihre Hauptwohnung, die anderen sind Nebenwohnungen. Hauptwohnung ist die Wohnung, die Sie vorwiegend benutzen. Bei Verheirateten oder in eingetragener Lebenspartnerschaft Lebenden, die nicht dauernd getrennt leben, ist es die vorwiegend benutzte Wohnung der Familie.</p>
<p>Eine Nebenwohnung melden Sie wie eine Hauptwohnung innerhalb von zwei Wochen nach dem Einzug an. Die Meldebehörde Ihrer Hauptwohnung wird automatisch informiert.</p>
<p>Die Stadt Musterstadt erhebt für Nebenwohnungen eine Zweitwohnungsteuer. Nach der Anmeldung erhalten Sie vom Steueramt eine Steuererklärung. Unter bestimmten Voraussetzungen, etwa für Studierende in Ausbildung bei den Eltern oder bei beruflich genutzten Wohnungen von Verheirateten, kann eine Befreiung in Betracht kommen.</p>`,
    requirementsHtml: `<ul>
<li>Sie beziehen in Musterstadt eine weitere Wohnung und behalten Ihre Hauptwohnung an einem anderen Ort (oder umgekehrt).</li>
<li>Sie haben eine Wohnungsgeberbestätigung.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Melden Sie die Nebenwohnung online oder im Bürgerbüro an.</li>
<li>Geben Sie an, welche Ihrer Wohnungen die Hauptwohnung ist.</li>
<li>Sie erhalten eine Meldebestätigung. Das Steueramt schickt Ihnen anschließend die Erklärung zur Zweitwohnungsteuer.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Die Anmeldung ist gebührenfrei.' }],
    costsNoteHtml: '<p>Für die Nebenwohnung fällt Zweitwohnungsteuer nach der Zweitwohnungsteuersatzung der Stadt Musterstadt an.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Wohnungsgeberbestätigung', required: true },
    ],
    deadlines: [{ label: 'Anmeldefrist', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Innerhalb von zwei Wochen nach dem Einzug.</p>' }],
    processingTime: { descriptionHtml: '<p>Sofort bei Vorsprache im Bürgerbüro.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__21.html', title: '§ 21 Bundesmeldegesetz (BMG) – Mehrere Wohnungen' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__22.html', title: '§ 22 Bundesmeldegesetz (BMG) – Bestimmung der Hauptwohnung' },
      { uri: 'https://www.musterstadt.example/ortsrecht/zweitwohnungsteuersatzung', title: 'Zweitwohnungsteuersatzung der Stadt Musterstadt' },
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/zweitwohnungsteuer', title: 'Zweitwohnungsteuer in Musterstadt' }],
    onlineServices: [{ title: 'Nebenwohnung online anmelden', uri: `${ONLINE}nebenwohnung-anmelden`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}nebenwohnung-anmelden`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-steueramt'],
    lifeSituations: ['1050000', '1060000'],
    categories: ['buergerservice', 'steuern'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:15:00Z',
  },
  {
    id: 'wohnungsgeberbestaetigung-ausstellen',
    name: 'Wohnungsgeberbestätigung ausstellen',
    officialName: 'Wohnungsgeberbestätigung Ausstellung',
    leikaKeys: [],
    summary:
      'Als Vermieterin, Vermieter oder Eigentümerin bzw. Eigentümer müssen Sie den Einzug Ihrer Mieterinnen und Mieter innerhalb von zwei Wochen schriftlich oder elektronisch bestätigen. Ohne diese Bestätigung ist keine Anmeldung möglich.',
    synonyms: ['Wohnungsgeberbescheinigung', 'Vermieterbescheinigung', 'Einzugsbestätigung', 'Vermieterbestätigung', 'Wohnungsgeber', 'Bestätigung des Wohnungsgebers', 'landlord confirmation'],
    descriptionHtml: `<p>Wer eine Wohnung bezieht, braucht für die Anmeldung eine Bestätigung des Wohnungsgebers. Wohnungsgeber ist, wer die Wohnung zur Verfügung stellt – in der Regel die Vermieterin oder der Vermieter, bei Untermiete die Hauptmieterin oder der Hauptmieter, bei selbst genutztem Eigentum die Eigentümerin oder der Eigentümer selbst. Sie können auch eine Hausverwaltung beauftragen.</p>
<p>Die Bestätigung muss enthalten:</p>
<ul>
<li>Name und Anschrift des Wohnungsgebers und, wenn er nicht selbst Eigentümer ist, auch Name des Eigentümers,</li>
<li>Einzugsdatum,</li>
<li>Anschrift der Wohnung,</li>
<li>Namen der meldepflichtigen Personen.</li>
</ul>
<p>Sie können die Bestätigung auf Papier ausstellen (Vordruck der Stadt) oder elektronisch direkt an die Meldebehörde übermitteln. Bei der elektronischen Übermittlung erhalten Sie einen Code, den Sie an die meldepflichtige Person weitergeben. Als Wohnungsgeber dürfen Sie bei der Meldebehörde erfragen, ob sich die Person angemeldet hat.</p>
<p>Eine Wohnungsgeberbestätigung darf nur ausgestellt werden, wenn die Person tatsächlich einzieht. Wer eine Wohnanschrift für eine Scheinanmeldung anbietet oder zur Verfügung stellt, begeht eine Ordnungswidrigkeit, die mit einer Geldbuße von bis zu 50.000 Euro geahndet werden kann.</p>`,
    requirementsHtml: `<ul>
<li>Sie überlassen eine Wohnung in Musterstadt einer Person, die dort einzieht.</li>
<li>Die Person ist tatsächlich eingezogen oder zieht in Kürze ein.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Füllen Sie den Vordruck „Wohnungsgeberbestätigung“ aus und unterschreiben Sie ihn, oder nutzen Sie den Online-Dienst der Stadt.</li>
<li>Übergeben Sie die Bestätigung der meldepflichtigen Person, oder geben Sie ihr bei elektronischer Übermittlung den erhaltenen Code.</li>
<li>Die Person meldet sich mit der Bestätigung innerhalb von zwei Wochen an.</li>
</ol>`,
    costs: [{ kind: 'free' }],
    costsNoteHtml: '<p>Wer die Bestätigung nicht, nicht richtig oder nicht rechtzeitig ausstellt, handelt ordnungswidrig (Bußgeld bis 1.000 Euro).</p>',
    requiredDocuments: [
      { name: 'Vordruck Wohnungsgeberbestätigung', descriptionHtml: '<p>Auf der Internetseite der Stadt und in den Bürgerbüros erhältlich. Eine formlose Bestätigung mit allen Pflichtangaben ist ebenfalls zulässig.</p>', required: true },
      { name: 'Vollmacht des Eigentümers', descriptionHtml: '<p>Nur wenn eine Hausverwaltung oder andere beauftragte Person die Bestätigung ausstellt.</p>', required: false },
    ],
    deadlines: [
      { label: 'Frist zur Bestätigung', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Innerhalb der zweiwöchigen Anmeldefrist der meldepflichtigen Person.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die elektronische Übermittlung ist sofort wirksam.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__19.html', title: '§ 19 Bundesmeldegesetz (BMG) – Mitwirkung des Wohnungsgebers' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__54.html', title: '§ 54 Bundesmeldegesetz (BMG) – Bußgeldvorschriften' },
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/formulare/wohnungsgeberbestaetigung', title: 'Vordruck Wohnungsgeberbestätigung (PDF)' }],
    onlineServices: [{ title: 'Wohnungsgeberbestätigung elektronisch übermitteln', uri: `${ONLINE}wohnungsgeberbestaetigung-ausstellen`, trustLevel: 'substantial' }],
    officeIds: ['oe-buergerbuero-mitte'],
    lifeSituations: ['1050000', '2050000'],
    categories: ['buergerservice', 'bauen-wohnen'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:20:00Z',
  },
  {
    id: 'meldebescheinigung-beantragen',
    name: 'Meldebescheinigung beantragen',
    officialName: 'Amtliche Meldebestätigung Ausstellung',
    leikaKeys: ['99115003012000'],
    summary:
      'Eine Meldebescheinigung bestätigt, dass und seit wann Sie unter einer Anschrift gemeldet sind. Sie erhalten sie im Bürgerbüro oder online mit der Online-Ausweisfunktion.',
    synonyms: ['Meldebestätigung', 'Aufenthaltsbescheinigung', 'Wohnsitzbescheinigung', 'erweiterte Meldebescheinigung', 'Wohnsitznachweis', 'certificate of registration', 'proof of address'],
    descriptionHtml: `<p>Eine Meldebescheinigung wird zum Beispiel von Arbeitgebern, Banken, Schulen, ausländischen Behörden oder bei der Eheschließung verlangt. Es gibt zwei Formen:</p>
<ul>
<li><strong>Einfache Meldebescheinigung</strong> mit Familienname, Vornamen, Doktorgrad, Tag und Ort der Geburt sowie den gegenwärtigen Anschriften.</li>
<li><strong>Erweiterte Meldebescheinigung</strong> mit weiteren Daten, etwa Familienstand, Staatsangehörigkeiten, früheren Anschriften oder Einzugsdatum. Sie wird zum Beispiel für die Anmeldung der Eheschließung gebraucht.</li>
</ul>
<p>Die Bestätigung bei der Anmeldung erhalten Sie ohnehin kostenlos. Eine Meldebescheinigung erhalten Sie nur über Ihre eigenen Daten; für andere Personen nur mit schriftlicher Vollmacht.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind in Musterstadt gemeldet oder waren es.</li>
<li>Für die Online-Bestellung benötigen Sie einen Ausweis mit eingeschalteter Online-Ausweisfunktion.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Bestellen Sie die Bescheinigung online, schriftlich oder im Bürgerbüro.</li>
<li>Online erhalten Sie sie als elektronisch signiertes PDF; schriftliche Anträge werden per Post beantwortet.</li>
<li>Im Bürgerbüro wird die Bescheinigung sofort ausgedruckt.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 8, currency: 'EUR' }, description: 'einfache Meldebescheinigung' },
      { kind: 'fixed', amount: { value: 12, currency: 'EUR' }, description: 'erweiterte Meldebescheinigung' },
    ],
    costsNoteHtml: '<p>Bescheinigungen, die Sie für Sozialleistungen (zum Beispiel Kindergeld, Rente, Wohngeld) benötigen, sind gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder elektronischer Aufenthaltstitel', required: true },
      { name: 'Vollmacht und Ausweiskopie der vertretenen Person', descriptionHtml: '<p>Nur bei Beantragung für eine andere Person.</p>', required: false },
      { name: 'Nachweis über den Verwendungszweck', descriptionHtml: '<p>Nur wenn Sie eine gebührenfreie Bescheinigung für Sozialleistungen beantragen.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Sofort im Bürgerbüro und online; schriftliche Anträge in etwa einer Woche.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__18.html', title: '§ 18 Bundesmeldegesetz (BMG) – Meldebescheinigung' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Meldebescheinigung online beantragen', uri: `${ONLINE}meldebescheinigung-beantragen`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}meldebescheinigung-beantragen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1050000', '1070000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:25:00Z',
  },
  {
    id: 'einfache-melderegisterauskunft',
    name: 'Einfache Melderegisterauskunft beantragen',
    officialName: 'Einfache Melderegisterauskunft Erteilung',
    leikaKeys: ['99115004001001'],
    summary:
      'Mit einer einfachen Melderegisterauskunft erfahren Sie die aktuelle Anschrift einer Person, die in Musterstadt gemeldet ist. Sie können die Auskunft online, schriftlich oder im Bürgerbüro beantragen.',
    synonyms: ['Adressauskunft', 'Anschrift ermitteln', 'Melderegister', 'Adresse herausfinden', 'Einwohnermeldeamt Auskunft', 'Aufenthaltsermittlung', 'address enquiry'],
    descriptionHtml: `<p>Jede Person und jedes Unternehmen kann eine einfache Melderegisterauskunft über eine andere Person erhalten, ohne ein besonderes Interesse nachweisen zu müssen. Die Auskunft enthält Familienname, Vornamen, Doktorgrad und die derzeitigen Anschriften, gegebenenfalls auch die Tatsache, dass die Person verstorben ist.</p>
<p>Damit die Person eindeutig gefunden werden kann, müssen Sie sie genau bezeichnen, zum Beispiel mit Namen und früherer Anschrift oder Geburtsdatum. Wird die Auskunft für gewerbliche Zwecke verlangt, müssen Sie den Zweck angeben. Für Werbung oder Adresshandel wird die Auskunft nur erteilt, wenn die betroffene Person eingewilligt hat.</p>
<p>Ist für die gesuchte Person eine Auskunftssperre eingetragen, erhalten Sie keine Auskunft. Die Person erfährt in der Regel nicht, dass Sie angefragt haben. Weitergehende Daten erhalten Sie nur mit einer erweiterten Melderegisterauskunft, für die Sie ein berechtigtes Interesse glaubhaft machen müssen.</p>`,
    requirementsHtml: `<ul>
<li>Sie können die gesuchte Person anhand mehrerer Merkmale eindeutig bezeichnen.</li>
<li>Bei gewerblicher Nutzung geben Sie den Zweck an.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Stellen Sie den Antrag online, schriftlich (auch per E-Mail) oder im Bürgerbüro.</li>
<li>Bezahlen Sie die Gebühr; online per Kreditkarte oder Lastschrift, schriftlich nach Erhalt des Gebührenbescheids.</li>
<li>Sie erhalten die Auskunft schriftlich, online als Dokument oder sofort im Bürgerbüro.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 12, currency: 'EUR' }, description: 'schriftlicher Antrag oder Antrag im Bürgerbüro' },
      { kind: 'fixed', amount: { value: 9, currency: 'EUR' }, description: 'automatisierter Online-Abruf' },
    ],
    costsNoteHtml: '<p>Die Gebühr fällt auch an, wenn die Person nicht gefunden wird oder eine Auskunftssperre besteht.</p>',
    requiredDocuments: [
      { name: 'Angaben zur gesuchten Person', descriptionHtml: '<p>Name, Vorname und mindestens ein weiteres Merkmal wie frühere Anschrift oder Geburtsdatum.</p>', required: true },
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei Antrag im Bürgerbüro.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'week' }, descriptionHtml: '<p>Online und im Bürgerbüro sofort; schriftliche Anträge in etwa einer Woche.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__44.html', title: '§ 44 Bundesmeldegesetz (BMG) – Einfache Melderegisterauskunft' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__51.html', title: '§ 51 Bundesmeldegesetz (BMG) – Auskunftssperren' },
      GEBUEHRENSATZUNG,
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Melderegisterauskunft online', uri: `${ONLINE}einfache-melderegisterauskunft`, trustLevel: 'low' }],
    appointmentUrl: `${TERMIN}einfache-melderegisterauskunft`,
    officeIds: ['oe-buergerbuero-mitte'],
    lifeSituations: ['1150000', '2140000'],
    categories: ['buergerservice'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:30:00Z',
  },
  {
    id: 'auskunftssperre-melderegister',
    name: 'Auskunftssperre im Melderegister beantragen',
    officialName: 'Auskunftssperre im Melderegister Eintragung',
    leikaKeys: [],
    summary:
      'Wenn Ihnen durch die Herausgabe Ihrer Anschrift eine Gefahr für Leben, Gesundheit oder persönliche Freiheit droht, können Sie eine Auskunftssperre eintragen lassen. Sie gilt zwei Jahre und kann verlängert werden.',
    synonyms: ['Adresssperre', 'Meldesperre', 'Auskunftssperre', 'Übermittlungssperre', 'Stalking Schutz Adresse', 'Anschrift geheim halten', 'block on disclosure'],
    descriptionHtml: `<p>Grundsätzlich kann jede Person eine einfache Auskunft über Ihre Anschrift erhalten. Wenn Tatsachen die Annahme rechtfertigen, dass Ihnen oder einer anderen Person daraus eine Gefahr für Leben, Gesundheit, persönliche Freiheit oder ähnliche schutzwürdige Interessen erwachsen kann, trägt die Meldebehörde auf Antrag eine Auskunftssperre ein. Das betrifft zum Beispiel Betroffene von häuslicher Gewalt oder Stalking sowie Personen, die beruflich besonders gefährdet sind.</p>
<p>Ist eine Auskunftssperre eingetragen, wird grundsätzlich keine Melderegisterauskunft mehr erteilt. Die Sperre ist auf zwei Jahre befristet und kann auf Antrag verlängert werden.</p>
<p>Unabhängig davon können Sie ohne Begründung bestimmten Datenübermittlungen widersprechen (Übermittlungssperren), zum Beispiel an Parteien vor Wahlen, an Adressbuchverlage, bei Alters- und Ehejubiläen, an das Bundesamt für das Personalmanagement der Bundeswehr oder an Religionsgesellschaften über Familienangehörige. Diese Widersprüche können Sie jederzeit formlos im Bürgerbüro oder online einlegen.</p>`,
    requirementsHtml: `<ul>
<li>Es liegen Tatsachen vor, die eine Gefährdung durch die Herausgabe Ihrer Anschrift begründen.</li>
<li>Sie legen diese Tatsachen dar und belegen sie, soweit möglich.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Stellen Sie den Antrag schriftlich oder im Bürgerbüro; in dringenden Fällen erhalten Sie kurzfristig einen Termin.</li>
<li>Begründen Sie die Gefährdung und legen Sie Nachweise vor.</li>
<li>Die Meldebehörde prüft den Antrag, gegebenenfalls unter Beteiligung der Polizei, und trägt die Sperre ein. Sie erhalten einen schriftlichen Bescheid.</li>
<li>Vor Ablauf der zwei Jahre werden Sie informiert und können eine Verlängerung beantragen.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Auskunftssperre und Übermittlungssperren sind gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Nachweise über die Gefährdung', descriptionHtml: '<p>z. B. Strafanzeige, Beschluss nach dem Gewaltschutzgesetz, Bestätigung einer Beratungsstelle oder eines Frauenhauses, Stellungnahme der Polizei oder des Arbeitgebers.</p>', required: false },
    ],
    deadlines: [
      { label: 'Geltungsdauer', duration: { value: 2, unit: 'year' }, descriptionHtml: '<p>Die Auskunftssperre endet nach zwei Jahren, wenn sie nicht verlängert wird.</p>' },
      WIDERSPRUCH_MONAT,
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 }, descriptionHtml: '<p>In akuten Gefährdungslagen wird die Sperre vorläufig sofort eingetragen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bmg/__51.html', title: '§ 51 Bundesmeldegesetz (BMG) – Auskunftssperren' },
      { uri: 'https://www.gesetze-im-internet.de/bmg/__50.html', title: '§ 50 Bundesmeldegesetz (BMG) – Melderegisterauskünfte in besonderen Fällen' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true, hinweis: 'Übermittlungssperren können Sie online einrichten; die Auskunftssperre beantragen Sie schriftlich oder persönlich.' }),
    furtherInformation: [{ uri: 'https://www.hilfetelefon.de', title: 'Hilfetelefon „Gewalt gegen Frauen“' }],
    onlineServices: [{ title: 'Übermittlungssperren online einrichten', uri: `${ONLINE}auskunftssperre-melderegister`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}auskunftssperre-melderegister`,
    officeIds: ['oe-buergerbuero-mitte'],
    lifeSituations: ['1160000', '1050000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-15T08:35:00Z',
  },
  // ---------------------------------------------------------------- Register und Beglaubigungen
  {
    id: 'fuehrungszeugnis-beantragen',
    name: 'Führungszeugnis beantragen',
    officialName: 'Führungszeugnis Erteilung',
    leikaKeys: ['99049001001000'],
    summary:
      'Ein Führungszeugnis gibt Auskunft darüber, ob Sie vorbestraft sind. Sie beantragen es im Bürgerbüro oder online beim Bundesamt für Justiz; es kostet 13 Euro.',
    synonyms: ['polizeiliches Führungszeugnis', 'Führungszeugnis', 'erweitertes Führungszeugnis', 'Strafregisterauszug', 'Bundeszentralregister', 'Leumundszeugnis', 'certificate of good conduct', 'criminal record certificate'],
    descriptionHtml: `<p>Das Führungszeugnis ist ein Auszug aus dem Bundeszentralregister beim Bundesamt für Justiz. Arbeitgeber, Vereine oder Behörden verlangen es, um zu prüfen, ob Sie für eine Tätigkeit geeignet sind. Es gibt folgende Arten:</p>
<ul>
<li><strong>Führungszeugnis für private Zwecke:</strong> Es wird an Ihre Anschrift geschickt, und Sie geben es selbst weiter, zum Beispiel an einen Arbeitgeber.</li>
<li><strong>Führungszeugnis zur Vorlage bei einer Behörde:</strong> Es wird direkt an die Behörde geschickt, die Sie angeben. Sie können verlangen, es vorher beim Bürgerbüro einzusehen.</li>
<li><strong>Erweitertes Führungszeugnis:</strong> Es wird für Tätigkeiten mit Kindern und Jugendlichen benötigt, etwa in Schule, Kita, Sportverein oder Jugendarbeit. Sie brauchen dafür eine schriftliche Aufforderung der Stelle, die es verlangt.</li>
<li><strong>Europäisches Führungszeugnis:</strong> Für Staatsangehörige anderer EU-Staaten enthält es zusätzlich die Eintragungen aus dem Strafregister des Heimatstaates.</li>
</ul>
<p>Ehrenamtlich Tätige können eine Gebührenbefreiung beantragen, wenn die Einrichtung das Ehrenamt bestätigt.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind mindestens 14 Jahre alt.</li>
<li>Sie beantragen das Führungszeugnis nur für sich selbst; eine Vertretung ist nicht möglich. Bei Minderjährigen kann auch die gesetzliche Vertretung den Antrag stellen.</li>
<li>Für die Online-Beantragung benötigen Sie die Online-Ausweisfunktion.</li>
</ul>`,
    procedureHtml: `<p><strong>Im Bürgerbüro:</strong></p>
<ol>
<li>Kommen Sie mit Ausweis zum Termin und geben Sie an, welche Art von Führungszeugnis Sie benötigen.</li>
<li>Die Mitarbeitenden übermitteln den Antrag an das Bundesamt für Justiz. Sie bezahlen die Gebühr vor Ort.</li>
<li>Das Bundesamt für Justiz schickt das Führungszeugnis per Post an Sie oder an die angegebene Behörde.</li>
</ol>
<p><strong>Online:</strong> Über das Online-Portal des Bundesamts für Justiz weisen Sie sich mit der Online-Ausweisfunktion aus und bezahlen die Gebühr per Kreditkarte oder einem anderen angebotenen Zahlverfahren.</p>`,
    costs: [
      { kind: 'fixed', amount: { value: 13, currency: 'EUR' }, description: 'Führungszeugnis (auch erweitertes)', prepayment: true },
      { kind: 'fixed', amount: { value: 17, currency: 'EUR' }, description: 'Europäisches Führungszeugnis', prepayment: true },
    ],
    costsNoteHtml: '<p>Für ehrenamtliche Tätigkeiten in gemeinnützigen Einrichtungen und bei Mittellosigkeit kann die Gebühr auf Antrag erlassen werden. Legen Sie dafür eine Bestätigung der Einrichtung bzw. einen aktuellen Leistungsbescheid vor.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'schriftliche Aufforderung der Stelle', descriptionHtml: '<p>Nur für ein erweitertes Führungszeugnis.</p>', required: false },
      { name: 'Bestätigung über ehrenamtliche Tätigkeit', descriptionHtml: '<p>Nur wenn Sie eine Gebührenbefreiung beantragen.</p>', required: false },
      { name: 'Anschrift und Geschäftszeichen der Empfangsbehörde', descriptionHtml: '<p>Nur für ein Führungszeugnis zur Vorlage bei einer Behörde.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 }, descriptionHtml: '<p>Das Bundesamt für Justiz versendet das Führungszeugnis in der Regel innerhalb von ein bis zwei Wochen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bzrg/__30.html', title: '§ 30 Bundeszentralregistergesetz (BZRG) – Antrag' },
      { uri: 'https://www.gesetze-im-internet.de/bzrg/__30a.html', title: '§ 30a Bundeszentralregistergesetz (BZRG) – Antrag auf ein erweitertes Führungszeugnis' },
      { uri: 'https://www.gesetze-im-internet.de/bzrg/__30b.html', title: '§ 30b Bundeszentralregistergesetz (BZRG) – Europäisches Führungszeugnis' },
    ],
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: true, hinweis: 'Persönliches Erscheinen ist nur bei Antrag im Bürgerbüro nötig; alternativ beantragen Sie online mit der Online-Ausweisfunktion.' }),
    furtherInformation: [{ uri: 'https://www.bundesjustizamt.de', title: 'Bundesamt für Justiz: Führungszeugnis' }],
    onlineServices: [{ title: 'Online-Portal des Bundesamts für Justiz', uri: 'https://www.fuehrungszeugnis.bund.de/', trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}fuehrungszeugnis-beantragen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1040000', '1070000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-16T09:00:00Z',
  },
  {
    id: 'gewerbezentralregister-auskunft',
    name: 'Auskunft aus dem Gewerbezentralregister beantragen',
    officialName: 'Gewerbezentralregister Einsicht gewähren',
    leikaKeys: ['99052002109000'],
    summary:
      'Die Auskunft aus dem Gewerbezentralregister zeigt gewerberechtliche Entscheidungen und Bußgelder. Sie wird für viele Erlaubnisse und öffentliche Ausschreibungen verlangt und kostet 13 Euro.',
    synonyms: ['GZR', 'GZR-Auskunft', 'Gewerbezentralregisterauszug', 'Gewerberegister Auskunft', 'Führungszeugnis Firma', 'Unbedenklichkeit Gewerbe', 'trade register extract'],
    descriptionHtml: `<p>Im Gewerbezentralregister beim Bundesamt für Justiz werden unter anderem Verwaltungsentscheidungen wegen Unzuverlässigkeit (zum Beispiel Gewerbeuntersagungen), Bußgeldentscheidungen im Zusammenhang mit einer gewerblichen Tätigkeit über 200 Euro sowie bestimmte strafgerichtliche Verurteilungen eingetragen.</p>
<p>Eine Auskunft benötigen Sie zum Beispiel für eine Gaststättenerlaubnis, eine Erlaubnis im Bewachungsgewerbe, als Immobilienmaklerin oder -makler oder für die Teilnahme an öffentlichen Vergabeverfahren. Auskunft erhalten natürliche Personen über sich selbst und juristische Personen (zum Beispiel GmbH) oder Personenvereinigungen über sich.</p>
<p>Sie können die Auskunft zur Vorlage bei einer Behörde (Versand direkt an die Behörde) oder zur eigenen Einsicht (Versand an Sie) beantragen.</p>`,
    requirementsHtml: `<ul>
<li>Natürliche Personen beantragen die Auskunft über sich selbst im Bürgerbüro oder online.</li>
<li>Für juristische Personen stellt die vertretungsberechtigte Person den Antrag, in der Regel direkt beim Bundesamt für Justiz; der Vertretungsnachweis ist beizufügen.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Stellen Sie den Antrag im Bürgerbüro oder über das Online-Portal des Bundesamts für Justiz.</li>
<li>Geben Sie an, ob die Auskunft an Sie oder an eine Behörde geschickt werden soll.</li>
<li>Bezahlen Sie die Gebühr. Das Bundesamt für Justiz versendet die Auskunft per Post.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 13, currency: 'EUR' }, prepayment: true }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Handelsregisterauszug oder Vertretungsnachweis', descriptionHtml: '<p>Nur bei Auskünften über juristische Personen.</p>', required: false },
      { name: 'Anschrift und Geschäftszeichen der Empfangsbehörde', descriptionHtml: '<p>Nur bei Auskunft zur Vorlage bei einer Behörde.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 } },
    legalBasis: [{ uri: 'https://www.gesetze-im-internet.de/gewo/__150.html', title: '§ 150 Gewerbeordnung (GewO) – Auskunft auf Antrag des Betroffenen' }],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true }),
    furtherInformation: [{ uri: 'https://www.bundesjustizamt.de', title: 'Bundesamt für Justiz: Gewerbezentralregister' }],
    onlineServices: [{ title: 'Online-Portal des Bundesamts für Justiz für die Auskunft aus dem Gewerbezentralregister', uri: 'https://www.bundesjustizamt.de/DE/Themen/Buergerdienste/GZR/GZR_node.html', trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}gewerbezentralregister-auskunft`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-gewerbeamt'],
    lifeSituations: ['2010000', '2140000'],
    categories: ['wirtschaft', 'buergerservice'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-16T09:05:00Z',
  },
  {
    id: 'dokumente-amtlich-beglaubigen',
    name: 'Kopien von Dokumenten amtlich beglaubigen lassen',
    officialName: 'Amtliche Beglaubigung von Abschriften, Vervielfältigungen und Ausdrucken',
    leikaKeys: [],
    summary:
      'Im Bürgerbüro können Sie Kopien von Zeugnissen, Urkunden und anderen Dokumenten amtlich beglaubigen lassen, wenn Sie diese bei einer Behörde vorlegen müssen.',
    synonyms: ['Beglaubigung', 'beglaubigte Kopie', 'Zeugnis beglaubigen', 'Abschrift beglaubigen', 'amtliche Beglaubigung', 'Kopie beglaubigen', 'certified copy'],
    descriptionHtml: `<p>Mit einer amtlichen Beglaubigung bestätigt die Behörde, dass eine Kopie (Abschrift, Vervielfältigung oder Ausdruck) mit dem vorgelegten Original übereinstimmt. Die Beglaubigung bestätigt nicht, dass der Inhalt des Originals richtig ist.</p>
<p>Die Stadt Musterstadt beglaubigt Kopien von Dokumenten, die von deutschen Behörden ausgestellt wurden, sowie von anderen Dokumenten, wenn die Kopie zur Vorlage bei einer Behörde benötigt wird – zum Beispiel Schul- und Hochschulzeugnisse für eine Bewerbung im öffentlichen Dienst oder Nachweise für Anträge. Im Beglaubigungsvermerk wird angegeben, bei welcher Behörde die Kopie vorgelegt werden soll.</p>
<p>Nicht beglaubigt werden:</p>
<ul>
<li>Personenstandsurkunden – beglaubigte Ausdrucke erhalten Sie beim zuständigen Standesamt,</li>
<li>Dokumente, deren Original erkennbar verändert wurde oder unvollständig ist,</li>
<li>Kopien, die bei Privatpersonen, Unternehmen oder im Ausland vorgelegt werden sollen; hierfür wenden Sie sich an eine Notarin oder einen Notar. Für die Verwendung im Ausland ist häufig zusätzlich eine Apostille oder Legalisation nötig.</li>
</ul>`,
    requirementsHtml: `<ul>
<li>Sie legen das Original vor.</li>
<li>Die Kopie wird bei einer Behörde oder sonstigen Stelle mit öffentlichen Aufgaben benötigt.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Bringen Sie das Original und die Kopien mit; Kopien können gegen Gebühr auch im Bürgerbüro angefertigt werden.</li>
<li>Die Mitarbeitenden vergleichen Original und Kopie und versehen die Kopie mit Beglaubigungsvermerk, Siegel und Unterschrift.</li>
<li>Sie bezahlen die Gebühr und erhalten die beglaubigten Kopien sofort zurück.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 5, currency: 'EUR' }, description: 'je Beglaubigung eines Dokuments bis 5 Seiten' },
      { kind: 'fixed', amount: { value: 1, currency: 'EUR' }, description: 'jede weitere Seite desselben Dokuments' },
    ],
    costsNoteHtml: '<p>Beglaubigungen für Sozialleistungen (z. B. Rente, Wohngeld, Bürgergeld) sind gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Original des Dokuments', required: true },
      { name: 'Kopien', descriptionHtml: '<p>Gut lesbar und vollständig, gegebenenfalls mit Rückseite.</p>', required: true },
      { name: 'Nachweis über den Verwendungszweck', descriptionHtml: '<p>Nur wenn Sie Gebührenfreiheit für Sozialleistungen in Anspruch nehmen.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Sofort während des Termins.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/vwvfg/__33.html', title: '§ 33 Verwaltungsverfahrensgesetz (VwVfG) – Beglaubigung von Dokumenten; gleichlautend § 33 LVwVfG Baden-Württemberg' },
      GEBUEHRENSATZUNG,
    ],
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false, hinweis: 'Eine andere Person kann die Beglaubigung für Sie erledigen, wenn sie das Original vorlegt.' }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: `${TERMIN}dokumente-amtlich-beglaubigen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-sued'],
    lifeSituations: ['1070000', '1030000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-16T09:10:00Z',
  },
  {
    id: 'unterschrift-beglaubigen',
    name: 'Unterschrift beglaubigen lassen',
    officialName: 'Amtliche Beglaubigung von Unterschriften',
    leikaKeys: [],
    summary:
      'Im Bürgerbüro können Sie Ihre Unterschrift amtlich beglaubigen lassen, wenn Sie das Schriftstück bei einer Behörde vorlegen müssen. Für Grundbuch- oder Handelsregistersachen brauchen Sie eine Notarin oder einen Notar.',
    synonyms: ['Unterschriftsbeglaubigung', 'Unterschrift beglaubigen', 'Beglaubigung Unterschrift', 'Vollmacht beglaubigen', 'amtliche Beglaubigung Unterschrift', 'signature certification'],
    descriptionHtml: `<p>Mit der amtlichen Unterschriftsbeglaubigung bestätigt die Behörde, dass die Unterschrift von Ihnen stammt. Der Inhalt des Schriftstücks wird nicht geprüft. Sie unterschreiben vor den Mitarbeitenden oder erkennen eine bereits geleistete Unterschrift als Ihre eigene an.</p>
<p>Die amtliche Beglaubigung gilt nur für die Vorlage bei Behörden, zum Beispiel bei Rentenversicherungsträgern oder Versorgungsämtern, und für Anträge, bei denen eine beglaubigte Unterschrift verlangt wird.</p>
<p>Nicht möglich ist die amtliche Beglaubigung, wenn das Gesetz eine öffentliche Beglaubigung verlangt – zum Beispiel bei Grundbuch-, Handelsregister- oder Nachlassangelegenheiten. Dafür ist eine Notarin oder ein Notar zuständig. Unterschriften auf Vorsorgevollmachten und Betreuungsverfügungen beglaubigt die Betreuungsbehörde der Stadt.</p>`,
    requirementsHtml: `<ul>
<li>Sie erscheinen persönlich und weisen sich aus.</li>
<li>Das Schriftstück ist zur Vorlage bei einer Behörde bestimmt.</li>
<li>Unterschreiben Sie erst im Bürgerbüro, wenn möglich.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Kommen Sie mit dem Schriftstück und Ihrem Ausweis ins Bürgerbüro.</li>
<li>Sie unterschreiben vor den Mitarbeitenden oder bestätigen Ihre Unterschrift.</li>
<li>Das Schriftstück erhält einen Beglaubigungsvermerk mit Siegel.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 5, currency: 'EUR' }, description: 'je Unterschrift' }],
    costsNoteHtml: '<p>Beglaubigungen für Sozialleistungen sind gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'das zu unterschreibende Schriftstück', required: true },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/vwvfg/__34.html', title: '§ 34 Verwaltungsverfahrensgesetz (VwVfG) – Beglaubigung von Unterschriften; gleichlautend § 34 LVwVfG Baden-Württemberg' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__129.html', title: '§ 129 Bürgerliches Gesetzbuch (BGB) – Öffentliche Beglaubigung' },
      GEBUEHRENSATZUNG,
    ],
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: `${TERMIN}unterschrift-beglaubigen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1070000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-16T09:15:00Z',
  },
  {
    id: 'lebensbescheinigung-ausstellen',
    name: 'Lebensbescheinigung ausstellen lassen',
    officialName: 'Lebensbescheinigung Ausstellung',
    leikaKeys: [],
    summary:
      'Rentenversicherungen und Versorgungseinrichtungen, besonders im Ausland, verlangen regelmäßig einen Nachweis, dass Sie noch leben. Das Bürgerbüro bestätigt dies gebührenfrei auf dem Vordruck Ihres Rententrägers.',
    synonyms: ['Lebensnachweis', 'Lebensbestätigung', 'Rente Ausland Bescheinigung', 'Existenznachweis', 'Life certificate', 'certificate of life'],
    descriptionHtml: `<p>Wer eine Rente oder Pension von einem ausländischen Träger bezieht, muss meist einmal im Jahr nachweisen, dass sie oder er noch lebt. Der Rententräger schickt Ihnen dafür einen Vordruck, den eine Behörde bestätigen muss. Auch private Versorgungseinrichtungen und Versicherungen verlangen solche Nachweise.</p>
<p>Im Bürgerbüro bestätigen die Mitarbeitenden nach Prüfung Ihres Ausweises und des Melderegisters Ihre Identität, Ihre Anschrift und dass Sie persönlich erschienen sind. Wenn Sie wegen Krankheit oder Pflegebedürftigkeit nicht ins Bürgerbüro kommen können, sprechen Sie uns an; in diesen Fällen genügt oft eine ärztliche Bescheinigung, oder es wird ein Hausbesuch vereinbart.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind in Musterstadt gemeldet.</li>
<li>Sie erscheinen persönlich mit Ihrem Ausweis und dem Vordruck des Rententrägers.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Füllen Sie Ihren Teil des Vordrucks aus, aber unterschreiben Sie erst im Bürgerbüro.</li>
<li>Die Mitarbeitenden prüfen Ihren Ausweis und bestätigen den Vordruck mit Stempel und Unterschrift.</li>
<li>Sie schicken den Vordruck selbst an den Rententräger zurück. Beachten Sie dessen Frist.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Lebensbescheinigungen für Renten- und Versorgungszwecke sind gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder elektronischer Aufenthaltstitel', required: true },
      { name: 'Vordruck des Rententrägers', required: true },
    ],
    deadlines: [{ label: 'Frist des Rententrägers', descriptionHtml: '<p>Beachten Sie die Rücksendefrist auf dem Vordruck; sonst kann die Zahlung ausgesetzt werden.</p>' }],
    processingTime: { descriptionHtml: '<p>Sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/vwvfg/__34.html', title: '§ 34 Verwaltungsverfahrensgesetz (VwVfG) – Beglaubigung von Unterschriften' },
      GEBUEHRENSATZUNG,
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false, hinweis: 'Der Vordruck wird vom Rententräger gestellt.' }),
    furtherInformation: [{ uri: 'https://www.deutsche-rentenversicherung.de', title: 'Deutsche Rentenversicherung' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}lebensbescheinigung-ausstellen`,
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-sued'],
    lifeSituations: ['1180000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-16T09:20:00Z',
  },
  // ---------------------------------------------------------------- Standesamt
  {
    id: 'geburt-beurkunden',
    name: 'Geburt beurkunden lassen',
    officialName: 'Geburt Beurkundung',
    leikaKeys: [],
    summary:
      'Jede Geburt muss innerhalb einer Woche beim Standesamt des Geburtsortes angezeigt werden. Bei Geburten in einer Klinik übernimmt die Klinik die Anzeige; die Eltern reichen die nötigen Urkunden nach.',
    synonyms: ['Geburtsanzeige', 'Geburt anmelden', 'Baby anmelden', 'Geburtenregister', 'Neugeborenes', 'Vornamen bestimmen', 'birth registration'],
    descriptionHtml: `<p>Das Standesamt trägt jede Geburt in das Geburtenregister ein. Erst danach können Geburtsurkunden ausgestellt werden, die Sie zum Beispiel für Kindergeld, Elterngeld und die Krankenversicherung brauchen.</p>
<p>Kommt ein Kind in einer Klinik in Musterstadt zur Welt, zeigt die Klinik die Geburt schriftlich beim Standesamt an. Sie erhalten dort in der Regel einen Vordruck, in den Sie die Vornamen und Ihre Daten eintragen. Bei einer Hausgeburt sind die Eltern oder die Hebamme zur Anzeige verpflichtet.</p>
<p>Bei der Beurkundung wird auch der Name des Kindes festgelegt. Verheiratete Eltern mit Ehenamen geben diesen an das Kind weiter. Führen die Eltern keinen Ehenamen und haben sie die gemeinsame Sorge, bestimmen sie den Geburtsnamen durch Erklärung; seit Mai 2025 ist auch ein aus beiden Namen gebildeter Doppelname möglich. Sind die Eltern nicht verheiratet, kann der Vater die Vaterschaft schon vor der Geburt anerkennen, damit er sofort eingetragen wird.</p>
<p>Sie erhalten nach der Beurkundung gebührenfreie Geburtsurkunden für Elterngeld, Kindergeld und Mutterschaftsgeld sowie für religiöse Zwecke.</p>`,
    requirementsHtml: `<ul>
<li>Das Kind wurde in Musterstadt geboren.</li>
<li>Die Unterlagen der Eltern liegen vollständig vor; fehlen Urkunden oder sind ausländische Urkunden zu prüfen, kann sich die Beurkundung verzögern.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Die Klinik zeigt die Geburt an und leitet den ausgefüllten Vordruck der Eltern an das Standesamt weiter. Bei Hausgeburten zeigen Sie die Geburt persönlich oder schriftlich an.</li>
<li>Reichen Sie die erforderlichen Urkunden ein – per Post, über den Online-Dienst oder persönlich.</li>
<li>Das Standesamt prüft die Unterlagen, beurkundet die Geburt und schickt Ihnen die Geburtsurkunden zu.</li>
<li>Das Standesamt informiert das Bürgerbüro; das Kind wird automatisch bei Ihnen angemeldet.</li>
</ol>`,
    costs: [
      { kind: 'free', description: 'Die Beurkundung sowie Urkunden für Elterngeld, Kindergeld, Mutterschaftsgeld und religiöse Zwecke sind gebührenfrei.' },
      { kind: 'fixed', amount: { value: 12, currency: 'EUR' }, description: 'jede weitere Geburtsurkunde' },
    ],
    requiredDocuments: [
      { name: 'Personalausweise oder Reisepässe der Eltern', required: true },
      { name: 'Eheurkunde oder beglaubigter Ausdruck aus dem Eheregister', descriptionHtml: '<p>Bei verheirateten Eltern.</p>', required: false },
      { name: 'Geburtsurkunde der Mutter (und des Vaters)', descriptionHtml: '<p>Bei nicht verheirateten Eltern.</p>', required: false },
      { name: 'Urkunde über die Vaterschaftsanerkennung und Sorgeerklärung', descriptionHtml: '<p>Nur wenn vorhanden.</p>', required: false },
      { name: 'Scheidungsurteil mit Rechtskraftvermerk oder Sterbeurkunde des früheren Ehegatten', descriptionHtml: '<p>Bei geschiedener oder verwitweter Mutter.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anzeigefrist', duration: { value: 1, unit: 'week' }, descriptionHtml: '<p>Die Geburt ist innerhalb einer Woche anzuzeigen.</p>' },
      { label: 'Namensbestimmung', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Bestimmen Eltern ohne Ehenamen den Geburtsnamen nicht innerhalb eines Monats, überträgt das Familiengericht das Bestimmungsrecht einem Elternteil.</p>' },
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 2 }, descriptionHtml: '<p>Bei vollständigen Unterlagen in der Regel ein bis zwei Wochen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pstg/__18.html', title: '§ 18 Personenstandsgesetz (PStG) – Anzeige der Geburt' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__21.html', title: '§ 21 Personenstandsgesetz (PStG) – Eintragung in das Geburtenregister' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1617.html', title: '§ 1617 Bürgerliches Gesetzbuch (BGB) – Geburtsname bei Eltern ohne Ehenamen' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: false, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/familie/geburt', title: 'Checkliste rund um die Geburt in Musterstadt' }],
    onlineServices: [{ title: 'Unterlagen zur Geburtsbeurkundung online einreichen', uri: `${ONLINE}geburt-beurkunden`, trustLevel: 'substantial' }],
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1010000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-17T07:30:00Z',
  },
  {
    id: 'geburtsurkunde-beantragen',
    name: 'Geburtsurkunde beantragen',
    officialName: 'Geburtsurkunde Ausstellung',
    leikaKeys: ['99027002012000'],
    summary:
      'Eine Geburtsurkunde erhalten Sie beim Standesamt des Ortes, an dem die Geburt beurkundet wurde. Für Geburten in Musterstadt können Sie die Urkunde online, schriftlich oder persönlich bestellen.',
    synonyms: ['Geburtsurkunde', 'Geburtsschein', 'Auszug Geburtenregister', 'beglaubigter Registerausdruck', 'internationale Geburtsurkunde', 'birth certificate'],
    descriptionHtml: `<p>Die Geburtsurkunde weist Ihre Geburt, Ihren Namen und Ihre Eltern nach. Sie wird zum Beispiel für die Eheschließung, für einen ersten Ausweis, für Rentenangelegenheiten oder Erbschaften benötigt. Für die Anmeldung einer Eheschließung wird meist ein beglaubigter Ausdruck aus dem Geburtenregister verlangt, der auch spätere Änderungen enthält.</p>
<p>Zuständig ist das Standesamt, das die Geburt beurkundet hat. Für die Verwendung im Ausland gibt es eine mehrsprachige Geburtsurkunde nach dem Übereinkommen über die Ausstellung mehrsprachiger Auszüge sowie einen mehrsprachigen Formularanhang nach EU-Recht.</p>
<p>Eine Urkunde erhalten die Person selbst, ihr Ehegatte oder eingetragener Lebenspartner, Vorfahren und Nachkommen. Geschwister und andere Personen müssen ein rechtliches Interesse glaubhaft machen.</p>`,
    requirementsHtml: `<ul>
<li>Die Geburt wurde in Musterstadt beurkundet.</li>
<li>Sie sind berechtigt, die Urkunde zu erhalten, oder legen eine Vollmacht vor.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Bestellen Sie die Urkunde online (mit Online-Ausweisfunktion), schriftlich oder im Standesamt.</li>
<li>Bezahlen Sie die Gebühr online, per Überweisung nach Rechnung oder vor Ort.</li>
<li>Das Standesamt schickt Ihnen die Urkunde per Post oder händigt sie sofort aus.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 12, currency: 'EUR' }, description: 'erste Urkunde' },
      { kind: 'fixed', amount: { value: 6, currency: 'EUR' }, description: 'jede weitere Ausfertigung, wenn gleichzeitig beantragt' },
    ],
    costsNoteHtml: '<p>Urkunden für Sozialleistungen wie Rente, Kindergeld oder Elterngeld sind gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Vollmacht und Ausweiskopie', descriptionHtml: '<p>Nur wenn Sie die Urkunde für eine andere berechtigte Person beantragen.</p>', required: false },
      { name: 'Nachweis des rechtlichen Interesses', descriptionHtml: '<p>Nur für nicht direkt verwandte Personen, z. B. Erbschein-Verfahren.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 3, unit: 'working-day', valueTo: 7 }, descriptionHtml: '<p>Persönlich sofort; per Post in wenigen Werktagen. Für Geburten vor 2009 kann die Suche im Altregister länger dauern.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pstg/__55.html', title: '§ 55 Personenstandsgesetz (PStG) – Personenstandsurkunden' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__59.html', title: '§ 59 Personenstandsgesetz (PStG) – Geburtsurkunde' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__62.html', title: '§ 62 Personenstandsgesetz (PStG) – Urkundenerteilung, Auskunft, Einsicht' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Personenstandsurkunde online bestellen', uri: `${ONLINE}geburtsurkunde-beantragen`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}geburtsurkunde-beantragen`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1010000', '1070000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-17T07:35:00Z',
  },
  {
    id: 'eheschliessung-anmelden',
    name: 'Eheschließung anmelden',
    officialName: 'Eheschließung Anmeldung',
    leikaKeys: ['99059001104000'],
    summary:
      'Bevor Sie heiraten, melden Sie die Eheschließung beim Standesamt Ihres Wohnortes an. Die Anmeldung ist sechs Monate gültig; die Trauung kann in jedem Standesamt in Deutschland stattfinden.',
    synonyms: ['Heirat anmelden', 'Hochzeit', 'Trauung', 'standesamtliche Trauung', 'Aufgebot', 'heiraten', 'Ehe', 'marriage registration'],
    descriptionHtml: `<p>Wenn Sie heiraten möchten, müssen Sie die Eheschließung zuerst beim Standesamt anmelden. Zuständig ist das Standesamt, in dessen Bezirk eine der verlobten Personen mit Haupt- oder Nebenwohnung gemeldet ist. Das Standesamt prüft, ob Sie die Ehe eingehen können – etwa ob Sie volljährig sind und keine frühere Ehe mehr besteht.</p>
<p>Nach der Anmeldung können Sie innerhalb von sechs Monaten in jedem Standesamt in Deutschland heiraten. Im Standesamt Musterstadt finden Trauungen im Trauzimmer des Rathauses und an ausgewählten Außentrauorten statt. Den Trautermin können Sie bis zu sechs Monate im Voraus reservieren.</p>
<p>Bei der Anmeldung können Sie auch den künftigen Ehenamen bestimmen. Seit dem 1. Mai 2025 ist auch ein aus beiden Namen gebildeter Doppelname als Ehename möglich.</p>
<p>Hat eine der verlobten Personen eine ausländische Staatsangehörigkeit oder wurde eine frühere Ehe im Ausland geschieden, sind weitere Unterlagen nötig; gegebenenfalls ist ein Ehefähigkeitszeugnis oder eine Befreiung davon durch das Oberlandesgericht erforderlich. Lassen Sie sich frühzeitig beraten.</p>`,
    requirementsHtml: `<ul>
<li>Beide verlobten Personen sind mindestens 18 Jahre alt.</li>
<li>Keine der Personen ist verheiratet oder lebt in einer eingetragenen Lebenspartnerschaft mit einer dritten Person.</li>
<li>Die Personen sind nicht in gerader Linie verwandt und keine Geschwister.</li>
<li>Beide erscheinen in der Regel gemeinsam zur Anmeldung; ist das nicht möglich, benötigt die verhinderte Person eine schriftliche Beitrittserklärung.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Vereinbaren Sie einen Termin zur Anmeldung. Lassen Sie vorab prüfen, welche Unterlagen Sie brauchen, besonders bei Auslandsbezug.</li>
<li>Bei der Anmeldung prüft das Standesamt die Unterlagen, nimmt Ihre Erklärungen auf und Sie legen den Trautermin fest.</li>
<li>Am Tag der Trauung erscheinen Sie mit gültigen Ausweisen; Trauzeuginnen und Trauzeugen sind möglich, aber nicht erforderlich.</li>
<li>Nach der Trauung erhalten Sie die Eheurkunde. Die Eheschließung wird automatisch an das Melderegister übermittelt.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 60, currency: 'EUR' }, description: 'Anmeldung, wenn beide verlobten Personen Deutsche sind und keine Auslandsberührung besteht' },
      { kind: 'variable', min: { value: 90, currency: 'EUR' }, max: { value: 120, currency: 'EUR' }, description: 'Anmeldung mit Auslandsbezug (ausländisches Recht zu prüfen)' },
      { kind: 'fixed', amount: { value: 100, currency: 'EUR' }, description: 'Zuschlag für Trauungen samstags oder an Außentrauorten' },
    ],
    costsNoteHtml: '<p>Für die Befreiung von der Beibringung eines Ehefähigkeitszeugnisses erhebt das Oberlandesgericht eine eigene Gebühr. Für Eheurkunden fallen je 12 Euro an.</p>',
    requiredDocuments: [
      { name: 'gültiger Personalausweis oder Reisepass', required: true },
      { name: 'beglaubigter Ausdruck aus dem Geburtenregister', descriptionHtml: '<p>Vom Geburtsstandesamt, nicht älter als sechs Monate.</p>', required: true },
      { name: 'erweiterte Meldebescheinigung mit Familienstand', descriptionHtml: '<p>Nur wenn Sie nicht in Musterstadt gemeldet sind.</p>', required: false },
      { name: 'Nachweis über die Auflösung früherer Ehen', descriptionHtml: '<p>Nur wenn Sie bereits verheiratet waren: Eheurkunde der Vorehe mit Scheidungsvermerk oder Scheidungsurteil mit Rechtskraftvermerk bzw. Sterbeurkunde.</p>', required: false },
      { name: 'Ehefähigkeitszeugnis und ausländische Urkunden mit Übersetzung', descriptionHtml: '<p>Nur bei ausländischer Staatsangehörigkeit.</p>', required: false },
    ],
    deadlines: [
      { label: 'Gültigkeit der Anmeldung', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Die Ehe muss innerhalb von sechs Monaten nach der Mitteilung des Standesamts geschlossen werden, sonst ist eine neue Anmeldung nötig.</p>' },
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 8 }, descriptionHtml: '<p>Ohne Auslandsbezug ist die Anmeldung meist sofort abgeschlossen; mit Auslandsbezug kann die Prüfung mehrere Wochen dauern.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pstg/__12.html', title: '§ 12 Personenstandsgesetz (PStG) – Anmeldung der Eheschließung' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__13.html', title: '§ 13 Personenstandsgesetz (PStG) – Prüfung der Ehevoraussetzungen' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1310.html', title: '§ 1310 Bürgerliches Gesetzbuch (BGB) – Zuständigkeit des Standesbeamten' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true, hinweis: 'Den Trautermin können Sie online vorreservieren.' }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/standesamt/heiraten', title: 'Heiraten in Musterstadt – Trauorte und Termine' }],
    onlineServices: [{ title: 'Trautermin online vorreservieren', uri: `${ONLINE}eheschliessung-anmelden`, trustLevel: 'none' }],
    appointmentUrl: `${TERMIN}eheschliessung-anmelden`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1020000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-17T07:40:00Z',
  },
  {
    id: 'eheurkunde-beantragen',
    name: 'Eheurkunde beantragen',
    officialName: 'Eheurkunde Ausstellung',
    leikaKeys: ['99059004012000'],
    summary:
      'Eine Eheurkunde erhalten Sie beim Standesamt des Ortes, an dem die Ehe geschlossen wurde. Für Eheschließungen in Musterstadt können Sie sie online, schriftlich oder persönlich bestellen.',
    synonyms: ['Heiratsurkunde', 'Eheurkunde', 'Auszug Eheregister', 'Trauschein', 'Heiratsnachweis', 'marriage certificate'],
    descriptionHtml: `<p>Die Eheurkunde weist die Eheschließung und die Namensführung der Ehegatten nach. Sie wird zum Beispiel für Namensänderungen in Dokumenten, beim Finanzamt, für Rentenansprüche oder im Erbfall benötigt.</p>
<p>Zuständig ist das Standesamt, in dessen Eheregister die Ehe eingetragen ist – das ist das Standesamt, vor dem die Ehe geschlossen wurde. Für die Anmeldung einer neuen Eheschließung oder für Verfahren im Ausland kann ein beglaubigter Ausdruck aus dem Eheregister oder eine mehrsprachige Urkunde sinnvoll sein.</p>
<p>Eine Urkunde erhalten die Ehegatten, ihre Vorfahren und Nachkommen; andere Personen nur bei rechtlichem Interesse.</p>`,
    requirementsHtml: '<ul><li>Die Ehe wurde in Musterstadt geschlossen.</li><li>Sie sind berechtigt, die Urkunde zu erhalten.</li></ul>',
    procedureHtml: `<ol>
<li>Bestellen Sie die Urkunde online, schriftlich oder im Standesamt.</li>
<li>Bezahlen Sie die Gebühr.</li>
<li>Sie erhalten die Urkunde per Post oder sofort vor Ort.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 12, currency: 'EUR' }, description: 'erste Urkunde' },
      { kind: 'fixed', amount: { value: 6, currency: 'EUR' }, description: 'jede weitere Ausfertigung, wenn gleichzeitig beantragt' },
    ],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Vollmacht', descriptionHtml: '<p>Nur bei Beantragung für eine andere berechtigte Person.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 3, unit: 'working-day', valueTo: 7 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pstg/__57.html', title: '§ 57 Personenstandsgesetz (PStG) – Eheurkunde' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__62.html', title: '§ 62 Personenstandsgesetz (PStG) – Urkundenerteilung, Auskunft, Einsicht' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Personenstandsurkunde online bestellen', uri: `${ONLINE}eheurkunde-beantragen`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}eheurkunde-beantragen`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1020000', '1070000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-17T07:45:00Z',
  },
  {
    id: 'sterbefall-beurkunden',
    name: 'Sterbefall beurkunden lassen',
    officialName: 'Sterbefall Beurkundung',
    leikaKeys: [],
    summary:
      'Ein Sterbefall muss spätestens am dritten Werktag nach dem Tod beim Standesamt des Sterbeortes angezeigt werden. Meist übernimmt das beauftragte Bestattungsunternehmen die Anzeige.',
    synonyms: ['Todesfall melden', 'Sterbefallanzeige', 'Tod anzeigen', 'Todesfall', 'Angehöriger verstorben', 'Sterbeurkunde erhalten', 'death registration'],
    descriptionHtml: `<p>Stirbt ein Mensch in Musterstadt, wird der Sterbefall beim Standesamt Musterstadt beurkundet. Erst danach können Sterbeurkunden ausgestellt werden, die Sie für Bestattung, Rente, Versicherungen, Banken und den Nachlass benötigen.</p>
<p>Zur Anzeige verpflichtet sind Personen, die mit der verstorbenen Person in häuslicher Gemeinschaft gelebt haben, oder Personen, die beim Tod anwesend waren oder davon aus eigenem Wissen unterrichtet sind. Bei Sterbefällen in Krankenhäusern, Pflegeheimen und ähnlichen Einrichtungen ist die Einrichtung zur schriftlichen Anzeige verpflichtet. In der Praxis übernimmt meist das Bestattungsunternehmen die Anzeige für die Angehörigen.</p>
<p>Das Standesamt informiert nach der Beurkundung automatisch das Melderegister. Bitte beachten Sie, dass für Bestattungen nach dem Bestattungsgesetz Baden-Württemberg kurze Fristen gelten; das Friedhofsamt berät Sie zu Grabstätten.</p>`,
    requirementsHtml: `<ul>
<li>Die Person ist in Musterstadt verstorben.</li>
<li>Eine ärztliche Todesbescheinigung liegt vor.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Beauftragen Sie ein Bestattungsunternehmen oder zeigen Sie den Sterbefall selbst persönlich beim Standesamt an.</li>
<li>Reichen Sie die Todesbescheinigung und die Personenstandsurkunden der verstorbenen Person ein.</li>
<li>Das Standesamt beurkundet den Sterbefall und stellt die gewünschten Sterbeurkunden aus.</li>
</ol>`,
    costs: [
      { kind: 'free', description: 'Die Beurkundung und Sterbeurkunden für Renten- und Sozialleistungszwecke sind gebührenfrei.' },
      { kind: 'fixed', amount: { value: 12, currency: 'EUR' }, description: 'jede weitere Sterbeurkunde (weitere Ausfertigungen gleichzeitig je 6 Euro)' },
    ],
    requiredDocuments: [
      { name: 'Todesbescheinigung (Leichenschauschein)', required: true },
      { name: 'Personalausweis oder Reisepass der verstorbenen Person', required: true },
      { name: 'Geburtsurkunde der verstorbenen Person', descriptionHtml: '<p>Bei ledigen Personen.</p>', required: false },
      { name: 'Eheurkunde bzw. beglaubigter Ausdruck aus dem Eheregister', descriptionHtml: '<p>Bei verheirateten, geschiedenen oder verwitweten Personen; zusätzlich Scheidungsurteil oder Sterbeurkunde des Ehegatten.</p>', required: false },
      { name: 'Ausweis der anzeigenden Person und gegebenenfalls Vollmacht', required: true },
    ],
    deadlines: [
      { label: 'Anzeigefrist', duration: { value: 3, unit: 'working-day' }, descriptionHtml: '<p>Spätestens am dritten auf den Tod folgenden Werktag.</p>' },
    ],
    processingTime: { duration: { value: 1, unit: 'working-day', valueTo: 3 }, descriptionHtml: '<p>Bei vollständigen Unterlagen meist innerhalb von ein bis drei Werktagen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pstg/__28.html', title: '§ 28 Personenstandsgesetz (PStG) – Anzeige' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__29.html', title: '§ 29 Personenstandsgesetz (PStG) – Anzeige durch Personen' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__30.html', title: '§ 30 Personenstandsgesetz (PStG) – Anzeige durch Einrichtungen und Behörden' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: false, schriftform: true, formlos: false, persoenlich: true, online: false, hinweis: 'Persönliches Erscheinen ist nicht nötig, wenn ein Bestattungsunternehmen oder die Einrichtung die Anzeige übernimmt.' }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/trauerfall', title: 'Was tun im Trauerfall? – Checkliste der Stadt Musterstadt' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}sterbefall-beurkunden`,
    officeIds: ['oe-standesamt', 'oe-friedhofsamt'],
    lifeSituations: ['1190000'],
    categories: ['standesamt', 'friedhof'],
    addressees: ['citizen', 'business'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-17T07:50:00Z',
  },
  {
    id: 'sterbeurkunde-beantragen',
    name: 'Sterbeurkunde beantragen',
    officialName: 'Sterbeurkunde Ausstellung',
    leikaKeys: ['99101004012000'],
    summary:
      'Sterbeurkunden für einen in Musterstadt beurkundeten Sterbefall erhalten Angehörige beim Standesamt Musterstadt – online, schriftlich oder persönlich.',
    synonyms: ['Sterbeurkunde', 'Todesurkunde', 'Totenschein', 'Auszug Sterberegister', 'Nachweis Todesfall', 'death certificate'],
    descriptionHtml: `<p>Die Sterbeurkunde weist den Tod einer Person nach. Sie wird unter anderem für Versicherungen, Banken, Rentenversicherung, das Nachlassgericht und die Kündigung von Verträgen benötigt. Meist bestellt das Bestattungsunternehmen direkt bei der Beurkundung mehrere Urkunden; weitere Urkunden können Sie jederzeit nachbestellen.</p>
<p>Zuständig ist das Standesamt, in dessen Sterberegister der Sterbefall eingetragen ist – das ist das Standesamt des Sterbeortes. Eine Urkunde erhalten Ehegatten und Lebenspartner, Vorfahren und Nachkommen der verstorbenen Person; andere Personen, zum Beispiel Geschwister oder Erben, müssen ein rechtliches Interesse glaubhaft machen.</p>`,
    requirementsHtml: '<ul><li>Der Sterbefall wurde in Musterstadt beurkundet.</li><li>Sie sind berechtigt oder machen ein rechtliches Interesse glaubhaft.</li></ul>',
    procedureHtml: `<ol>
<li>Bestellen Sie die Urkunde online, schriftlich oder im Standesamt.</li>
<li>Geben Sie Name, Sterbedatum und Ihr Verwandtschaftsverhältnis an.</li>
<li>Sie erhalten die Urkunde per Post oder sofort vor Ort.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 12, currency: 'EUR' }, description: 'erste Urkunde' },
      { kind: 'fixed', amount: { value: 6, currency: 'EUR' }, description: 'jede weitere Ausfertigung, wenn gleichzeitig beantragt' },
    ],
    costsNoteHtml: '<p>Urkunden für Renten- und Sozialleistungszwecke sind gebührenfrei.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Nachweis des rechtlichen Interesses', descriptionHtml: '<p>Nur wenn Sie nicht Ehegatte, Vorfahre oder Nachkomme sind, z. B. Erbschein oder Schreiben des Nachlassgerichts.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 3, unit: 'working-day', valueTo: 7 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/pstg/__60.html', title: '§ 60 Personenstandsgesetz (PStG) – Sterbeurkunde' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__62.html', title: '§ 62 Personenstandsgesetz (PStG) – Urkundenerteilung, Auskunft, Einsicht' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [],
    onlineServices: [{ title: 'Personenstandsurkunde online bestellen', uri: `${ONLINE}sterbeurkunde-beantragen`, trustLevel: 'high' }],
    appointmentUrl: `${TERMIN}sterbeurkunde-beantragen`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1190000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-17T07:55:00Z',
  },
  {
    id: 'vaterschaft-anerkennen',
    name: 'Vaterschaft anerkennen',
    officialName: 'Vaterschaftsanerkennung Beurkundung',
    leikaKeys: ['99133001026000'],
    summary:
      'Sind die Eltern eines Kindes nicht miteinander verheiratet, wird der Vater erst durch eine Vaterschaftsanerkennung rechtlich Vater. Sie ist vor und nach der Geburt beim Standesamt oder Jugendamt gebührenfrei möglich.',
    synonyms: ['Vaterschaftsanerkennung', 'Vaterschaft', 'Anerkennung Vaterschaft', 'unverheiratete Eltern', 'Vater eintragen', 'Sorgeerklärung', 'acknowledgement of paternity'],
    descriptionHtml: `<p>Ist die Mutter bei der Geburt nicht verheiratet, hat das Kind rechtlich zunächst keinen Vater. Mit der Vaterschaftsanerkennung wird der Mann rechtlich Vater – mit allen Rechten und Pflichten, etwa Unterhalt, Erbrecht und Namensrecht. Er wird dann im Geburtenregister eingetragen.</p>
<p>Die Anerkennung kann schon vor der Geburt erklärt werden; so wird der Vater sofort bei der Beurkundung der Geburt eingetragen. Sie braucht die Zustimmung der Mutter. Anerkennung und Zustimmung müssen öffentlich beurkundet werden – gebührenfrei beim Standesamt oder Jugendamt, gegen Gebühr bei einer Notarin oder einem Notar oder beim Amtsgericht.</p>
<p>Mit der Vaterschaftsanerkennung erhalten die Eltern noch nicht automatisch das gemeinsame Sorgerecht. Dafür geben Sie gemeinsame Sorgeerklärungen ab, die das Jugendamt oder eine Notarin bzw. ein Notar beurkundet. Ist die Mutter mit einem anderen Mann verheiratet, gilt zunächst dieser als Vater; eine Anerkennung ist dann nur unter besonderen Voraussetzungen möglich.</p>`,
    requirementsHtml: `<ul>
<li>Die Mutter stimmt der Anerkennung zu.</li>
<li>Es besteht keine Vaterschaft eines anderen Mannes (z. B. des Ehemanns der Mutter).</li>
<li>Vater und Mutter erklären persönlich; bei beschränkt Geschäftsfähigen ist die Zustimmung der gesetzlichen Vertretung nötig.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Vereinbaren Sie einen Termin beim Standesamt oder beim Jugendamt; am besten erscheinen Vater und Mutter gemeinsam.</li>
<li>Die Erklärungen werden beurkundet. Sie erhalten beglaubigte Abschriften.</li>
<li>Das Standesamt trägt die Vaterschaft ins Geburtenregister ein bzw. berücksichtigt sie bei der Geburtsbeurkundung.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Beim Standesamt und beim Jugendamt gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Personalausweise oder Reisepässe beider Eltern', required: true },
      { name: 'Geburtsurkunden beider Eltern', required: true },
      { name: 'Mutterpass', descriptionHtml: '<p>Bei Anerkennung vor der Geburt, mit errechnetem Geburtstermin.</p>', required: false },
      { name: 'Geburtsurkunde des Kindes', descriptionHtml: '<p>Bei Anerkennung nach der Geburt.</p>', required: false },
      { name: 'Nachweis über die Auflösung einer Ehe der Mutter', descriptionHtml: '<p>Nur wenn die Mutter geschieden oder verwitwet ist.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Die Beurkundung erfolgt während des Termins.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1592.html', title: '§ 1592 Bürgerliches Gesetzbuch (BGB) – Vaterschaft' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1594.html', title: '§ 1594 Bürgerliches Gesetzbuch (BGB) – Anerkennung der Vaterschaft' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1595.html', title: '§ 1595 Bürgerliches Gesetzbuch (BGB) – Zustimmungsbedürftigkeit der Anerkennung' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__44.html', title: '§ 44 Personenstandsgesetz (PStG) – Erklärungen zur Anerkennung der Vaterschaft und der Mutterschaft' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: false, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/jugendamt/beistandschaft', title: 'Jugendamt Musterstadt: Beratung zu Vaterschaft, Sorgerecht und Unterhalt' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}vaterschaft-anerkennen`,
    officeIds: ['oe-standesamt', 'oe-jugendamt'],
    lifeSituations: ['1010000', '1020000'],
    categories: ['standesamt', 'familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-17T08:00:00Z',
  },
  {
    id: 'namenserklaerung-nach-eheschliessung',
    name: 'Namenserklärung nach der Eheschließung abgeben',
    officialName: 'Ehename Bestimmung nach der Eheschließung',
    leikaKeys: [],
    summary:
      'Wenn Sie bei der Heirat keinen Ehenamen bestimmt haben oder einen Begleitnamen hinzufügen oder ablegen möchten, können Sie das später durch eine Erklärung beim Standesamt nachholen.',
    synonyms: ['Ehename', 'Namensänderung Heirat', 'Doppelname', 'Begleitname', 'Nachname ändern', 'Geburtsname wieder annehmen', 'change of name after marriage'],
    descriptionHtml: `<p>Ehegatten können einen gemeinsamen Familiennamen (Ehenamen) bestimmen. Das ist bei der Eheschließung, aber auch jederzeit danach möglich. Zum Ehenamen können Sie den Geburtsnamen oder den aktuellen Namen einer oder eines der Ehegatten wählen. Seit dem 1. Mai 2025 können Sie auch einen aus beiden Namen zusammengesetzten Doppelnamen zum Ehenamen bestimmen.</p>
<p>Die Person, deren Name nicht Ehename wird, kann ihren Geburtsnamen oder bisherigen Namen als Begleitnamen voranstellen oder anfügen. Einen Begleitnamen können Sie auch wieder ablegen. Nach dem Tod des Ehegatten oder nach einer Scheidung können Sie Ihren Geburtsnamen oder den Namen vor der Eheschließung wieder annehmen.</p>
<p>Ändert sich der Ehename, kann sich das auch auf den Namen gemeinsamer Kinder auswirken. Ab fünf Jahren muss das Kind der Namensänderung zustimmen. Nach der Namensänderung brauchen Sie neue Ausweisdokumente.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind verheiratet oder waren es (bei Rückkehr zum früheren Namen).</li>
<li>Bei Bestimmung eines Ehenamens erklären beide Ehegatten.</li>
<li>Die Erklärung muss öffentlich beglaubigt werden; das Standesamt beglaubigt sie bei der Abgabe.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Vereinbaren Sie einen Termin beim Standesamt. Zuständig ist das Standesamt, das die Eheschließung beurkundet hat, oder das Standesamt Ihres Wohnsitzes.</li>
<li>Sie geben die Erklärung ab; das Standesamt beglaubigt Ihre Unterschrift.</li>
<li>Die Namensänderung wird im Eheregister eingetragen. Danach beantragen Sie neue Ausweisdokumente.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 30, currency: 'EUR' }, description: 'Entgegennahme und Beglaubigung der Namenserklärung' }],
    costsNoteHtml: '<p>Für neue Personenstandsurkunden und Ausweisdokumente fallen gesonderte Gebühren an.</p>',
    requiredDocuments: [
      { name: 'Personalausweise oder Reisepässe', required: true },
      { name: 'beglaubigter Ausdruck aus dem Eheregister', descriptionHtml: '<p>Wenn die Ehe nicht in Musterstadt geschlossen wurde.</p>', required: false },
      { name: 'Geburtsurkunden der Ehegatten', required: false },
      { name: 'Scheidungsurteil mit Rechtskraftvermerk oder Sterbeurkunde', descriptionHtml: '<p>Bei Wiederannahme eines früheren Namens.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Die Erklärung wird im Termin aufgenommen; die Eintragung erfolgt innerhalb weniger Tage.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1355.html', title: '§ 1355 Bürgerliches Gesetzbuch (BGB) – Ehename' },
      { uri: 'https://www.gesetze-im-internet.de/pstg/__41.html', title: '§ 41 Personenstandsgesetz (PStG) – Erklärungen zur Namensführung von Ehegatten' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: `${TERMIN}namenserklaerung-nach-eheschliessung`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1020000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-17T08:05:00Z',
  },
  {
    id: 'kirchenaustritt-erklaeren',
    name: 'Kirchenaustritt erklären',
    officialName: 'Austritt aus einer Religionsgemeinschaft Entgegennahme',
    leikaKeys: [],
    summary:
      'In Baden-Württemberg erklären Sie den Austritt aus einer steuererhebenden Religionsgemeinschaft beim Standesamt Ihres Wohnsitzes. Die Kirchensteuerpflicht endet mit Ablauf des Monats, in dem Sie den Austritt erklären.',
    synonyms: ['Kirchenaustritt', 'aus der Kirche austreten', 'Austritt Kirche', 'Kirchensteuer sparen', 'Religionsaustritt', 'leave the church'],
    descriptionHtml: `<p>Den Austritt aus der katholischen oder evangelischen Kirche sowie aus anderen Religionsgemeinschaften, die Kirchensteuer erheben, erklären Sie in Baden-Württemberg persönlich beim Standesamt. Zuständig ist das Standesamt, in dessen Bezirk Sie Ihren Wohnsitz haben.</p>
<p>Der Austritt wird mit der Erklärung wirksam. Die Kirchensteuerpflicht endet mit Ablauf des Kalendermonats, in dem Sie den Austritt erklärt haben. Das Standesamt teilt den Austritt der Religionsgemeinschaft und dem Melderegister mit; das Finanzamt erhält die Information über das Melderegister für die Lohnsteuerabzugsmerkmale.</p>
<p>Ab 14 Jahren entscheiden Jugendliche selbst über ihre Religionszugehörigkeit. Für jüngere Kinder erklären die Sorgeberechtigten den Austritt; ab 12 Jahren nicht gegen den Willen des Kindes.</p>`,
    requirementsHtml: `<ul>
<li>Sie wohnen in Musterstadt.</li>
<li>Sie sind mindestens 14 Jahre alt oder werden durch Ihre Sorgeberechtigten vertreten.</li>
<li>Sie erklären den Austritt persönlich; eine Vertretung durch Bevollmächtigte ist nicht möglich.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Buchen Sie einen Termin beim Standesamt.</li>
<li>Legen Sie Ihren Ausweis vor und unterschreiben Sie die Austrittserklärung.</li>
<li>Sie erhalten sofort eine Bescheinigung über den Austritt. Bewahren Sie diese gut auf.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 30, currency: 'EUR' }, description: 'nach der Verwaltungsgebührensatzung der Stadt Musterstadt', prepayment: true }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Geburts- oder Eheurkunde', descriptionHtml: '<p>Nur wenn Ihre Personalien nicht aus dem Melderegister hervorgehen.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Die Austrittsbescheinigung erhalten Sie sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/bsbw/document/jlr-KiStGBWrahmen', title: '§ 26 Kirchensteuergesetz Baden-Württemberg (KiStG) – Austritt' },
      GEBUEHRENSATZUNG,
    ],
    formsNoteHtml: formulare({ formulare: false, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: `${TERMIN}kirchenaustritt-erklaeren`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1060000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-17T08:10:00Z',
  },
  {
    id: 'ehefaehigkeitszeugnis-beantragen',
    name: 'Ehefähigkeitszeugnis beantragen',
    officialName: 'Ehefähigkeitszeugnis Ausstellung',
    leikaKeys: ['99059002012000'],
    summary:
      'Deutsche, die im Ausland heiraten möchten, benötigen häufig ein Ehefähigkeitszeugnis. Es wird vom Standesamt des Wohnsitzes ausgestellt und ist sechs Monate gültig.',
    synonyms: ['Ehefähigkeitszeugnis', 'Heirat im Ausland', 'Ehefähigkeitsbescheinigung', 'Hochzeit Ausland', 'Certificate of no impediment', 'certificate of capacity to marry'],
    descriptionHtml: `<p>Viele Staaten verlangen von deutschen Verlobten, die dort heiraten möchten, einen Nachweis, dass nach deutschem Recht kein Ehehindernis besteht. Dieses Ehefähigkeitszeugnis stellt das Standesamt aus, in dessen Bezirk Sie Ihren Wohnsitz haben. Das Standesamt prüft dabei die Voraussetzungen der Eheschließung wie bei einer Anmeldung in Deutschland.</p>
<p>Das Zeugnis ist sechs Monate gültig. Erkundigen Sie sich vorab bei den Behörden des Heiratslandes, ob ein Ehefähigkeitszeugnis verlangt wird und ob es mit Apostille oder in Übersetzung vorgelegt werden muss. Für viele Staaten gibt es ein mehrsprachiges Zeugnis nach dem Münchener CIEC-Übereinkommen.</p>`,
    requirementsHtml: `<ul>
<li>Sie besitzen die deutsche Staatsangehörigkeit und wohnen in Musterstadt.</li>
<li>Sie wollen im Ausland heiraten und die Behörden dort verlangen das Zeugnis.</li>
<li>Es besteht kein Ehehindernis.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Vereinbaren Sie einen Termin beim Standesamt; bringen Sie die Unterlagen über sich und Ihre Verlobte oder Ihren Verlobten mit.</li>
<li>Das Standesamt prüft die Ehevoraussetzungen, gegebenenfalls auch nach ausländischem Recht.</li>
<li>Sie erhalten das Zeugnis per Post oder holen es ab.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 60, currency: 'EUR' }, description: 'ohne Prüfung ausländischen Rechts' },
      { kind: 'variable', min: { value: 90, currency: 'EUR' }, max: { value: 120, currency: 'EUR' }, description: 'mit Prüfung ausländischen Rechts' },
    ],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'beglaubigter Ausdruck aus dem Geburtenregister', descriptionHtml: '<p>Nicht älter als sechs Monate.</p>', required: true },
      { name: 'Angaben und Urkunden der verlobten Person', descriptionHtml: '<p>Pass-Kopie und Geburtsurkunde, gegebenenfalls mit Übersetzung.</p>', required: true },
      { name: 'Nachweis über die Auflösung früherer Ehen', required: false },
    ],
    deadlines: [{ label: 'Gültigkeit', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Das Zeugnis ist sechs Monate ab Ausstellung gültig.</p>' }],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 4 } },
    legalBasis: [{ uri: 'https://www.gesetze-im-internet.de/pstg/__39.html', title: '§ 39 Personenstandsgesetz (PStG) – Ehefähigkeitszeugnis' }],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false }),
    furtherInformation: [{ uri: 'https://www.auswaertiges-amt.de', title: 'Auswärtiges Amt: Eheschließung im Ausland' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}ehefaehigkeitszeugnis-beantragen`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1020000', '1120000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-17T08:15:00Z',
  },
  {
    id: 'geschlechtseintrag-vornamen-aendern',
    name: 'Geschlechtseintrag und Vornamen ändern',
    officialName: 'Erklärung zur Änderung des Geschlechtseintrags und der Vornamen nach dem Selbstbestimmungsgesetz',
    leikaKeys: [],
    summary:
      'Nach dem Selbstbestimmungsgesetz können Sie Ihren Geschlechtseintrag und Ihre Vornamen durch Erklärung beim Standesamt ändern. Die Erklärung muss drei Monate vorher angemeldet werden.',
    synonyms: ['Selbstbestimmungsgesetz', 'SBGG', 'Geschlechtseintrag ändern', 'Vornamensänderung', 'divers', 'trans', 'nicht-binär', 'change of gender marker'],
    descriptionHtml: `<p>Seit dem 1. November 2024 können Sie Ihren Geschlechtseintrag im Personenstandsregister und Ihre Vornamen durch eine Erklärung gegenüber dem Standesamt ändern. Ein Gutachten oder ein gerichtliches Verfahren ist nicht mehr nötig. Als Geschlechtseintrag können Sie „weiblich“, „männlich“, „divers“ wählen oder den Eintrag streichen lassen. Gleichzeitig bestimmen Sie die Vornamen, die Sie künftig führen.</p>
<p>Die Erklärung müssen Sie drei Monate vorher beim Standesamt anmelden. Geben Sie die Erklärung nicht innerhalb von sechs Monaten nach der Anmeldung ab, verfällt die Anmeldung. Nach einer Änderung ist eine erneute Änderung frühestens nach einem Jahr möglich.</p>
<p>Für Minderjährige gelten besondere Regeln: Ab 14 Jahren geben Jugendliche die Erklärung selbst ab, brauchen aber die Zustimmung der Sorgeberechtigten (die das Familiengericht ersetzen kann). Für Kinder unter 14 Jahren geben die Sorgeberechtigten die Erklärung ab.</p>
<p>Frühere Geschlechtseinträge und Vornamen dürfen ohne Zustimmung nicht offenbart oder ausgeforscht werden. Nach der Änderung können Sie neue Urkunden und Ausweisdokumente beantragen.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind Deutsche oder Deutscher, oder Sie haben als ausländische Person ein unbefristetes Aufenthaltsrecht oder eine verlängerbare Aufenthaltserlaubnis und Ihren gewöhnlichen Aufenthalt in Deutschland.</li>
<li>Sie haben die Erklärung mindestens drei Monate vorher angemeldet.</li>
<li>Seit einer früheren Änderung ist mindestens ein Jahr vergangen.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Melden Sie die Erklärung beim Standesamt an – schriftlich, online oder persönlich. Sie erhalten eine Bestätigung mit dem frühestmöglichen Termin.</li>
<li>Frühestens drei Monate und spätestens sechs Monate nach der Anmeldung geben Sie die Erklärung persönlich im Standesamt ab und versichern, dass die Änderung Ihrer Geschlechtsidentität am besten entspricht und Ihnen die Tragweite bewusst ist.</li>
<li>Das Standesamt beurkundet die Erklärung und informiert das Geburtsstandesamt und die Meldebehörde.</li>
<li>Beantragen Sie neue Urkunden und Ausweisdokumente.</li>
</ol>`,
    costs: [
      { kind: 'free', description: 'Die Anmeldung ist gebührenfrei.' },
      { kind: 'fixed', amount: { value: 25, currency: 'EUR' }, description: 'Entgegennahme und Beurkundung der Erklärung' },
    ],
    costsNoteHtml: '<p>Für neue Personenstandsurkunden und Ausweisdokumente fallen die üblichen Gebühren an.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Geburtsurkunde oder beglaubigter Ausdruck aus dem Geburtenregister', required: true },
      { name: 'Eheurkunde bzw. Geburtsurkunden der Kinder', descriptionHtml: '<p>Nur wenn Sie verheiratet sind oder Kinder haben, damit die Register fortgeschrieben werden können.</p>', required: false },
      { name: 'Zustimmung der Sorgeberechtigten', descriptionHtml: '<p>Nur für Minderjährige ab 14 Jahren.</p>', required: false },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Nur für Personen ohne deutsche Staatsangehörigkeit.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anmeldefrist', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Die Erklärung kann frühestens drei Monate nach der Anmeldung abgegeben werden.</p>' },
      { label: 'Verfall der Anmeldung', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Wird die Erklärung nicht innerhalb von sechs Monaten nach der Anmeldung abgegeben, gilt die Anmeldung als zurückgenommen.</p>' },
      { label: 'Sperrfrist', duration: { value: 1, unit: 'year' }, descriptionHtml: '<p>Eine erneute Änderung ist frühestens ein Jahr nach der letzten Änderung möglich.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die Erklärung wird im Termin beurkundet; die Folgebeurkundungen dauern einige Wochen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sbgg/__2.html', title: '§ 2 Selbstbestimmungsgesetz (SBGG) – Erklärungen zum Geschlechtseintrag und zu den Vornamen' },
      { uri: 'https://www.gesetze-im-internet.de/sbgg/__4.html', title: '§ 4 Selbstbestimmungsgesetz (SBGG) – Anmeldung beim Standesamt' },
      { uri: 'https://www.gesetze-im-internet.de/sbgg/__5.html', title: '§ 5 Selbstbestimmungsgesetz (SBGG) – Sperrfrist' },
    ],
    appealHtml: RECHTSBEHELF_STANDESAMT,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: true, online: true, hinweis: 'Die Anmeldung ist online oder formlos schriftlich möglich; die Erklärung selbst geben Sie persönlich ab.' }),
    furtherInformation: [{ uri: 'https://www.bmfsfj.de', title: 'Bundesministerium für Familie, Senioren, Frauen und Jugend: Selbstbestimmungsgesetz' }],
    onlineServices: [{ title: 'Erklärung nach dem SBGG online anmelden', uri: `${ONLINE}geschlechtseintrag-vornamen-aendern`, trustLevel: 'substantial' }],
    appointmentUrl: `${TERMIN}geschlechtseintrag-vornamen-aendern`,
    officeIds: ['oe-standesamt'],
    lifeSituations: ['1070000', '1150000'],
    categories: ['standesamt'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-17T08:20:00Z',
  },
  // ---------------------------------------------------------------- Migration und Einbürgerung
  {
    id: 'aufenthaltserlaubnis-verlaengern',
    name: 'Aufenthaltserlaubnis verlängern',
    officialName: 'Aufenthaltserlaubnis Verlängerung',
    leikaKeys: [],
    summary:
      'Ihre Aufenthaltserlaubnis ist befristet. Beantragen Sie die Verlängerung rechtzeitig vor Ablauf bei der Ausländerbehörde – am besten sechs bis acht Wochen vorher und online.',
    synonyms: ['Aufenthaltstitel verlängern', 'Visum verlängern', 'eAT verlängern', 'Aufenthaltserlaubnis', 'Fiktionsbescheinigung', 'Ausländerbehörde', 'residence permit extension'],
    descriptionHtml: `<p>Eine Aufenthaltserlaubnis wird für einen bestimmten Zweck erteilt, zum Beispiel Erwerbstätigkeit, Studium, Familiennachzug oder aus humanitären Gründen, und ist befristet. Sie wird verlängert, wenn die Voraussetzungen weiterhin vorliegen. Bei der Verlängerung prüft die Ausländerbehörde insbesondere, ob Ihr Lebensunterhalt gesichert ist und ob der Aufenthaltszweck fortbesteht.</p>
<p>Stellen Sie den Antrag vor Ablauf Ihrer Aufenthaltserlaubnis. Dann gilt Ihr bisheriger Aufenthaltstitel bis zur Entscheidung als fortbestehend (Fiktionswirkung); Sie dürfen also in der Regel weiter arbeiten. Auf Wunsch erhalten Sie darüber eine Fiktionsbescheinigung, zum Beispiel für Arbeitgeber oder Reisen.</p>
<p>Prüfen Sie, ob Sie bereits die Voraussetzungen für eine Niederlassungserlaubnis erfüllen. Die Aufenthaltserlaubnis wird als elektronischer Aufenthaltstitel (eAT) im Scheckkartenformat ausgestellt; die Herstellung dauert einige Wochen.</p>`,
    requirementsHtml: `<ul>
<li>Der Aufenthaltszweck besteht weiter (z. B. Arbeitsvertrag, Studium, eheliche Lebensgemeinschaft).</li>
<li>Ihr Lebensunterhalt einschließlich Krankenversicherung ist in der Regel gesichert.</li>
<li>Sie besitzen einen gültigen Pass.</li>
<li>Es liegt kein Ausweisungsinteresse vor.</li>
<li>Sie wohnen in Musterstadt.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Stellen Sie den Antrag über den Online-Dienst und laden Sie die Unterlagen hoch. Alternativ senden Sie den Antrag per Post.</li>
<li>Die Ausländerbehörde prüft den Antrag und fordert gegebenenfalls weitere Unterlagen an. Sie erhalten eine Eingangsbestätigung, die als Nachweis der Antragstellung dient.</li>
<li>Zur Erfassung von Lichtbild, Fingerabdrücken und Unterschrift werden Sie zu einem Termin eingeladen; dabei bezahlen Sie die Gebühr.</li>
<li>Der eAT wird bei der Bundesdruckerei hergestellt. Nach etwa vier bis sechs Wochen holen Sie ihn persönlich ab.</li>
</ol>`,
    costs: [
      { kind: 'variable', min: { value: 46.5, currency: 'EUR' }, max: { value: 100, currency: 'EUR' }, description: 'in der Regel 93 bis 100 Euro je nach Geltungsdauer; für Minderjährige die Hälfte' },
      { kind: 'fixed', amount: { value: 13, currency: 'EUR' }, description: 'Fiktionsbescheinigung, falls erforderlich' },
    ],
    costsNoteHtml: '<p>Für türkische Staatsangehörige und bestimmte andere Personengruppen gelten ermäßigte Gebühren. Schutzberechtigte und Bezieherinnen und Bezieher von Sozialleistungen können von der Gebühr befreit werden.</p>',
    requiredDocuments: [
      { name: 'gültiger Pass', required: true },
      { name: 'aktueller elektronischer Aufenthaltstitel', required: true },
      { name: 'biometrisches Lichtbild', required: true },
      { name: 'Nachweis der Krankenversicherung', required: true },
      { name: 'Nachweise zum Aufenthaltszweck', descriptionHtml: '<p>z. B. Arbeitsvertrag und Gehaltsabrechnungen der letzten drei Monate, Immatrikulationsbescheinigung, Eheurkunde.</p>', required: true },
      { name: 'Mietvertrag', descriptionHtml: '<p>Nur wenn ausreichender Wohnraum nachzuweisen ist, etwa beim Familiennachzug.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist', descriptionHtml: '<p>Der Antrag muss <strong>vor Ablauf</strong> der Aufenthaltserlaubnis gestellt werden. Empfohlen: 6 bis 8 Wochen vorher.</p>' },
      WIDERSPRUCH_MONAT,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__8.html', title: '§ 8 Aufenthaltsgesetz (AufenthG) – Verlängerung der Aufenthaltserlaubnis' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__81.html', title: '§ 81 Aufenthaltsgesetz (AufenthG) – Beantragung des Aufenthaltstitels' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthv/__45.html', title: '§ 45 Aufenthaltsverordnung (AufenthV) – Gebühren für die Aufenthaltserlaubnis' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true, hinweis: 'Der Antrag wird online gestellt; zur Erfassung der biometrischen Daten und zur Abholung kommen Sie persönlich.' }),
    furtherInformation: [
      { uri: 'https://www.make-it-in-germany.com', title: 'Make it in Germany – Portal der Bundesregierung für Fachkräfte' },
      { uri: 'https://www.musterstadt.example/welcome-center', title: 'Welcome Center Musterstadt' },
    ],
    onlineServices: [{ title: 'Verlängerung der Aufenthaltserlaubnis online beantragen', uri: `${ONLINE}aufenthaltserlaubnis-verlaengern`, trustLevel: 'substantial' }],
    appointmentUrl: `${TERMIN}aufenthaltserlaubnis-verlaengern`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000'],
    categories: ['migration'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-18T11:00:00Z',
  },
  {
    id: 'niederlassungserlaubnis-beantragen',
    name: 'Niederlassungserlaubnis beantragen',
    officialName: 'Niederlassungserlaubnis Erteilung',
    leikaKeys: [],
    summary:
      'Die Niederlassungserlaubnis ist ein unbefristeter Aufenthaltstitel, der zur Erwerbstätigkeit berechtigt. In der Regel können Sie sie nach fünf Jahren mit Aufenthaltserlaubnis beantragen, Fachkräfte und Inhaber der Blauen Karte EU früher.',
    synonyms: ['unbefristeter Aufenthalt', 'Niederlassungserlaubnis', 'Daueraufenthalt', 'NE', 'permanent residence', 'settlement permit', 'Daueraufenthalt-EU'],
    descriptionHtml: `<p>Mit der Niederlassungserlaubnis dürfen Sie unbefristet in Deutschland leben und jede Erwerbstätigkeit ausüben. Sie müssen sie nicht mehr verlängern; nur das Kartendokument (eAT) wird alle zehn Jahre oder mit einem neuen Pass erneuert.</p>
<p>Die allgemeinen Voraussetzungen sind: fünf Jahre Besitz einer Aufenthaltserlaubnis, gesicherter Lebensunterhalt, mindestens 60 Monate Pflichtbeiträge oder vergleichbare Beiträge zur Rentenversicherung, ausreichende Deutschkenntnisse (Niveau B1), Grundkenntnisse der Rechts- und Gesellschaftsordnung („Leben in Deutschland“) und ausreichender Wohnraum.</p>
<p>Es gibt kürzere Wege, unter anderem:</p>
<ul>
<li>Inhaberinnen und Inhaber der Blauen Karte EU nach 27 Monaten, mit Deutschkenntnissen auf Niveau B1 nach 21 Monaten,</li>
<li>Fachkräfte mit Berufsausbildung oder Studium nach drei Jahren,</li>
<li>Absolventinnen und Absolventen deutscher Hochschulen oder Ausbildungen nach zwei Jahren Beschäftigung,</li>
<li>Familienangehörige von Deutschen nach drei Jahren.</li>
</ul>
<p>Alternativ kommt die Erlaubnis zum Daueraufenthalt – EU in Betracht, die zusätzlich die Mobilität innerhalb der EU erleichtert.</p>`,
    requirementsHtml: `<ul>
<li>Sie besitzen seit der jeweils erforderlichen Zeit eine Aufenthaltserlaubnis.</li>
<li>Ihr Lebensunterhalt ist gesichert, ohne dass Sie Bürgergeld oder Sozialhilfe beziehen.</li>
<li>Sie haben die erforderlichen Rentenbeiträge gezahlt.</li>
<li>Sie haben Deutschkenntnisse auf Niveau B1 und Grundkenntnisse der Rechts- und Gesellschaftsordnung.</li>
<li>Sie verfügen über ausreichenden Wohnraum und sind nicht wegen einer Straftat verurteilt.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Stellen Sie den Antrag online oder schriftlich mit allen Nachweisen.</li>
<li>Die Ausländerbehörde prüft die Unterlagen und fragt gegebenenfalls bei der Rentenversicherung und anderen Stellen nach.</li>
<li>Zur Erfassung der biometrischen Daten werden Sie zu einem Termin eingeladen und bezahlen die Gebühr.</li>
<li>Nach der Herstellung holen Sie den eAT persönlich ab.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 113, currency: 'EUR' }, description: 'allgemeine Niederlassungserlaubnis' },
      { kind: 'fixed', amount: { value: 124, currency: 'EUR' }, description: 'Niederlassungserlaubnis für selbständig Tätige' },
      { kind: 'fixed', amount: { value: 147, currency: 'EUR' }, description: 'Niederlassungserlaubnis für Hochqualifizierte' },
    ],
    requiredDocuments: [
      { name: 'gültiger Pass und aktueller Aufenthaltstitel', required: true },
      { name: 'biometrisches Lichtbild', required: true },
      { name: 'Versicherungsverlauf der Deutschen Rentenversicherung', required: true },
      { name: 'Einkommensnachweise und Arbeitsvertrag', required: true },
      { name: 'Sprachzertifikat B1 und Nachweis „Leben in Deutschland“', descriptionHtml: '<p>Z. B. Zertifikat Integrationskurs, Test „Leben in Deutschland“ oder deutscher Schulabschluss.</p>', required: true },
      { name: 'Mietvertrag und Nachweis der Krankenversicherung', required: true },
    ],
    deadlines: [WIDERSPRUCH_MONAT],
    processingTime: { duration: { value: 6, unit: 'week', valueTo: 12 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__9.html', title: '§ 9 Aufenthaltsgesetz (AufenthG) – Niederlassungserlaubnis' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__18c.html', title: '§ 18c Aufenthaltsgesetz (AufenthG) – Niederlassungserlaubnis für Fachkräfte' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthv/__44.html', title: '§ 44 Aufenthaltsverordnung (AufenthV) – Gebühren für die Niederlassungserlaubnis' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true }),
    furtherInformation: [
      { uri: 'https://www.bamf.de', title: 'Bundesamt für Migration und Flüchtlinge' },
      { uri: 'https://www.make-it-in-germany.com', title: 'Make it in Germany – unbefristeter Aufenthalt' },
    ],
    onlineServices: [{ title: 'Niederlassungserlaubnis online beantragen', uri: `${ONLINE}niederlassungserlaubnis-beantragen`, trustLevel: 'substantial' }],
    appointmentUrl: `${TERMIN}niederlassungserlaubnis-beantragen`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000'],
    categories: ['migration'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-18T11:05:00Z',
  },
  {
    id: 'einbuergerung-beantragen',
    name: 'Einbürgerung beantragen',
    officialName: 'Einbürgerung Verleihung der deutschen Staatsangehörigkeit',
    leikaKeys: ['99099002067000'],
    summary:
      'Wer seit mindestens fünf Jahren rechtmäßig in Deutschland lebt, Deutsch auf Niveau B1 spricht und seinen Lebensunterhalt selbst sichert, kann sich einbürgern lassen. Die bisherige Staatsangehörigkeit muss seit Juni 2024 nicht mehr aufgegeben werden.',
    synonyms: ['Einbürgerung', 'deutsche Staatsangehörigkeit', 'Staatsbürgerschaft', 'deutscher Pass', 'Einbürgerungstest', 'doppelte Staatsbürgerschaft', 'naturalisation', 'citizenship'],
    descriptionHtml: `<p>Mit der Einbürgerung werden Sie deutsche Staatsangehörige oder deutscher Staatsangehöriger – mit allen Rechten, etwa dem Wahlrecht bei Bundestags- und Landtagswahlen, und allen Pflichten. Seit dem 27. Juni 2024 ist Mehrstaatigkeit generell erlaubt: Sie müssen Ihre bisherige Staatsangehörigkeit nicht mehr aufgeben, soweit Ihr Herkunftsstaat dies zulässt.</p>
<p>Für einen Einbürgerungsanspruch müssen Sie in der Regel seit fünf Jahren rechtmäßig Ihren gewöhnlichen Aufenthalt in Deutschland haben und ein unbefristetes Aufenthaltsrecht oder einen geeigneten Aufenthaltstitel besitzen. Sie müssen Deutschkenntnisse auf Niveau B1 und Kenntnisse der Rechts- und Gesellschaftsordnung (Einbürgerungstest) nachweisen, sich zur freiheitlichen demokratischen Grundordnung und zur besonderen historischen Verantwortung Deutschlands bekennen und Ihren Lebensunterhalt grundsätzlich ohne Bürgergeld oder Sozialhilfe sichern.</p>
<p>Ehegatten und minderjährige Kinder können miteingebürgert werden. Die Einbürgerung wird mit der Aushändigung der Einbürgerungsurkunde wirksam; vorher geben Sie ein feierliches Bekenntnis ab. Die Stadt Musterstadt lädt neu Eingebürgerte zweimal im Jahr zu einer Einbürgerungsfeier ins Rathaus ein.</p>`,
    requirementsHtml: `<ul>
<li>mindestens fünf Jahre rechtmäßiger gewöhnlicher Aufenthalt in Deutschland</li>
<li>unbefristetes Aufenthaltsrecht oder Aufenthaltserlaubnis, die zu einem dauerhaften Aufenthalt führen kann</li>
<li>Deutschkenntnisse auf Niveau B1 und bestandener Einbürgerungstest (oder deutscher Schulabschluss)</li>
<li>Sicherung des Lebensunterhalts für sich und unterhaltsberechtigte Angehörige, mit Ausnahmen etwa für Vollzeitbeschäftigte</li>
<li>Bekenntnis zur freiheitlichen demokratischen Grundordnung</li>
<li>keine Verurteilung wegen einer Straftat (geringfügige Strafen bleiben außer Betracht), keine antisemitischen, rassistischen oder sonstigen menschenverachtenden Handlungen</li>
<li>geklärte Identität und Staatsangehörigkeit</li>
</ul>`,
    procedureHtml: `<ol>
<li>Prüfen Sie mit dem Online-Check des Welcome Centers, ob Sie die Voraussetzungen erfüllen.</li>
<li>Stellen Sie den Antrag online und laden Sie die Nachweise hoch. Für jede Person über 16 Jahren ist ein eigener Antrag nötig.</li>
<li>Die Einbürgerungsbehörde prüft die Unterlagen und holt Auskünfte bei Sicherheitsbehörden und dem Bundeszentralregister ein.</li>
<li>Nach positiver Prüfung werden Sie eingeladen, geben das Bekenntnis ab und erhalten die Einbürgerungsurkunde.</li>
<li>Anschließend beantragen Sie im Bürgerbüro Personalausweis und Reisepass.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 255, currency: 'EUR' }, description: 'je erwachsene Person' },
      { kind: 'fixed', amount: { value: 51, currency: 'EUR' }, description: 'je minderjähriges Kind, das miteingebürgert wird' },
    ],
    costsNoteHtml: '<p>Bei geringem Einkommen oder mehreren Kindern kann die Gebühr ermäßigt werden. Kosten für Sprachprüfung und Einbürgerungstest (25 Euro) kommen hinzu.</p>',
    requiredDocuments: [
      { name: 'gültiger Pass und Aufenthaltstitel', required: true },
      { name: 'Geburtsurkunde und gegebenenfalls Eheurkunde, mit Übersetzung', required: true },
      { name: 'Sprachzertifikat B1 und Bescheinigung über den Einbürgerungstest', required: true },
      { name: 'Einkommensnachweise der letzten sechs Monate und Arbeitsvertrag', required: true },
      { name: 'Versicherungsverlauf der Deutschen Rentenversicherung', required: true },
      { name: 'biometrisches Lichtbild', required: true },
    ],
    deadlines: [WIDERSPRUCH_MONAT],
    processingTime: { duration: { value: 6, unit: 'month', valueTo: 12 }, descriptionHtml: '<p>Wegen der hohen Zahl an Anträgen dauert die Bearbeitung derzeit häufig sechs bis zwölf Monate.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/stag/__10.html', title: '§ 10 Staatsangehörigkeitsgesetz (StAG) – Anspruchseinbürgerung' },
      { uri: 'https://www.gesetze-im-internet.de/stag/__16.html', title: '§ 16 Staatsangehörigkeitsgesetz (StAG) – Einbürgerungsurkunde, Bekenntnis' },
      { uri: 'https://www.gesetze-im-internet.de/stag/__38.html', title: '§ 38 Staatsangehörigkeitsgesetz (StAG) – Gebühren' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true }),
    furtherInformation: [
      { uri: 'https://www.bamf.de', title: 'BAMF: Einbürgerungstest und Integrationskurse' },
      { uri: 'https://www.musterstadt.example/welcome-center/einbuergerung', title: 'Einbürgerung in Musterstadt – Online-Check und Beratung' },
    ],
    onlineServices: [{ title: 'Einbürgerung online beantragen', uri: `${ONLINE}einbuergerung-beantragen`, trustLevel: 'substantial' }],
    appointmentUrl: `${TERMIN}einbuergerung-beantragen`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000', '1100000'],
    categories: ['migration'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-18T11:10:00Z',
  },
  {
    id: 'verpflichtungserklaerung-abgeben',
    name: 'Verpflichtungserklärung abgeben',
    officialName: 'Verpflichtungserklärung zur Übernahme der Kosten einer ausländischen Person Entgegennahme',
    leikaKeys: ['99010005261000'],
    summary:
      'Wenn Sie Gäste aus dem Ausland einladen, die ein Visum benötigen, können Sie sich gegenüber der Ausländerbehörde verpflichten, für deren Lebensunterhalt aufzukommen. Die Erklärung kostet 29 Euro.',
    synonyms: ['Einladung Visum', 'Verpflichtungserklärung', 'Bürgschaft Visum', 'Besuchsvisum', 'Einladungsschreiben', 'formal obligation', 'declaration of commitment'],
    descriptionHtml: `<p>Für ein Besuchsvisum müssen Ihre Gäste nachweisen, dass sie ihren Aufenthalt in Deutschland finanzieren können. Ist das nicht der Fall, können Sie als einladende Person eine Verpflichtungserklärung abgeben. Damit verpflichten Sie sich, alle Kosten für den Lebensunterhalt Ihres Gastes zu tragen, einschließlich Wohnraum, Versorgung im Krankheitsfall und gegebenenfalls der Kosten einer Abschiebung.</p>
<p>Die Verpflichtung gilt für die Dauer des Aufenthalts und endet spätestens nach fünf Jahren; sie endet nicht, wenn Ihr Gast einen anderen Aufenthaltstitel erhält. Die Ausländerbehörde prüft Ihre finanzielle Leistungsfähigkeit. Die Erklärung wird auf einem bundeseinheitlichen, fälschungssicheren Vordruck abgegeben, den Sie im Original an Ihren Gast schicken; dieser legt ihn bei der Auslandsvertretung vor.</p>`,
    requirementsHtml: `<ul>
<li>Sie wohnen in Musterstadt und besitzen die deutsche Staatsangehörigkeit, die eines EU-Staates oder einen gültigen Aufenthaltstitel.</li>
<li>Ihr Einkommen reicht aus, um neben Ihrem eigenen Lebensunterhalt auch den Ihres Gastes zu decken.</li>
<li>Sie geben die Erklärung persönlich ab.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Buchen Sie einen Termin bei der Ausländerbehörde.</li>
<li>Legen Sie Ihre Einkommensnachweise und die Passdaten Ihres Gastes vor.</li>
<li>Die Behörde prüft Ihre Bonität; Sie unterschreiben die Erklärung und bezahlen die Gebühr.</li>
<li>Sie senden das Original an Ihren Gast, der damit das Visum beantragt.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 29, currency: 'EUR' }, description: 'je Verpflichtungserklärung', prepayment: true }],
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder Aufenthaltstitel', required: true },
      { name: 'Einkommensnachweise', descriptionHtml: '<p>Gehaltsabrechnungen der letzten drei Monate, bei Selbständigen aktueller Steuerbescheid; Rentenbescheid.</p>', required: true },
      { name: 'Mietvertrag mit Angabe der Wohnfläche und Miethöhe', required: true },
      { name: 'Passdaten des Gastes', descriptionHtml: '<p>Kopie der Passdatenseite mit Name, Geburtsdatum, Staatsangehörigkeit und Passnummer.</p>', required: true },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Die Erklärung wird im Termin aufgenommen, wenn alle Unterlagen vollständig sind.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__68.html', title: '§ 68 Aufenthaltsgesetz (AufenthG) – Haftung für Lebensunterhalt' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthv/__47.html', title: '§ 47 Aufenthaltsverordnung (AufenthV) – Gebühren für sonstige aufenthaltsrechtliche Amtshandlungen' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: false, hinweis: 'Der bundeseinheitliche Vordruck wird nur von der Behörde ausgegeben.' }),
    furtherInformation: [{ uri: 'https://www.auswaertiges-amt.de', title: 'Auswärtiges Amt: Visum für Besuchsreisen' }],
    onlineServices: [],
    appointmentUrl: `${TERMIN}verpflichtungserklaerung-abgeben`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000', '1120000'],
    categories: ['migration'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-18T11:15:00Z',
  },
  {
    id: 'blaue-karte-eu-beantragen',
    name: 'Blaue Karte EU beantragen',
    officialName: 'Blaue Karte EU Erteilung',
    leikaKeys: [],
    summary:
      'Die Blaue Karte EU ist ein Aufenthaltstitel für qualifizierte Fachkräfte mit Hochschulabschluss oder vergleichbarer Qualifikation und einem Mindestgehalt. Sie führt schneller zur Niederlassungserlaubnis.',
    synonyms: ['Blue Card', 'Blaue Karte', 'EU Blue Card', 'Fachkräfteeinwanderung', 'Arbeitserlaubnis Akademiker', 'Visum Arbeit', 'work permit'],
    descriptionHtml: `<p>Die Blaue Karte EU richtet sich an Fachkräfte aus Staaten außerhalb der EU, die einen deutschen, anerkannten oder vergleichbaren ausländischen Hochschulabschluss besitzen und eine ihrer Qualifikation angemessene Beschäftigung aufnehmen. IT-Spezialistinnen und -Spezialisten können sie auch ohne Hochschulabschluss mit mindestens drei Jahren Berufserfahrung erhalten.</p>
<p>Voraussetzung ist ein Mindestgehalt. Im Jahr 2026 beträgt es 50.700 Euro brutto im Jahr; für Engpassberufe sowie für Berufsanfängerinnen und Berufsanfänger innerhalb von drei Jahren nach dem Abschluss 45.934,20 Euro. Die Werte werden jährlich angepasst.</p>
<p>Mit der Blauen Karte EU können Sie nach 27 Monaten, bei Deutschkenntnissen auf Niveau B1 bereits nach 21 Monaten, eine Niederlassungserlaubnis erhalten. Ehegatten dürfen ohne Deutschnachweis nachziehen und uneingeschränkt arbeiten. Arbeitgeber können für die Einreise das beschleunigte Fachkräfteverfahren bei der Ausländerbehörde beantragen.</p>`,
    requirementsHtml: `<ul>
<li>deutscher, anerkannter oder mit einem deutschen vergleichbarer ausländischer Hochschulabschluss (oder IT-Berufserfahrung)</li>
<li>konkretes Arbeitsplatzangebot in Deutschland mit dem erforderlichen Mindestgehalt</li>
<li>Berufsausübungserlaubnis, wenn der Beruf reglementiert ist (z. B. Ärztin oder Arzt)</li>
<li>Zustimmung der Bundesagentur für Arbeit, soweit erforderlich</li>
<li>gültiger Pass und rechtmäßige Einreise, in der Regel mit einem Visum zur Erwerbstätigkeit</li>
</ul>`,
    procedureHtml: `<ol>
<li>Nach der Einreise melden Sie Ihren Wohnsitz in Musterstadt an.</li>
<li>Stellen Sie den Antrag online bei der Ausländerbehörde, solange Ihr Visum gültig ist.</li>
<li>Die Ausländerbehörde beteiligt, soweit erforderlich, die Bundesagentur für Arbeit.</li>
<li>Bei einem Termin werden Lichtbild und Fingerabdrücke erfasst; danach wird der eAT hergestellt und Ihnen ausgehändigt.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 100, currency: 'EUR' } }],
    costsNoteHtml: '<p>Für das beschleunigte Fachkräfteverfahren zahlt der Arbeitgeber zusätzlich 411 Euro.</p>',
    requiredDocuments: [
      { name: 'gültiger Pass mit Visum', required: true },
      { name: 'biometrisches Lichtbild', required: true },
      { name: 'Arbeitsvertrag oder verbindliches Arbeitsplatzangebot', required: true },
      { name: 'Erklärung zum Beschäftigungsverhältnis', descriptionHtml: '<p>Vom Arbeitgeber ausgefüllt.</p>', required: true },
      { name: 'Hochschulabschluss mit Nachweis der Anerkennung oder Vergleichbarkeit', descriptionHtml: '<p>z. B. Eintrag in der Datenbank anabin oder Zeugnisbewertung der Zentralstelle für ausländisches Bildungswesen.</p>', required: true },
      { name: 'Nachweis der Krankenversicherung und Meldebestätigung', required: true },
    ],
    deadlines: [
      { label: 'Antragsfrist', descriptionHtml: '<p>Stellen Sie den Antrag vor Ablauf Ihres Einreisevisums.</p>' },
      WIDERSPRUCH_MONAT,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__18g.html', title: '§ 18g Aufenthaltsgesetz (AufenthG) – Blaue Karte EU' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__81a.html', title: '§ 81a Aufenthaltsgesetz (AufenthG) – Beschleunigtes Fachkräfteverfahren' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthv/__45.html', title: '§ 45 Aufenthaltsverordnung (AufenthV) – Gebühren' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true }),
    furtherInformation: [
      { uri: 'https://www.make-it-in-germany.com', title: 'Make it in Germany: Blaue Karte EU' },
      { uri: 'https://anabin.kmk.org', title: 'anabin – Datenbank zur Bewertung ausländischer Bildungsnachweise' },
    ],
    onlineServices: [{ title: 'Blaue Karte EU online beantragen', uri: `${ONLINE}blaue-karte-eu-beantragen`, trustLevel: 'substantial' }],
    appointmentUrl: `${TERMIN}blaue-karte-eu-beantragen`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000', '1040000'],
    categories: ['migration'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-18T11:20:00Z',
  },
  {
    id: 'aufenthaltserlaubnis-studium-beantragen',
    name: 'Aufenthaltserlaubnis zum Studium beantragen',
    officialName: 'Aufenthaltserlaubnis zum Zweck des Studiums Erteilung',
    leikaKeys: [],
    summary:
      'Internationale Studierende aus Staaten außerhalb der EU benötigen für ein Studium in Musterstadt eine Aufenthaltserlaubnis. Sie beantragen sie nach der Einreise mit dem Studienvisum bei der Ausländerbehörde.',
    synonyms: ['Studentenvisum', 'Aufenthaltserlaubnis Studium', 'internationale Studierende', 'Sperrkonto', 'Studienbewerbung Aufenthalt', 'student residence permit', 'study permit'],
    descriptionHtml: `<p>Wenn Sie an einer Hochschule in Musterstadt studieren oder sich auf ein Studium vorbereiten (zum Beispiel im Studienkolleg oder Sprachkurs), erhalten Sie eine Aufenthaltserlaubnis zum Zweck des Studiums. Sie wird in der Regel für zwei Jahre erteilt und bei ordnungsgemäßem Studienverlauf verlängert.</p>
<p>Sie müssen nachweisen, dass Ihr Lebensunterhalt gesichert ist. Das geschieht meist über ein Sperrkonto oder ein Stipendium. Der Betrag orientiert sich am BAföG-Höchstsatz; für 2025 waren es 992 Euro im Monat bzw. 11.904 Euro im Jahr.</p>
<p>Während des Studiums dürfen Sie an 140 ganzen oder 280 halben Tagen im Jahr arbeiten; studentische Nebentätigkeiten an der Hochschule sind darüber hinaus erlaubt. Nach dem Abschluss können Sie eine Aufenthaltserlaubnis zur Arbeitssuche von bis zu 18 Monaten erhalten.</p>`,
    requirementsHtml: `<ul>
<li>Zulassung oder Immatrikulation an einer Hochschule in Musterstadt</li>
<li>gesicherter Lebensunterhalt (Sperrkonto, Stipendium oder Verpflichtungserklärung)</li>
<li>ausreichender Krankenversicherungsschutz</li>
<li>gültiger Pass und Einreise mit einem Visum zu Studienzwecken (Ausnahmen für bestimmte Staatsangehörige)</li>
<li>Wohnsitz in Musterstadt</li>
</ul>`,
    procedureHtml: `<ol>
<li>Melden Sie nach der Einreise Ihren Wohnsitz an.</li>
<li>Stellen Sie den Antrag online, solange Ihr Visum gültig ist. Das Welcome Center bietet zu Semesterbeginn Sammeltermine an den Hochschulen an.</li>
<li>Bei einem Termin werden Lichtbild und Fingerabdrücke erfasst; Sie bezahlen die Gebühr.</li>
<li>Sie holen den eAT nach etwa vier bis sechs Wochen ab.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 100, currency: 'EUR' } }],
    costsNoteHtml: '<p>Stipendiatinnen und Stipendiaten aus öffentlichen deutschen Mitteln sind von der Gebühr befreit.</p>',
    requiredDocuments: [
      { name: 'gültiger Pass mit Visum', required: true },
      { name: 'biometrisches Lichtbild', required: true },
      { name: 'Zulassungsbescheid oder Immatrikulationsbescheinigung', required: true },
      { name: 'Finanzierungsnachweis', descriptionHtml: '<p>Bestätigung über das Sperrkonto, Stipendienbescheid oder Verpflichtungserklärung.</p>', required: true },
      { name: 'Nachweis der Krankenversicherung', required: true },
      { name: 'Meldebestätigung', required: true },
    ],
    deadlines: [
      { label: 'Antragsfrist', descriptionHtml: '<p>Vor Ablauf des Visums.</p>' },
      WIDERSPRUCH_MONAT,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 6 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__16b.html', title: '§ 16b Aufenthaltsgesetz (AufenthG) – Studium' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__20.html', title: '§ 20 Aufenthaltsgesetz (AufenthG) – Arbeitsplatzsuche für Fachkräfte' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true }),
    furtherInformation: [
      { uri: 'https://www.study-in-germany.de', title: 'Study in Germany – Informationsportal des DAAD' },
      { uri: 'https://www.musterstadt.example/welcome-center/studierende', title: 'Welcome Center Musterstadt: Service für internationale Studierende' },
    ],
    onlineServices: [{ title: 'Aufenthaltserlaubnis zum Studium online beantragen', uri: `${ONLINE}aufenthaltserlaubnis-studium-beantragen`, trustLevel: 'low' }],
    appointmentUrl: `${TERMIN}aufenthaltserlaubnis-studium-beantragen`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000', '1030000'],
    categories: ['migration'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-18T11:25:00Z',
  },
  {
    id: 'familiennachzug-beantragen',
    name: 'Familiennachzug beantragen',
    officialName: 'Aufenthaltserlaubnis aus familiären Gründen Erteilung',
    leikaKeys: [],
    summary:
      'Ehegatten und minderjährige Kinder von Deutschen oder von Ausländerinnen und Ausländern mit Aufenthaltstitel können nach Deutschland nachziehen. Das Visum beantragen sie bei der deutschen Auslandsvertretung; die Ausländerbehörde wirkt mit und erteilt nach der Einreise die Aufenthaltserlaubnis.',
    synonyms: ['Familienzusammenführung', 'Ehegattennachzug', 'Kindernachzug', 'Visum Ehepartner', 'Nachzug', 'Vorabzustimmung', 'family reunification'],
    descriptionHtml: `<p>Der Familiennachzug ermöglicht es Ehegatten, eingetragenen Lebenspartnerinnen und -partnern und minderjährigen ledigen Kindern, zu ihren Angehörigen nach Deutschland zu ziehen. Eltern können zu minderjährigen deutschen Kindern nachziehen. Für andere Familienangehörige ist ein Nachzug nur in Härtefällen möglich.</p>
<p>Das Verfahren beginnt in der Regel mit einem Visumantrag bei der deutschen Botschaft oder dem Konsulat im Herkunftsland. Die Botschaft beteiligt die Ausländerbehörde Musterstadt, die prüft, ob Wohnraum und Lebensunterhalt gesichert sind. Nach der Einreise beantragt die nachgezogene Person die Aufenthaltserlaubnis bei der Ausländerbehörde.</p>
<p>Ehegatten müssen grundsätzlich einfache Deutschkenntnisse (Niveau A1) nachweisen; Ausnahmen gelten etwa beim Nachzug zu Inhaberinnen und Inhabern einer Blauen Karte EU oder für Staatsangehörige bestimmter Staaten. Um das Visumverfahren zu beschleunigen, können Sie als in Musterstadt lebende Person eine Vorabzustimmung der Ausländerbehörde beantragen.</p>
<p>Hinweis: Der Familiennachzug zu subsidiär Schutzberechtigten ist seit Juli 2025 für zwei Jahre ausgesetzt; Ausnahmen gibt es nur in Härtefällen.</p>`,
    requirementsHtml: `<ul>
<li>Die in Musterstadt lebende Person besitzt die deutsche Staatsangehörigkeit oder einen geeigneten Aufenthaltstitel.</li>
<li>Ausreichender Wohnraum und gesicherter Lebensunterhalt (nicht beim Nachzug zu Deutschen und in bestimmten Schutzfällen).</li>
<li>Ehegatten sind mindestens 18 Jahre alt und weisen in der Regel Deutschkenntnisse auf Niveau A1 nach.</li>
<li>Kinder sind minderjährig und ledig.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Optional: Die in Musterstadt lebende Person beantragt online die Vorabzustimmung der Ausländerbehörde.</li>
<li>Die nachziehende Person beantragt das Visum bei der deutschen Auslandsvertretung.</li>
<li>Die Ausländerbehörde prüft die Voraussetzungen und stimmt dem Visum zu.</li>
<li>Nach der Einreise meldet sich die nachgezogene Person in Musterstadt an und beantragt innerhalb der Gültigkeit des Visums die Aufenthaltserlaubnis.</li>
</ol>`,
    costs: [
      { kind: 'fixed', amount: { value: 100, currency: 'EUR' }, description: 'Aufenthaltserlaubnis für Erwachsene' },
      { kind: 'fixed', amount: { value: 50, currency: 'EUR' }, description: 'Aufenthaltserlaubnis für Minderjährige' },
    ],
    costsNoteHtml: '<p>Für das nationale Visum erhebt die Auslandsvertretung eine eigene Gebühr (in der Regel 75 Euro). Der Nachzug von Familienangehörigen Deutscher und von Kindern ist teilweise gebührenbefreit.</p>',
    requiredDocuments: [
      { name: 'Pass und Aufenthaltstitel der in Musterstadt lebenden Person', required: true },
      { name: 'Eheurkunde oder Geburtsurkunden der Kinder, mit Übersetzung und gegebenenfalls Legalisation', required: true },
      { name: 'Mietvertrag mit Angabe der Wohnfläche', required: true },
      { name: 'Einkommensnachweise der letzten sechs Monate', required: true },
      { name: 'Sprachzertifikat A1', descriptionHtml: '<p>Nur beim Ehegattennachzug, soweit keine Ausnahme gilt.</p>', required: false },
    ],
    deadlines: [WIDERSPRUCH_MONAT],
    processingTime: { duration: { value: 2, unit: 'month', valueTo: 6 }, descriptionHtml: '<p>Die Dauer hängt vor allem von den Wartezeiten bei der Auslandsvertretung ab. Eine Vorabzustimmung verkürzt das Verfahren.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__27.html', title: '§ 27 Aufenthaltsgesetz (AufenthG) – Grundsatz des Familiennachzugs' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__30.html', title: '§ 30 Aufenthaltsgesetz (AufenthG) – Ehegattennachzug' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__32.html', title: '§ 32 Aufenthaltsgesetz (AufenthG) – Kindernachzug' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthv/__31.html', title: '§ 31 Aufenthaltsverordnung (AufenthV) – Zustimmung der Ausländerbehörde zur Visumerteilung' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: false, persoenlich: true, online: true }),
    furtherInformation: [
      { uri: 'https://www.auswaertiges-amt.de', title: 'Auswärtiges Amt: Visum zum Familiennachzug' },
      { uri: 'https://www.bamf.de', title: 'BAMF: Familiennachzug' },
    ],
    onlineServices: [{ title: 'Vorabzustimmung zum Familiennachzug online beantragen', uri: `${ONLINE}familiennachzug-beantragen`, trustLevel: 'substantial' }],
    appointmentUrl: `${TERMIN}familiennachzug-beantragen`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000', '1020000'],
    categories: ['migration'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-18T11:30:00Z',
  },
  {
    id: 'aufenthaltstitel-verlust-melden',
    name: 'Verlust des elektronischen Aufenthaltstitels melden',
    officialName: 'Elektronischer Aufenthaltstitel Verlustmeldung und Neuausstellung',
    leikaKeys: [],
    summary:
      'Den Verlust oder Diebstahl Ihres elektronischen Aufenthaltstitels müssen Sie unverzüglich der Ausländerbehörde melden. Sie erhalten eine Bescheinigung über Ihr Aufenthaltsrecht und einen neuen eAT.',
    synonyms: ['eAT verloren', 'Aufenthaltskarte verloren', 'Aufenthaltstitel gestohlen', 'Ersatz Aufenthaltstitel', 'Verlustanzeige eAT', 'lost residence permit'],
    descriptionHtml: `<p>Ist Ihr elektronischer Aufenthaltstitel (eAT) verloren gegangen oder gestohlen worden, müssen Sie dies unverzüglich der Ausländerbehörde anzeigen. Ihr Aufenthaltsrecht besteht unverändert fort; es fehlt Ihnen nur der Nachweis. Bei Diebstahl erstatten Sie zusätzlich Anzeige bei der Polizei. Die Online-Ausweisfunktion sperren Sie über den Sperrnotruf 116 116.</p>
<p>Die Ausländerbehörde stellt einen neuen eAT aus. Bis er fertig ist, erhalten Sie eine Bescheinigung über Ihr Aufenthaltsrecht, die Sie zum Beispiel Ihrem Arbeitgeber vorlegen können. Bitte beachten Sie: Mit dieser Bescheinigung ist die Wiedereinreise aus dem Ausland nicht ohne Weiteres möglich. Haben Sie den eAT im Ausland verloren, wenden Sie sich an die deutsche Auslandsvertretung, die Ihnen gegebenenfalls ein Visum zur Wiedereinreise ausstellt.</p>
<p>Ist zusammen mit dem eAT auch Ihr Pass verloren gegangen, beantragen Sie zuerst einen neuen Pass bei der Botschaft oder dem Konsulat Ihres Herkunftsstaates.</p>`,
    requirementsHtml: `<ul>
<li>Ihr eAT ist verloren gegangen oder wurde gestohlen.</li>
<li>Sie wohnen in Musterstadt.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Sperren Sie die Online-Ausweisfunktion über den Sperrnotruf 116 116; bei Diebstahl erstatten Sie Anzeige bei der Polizei.</li>
<li>Melden Sie den Verlust online oder schriftlich bei der Ausländerbehörde.</li>
<li>Bei einem Termin erhalten Sie eine Bescheinigung über Ihr Aufenthaltsrecht; Lichtbild und Fingerabdrücke für den neuen eAT werden erfasst.</li>
<li>Sie holen den neuen eAT nach etwa vier bis sechs Wochen ab.</li>
</ol>`,
    costs: [{ kind: 'fixed', amount: { value: 67, currency: 'EUR' }, description: 'Neuausstellung des elektronischen Aufenthaltstitels' }],
    costsNoteHtml: '<p>Für eine Bescheinigung über das Aufenthaltsrecht können zusätzliche Gebühren anfallen.</p>',
    requiredDocuments: [
      { name: 'gültiger Pass', required: true },
      { name: 'biometrisches Lichtbild', required: true },
      { name: 'Bescheinigung der Polizei über die Diebstahlsanzeige', descriptionHtml: '<p>Nur bei Diebstahl.</p>', required: false },
      { name: 'schriftliche Erklärung über die Umstände des Verlusts', required: true },
    ],
    deadlines: [{ label: 'Meldefrist', descriptionHtml: '<p>Der Verlust ist <strong>unverzüglich</strong> anzuzeigen.</p>' }],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 6 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/aufenthv/__56.html', title: '§ 56 Aufenthaltsverordnung (AufenthV) – Ausweisrechtliche Pflichten' },
      { uri: 'https://www.gesetze-im-internet.de/aufenthg_2004/__78.html', title: '§ 78 Aufenthaltsgesetz (AufenthG) – Dokumente mit elektronischem Speicher- und Verarbeitungsmedium' },
    ],
    appealHtml: RECHTSBEHELF_VERWALTUNG,
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: true, online: true }),
    furtherInformation: [{ uri: 'https://www.bamf.de', title: 'Bundesamt für Migration und Flüchtlinge' }],
    onlineServices: [{ title: 'Verlust des Aufenthaltstitels online melden', uri: `${ONLINE}aufenthaltstitel-verlust-melden`, trustLevel: 'low' }],
    appointmentUrl: `${TERMIN}aufenthaltstitel-verlust-melden`,
    officeIds: ['oe-auslaenderbehoerde'],
    lifeSituations: ['1080000', '1070000'],
    categories: ['migration'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-18T11:35:00Z',
  },
  // ---------------------------------------------------------------- Wahlen
  {
    id: 'briefwahl-beantragen',
    name: 'Briefwahl beantragen',
    officialName: 'Wahlschein Erteilung',
    leikaKeys: [],
    summary:
      'Wenn Sie nicht im Wahllokal wählen möchten oder können, beantragen Sie einen Wahlschein mit Briefwahlunterlagen – online über den QR-Code auf der Wahlbenachrichtigung, schriftlich oder persönlich im Wahlamt.',
    synonyms: ['Briefwahl', 'Wahlschein', 'Briefwahlunterlagen', 'Wahlbenachrichtigung', 'per Post wählen', 'Briefwahlbüro', 'postal vote', 'absentee ballot'],
    descriptionHtml: `<p>Bei allen Wahlen und Abstimmungen – Bundestags-, Europa-, Landtags- und Kommunalwahlen sowie Bürgerentscheiden – können Sie per Briefwahl wählen. Sie brauchen dafür keinen Grund anzugeben. Mit dem Wahlschein können Sie außerdem in jedem Wahlraum Ihres Wahlkreises wählen.</p>
<p>Einige Wochen vor der Wahl erhalten Sie eine Wahlbenachrichtigung. Darauf finden Sie einen QR-Code und einen Link zum Online-Antrag sowie einen Antragsvordruck auf der Rückseite. Die Briefwahlunterlagen bestehen aus Wahlschein, Stimmzettel, blauem Stimmzettelumschlag, rotem Wahlbriefumschlag und einem Merkblatt.</p>
<p>Ab Öffnung des Briefwahlbüros im Rathaus können Sie auch direkt vor Ort wählen („Direktwahl“): Sie erhalten die Unterlagen, füllen den Stimmzettel in einer Wahlkabine aus und geben den Wahlbrief sofort ab.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind wahlberechtigt und in das Wählerverzeichnis der Stadt Musterstadt eingetragen.</li>
<li>Für eine andere Person dürfen Sie die Unterlagen nur mit schriftlicher Vollmacht beantragen und abholen; eine bevollmächtigte Person darf höchstens vier Wahlberechtigte vertreten.</li>
<li>Ein telefonischer Antrag ist nicht zulässig.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Beantragen Sie den Wahlschein online (QR-Code oder Internetseite), per E-Mail, per Post mit dem Vordruck der Wahlbenachrichtigung oder persönlich im Briefwahlbüro.</li>
<li>Sie erhalten die Unterlagen per Post an Ihre Wohnanschrift oder an eine andere Anschrift, zum Beispiel Ihren Urlaubsort.</li>
<li>Kreuzen Sie den Stimmzettel persönlich und unbeobachtet an, stecken Sie ihn in den Stimmzettelumschlag und verschließen Sie diesen.</li>
<li>Unterschreiben Sie die Versicherung an Eides statt auf dem Wahlschein und stecken Sie Wahlschein und Stimmzettelumschlag in den roten Wahlbriefumschlag.</li>
<li>Senden Sie den Wahlbrief unfrankiert (innerhalb Deutschlands) rechtzeitig ab oder werfen Sie ihn in den Briefkasten des Rathauses ein.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Die Briefwahl ist kostenlos; der Versand des Wahlbriefs ist innerhalb Deutschlands portofrei.' }],
    requiredDocuments: [
      { name: 'Wahlbenachrichtigung', descriptionHtml: '<p>Nicht zwingend; sie erleichtert aber den Antrag.</p>', required: false },
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei persönlicher Abholung.</p>', required: false },
      { name: 'schriftliche Vollmacht', descriptionHtml: '<p>Nur wenn eine andere Person die Unterlagen für Sie beantragt oder abholt.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist', descriptionHtml: '<p>Bis Freitag vor der Wahl, 18 Uhr. Bei nachgewiesener plötzlicher Erkrankung bis zum Wahltag, 15 Uhr. Beantragen Sie die Unterlagen möglichst früh, damit der Postweg ausreicht.</p>' },
      { label: 'Eingang des Wahlbriefs', descriptionHtml: '<p>Der Wahlbrief muss spätestens am Wahltag um 18 Uhr bei der auf dem Umschlag angegebenen Stelle eingehen. Innerhalb Deutschlands sollten Sie ihn spätestens am dritten Werktag vor der Wahl absenden.</p>' },
    ],
    processingTime: { duration: { value: 2, unit: 'working-day', valueTo: 5 }, descriptionHtml: '<p>Die Unterlagen werden ab etwa vier Wochen vor der Wahl versandt; im Briefwahlbüro erhalten Sie sie sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bwahlg/__36.html', title: '§ 36 Bundeswahlgesetz (BWahlG) – Briefwahl' },
      { uri: 'https://www.gesetze-im-internet.de/bwo_1985/__27.html', title: '§ 27 Bundeswahlordnung (BWO) – Wahlscheinanträge' },
      { uri: 'https://www.gesetze-im-internet.de/bwo_1985/__28.html', title: '§ 28 Bundeswahlordnung (BWO) – Erteilung von Wahlscheinen' },
    ],
    appealHtml: '<p>Wird der Wahlschein versagt, können Sie dagegen Einspruch beim Wahlamt einlegen; über den Einspruch wird unverzüglich entschieden.</p>',
    formsNoteHtml: formulare({ formulare: true, schriftform: true, formlos: true, persoenlich: false, online: true, hinweis: 'Ein formloser schriftlicher Antrag (auch per E-Mail) mit Name, Geburtsdatum und Wohnanschrift genügt.' }),
    furtherInformation: [
      { uri: 'https://www.bundeswahlleiterin.de', title: 'Die Bundeswahlleiterin: Informationen zur Briefwahl' },
      { uri: 'https://www.musterstadt.example/wahlen', title: 'Wahlen in Musterstadt' },
    ],
    onlineServices: [{ title: 'Wahlschein und Briefwahlunterlagen online beantragen', uri: `${ONLINE}briefwahl-beantragen`, trustLevel: 'none' }],
    officeIds: ['oe-wahlamt'],
    lifeSituations: ['1100000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-19T09:00:00Z',
  },
  {
    id: 'wahlhelfer-werden',
    name: 'Wahlhelferin oder Wahlhelfer werden',
    officialName: 'Mitwirkung in Wahlvorständen und Briefwahlvorständen',
    leikaKeys: [],
    summary:
      'Für jede Wahl braucht Musterstadt rund 2.500 ehrenamtliche Wahlhelferinnen und Wahlhelfer in Wahl- und Briefwahlvorständen. Sie erhalten eine Schulung und ein Erfrischungsgeld.',
    synonyms: ['Wahlhelfer', 'Wahlvorstand', 'Ehrenamt Wahl', 'Stimmen auszählen', 'Wahlhelferin', 'Beisitzer', 'poll worker', 'election volunteer'],
    descriptionHtml: `<p>Wahlhelferinnen und Wahlhelfer sorgen dafür, dass die Wahl ordnungsgemäß abläuft. Im Wahlraum prüfen sie die Wahlberechtigung, geben Stimmzettel aus und zählen nach 18 Uhr öffentlich die Stimmen aus. In Briefwahlvorständen werden die Wahlbriefe geöffnet und ausgezählt.</p>
<p>Ein Wahlvorstand besteht aus der Wahlvorsteherin oder dem Wahlvorsteher, einer Stellvertretung, einer Schriftführung und weiteren Beisitzenden. Sie können sich für eine Funktion bewerben und angeben, in welchem Stadtteil Sie eingesetzt werden möchten. Vor der Wahl werden Sie in einer Schulung (auch online) auf Ihre Aufgaben vorbereitet.</p>
<p>Die Tätigkeit ist ein Ehrenamt. Sie erhalten ein Erfrischungsgeld, das die Stadt Musterstadt aufstockt: derzeit 60 Euro für Beisitzende und 80 Euro für Wahlvorstehende und Schriftführende. Die Übernahme des Ehrenamts kann nur aus wichtigem Grund abgelehnt werden, wenn Sie berufen werden.</p>`,
    requirementsHtml: `<ul>
<li>Sie sind bei der jeweiligen Wahl wahlberechtigt.</li>
<li>Sie kandidieren nicht selbst bei dieser Wahl und sind keine Vertrauensperson eines Wahlvorschlags.</li>
<li>Sie sind am Wahlsonntag ganztägig oder in einer Schicht verfügbar.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Melden Sie sich über das Online-Formular des Wahlamts an und geben Sie Ihre Wunschfunktion und Ihren Wunsch-Stadtteil an.</li>
<li>Das Wahlamt beruft Sie einige Wochen vor der Wahl schriftlich und lädt Sie zur Schulung ein.</li>
<li>Am Wahltag arbeiten Sie im zugewiesenen Wahlraum oder Briefwahlvorstand mit.</li>
<li>Das Erfrischungsgeld wird nach der Wahl auf Ihr Konto überwiesen.</li>
</ol>`,
    costs: [{ kind: 'free', description: 'Für Sie entstehen keine Kosten; Sie erhalten ein Erfrischungsgeld.' }],
    requiredDocuments: [
      { name: 'Kontoverbindung (IBAN)', descriptionHtml: '<p>Für die Auszahlung des Erfrischungsgelds.</p>', required: true },
      { name: 'Berufungsschreiben des Wahlamts', descriptionHtml: '<p>Bringen Sie es am Wahltag zusammen mit Ihrem Personalausweis mit.</p>', required: true },
    ],
    deadlines: [
      { label: 'Anmeldeschluss', descriptionHtml: '<p>Am besten bis acht Wochen vor der Wahl. Spätere Meldungen werden als Reserve berücksichtigt.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die Berufung erfolgt etwa vier bis sechs Wochen vor der Wahl.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bwahlg/__11.html', title: '§ 11 Bundeswahlgesetz (BWahlG) – Ehrenämter' },
      { uri: 'https://www.gesetze-im-internet.de/bwo_1985/__10.html', title: '§ 10 Bundeswahlordnung (BWO) – Ehrenamtliche Tätigkeit, Erfrischungsgeld' },
    ],
    formsNoteHtml: formulare({ formulare: true, schriftform: false, formlos: true, persoenlich: false, online: true }),
    furtherInformation: [
      { uri: 'https://www.bundeswahlleiterin.de', title: 'Die Bundeswahlleiterin: Informationen für Wahlhelfende' },
      { uri: 'https://www.musterstadt.example/wahlen/wahlhelfer', title: 'Wahlhelfen in Musterstadt' },
    ],
    onlineServices: [{ title: 'Als Wahlhelferin oder Wahlhelfer anmelden', uri: `${ONLINE}wahlhelfer-werden`, trustLevel: 'none' }],
    officeIds: ['oe-wahlamt'],
    lifeSituations: ['1100000'],
    categories: ['buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-19T09:05:00Z',
  },
  // ---------------------------------------------------------------- Fundbüro
  {
    id: 'fundsache-abgeben-abholen',
    name: 'Fundsache abgeben oder abholen',
    officialName: 'Fundsachen Entgegennahme und Herausgabe',
    leikaKeys: [],
    summary:
      'Gefundene Gegenstände geben Sie beim Fundbüro der Stadt ab; verlorene Sachen können Sie dort suchen und abholen. Nach sechs Monaten kann der Finder Eigentum an der Fundsache erwerben.',
    synonyms: ['Fundbüro', 'Fundsache', 'etwas verloren', 'etwas gefunden', 'Fundamt', 'Finderlohn', 'verlorener Schlüssel', 'lost and found', 'lost property'],
    descriptionHtml: `<p>Wer eine verlorene Sache findet, muss dies dem Verlierer, dem Eigentümer oder der Fundbehörde melden, wenn der Wert 10 Euro übersteigt. Sie können die Sache beim Fundbüro abgeben; es bewahrt sie auf und versucht, den Eigentümer zu ermitteln. Gefundene Ausweise, Pässe und Führerscheine werden an die ausstellende Behörde weitergeleitet.</p>
<p>Sachen, die in Bussen und Bahnen oder in Gebäuden einer Behörde gefunden werden, sind dort abzugeben – etwa beim Fundservice der Verkehrsbetriebe. Gefundene Tiere bringen Sie ins Tierheim oder melden sie dem Ordnungsamt.</p>
<p>Wenn Sie etwas verloren haben, suchen Sie online in der Fundsachendatenbank oder fragen beim Fundbüro nach. Bei der Abholung müssen Sie nachweisen, dass die Sache Ihnen gehört, zum Beispiel durch eine genaue Beschreibung, einen Kaufbeleg oder bei Handys die IMEI-Nummer.</p>
<p>Meldet sich der Eigentümer, hat die Finderin oder der Finder Anspruch auf Finderlohn: 5 Prozent vom Wert bis 500 Euro und 3 Prozent vom Mehrwert, bei Tieren 3 Prozent. Meldet sich innerhalb von sechs Monaten niemand, kann der Finder die Sache als Eigentum erwerben, wenn er bei der Abgabe seine Rechte nicht aufgegeben hat.</p>`,
    requirementsHtml: `<ul>
<li>Abgabe: Sie haben die Sache im Stadtgebiet gefunden.</li>
<li>Abholung durch Verlierer: Sie können nachweisen, dass die Sache Ihnen gehört.</li>
<li>Abholung durch Finder: Seit der Fundanzeige sind sechs Monate vergangen und der Eigentümer hat sich nicht gemeldet.</li>
</ul>`,
    procedureHtml: `<ol>
<li>Bringen Sie die Fundsache während der Öffnungszeiten ins Fundbüro. Geben Sie Fundort und Fundzeit an und erklären Sie, ob Sie Ihre Finderrechte behalten möchten.</li>
<li>Sie erhalten eine Fundbescheinigung.</li>
<li>Wenn Sie etwas verloren haben, melden Sie den Verlust online oder im Fundbüro. Wird die Sache abgegeben, werden Sie benachrichtigt.</li>
<li>Zur Abholung bringen Sie Ihren Ausweis und einen Eigentumsnachweis mit und bezahlen die Gebühr.</li>
</ol>`,
    costs: [
      { kind: 'free', description: 'Die Abgabe einer Fundsache ist gebührenfrei.' },
      { kind: 'variable', min: { value: 5, currency: 'EUR' }, max: { value: 30, currency: 'EUR' }, description: 'Gebühr bei der Abholung, abhängig vom Wert der Fundsache' },
    ],
    costsNoteHtml: '<p>Zusätzlich können Aufbewahrungs- und Versandkosten anfallen. Der Finderlohn ist an den Finder zu zahlen.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Eigentumsnachweis', descriptionHtml: '<p>Nur bei Abholung durch den Verlierer: z. B. Kaufbeleg, Fotos, Schlüsselnummer oder IMEI-Nummer.</p>', required: false },
      { name: 'Fundbescheinigung', descriptionHtml: '<p>Nur bei Abholung durch den Finder nach sechs Monaten.</p>', required: false },
    ],
    deadlines: [
      { label: 'Aufbewahrungsfrist', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Sechs Monate nach der Anzeige des Fundes erwirbt der Finder Eigentum, wenn sich der Empfangsberechtigte nicht gemeldet hat.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Abgabe und Abholung erfolgen sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bgb/__965.html', title: '§ 965 Bürgerliches Gesetzbuch (BGB) – Anzeigepflicht des Finders' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__971.html', title: '§ 971 Bürgerliches Gesetzbuch (BGB) – Finderlohn' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__973.html', title: '§ 973 Bürgerliches Gesetzbuch (BGB) – Eigentumserwerb des Finders' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__978.html', title: '§ 978 Bürgerliches Gesetzbuch (BGB) – Fund in öffentlicher Behörde oder Verkehrsanstalt' },
    ],
    formsNoteHtml: formulare({ formulare: false, schriftform: false, formlos: true, persoenlich: true, online: true }),
    furtherInformation: [{ uri: 'https://www.musterstadt.example/fundbuero', title: 'Fundbüro Musterstadt – Öffnungszeiten und Fundsachendatenbank' }],
    onlineServices: [{ title: 'Fundsachen online suchen und Verlust melden', uri: `${ONLINE}fundsache-abgeben-abholen`, trustLevel: 'none' }],
    officeIds: ['oe-fundbuero'],
    lifeSituations: ['1150000', '1110000'],
    categories: ['ordnung', 'buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-19T09:10:00Z',
  },
];
