import type { CatalogFileInput } from '../../../connectors/static-json/index.js';

/**
 * Familie, Soziales, Bildung und Gesundheit: Leistungen der Stadt Musterstadt
 * (Stadtkreis in Baden-Württemberg) und der für Musterstadt zuständigen
 * Stellen von Bund und Land (Familienkasse, L-Bank, Jobcenter).
 *
 * LeiKa-Schlüssel stehen nur dort, wo sie in öffentlichen Quellen geprüft
 * wurden (PVOG-Leistungskatalog, Leistungs-Stammtexte); sonst bleibt die
 * Liste leer.
 */

/** Widerspruch gegen einen Bescheid der Stadt nach dem Sozialgesetzbuch (kostenfrei, Sozialgericht). */
const WIDERSPRUCH_SOZIAL =
  '<p>Gegen den Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen – schriftlich oder zur Niederschrift bei der Stelle, die den Bescheid erlassen hat. Eine Begründung ist nicht vorgeschrieben, hilft aber bei der Prüfung. Das Widerspruchsverfahren ist kostenfrei.</p><p>Hilft die Behörde dem Widerspruch nicht ab, erhalten Sie einen Widerspruchsbescheid. Dagegen können Sie innerhalb eines Monats Klage beim Sozialgericht erheben; auch das Klageverfahren ist für Sie gerichtskostenfrei.</p>';

/** Widerspruch gegen einen Verwaltungsakt nach allgemeinem Verwaltungsrecht (Verwaltungsgericht). */
const WIDERSPRUCH_VERWALTUNG =
  '<p>Gegen den Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen – schriftlich, elektronisch mit qualifizierter Signatur oder zur Niederschrift bei der Stelle, die den Bescheid erlassen hat. Hilft die Behörde dem Widerspruch nicht ab, entscheidet die Widerspruchsbehörde. Gegen den Widerspruchsbescheid ist die Klage beim Verwaltungsgericht möglich.</p>';

/** Widerspruchsfrist als strukturierte Frist. */
const WIDERSPRUCHSFRIST = {
  label: 'Widerspruchsfrist',
  duration: { value: 1, unit: 'month' as const },
  descriptionHtml: '<p>Ein Monat nach Bekanntgabe des Bescheids.</p>',
};

export const services: CatalogFileInput['services'] = [
  // 1 ─────────────────────────────────────────────────────────────────────
  {
    id: 'kindergeld-beantragen',
    leikaKeys: ['99041008017000'],
    name: 'Kindergeld beantragen',
    officialName: 'Kindergeld Bewilligung',
    summary:
      'Eltern erhalten für ihre Kinder bis zum 18. Geburtstag – in Schule, Ausbildung oder Studium bis zum 25. Geburtstag – monatlich Kindergeld. Sie beantragen es bei der Familienkasse der Bundesagentur für Arbeit.',
    synonyms: ['Kindergeldantrag', 'Familienkasse', 'KG 1', 'Anlage Kind', 'Kindergeld Geburt', 'Kinderfreibetrag', 'Kindergeldnummer', 'child benefit'],
    descriptionHtml:
      '<p>Kindergeld ist eine monatliche Leistung für Familien. Es beträgt seit dem 1. Januar 2026 <strong>259 Euro je Kind und Monat</strong> – unabhängig davon, wie viele Kinder Sie haben und wie hoch Ihr Einkommen ist.</p>' +
      '<p>Für jedes Kind erhält nur eine Person Kindergeld. Leben beide Eltern mit dem Kind zusammen, bestimmen sie gemeinsam, wer das Kindergeld bekommt. Lebt das Kind nur bei einem Elternteil, steht das Kindergeld diesem Elternteil zu.</p>' +
      '<p>Das Kindergeld wird bis zum 18. Geburtstag des Kindes gezahlt. Darüber hinaus erhalten Sie es bis zum 25. Geburtstag, solange sich Ihr Kind in einer Schul- oder Berufsausbildung oder einem Studium befindet, auf einen Ausbildungsplatz wartet, einen Freiwilligendienst leistet oder sich in einer Übergangszeit von höchstens vier Monaten zwischen zwei Ausbildungsabschnitten befindet. Für Kinder mit Behinderung, die sich nicht selbst unterhalten können, kann Kindergeld ohne Altersgrenze gezahlt werden, wenn die Behinderung vor dem 25. Geburtstag eingetreten ist.</p>' +
      '<p>Im Rahmen der Einkommensteuerveranlagung prüft das Finanzamt automatisch, ob für Sie der Kinderfreibetrag günstiger ist als das Kindergeld (Günstigerprüfung).</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren Wohnsitz oder gewöhnlichen Aufenthalt in Deutschland oder sind hier unbeschränkt einkommensteuerpflichtig.</li><li>Das Kind lebt in Ihrem Haushalt oder Sie zahlen überwiegend seinen Unterhalt. Berücksichtigt werden leibliche Kinder, Adoptivkinder, Pflegekinder und unter bestimmten Voraussetzungen Stief- und Enkelkinder.</li><li>Sie und Ihr Kind haben eine steuerliche Identifikationsnummer.</li><li>Bei Kindern ab 18 Jahren liegt ein Berücksichtigungsgrund vor, zum Beispiel Schule, Ausbildung oder Studium.</li><li>Staatsangehörige aus Staaten außerhalb der EU, des EWR und der Schweiz benötigen einen Aufenthaltstitel, der zur Erwerbstätigkeit berechtigt oder berechtigt hat.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online über den Kindergeld-Antrag der Familienkasse oder schriftlich mit den Formularen „Antrag auf Kindergeld“ (KG 1) und „Anlage Kind“ – eine Anlage für jedes Kind.</li><li>Unterschreiben Sie den schriftlichen Antrag und senden Sie ihn an die Familienkasse. Die Familienkasse Baden-Württemberg ist für Musterstadt zuständig.</li><li>Die Familienkasse prüft den Antrag und fordert bei Bedarf weitere Nachweise an.</li><li>Sie erhalten einen Bescheid mit Ihrer Kindergeldnummer. Das Kindergeld wird monatlich überwiesen; der Zahltag richtet sich nach der letzten Ziffer der Kindergeldnummer.</li><li>Teilen Sie der Familienkasse Änderungen unverzüglich mit, zum Beispiel Umzug, Ende der Ausbildung oder Auszug des Kindes.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Beantragung von Kindergeld ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Steuerliche Identifikationsnummern', descriptionHtml: '<p>Ihre eigene und die Ihres Kindes. Die Nummer des Kindes wird nach der Geburt automatisch vom Bundeszentralamt für Steuern zugesandt.</p>', required: true },
      { name: 'Ausbildungs-, Schul- oder Studienbescheinigung', descriptionHtml: '<p>Nur für Kinder ab 18 Jahren.</p>', required: false },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Nur für Staatsangehörige von Staaten außerhalb der EU, des EWR und der Schweiz.</p>', required: false },
      { name: 'Nachweis zur Behinderung des Kindes', descriptionHtml: '<p>Nur bei Kindern ab 25 Jahren mit Behinderung, zum Beispiel Schwerbehindertenausweis oder ärztliche Bescheinigung.</p>', required: false },
    ],
    deadlines: [
      { label: 'Rückwirkende Zahlung', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Kindergeld wird rückwirkend nur für die letzten sechs Monate vor dem Monat gezahlt, in dem der Antrag bei der Familienkasse eingegangen ist.</p>' },
      { label: 'Einspruchsfrist', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Ein Monat nach Bekanntgabe des Bescheids.</p>' },
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Vollständige Online-Anträge werden meist innerhalb weniger Wochen bearbeitet.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/estg/__62.html', title: '§§ 62 bis 78 Einkommensteuergesetz (EStG)' },
      { uri: 'https://www.gesetze-im-internet.de/estg/__66.html', title: '§ 66 EStG – Höhe des Kindergeldes, Zahlungszeitraum' },
      { uri: 'https://www.gesetze-im-internet.de/bkgg_1996/__1.html', title: '§ 1 Bundeskindergeldgesetz (BKGG)' },
    ],
    appealHtml:
      '<p>Gegen den Bescheid der Familienkasse können Sie innerhalb eines Monats nach Bekanntgabe <strong>Einspruch</strong> einlegen – schriftlich, elektronisch oder zur Niederschrift bei der Familienkasse. Über den Einspruch entscheidet die Familienkasse; danach ist die Klage beim Finanzgericht möglich.</p>',
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (KG 1, Anlage Kind)<br>Schriftform erforderlich: Ja (oder Online-Antrag)<br>Formlose Antragstellung möglich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://familienportal.de/familienportal/familienleistungen/kindergeld', title: 'Familienportal des Bundes: Kindergeld' },
    ],
    onlineServices: [
      { title: 'Kindergeld-Antrag ab Geburt (Familienkasse der Bundesagentur für Arbeit)', uri: 'https://web.arbeitsagentur.de/opal/kgo-antraggeburt-ui/auswahl' },
    ],
    officeIds: ['oe-familienkasse'],
    lifeSituations: ['1010000', '1020000', '1140000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-12T09:00:00Z',
  },
  // 2 ─────────────────────────────────────────────────────────────────────
  {
    id: 'elterngeld-beantragen',
    leikaKeys: ['99041006017000'],
    name: 'Elterngeld beantragen',
    officialName: 'Elterngeld Bewilligung',
    summary:
      'Elterngeld ersetzt einen Teil des Einkommens, wenn Sie nach der Geburt Ihr Kind betreuen und weniger oder gar nicht arbeiten. In Baden-Württemberg ist die L-Bank die Elterngeldstelle.',
    synonyms: ['Basiselterngeld', 'ElterngeldPlus', 'Partnerschaftsbonus', 'Elternzeit', 'L-Bank', 'Elterngeldstelle', 'BEEG', 'parental allowance'],
    descriptionHtml:
      '<p>Elterngeld unterstützt Mütter und Väter, die ihr Kind nach der Geburt selbst betreuen und deshalb nicht oder nicht voll erwerbstätig sind. Es beträgt in der Regel <strong>65 bis 67 Prozent des Nettoeinkommens</strong> vor der Geburt, mindestens 300 Euro und höchstens 1.800 Euro im Monat. Bei einem Einkommen unter 1.000 Euro steigt der Prozentsatz auf bis zu 100 Prozent.</p>' +
      '<p>Es gibt drei Varianten, die Sie kombinieren können:</p>' +
      '<ul><li><strong>Basiselterngeld</strong>: bis zu 12 Monate für einen Elternteil, zusammen bis zu 14 Monate, wenn beide Eltern Elterngeld beziehen und ein Elternteil Einkommen verliert. Gleichzeitig können beide Eltern Basiselterngeld nur für höchstens einen Monat innerhalb der ersten zwölf Lebensmonate beziehen.</li><li><strong>ElterngeldPlus</strong>: halb so hoch wie das Basiselterngeld, dafür doppelt so lange – besonders geeignet, wenn Sie in Teilzeit arbeiten.</li><li><strong>Partnerschaftsbonus</strong>: zwei bis vier zusätzliche Monate ElterngeldPlus für jeden Elternteil, wenn beide gleichzeitig zwischen 24 und 32 Wochenstunden arbeiten.</li></ul>' +
      '<p>Für Geschwisterkinder und Mehrlingsgeburten gibt es Zuschläge. Mutterschaftsleistungen nach der Geburt werden auf das Elterngeld angerechnet. Für Geburten ab dem 1. April 2025 entfällt der Anspruch, wenn das zu versteuernde Einkommen der Eltern im Kalenderjahr vor der Geburt mehr als 175.000 Euro betrug.</p>',
    requirementsHtml:
      '<ul><li>Sie leben mit Ihrem Kind in einem Haushalt und betreuen und erziehen es selbst.</li><li>Sie arbeiten nicht mehr als 32 Stunden pro Woche im Monatsdurchschnitt.</li><li>Sie haben Ihren Wohnsitz oder gewöhnlichen Aufenthalt in Deutschland.</li><li>Ihr zu versteuerndes Einkommen liegt unter der Einkommensgrenze.</li><li>Staatsangehörige von Staaten außerhalb der EU, des EWR und der Schweiz benötigen einen Aufenthaltstitel, der zur Erwerbstätigkeit berechtigt.</li></ul>',
    procedureHtml:
      '<ol><li>Lassen Sie sich nach der Geburt beim Standesamt Musterstadt die kostenlose Geburtsbescheinigung „für Elterngeld“ ausstellen.</li><li>Füllen Sie den Elterngeldantrag der L-Bank aus. Beide Eltern können einen gemeinsamen Antrag stellen; sie legen darin fest, wer welche Lebensmonate erhält.</li><li>Senden Sie den unterschriebenen Antrag mit den Nachweisen an die L-Bank in Karlsruhe.</li><li>Die L-Bank berechnet das Elterngeld und schickt Ihnen einen Bescheid. Bei schwankendem Einkommen, zum Beispiel bei Selbstständigen oder Teilzeit, wird das Elterngeld zunächst vorläufig gezahlt und nach Ende des Bezugs endgültig festgesetzt.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag auf Elterngeld ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Geburtsbescheinigung für Elterngeld', descriptionHtml: '<p>Vom Standesamt, kostenfrei.</p>', required: true },
      { name: 'Einkommensnachweise', descriptionHtml: '<p>Lohn- und Gehaltsabrechnungen der letzten zwölf Monate vor der Geburt (bei Müttern vor Beginn des Mutterschutzes); bei Selbstständigen der letzte Steuerbescheid.</p>', required: true },
      { name: 'Bescheinigung über Mutterschaftsleistungen', descriptionHtml: '<p>Bescheinigung der Krankenkasse über das Mutterschaftsgeld und des Arbeitgebers über den Zuschuss zum Mutterschaftsgeld.</p>', required: false },
      { name: 'Arbeitszeitbestätigung', descriptionHtml: '<p>Nur wenn Sie während des Elterngeldbezugs in Teilzeit arbeiten.</p>', required: false },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Nur für Staatsangehörige von Staaten außerhalb der EU, des EWR und der Schweiz.</p>', required: false },
    ],
    deadlines: [
      { label: 'Rückwirkende Zahlung', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor dem Monat gezahlt, in dem der Antrag bei der L-Bank eingeht. Stellen Sie den Antrag deshalb möglichst in den ersten Wochen nach der Geburt.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 }, descriptionHtml: '<p>Bei vollständigen Unterlagen. Fehlende Nachweise verzögern die Bearbeitung.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/beeg/__1.html', title: '§ 1 Bundeselterngeld- und Elternzeitgesetz (BEEG) – Berechtigte' },
      { uri: 'https://www.gesetze-im-internet.de/beeg/__2.html', title: '§ 2 BEEG – Höhe des Elterngeldes' },
      { uri: 'https://www.gesetze-im-internet.de/beeg/__7.html', title: '§ 7 BEEG – Antragstellung' },
    ],
    appealHtml:
      '<p>Gegen den Bescheid der L-Bank können Sie innerhalb eines Monats nach Bekanntgabe schriftlich Widerspruch bei der L-Bank einlegen. Gegen den Widerspruchsbescheid ist die Klage beim Sozialgericht möglich.</p>',
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Elterngeldantrag der L-Bank)<br>Schriftform erforderlich: Ja<br>Formlose Antragstellung möglich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Nein (Informationen zu den Antragswegen bei der L-Bank)</p>',
    furtherInformation: [
      { uri: 'https://familienportal.de/familienportal/familienleistungen/elterngeld', title: 'Familienportal des Bundes: Elterngeld' },
      { uri: 'https://www.l-bank.de/', title: 'L-Bank – Elterngeldstelle Baden-Württemberg' },
    ],
    onlineServices: [],
    officeIds: ['oe-l-bank'],
    lifeSituations: ['1010000', '1020000', '1040000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-03T10:30:00Z',
  },
  // 3 ─────────────────────────────────────────────────────────────────────
  {
    id: 'kinderzuschlag-beantragen',
    leikaKeys: ['99107016017000'],
    name: 'Kinderzuschlag beantragen',
    officialName: 'Kinderzuschlag Bewilligung',
    summary:
      'Der Kinderzuschlag unterstützt Eltern, deren Einkommen für sie selbst reicht, aber nicht oder nur knapp für die ganze Familie. Sie beantragen ihn bei der Familienkasse.',
    synonyms: ['KiZ', 'Kinderzuschlag Familienkasse', 'Zuschlag zum Kindergeld', 'Geringverdiener Familie', 'KiZ-Lotse', 'child supplement'],
    descriptionHtml:
      '<p>Der Kinderzuschlag (KiZ) ist eine Leistung für Familien mit kleinem Einkommen. Er beträgt derzeit <strong>bis zu 297 Euro pro Kind und Monat</strong> und wird zusätzlich zum Kindergeld gezahlt. Wie hoch er im Einzelfall ist, hängt vom Einkommen und Vermögen der Eltern und des Kindes sowie von den Wohnkosten ab.</p>' +
      '<p>Der Kinderzuschlag wird in der Regel für sechs Monate bewilligt. Änderungen beim Einkommen wirken sich in diesem Zeitraum meist nicht aus. Danach müssen Sie einen neuen Antrag stellen.</p>' +
      '<p>Wenn Sie Kinderzuschlag erhalten, haben Ihre Kinder zusätzlich Anspruch auf <strong>Leistungen für Bildung und Teilhabe</strong>, zum Beispiel ein kostenloses Mittagessen in Kita und Schule und das Schulbedarfspaket. Außerdem werden Sie in Musterstadt von den Kita-Gebühren befreit.</p>',
    requirementsHtml:
      '<ul><li>Ihr Kind ist jünger als 25 Jahre, nicht verheiratet und lebt in Ihrem Haushalt.</li><li>Sie erhalten für das Kind Kindergeld oder eine vergleichbare Leistung.</li><li>Ihr monatliches Bruttoeinkommen beträgt als Elternpaar mindestens 900 Euro, als Alleinerziehende oder Alleinerziehender mindestens 600 Euro.</li><li>Mit Ihrem Einkommen, dem Kinderzuschlag und gegebenenfalls dem Wohngeld können Sie den Bedarf Ihrer Familie decken, ohne Bürgergeld zu benötigen.</li><li>Sie haben kein erhebliches Vermögen.</li></ul>',
    procedureHtml:
      '<ol><li>Prüfen Sie mit dem KiZ-Lotsen der Familienkasse, ob Sie voraussichtlich Anspruch haben.</li><li>Stellen Sie den Antrag online bei der Familienkasse oder schriftlich mit dem Hauptantrag KiZ und den Anlagen.</li><li>Laden Sie die Nachweise hoch oder senden Sie sie mit dem Antrag ein.</li><li>Die Familienkasse berechnet den Kinderzuschlag und schickt Ihnen einen Bescheid. Der Kinderzuschlag wird zusammen mit dem Kindergeld überwiesen.</li><li>Beantragen Sie gleichzeitig Wohngeld bei der Wohngeldstelle der Stadt, wenn Sie Miete zahlen – beide Leistungen ergänzen sich häufig.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Einkommensnachweise der letzten sechs Monate', descriptionHtml: '<p>Lohnabrechnungen, Nachweise über Unterhalt, Unterhaltsvorschuss, Renten oder Elterngeld – für alle Personen im Haushalt.</p>', required: true },
      { name: 'Nachweise über die Wohnkosten', descriptionHtml: '<p>Mietvertrag oder Mietbescheinigung, aktuelle Nebenkosten- und Heizkostenabrechnung; bei Wohneigentum Nachweise über Schuldzinsen und Nebenkosten.</p>', required: true },
      { name: 'Nachweise über Vermögen', descriptionHtml: '<p>Zum Beispiel Kontoauszüge, Sparbücher, Lebensversicherungen.</p>', required: true },
      { name: 'Wohngeldbescheid', descriptionHtml: '<p>Nur wenn Sie bereits Wohngeld erhalten oder beantragt haben.</p>', required: false },
    ],
    deadlines: [
      { label: 'Bewilligungszeitraum', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Stellen Sie rechtzeitig vor Ablauf einen Folgeantrag, damit die Zahlung ohne Unterbrechung weiterläuft.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bkgg_1996/__6a.html', title: '§ 6a Bundeskindergeldgesetz (BKGG) – Kinderzuschlag' },
      { uri: 'https://www.gesetze-im-internet.de/bkgg_1996/__6b.html', title: '§ 6b BKGG – Leistungen für Bildung und Teilhabe' },
    ],
    appealHtml:
      '<p>Gegen den Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Familienkasse einlegen. Gegen den Widerspruchsbescheid ist die Klage beim Sozialgericht möglich.</p>',
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Hauptantrag KiZ mit Anlagen)<br>Schriftform erforderlich: Ja (oder Online-Antrag)<br>Formlose Antragstellung möglich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://familienportal.de/familienportal/familienleistungen/kinderzuschlag', title: 'Familienportal des Bundes: Kinderzuschlag' },
    ],
    onlineServices: [
      { title: 'Online-Antrag auf Kinderzuschlag (Familienkasse der Bundesagentur für Arbeit)', uri: 'https://web.arbeitsagentur.de/kiz/ui/einstieg' },
    ],
    officeIds: ['oe-familienkasse'],
    lifeSituations: ['1020000', '1140000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-20T08:15:00Z',
  },
  // 4 ─────────────────────────────────────────────────────────────────────
  {
    id: 'kita-platz-anmelden',
    leikaKeys: [],
    name: 'Kita-Platz anmelden',
    officialName: 'Kinderbetreuungsplatz in einer Kindertageseinrichtung Vormerkung',
    summary:
      'Über das zentrale Kita-Portal melden Sie Ihren Bedarf an einem Betreuungsplatz in einer Krippe, einem Kindergarten oder einer Kita in Musterstadt an – bei städtischen, kirchlichen und freien Trägern.',
    synonyms: ['Kita', 'Kindergarten', 'Krippe', 'Kinderkrippe', 'Kindertagesstätte', 'Betreuungsplatz', 'Kita-Anmeldung', 'U3-Platz', 'Kita-Portal', 'daycare'],
    descriptionHtml:
      '<p>Jedes Kind hat ab dem vollendeten ersten Lebensjahr bis zum Schuleintritt einen Rechtsanspruch auf Förderung in einer Kindertageseinrichtung oder in der Kindertagespflege. Für Kinder unter einem Jahr besteht ein Anspruch, wenn die Eltern berufstätig sind, eine Ausbildung machen oder Arbeit suchen oder wenn die Förderung für die Entwicklung des Kindes geboten ist.</p>' +
      '<p>In Musterstadt melden Sie Ihren Betreuungsbedarf <strong>zentral über das Kita-Portal</strong> an. Sie können bis zu fünf Wunscheinrichtungen auswählen – städtische Kitas ebenso wie Einrichtungen kirchlicher und freier Träger, die am Portal teilnehmen. Ihre Anmeldung ist eine Vormerkung; sie ist noch keine Platzzusage.</p>' +
      '<p>Die Plätze werden in Vergaberunden vergeben, die Hauptvergabe für einen Beginn ab September findet im Frühjahr statt. Bei der Vergabe berücksichtigen die Träger unter anderem das Alter des Kindes, Geschwisterkinder in der Einrichtung, die Berufstätigkeit der Eltern und besondere soziale Lagen.</p>' +
      '<p>Für die Betreuung erhebt der Träger Elternbeiträge. Für die städtischen Kitas richten sie sich nach der Satzung der Stadt und sind nach Betreuungsumfang und Zahl der Kinder in der Familie gestaffelt. Familien mit geringem Einkommen können eine Ermäßigung beantragen.</p>',
    requirementsHtml:
      '<ul><li>Ihr Kind hat seinen Hauptwohnsitz in Musterstadt. Für auswärtige Kinder ist eine Aufnahme nur in Ausnahmefällen und mit Zustimmung der Wohnsitzgemeinde möglich.</li><li>Vor der Aufnahme müssen Sie nachweisen, dass Ihr Kind gegen Masern geimpft oder immun ist.</li><li>Vor der Aufnahme muss Ihr Kind ärztlich untersucht worden sein; der Nachweis erfolgt in der Regel über das Kinderuntersuchungsheft.</li></ul>',
    procedureHtml:
      '<ol><li>Registrieren Sie sich im Kita-Portal der Stadt Musterstadt und legen Sie ein Profil für Ihr Kind an.</li><li>Geben Sie den gewünschten Betreuungsbeginn, den Betreuungsumfang (zum Beispiel verlängerte Öffnungszeit oder Ganztag) und Ihre Wunscheinrichtungen an.</li><li>Melden Sie Ihren Bedarf <strong>spätestens sechs Monate</strong> vor dem gewünschten Beginn an.</li><li>Sie erhalten ein Platzangebot per E-Mail. Nehmen Sie es innerhalb der genannten Frist im Portal an, sonst verfällt es.</li><li>Der Träger schließt mit Ihnen den Betreuungsvertrag und vereinbart die Eingewöhnung.</li><li>Erhalten Sie kein Angebot, berät Sie die Kita-Servicestelle und prüft Alternativen, auch in der Kindertagespflege.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Anmeldung im Kita-Portal ist kostenlos. Für die Betreuung fallen Elternbeiträge nach der Gebührensatzung oder den Regelungen des Trägers an.' }],
    costsNoteHtml:
      '<p>Die aktuellen Elternbeiträge der städtischen Kitas finden Sie in der <a href="https://www.musterstadt.example/ortsrecht/kita-gebuehrensatzung">Kita-Gebührensatzung</a>. Familien, die Bürgergeld, Sozialhilfe, Leistungen nach dem Asylbewerberleistungsgesetz, Kinderzuschlag oder Wohngeld erhalten, zahlen keine Elternbeiträge.</p>',
    requiredDocuments: [
      { name: 'Geburtsdatum und Wohnanschrift des Kindes', descriptionHtml: '<p>Angaben im Portal; bei Zuzug nach Musterstadt eine Meldebestätigung.</p>', required: true },
      { name: 'Nachweis über den Masernschutz', descriptionHtml: '<p>Impfausweis oder ärztliches Zeugnis; spätestens bei Aufnahme.</p>', required: true },
      { name: 'Kinderuntersuchungsheft oder ärztliche Bescheinigung', descriptionHtml: '<p>Nachweis der Untersuchung vor Aufnahme in die Einrichtung.</p>', required: true },
      { name: 'Nachweis über Berufstätigkeit oder Ausbildung', descriptionHtml: '<p>Nur für Kinder unter einem Jahr oder wenn Sie einen Ganztagsplatz benötigen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anmeldefrist', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Melden Sie Ihren Betreuungsbedarf mindestens sechs Monate vor dem gewünschten Beginn an.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die Platzvergabe erfolgt in festen Vergaberunden. Über die Termine informiert das Kita-Portal.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__24.html', title: '§ 24 Achtes Buch Sozialgesetzbuch (SGB VIII) – Anspruch auf Förderung in Tageseinrichtungen und in Kindertagespflege' },
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=KiTaG+BW&psml=bsbawueprod.psml&max=true', title: 'Kindertagesbetreuungsgesetz Baden-Württemberg (KiTaG)' },
      { uri: 'https://www.musterstadt.example/ortsrecht/kita-benutzungssatzung', title: 'Satzung über die Benutzung der städtischen Kindertageseinrichtungen' },
    ],
    appealHtml:
      '<p>Wird Ihnen kein bedarfsgerechter Platz angeboten, können Sie Ihren Rechtsanspruch schriftlich beim Jugendamt der Stadt Musterstadt geltend machen. Gegen eine ablehnende Entscheidung ist der Widerspruch innerhalb eines Monats möglich.</p>',
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein (Anmeldung über das Kita-Portal)<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/kinderbetreuung', title: 'Kinderbetreuung in Musterstadt – Übersicht der Einrichtungen' },
    ],
    onlineServices: [
      { title: 'Kita-Portal Musterstadt', uri: 'https://service.musterstadt.example/kita-platz-anmelden', trustLevel: 'low' },
    ],
    officeIds: ['oe-kita-servicestelle'],
    lifeSituations: ['1010000', '1020000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-02T07:45:00Z',
  },
  // 5 ─────────────────────────────────────────────────────────────────────
  {
    id: 'kita-gebuehren-ermaessigung-beantragen',
    leikaKeys: [],
    name: 'Ermäßigung der Kita-Gebühren beantragen',
    officialName: 'Kostenbeitrag für Kindertagesbetreuung Übernahme',
    summary:
      'Wenn Ihnen die Elternbeiträge für Kita, Hort oder Kindertagespflege finanziell nicht zuzumuten sind, übernimmt das Jugendamt sie ganz oder teilweise.',
    synonyms: ['Kita-Gebühren', 'Elternbeitrag', 'Kindergartengebühren', 'Gebührenermäßigung', 'Beitragsbefreiung Kita', 'wirtschaftliche Jugendhilfe', 'Kostenübernahme Kita', 'daycare fee reduction'],
    descriptionHtml:
      '<p>Für die Betreuung Ihres Kindes in einer Kindertageseinrichtung, einem Hort oder in der Kindertagespflege zahlen Sie Elternbeiträge. Ist Ihnen die Belastung finanziell nicht zuzumuten, übernimmt die Stadt Musterstadt als Träger der öffentlichen Jugendhilfe den Beitrag ganz oder teilweise.</p>' +
      '<p>Keine Elternbeiträge zahlen Familien, die <strong>Bürgergeld, Sozialhilfe, Leistungen nach dem Asylbewerberleistungsgesetz, Kinderzuschlag oder Wohngeld</strong> erhalten. Diese Befreiung gilt auch, wenn Sie Ihre Kita bei einem kirchlichen oder freien Träger haben. Sie müssen sie aber beantragen und den Leistungsbescheid vorlegen.</p>' +
      '<p>In allen anderen Fällen prüft die wirtschaftliche Jugendhilfe anhand Ihres Einkommens und Ihrer Ausgaben, ob und in welcher Höhe der Beitrag übernommen wird. Kosten für das Mittagessen gehören nicht zum Elternbeitrag; dafür können Sie gegebenenfalls Leistungen für Bildung und Teilhabe erhalten.</p>',
    requirementsHtml:
      '<ul><li>Ihr Kind besucht eine Kindertageseinrichtung oder wird in der Kindertagespflege betreut, und Sie wohnen in Musterstadt.</li><li>Sie beziehen eine der genannten Sozialleistungen oder Ihr Einkommen liegt unter der maßgeblichen Einkommensgrenze.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online oder mit dem Antragsformular bei der wirtschaftlichen Jugendhilfe des Jugendamts.</li><li>Fügen Sie den Betreuungsvertrag oder die Beitragsfestsetzung des Trägers und Ihre Einkommensnachweise bei.</li><li>Das Jugendamt prüft Ihren Antrag und erlässt einen Bescheid.</li><li>Bei einer Übernahme zahlt das Jugendamt den Beitrag direkt an den Träger oder erstattet ihn Ihnen.</li><li>Teilen Sie Änderungen Ihres Einkommens oder des Betreuungsumfangs umgehend mit.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Betreuungsvertrag oder Beitragsbescheid des Trägers', required: true },
      { name: 'Aktueller Leistungsbescheid', descriptionHtml: '<p>Über Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld – falls vorhanden.</p>', required: false },
      { name: 'Einkommensnachweise aller Haushaltsmitglieder', descriptionHtml: '<p>Nur wenn Sie keine der genannten Leistungen erhalten: Lohnabrechnungen der letzten drei Monate, Nachweise über Unterhalt, Elterngeld, Renten.</p>', required: false },
      { name: 'Nachweise über Wohnkosten und besondere Belastungen', descriptionHtml: '<p>Mietvertrag, Nachweise über Kredite oder Unterhaltszahlungen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Wirkung des Antrags', descriptionHtml: '<p>Die Übernahme gilt grundsätzlich ab dem Monat der Antragstellung. Stellen Sie den Antrag deshalb schon vor Beginn der Betreuung oder sobald sich Ihre finanzielle Lage ändert.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 6 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__90.html', title: '§ 90 SGB VIII – Pauschalierte Kostenbeteiligung' },
      { uri: 'https://www.musterstadt.example/ortsrecht/kita-gebuehrensatzung', title: 'Satzung über die Erhebung von Gebühren für die städtischen Kindertageseinrichtungen' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Formlose Antragstellung möglich: Ja, fristwahrend<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Ermäßigung der Kita-Gebühren online beantragen', uri: 'https://service.musterstadt.example/kita-gebuehren-ermaessigung-beantragen', trustLevel: 'substantial' },
    ],
    officeIds: ['oe-jugendamt', 'oe-kita-servicestelle'],
    lifeSituations: ['1020000', '1140000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-02T08:00:00Z',
  },
  // 6 ─────────────────────────────────────────────────────────────────────
  {
    id: 'kindertagespflege-vermitteln-lassen',
    leikaKeys: [],
    name: 'Kindertagespflege vermitteln lassen',
    officialName: 'Kindertagespflege Vermittlung',
    summary:
      'Der Fachdienst Kindertagespflege vermittelt Ihnen eine qualifizierte Tagesmutter oder einen Tagesvater und berät Sie zu Betreuungsumfang und Kosten.',
    synonyms: ['Tagesmutter', 'Tagesvater', 'Tageseltern', 'Tagespflegeperson', 'Kindertagespflege', 'TigeR', 'Tageselternverein', 'childminder'],
    descriptionHtml:
      '<p>Die Kindertagespflege ist eine familiennahe Betreuungsform, besonders für Kinder unter drei Jahren. Eine Tagespflegeperson betreut bis zu fünf Kinder gleichzeitig – in ihrem eigenen Haushalt, im Haushalt der Eltern oder in anderen geeigneten Räumen (in Baden-Württemberg „TigeR“ genannt). Sie erfüllt den Rechtsanspruch auf einen Betreuungsplatz genauso wie eine Kita.</p>' +
      '<p>Der Fachdienst Kindertagespflege des Jugendamts arbeitet mit dem Tageselternverein Musterstadt e. V. zusammen. Er berät Sie, schlägt Ihnen passende Tagespflegepersonen vor und begleitet das Betreuungsverhältnis. Alle vermittelten Tagespflegepersonen sind qualifiziert und haben eine Pflegeerlaubnis des Jugendamts.</p>' +
      '<p>Die Tagespflegeperson erhält vom Jugendamt eine laufende Geldleistung. Sie zahlen einen einkommensunabhängigen Kostenbeitrag an die Stadt, der nach Betreuungsstunden gestaffelt ist. Zusätzlich können Kosten für Verpflegung anfallen.</p>',
    requirementsHtml:
      '<ul><li>Ihr Kind wohnt in Musterstadt.</li><li>Für Kinder unter einem Jahr: Sie sind berufstätig, in Ausbildung, arbeitsuchend, oder die Betreuung ist für die Entwicklung des Kindes geboten.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie Ihren Betreuungsbedarf online oder telefonisch beim Fachdienst Kindertagespflege – am besten sechs Monate vor dem gewünschten Beginn.</li><li>In einem Beratungsgespräch klären Sie Betreuungszeiten, Ort und Ihre Wünsche.</li><li>Der Fachdienst nennt Ihnen passende Tagespflegepersonen. Sie lernen sie persönlich kennen und entscheiden gemeinsam.</li><li>Sie schließen einen Betreuungsvertrag mit der Tagespflegeperson und beantragen die Förderung beim Jugendamt.</li><li>Nach einer Eingewöhnungszeit beginnt die regelmäßige Betreuung.</li></ol>',
    costs: [{ kind: 'free', description: 'Beratung und Vermittlung sind kostenlos. Für die Betreuung zahlen Sie einen Kostenbeitrag nach der Satzung der Stadt.' }],
    costsNoteHtml:
      '<p>Der Kostenbeitrag richtet sich nach der <a href="https://www.musterstadt.example/ortsrecht/kindertagespflege-satzung">Satzung über die Kostenbeteiligung in der Kindertagespflege</a>. Eine Ermäßigung ist wie bei den Kita-Gebühren möglich.</p>',
    requiredDocuments: [
      { name: 'Antrag auf Förderung in der Kindertagespflege', required: true },
      { name: 'Betreuungsvertrag mit der Tagespflegeperson', required: true },
      { name: 'Nachweis über Berufstätigkeit oder Ausbildung', descriptionHtml: '<p>Nur für Kinder unter einem Jahr oder bei einem Betreuungsumfang über 35 Wochenstunden.</p>', required: false },
    ],
    deadlines: [
      { label: 'Bedarfsanmeldung', duration: { value: 6, unit: 'month' }, descriptionHtml: '<p>Melden Sie den Bedarf möglichst sechs Monate vor Beginn an. Die Förderung beginnt frühestens im Monat der Antragstellung.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die Dauer der Vermittlung hängt von der Zahl freier Plätze im Stadtteil ab.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__23.html', title: '§ 23 SGB VIII – Förderung in Kindertagespflege' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__43.html', title: '§ 43 SGB VIII – Erlaubnis zur Kindertagespflege' },
      { uri: 'https://www.musterstadt.example/ortsrecht/kindertagespflege-satzung', title: 'Satzung über die Kostenbeteiligung in der Kindertagespflege' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Antrag auf Förderung)<br>Schriftform erforderlich: Ja, für den Förderantrag<br>Persönliches Erscheinen nötig: Ja, zum Beratungsgespräch<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Betreuungsbedarf Kindertagespflege online melden', uri: 'https://service.musterstadt.example/kindertagespflege-vermitteln-lassen', trustLevel: 'low' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=kindertagespflege-vermitteln-lassen',
    officeIds: ['oe-jugendamt', 'oe-kita-servicestelle'],
    lifeSituations: ['1010000', '1020000', '1040000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-02T08:20:00Z',
  },
  // 7 ─────────────────────────────────────────────────────────────────────
  {
    id: 'einschulung-grundschule-anmelden',
    leikaKeys: [],
    name: 'Kind zur Grundschule anmelden (Einschulung)',
    officialName: 'Grundschule Aufnahme schulpflichtiger Kinder',
    summary:
      'Schulpflichtige Kinder melden Sie an der Grundschule Ihres Schulbezirks an. Die Stadt informiert Sie mit einem Anschreiben über Termin und Schule.',
    synonyms: ['Einschulung', 'Schulanmeldung', 'Grundschulanmeldung', 'Schulpflicht', 'Erstklässler', 'Schulbezirk', 'Schulanfänger', 'Zurückstellung', 'school enrolment'],
    descriptionHtml:
      '<p>In Baden-Württemberg werden alle Kinder schulpflichtig, die <strong>bis zum 30. Juni</strong> eines Jahres sechs Jahre alt werden. Sie beginnen die Schule mit dem Schuljahr, das am 1. August dieses Jahres anfängt.</p>' +
      '<p>Ihr Kind besucht grundsätzlich die Grundschule des Schulbezirks, in dem es wohnt. Im Januar erhalten Sie von der Stadt Musterstadt ein Anschreiben mit der zuständigen Grundschule und den Anmeldeterminen. Die Anmeldung selbst findet an der Schule statt.</p>' +
      '<p>Kinder, die erst später sechs Jahre alt werden, können auf Antrag der Eltern früher eingeschult werden, wenn sie den nötigen Entwicklungsstand haben. Umgekehrt kann ein schulpflichtiges Kind für ein Jahr zurückgestellt werden, wenn zu erwarten ist, dass es dem Unterricht noch nicht folgen kann. Über die Zurückstellung entscheidet die Schulleitung auf Grundlage eines Gutachtens des Gesundheitsamts.</p>' +
      '<p>Wünschen Sie eine andere Schule als die Schule Ihres Schulbezirks, zum Beispiel wegen eines Ganztagsangebots, können Sie beim Schul- und Sportamt einen Antrag auf Befreiung vom Schulbezirk stellen.</p>',
    requirementsHtml:
      '<ul><li>Ihr Kind wird bis zum 30. Juni sechs Jahre alt oder Sie beantragen eine vorzeitige Einschulung.</li><li>Ihr Kind hat an der Einschulungsuntersuchung des Gesundheitsamts teilgenommen.</li><li>Ihr Kind hat ausreichenden Masernschutz oder Sie weisen eine medizinische Gegenanzeige nach.</li></ul>',
    procedureHtml:
      '<ol><li>Sie erhalten im Januar ein Anschreiben der Stadt mit der zuständigen Grundschule und dem Anmeldezeitraum.</li><li>Melden Sie Ihr Kind im genannten Zeitraum persönlich an der Grundschule an. Bringen Sie Ihr Kind möglichst mit.</li><li>Die Schule bestätigt die Aufnahme schriftlich. Vor den Sommerferien lädt sie zu einem Elternabend ein.</li><li>Für einen Schulbezirkswechsel oder eine Zurückstellung stellen Sie einen gesonderten Antrag, möglichst gleich bei der Anmeldung.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Schulanmeldung ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Geburtsurkunde oder Stammbuch der Familie', required: true },
      { name: 'Nachweis über den Masernschutz', descriptionHtml: '<p>Impfausweis oder ärztliches Zeugnis.</p>', required: true },
      { name: 'Anschreiben der Stadt zur Einschulung', required: true },
      { name: 'Nachweis über das Sorgerecht', descriptionHtml: '<p>Nur wenn nur ein Elternteil sorgeberechtigt ist.</p>', required: false },
    ],
    deadlines: [
      { label: 'Stichtag Schulpflicht', descriptionHtml: '<p>Schulpflichtig sind Kinder, die bis zum 30. Juni das sechste Lebensjahr vollenden.</p>' },
      { label: 'Anmeldezeitraum', descriptionHtml: '<p>Die Anmeldung findet in der Regel im Februar oder März statt. Den genauen Termin nennt Ihnen das Anschreiben der Stadt.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die Aufnahmebestätigung erhalten Sie in der Regel bis zu den Osterferien.</p>' },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=SchG+BW&psml=bsbawueprod.psml&max=true', title: '§§ 72 bis 76 Schulgesetz für Baden-Württemberg (SchG) – Schulpflicht, Beginn und Zurückstellung' },
      { uri: 'https://www.gesetze-im-internet.de/ifsg/__20.html', title: '§ 20 Infektionsschutzgesetz (IfSG) – Masernschutz' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Anmeldebogen der Schule)<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Ja, an der Grundschule<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/schulen/grundschulen', title: 'Grundschulen und Schulbezirke in Musterstadt' },
    ],
    onlineServices: [],
    officeIds: ['oe-schulamt'],
    lifeSituations: ['1030000', '1020000'],
    categories: ['bildung'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-01-08T09:00:00Z',
  },
  // 8 ─────────────────────────────────────────────────────────────────────
  {
    id: 'schuelerbefoerderung-zuschuss-beantragen',
    leikaKeys: [],
    name: 'Zuschuss zur Schülerbeförderung beantragen',
    officialName: 'Schülerbeförderungskosten Erstattung',
    summary:
      'Die Stadt erstattet Schülerinnen und Schülern mit weitem Schulweg die Kosten für Bus und Bahn abzüglich eines Eigenanteils.',
    synonyms: ['Schülerbeförderung', 'Schülerfahrkarte', 'Schülerticket', 'Fahrtkosten Schule', 'Schulwegkosten', 'Schülerabo', 'Eigenanteil', 'Schulbus'],
    descriptionHtml:
      '<p>Die Stadt Musterstadt erstattet als Schulträger die notwendigen Kosten für den Schulweg. Erstattet werden in erster Linie die Kosten für eine Zeitkarte im öffentlichen Nahverkehr. Eltern beziehungsweise volljährige Schülerinnen und Schüler tragen einen monatlichen <strong>Eigenanteil</strong>, dessen Höhe die Satzung über die Erstattung der Schülerbeförderungskosten festlegt.</p>' +
      '<p>Ein Anspruch besteht, wenn der kürzeste zumutbare Fußweg zwischen Wohnung und Schule mehr als drei Kilometer beträgt; für Grundschulkinder und Schülerinnen und Schüler von sonderpädagogischen Bildungs- und Beratungszentren gelten geringere Mindestentfernungen. Bei besonderer Gefährlichkeit des Schulwegs oder bei einer Behinderung kann auch bei kürzerer Entfernung ein Anspruch bestehen.</p>' +
      '<p>Ist die Benutzung öffentlicher Verkehrsmittel wegen einer Behinderung nicht möglich, übernimmt die Stadt die Kosten für eine Beförderung im Schülerspezialverkehr oder erstattet Kosten für private Fahrten.</p>' +
      '<p>Familien mit Musterstadt-Pass sowie Familien, die Leistungen für Bildung und Teilhabe erhalten, sind vom Eigenanteil befreit.</p>',
    requirementsHtml:
      '<ul><li>Sie wohnen in Musterstadt und besuchen eine öffentliche oder staatlich anerkannte Schule bis einschließlich Klasse 10 oder eine Berufsfachschule.</li><li>Die Mindestentfernung nach der Satzung ist überschritten oder ein besonderer Grund liegt vor.</li><li>Sie besuchen die nächstgelegene Schule des gewählten Schultyps.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag zu Beginn des Schuljahres online oder mit dem Antragsformular.</li><li>Die Schule bestätigt den Schulbesuch auf dem Antrag oder Sie laden eine Schulbescheinigung hoch.</li><li>Das Schul- und Sportamt prüft die Entfernung und entscheidet über den Anspruch.</li><li>Bei Zeitkarten im Abonnement wird der Zuschuss direkt mit dem Verkehrsunternehmen verrechnet; sonst erhalten Sie die Erstattung nach Vorlage der Belege auf Ihr Konto.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos. Der Eigenanteil richtet sich nach der Satzung.' }],
    requiredDocuments: [
      { name: 'Schulbescheinigung', required: true },
      { name: 'Fahrkartenbelege oder Abonnementvertrag', descriptionHtml: '<p>Bei Erstattung im Nachhinein.</p>', required: false },
      { name: 'Nachweis über eine Behinderung', descriptionHtml: '<p>Nur bei Beförderung wegen Behinderung, zum Beispiel ärztliches Attest oder Schwerbehindertenausweis.</p>', required: false },
      { name: 'Musterstadt-Pass oder Bescheid über Bildungs- und Teilhabeleistungen', descriptionHtml: '<p>Nur für die Befreiung vom Eigenanteil.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist', date: '2027-07-31', descriptionHtml: '<p>Erstattungsanträge für das Schuljahr 2026/2027 müssen spätestens am 31. Juli 2027 eingehen. Später eingereichte Anträge können nicht mehr berücksichtigt werden.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 4, unit: 'week' } },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=FAG+BW&psml=bsbawueprod.psml&max=true', title: '§ 18 Finanzausgleichsgesetz Baden-Württemberg (FAG)' },
      { uri: 'https://www.musterstadt.example/ortsrecht/schuelerbefoerderungssatzung', title: 'Satzung über die Erstattung der Schülerbeförderungskosten der Stadt Musterstadt' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Schülerbeförderungskosten online beantragen', uri: 'https://service.musterstadt.example/schuelerbefoerderung-zuschuss-beantragen', trustLevel: 'low' },
    ],
    officeIds: ['oe-schulamt'],
    lifeSituations: ['1030000', '1090000'],
    categories: ['bildung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-15T10:00:00Z',
  },
  // 9 ─────────────────────────────────────────────────────────────────────
  {
    id: 'bildung-und-teilhabe-beantragen',
    leikaKeys: [],
    name: 'Leistungen für Bildung und Teilhabe beantragen',
    officialName: 'Leistungen für Bildung und Teilhabe Bewilligung',
    summary:
      'Kinder und Jugendliche aus Familien mit Bürgergeld, Sozialhilfe, Kinderzuschlag, Wohngeld oder Asylbewerberleistungen erhalten Zuschüsse für Schulbedarf, Mittagessen, Ausflüge, Nachhilfe und Vereinsbeiträge.',
    synonyms: ['BuT', 'Bildungspaket', 'Schulbedarfspaket', 'Mittagessen Zuschuss', 'Klassenfahrt Zuschuss', 'Lernförderung', 'Nachhilfe', 'Teilhabe Verein', 'education and participation'],
    descriptionHtml:
      '<p>Mit den Leistungen für Bildung und Teilhabe (BuT) unterstützt der Staat Kinder und Jugendliche aus Familien mit geringem Einkommen. Gefördert werden:</p>' +
      '<ul><li><strong>Schulbedarf</strong>: 195 Euro pro Schuljahr, ausgezahlt in zwei Raten zum 1. August und zum 1. Februar</li><li><strong>Mittagessen</strong> in Kita, Schule, Hort und Kindertagespflege – die vollen Kosten</li><li><strong>Ausflüge und Klassenfahrten</strong> von Schule und Kita – die tatsächlichen Kosten</li><li><strong>Lernförderung</strong>, wenn sie notwendig ist, um die Lernziele zu erreichen</li><li><strong>Schülerbeförderung</strong>, soweit die Kosten nicht anderweitig übernommen werden</li><li><strong>Teilhabe</strong> am sozialen und kulturellen Leben: 15 Euro monatlich, zum Beispiel für Sportverein, Musikschule oder Ferienfreizeit</li></ul>' +
      '<p>Wer Bürgergeld erhält, wendet sich an das Jobcenter. Familien mit Kinderzuschlag, Wohngeld, Sozialhilfe oder Leistungen nach dem Asylbewerberleistungsgesetz stellen den Antrag bei der BuT-Stelle der Stadt Musterstadt im Sozialamt.</p>',
    requirementsHtml:
      '<ul><li>Das Kind oder die Familie erhält Bürgergeld, Sozialhilfe, Kinderzuschlag, Wohngeld oder Leistungen nach dem Asylbewerberleistungsgesetz.</li><li>Das Kind ist unter 25 Jahre alt und besucht eine allgemein- oder berufsbildende Schule (für Teilhabeleistungen: unter 18 Jahre).</li><li>Für Lernförderung: Die Schule bestätigt, dass eine ergänzende Förderung nötig ist.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online oder schriftlich bei der zuständigen Stelle. Bei Bürgergeld sind die meisten Leistungen bereits mit dem Hauptantrag beantragt; Lernförderung beantragen Sie gesondert.</li><li>Legen Sie die Nachweise bei, zum Beispiel die Bestätigung der Schule über eine Klassenfahrt oder den Beitragsnachweis des Vereins.</li><li>Die Stelle entscheidet und zahlt direkt an den Anbieter – etwa die Schule, den Caterer oder den Verein. Den Schulbedarf erhalten Sie auf Ihr Konto.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Aktueller Leistungsbescheid', descriptionHtml: '<p>Über Kinderzuschlag, Wohngeld, Sozialhilfe oder Asylbewerberleistungen.</p>', required: true },
      { name: 'Schulbescheinigung', descriptionHtml: '<p>Für Kinder ab 15 Jahren oder bei Schulwechsel.</p>', required: false },
      { name: 'Nachweis über die Kosten', descriptionHtml: '<p>Zum Beispiel Elternbrief zur Klassenfahrt, Vertrag über das Mittagessen oder Beitragsrechnung des Vereins.</p>', required: false },
      { name: 'Bestätigung der Schule über Lernförderbedarf', descriptionHtml: '<p>Nur für Lernförderung.</p>', required: false },
    ],
    deadlines: [
      { label: 'Rechtzeitige Antragstellung', descriptionHtml: '<p>Beantragen Sie Leistungen möglichst vor Beginn der Maßnahme, zum Beispiel vor der Anmeldung zur Klassenfahrt. Leistungen können nur für Zeiten erbracht werden, in denen auch die Grundleistung bezogen wird.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_2/__28.html', title: '§ 28 Zweites Buch Sozialgesetzbuch (SGB II) – Bedarfe für Bildung und Teilhabe' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__34.html', title: '§ 34 Zwölftes Buch Sozialgesetzbuch (SGB XII) – Bedarfe für Bildung und Teilhabe' },
      { uri: 'https://www.gesetze-im-internet.de/bkgg_1996/__6b.html', title: '§ 6b Bundeskindergeldgesetz (BKGG) – Leistungen für Bildung und Teilhabe' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Formlose Antragstellung möglich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/soziales/bildung-und-teilhabe', title: 'Bildung und Teilhabe in Musterstadt – Anbieter und Ansprechpersonen' },
    ],
    onlineServices: [
      { title: 'Leistungen für Bildung und Teilhabe online beantragen', uri: 'https://service.musterstadt.example/bildung-und-teilhabe-beantragen', trustLevel: 'substantial' },
    ],
    officeIds: ['oe-sozialamt', 'oe-jobcenter'],
    lifeSituations: ['1140000', '1030000', '1020000'],
    categories: ['familie-soziales', 'bildung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-22T09:30:00Z',
  },
  // 10 ────────────────────────────────────────────────────────────────────
  {
    id: 'wohngeld-beantragen',
    leikaKeys: [],
    name: 'Wohngeld beantragen',
    officialName: 'Wohngeld Bewilligung',
    summary:
      'Wohngeld ist ein Zuschuss zur Miete oder zu den Kosten für selbst genutztes Wohneigentum für Haushalte mit geringem Einkommen. Sie beantragen es bei der Wohngeldstelle der Stadt.',
    synonyms: ['Wohngeld Plus', 'Mietzuschuss', 'Lastenzuschuss', 'Wohngeldantrag', 'Zuschuss zur Miete', 'Wohngeldstelle', 'Wohngeldrechner', 'housing benefit'],
    descriptionHtml:
      '<p>Wohngeld hilft Haushalten, deren Einkommen zwar für den Lebensunterhalt reicht, nicht aber für angemessene Wohnkosten. Mieterinnen und Mieter erhalten Wohngeld als <strong>Mietzuschuss</strong>, Eigentümerinnen und Eigentümer einer selbst genutzten Wohnung oder eines Hauses als <strong>Lastenzuschuss</strong>.</p>' +
      '<p>Die Höhe des Wohngeldes hängt von drei Faktoren ab: der Zahl der Haushaltsmitglieder, dem Gesamteinkommen des Haushalts und der Höhe der Miete oder Belastung bis zu einem Höchstbetrag, der sich nach der Mietenstufe der Gemeinde richtet. In die Berechnung fließen eine Heizkosten- und eine Klimakomponente ein. Zum 1. Januar 2025 wurde das Wohngeld an die Preis- und Mietentwicklung angepasst.</p>' +
      '<p>Wohngeld wird in der Regel für zwölf Monate bewilligt, bei gleichbleibenden Verhältnissen auch bis zu 24 Monate. Danach müssen Sie einen Weiterleistungsantrag stellen.</p>' +
      '<p>Wer Bürgergeld, Sozialhilfe, Grundsicherung im Alter oder Leistungen nach dem Asylbewerberleistungsgesetz erhält, bekommt kein Wohngeld, weil die Wohnkosten dort bereits berücksichtigt werden.</p>',
    requirementsHtml:
      '<ul><li>Sie wohnen in Musterstadt und zahlen Miete für Ihre Wohnung oder tragen die Kosten für Ihr selbst genutztes Wohneigentum.</li><li>Ihr Haushaltseinkommen liegt innerhalb der Einkommensgrenzen des Wohngeldgesetzes und ist hoch genug, um den Lebensunterhalt ohne Bürgergeld oder Sozialhilfe zu decken.</li><li>Sie erhalten keine Transferleistung, in der die Wohnkosten bereits enthalten sind.</li><li>Es ist kein erhebliches Vermögen vorhanden (Richtwert: 60.000 Euro für das erste und 30.000 Euro für jedes weitere Haushaltsmitglied).</li></ul>',
    procedureHtml:
      '<ol><li>Prüfen Sie mit dem Wohngeldrechner, ob Sie voraussichtlich Anspruch haben.</li><li>Stellen Sie den Antrag online oder mit dem Antragsformular bei der Wohngeldstelle im Amt für Wohnungswesen. Auch ein formloser Antrag wahrt die Frist; die Unterlagen können Sie nachreichen.</li><li>Die Wohngeldstelle prüft den Antrag und fordert fehlende Nachweise an.</li><li>Sie erhalten einen Bescheid. Das Wohngeld wird monatlich im Voraus auf Ihr Konto überwiesen.</li><li>Teilen Sie Änderungen mit, zum Beispiel wenn Ihr Einkommen um mehr als 15 Prozent steigt, sich die Miete ändert oder Personen ein- oder ausziehen.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Wohngeldantrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Mietvertrag und Mietbescheinigung', descriptionHtml: '<p>Mietbescheinigung vom Vermieter ausgefüllt, mit Angaben zu Kaltmiete und Nebenkosten; bei Eigentum Nachweise über Darlehen und Bewirtschaftungskosten.</p>', required: true },
      { name: 'Einkommensnachweise aller Haushaltsmitglieder', descriptionHtml: '<p>Lohnabrechnungen der letzten zwölf Monate, Renten-, Unterhalts-, Elterngeld- oder Arbeitslosengeldbescheide.</p>', required: true },
      { name: 'Nachweise über Vermögen', descriptionHtml: '<p>Kontoauszüge und Nachweise über Sparguthaben.</p>', required: true },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Für Staatsangehörige von Staaten außerhalb der EU.</p>', required: false },
    ],
    deadlines: [
      { label: 'Beginn des Anspruchs', descriptionHtml: '<p>Wohngeld wird ab dem Ersten des Monats gezahlt, in dem der Antrag bei der Wohngeldstelle eingeht. Eine rückwirkende Zahlung für frühere Monate ist nicht möglich.</p>' },
      { label: 'Weiterleistungsantrag', duration: { value: 2, unit: 'month' }, descriptionHtml: '<p>Stellen Sie den Weiterleistungsantrag etwa zwei Monate vor Ende des Bewilligungszeitraums.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 6, unit: 'week', valueTo: 12 }, descriptionHtml: '<p>Bei vollständigen Unterlagen. In Zeiten hoher Antragszahlen kann es länger dauern.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/wogg/__1.html', title: '§ 1 Wohngeldgesetz (WoGG) – Zweck des Wohngeldes' },
      { uri: 'https://www.gesetze-im-internet.de/wogg/__3.html', title: '§ 3 WoGG – Wohngeldberechtigung' },
      { uri: 'https://www.gesetze-im-internet.de/wogg/__25.html', title: '§ 25 WoGG – Bewilligungszeitraum' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Antrag auf Mietzuschuss oder Lastenzuschuss, Mietbescheinigung)<br>Schriftform erforderlich: Ja<br>Formlose Antragstellung möglich: Ja, fristwahrend<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/wohnen/wohngeld', title: 'Wohngeld in Musterstadt – Sprechzeiten und Formulare' },
    ],
    onlineServices: [
      { title: 'Wohngeld online beantragen', uri: 'https://service.musterstadt.example/wohngeld-beantragen', trustLevel: 'substantial' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=wohngeld-beantragen',
    officeIds: ['oe-wohnungsamt'],
    lifeSituations: ['1050000', '1140000'],
    categories: ['familie-soziales', 'bauen-wohnen'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-14T11:00:00Z',
  },
  // 11 ────────────────────────────────────────────────────────────────────
  {
    id: 'wohnberechtigungsschein-beantragen',
    leikaKeys: [],
    name: 'Wohnberechtigungsschein beantragen',
    officialName: 'Wohnberechtigungsschein Ausstellung',
    summary:
      'Mit dem Wohnberechtigungsschein (WBS) können Sie eine öffentlich geförderte Sozialmietwohnung beziehen, wenn Ihr Einkommen bestimmte Grenzen nicht überschreitet.',
    synonyms: ['WBS', 'Sozialwohnung', 'Berechtigungsschein Wohnung', 'geförderter Wohnraum', 'Sozialmietwohnung', 'Wohnungssuche', 'B-Schein'],
    descriptionHtml:
      '<p>Öffentlich geförderte Mietwohnungen dürfen nur an Haushalte vermietet werden, deren Einkommen bestimmte Grenzen nicht überschreitet. Mit dem Wohnberechtigungsschein weisen Sie gegenüber der Vermieterin oder dem Vermieter nach, dass Sie berechtigt sind.</p>' +
      '<p>Im Wohnberechtigungsschein steht, welche Wohnungsgröße für Ihren Haushalt angemessen ist. Als angemessen gelten in der Regel 45 Quadratmeter für eine Person, 60 Quadratmeter für zwei Personen und für jede weitere Person zusätzlich rund 15 Quadratmeter. Bei besonderem Bedarf, etwa bei einer Behinderung oder Schwangerschaft, kann mehr Wohnfläche anerkannt werden.</p>' +
      '<p>Der Wohnberechtigungsschein gilt <strong>ein Jahr</strong> und kann in ganz Baden-Württemberg genutzt werden. Er ist keine Garantie für eine Wohnung – Sie müssen sich selbst um eine Wohnung bewerben. Zusätzlich können Sie sich beim Amt für Wohnungswesen für die Vermittlung von Wohnungen mit städtischem Belegungsrecht vormerken lassen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind volljährig und halten sich nicht nur vorübergehend in Deutschland auf.</li><li>Das Gesamteinkommen Ihres Haushalts überschreitet die Einkommensgrenzen des Landeswohnraumförderungsgesetzes nicht.</li><li>Alle Haushaltsmitglieder, die mit Ihnen einziehen sollen, werden im Antrag aufgeführt.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online oder mit dem Antragsformular beim Amt für Wohnungswesen.</li><li>Fügen Sie die Einkommensnachweise aller Haushaltsmitglieder bei.</li><li>Das Amt berechnet das anrechenbare Einkommen und stellt den Wohnberechtigungsschein aus.</li><li>Legen Sie den Schein bei der Bewerbung um eine geförderte Wohnung vor.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Ausstellung des Wohnberechtigungsscheins ist gebührenfrei.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass aller volljährigen Haushaltsmitglieder', required: true },
      { name: 'Einkommensnachweise aller Haushaltsmitglieder der letzten zwölf Monate', descriptionHtml: '<p>Lohnabrechnungen, Steuerbescheid, Renten- oder Leistungsbescheide.</p>', required: true },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Für Staatsangehörige von Staaten außerhalb der EU.</p>', required: false },
      { name: 'Nachweis über Schwangerschaft oder Schwerbehinderung', descriptionHtml: '<p>Nur wenn zusätzlicher Wohnraum berücksichtigt werden soll.</p>', required: false },
    ],
    deadlines: [
      { label: 'Gültigkeit', duration: { value: 1, unit: 'year' }, descriptionHtml: '<p>Der Wohnberechtigungsschein gilt ein Jahr ab Ausstellung.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=LWoFG+BW&psml=bsbawueprod.psml&max=true', title: 'Landeswohnraumförderungsgesetz Baden-Württemberg (LWoFG)' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Wohnberechtigungsschein online beantragen', uri: 'https://service.musterstadt.example/wohnberechtigungsschein-beantragen', trustLevel: 'substantial' },
    ],
    officeIds: ['oe-wohnungsamt'],
    lifeSituations: ['1050000', '1140000'],
    categories: ['bauen-wohnen', 'familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-14T11:20:00Z',
  },
  // 12 ────────────────────────────────────────────────────────────────────
  {
    id: 'buergergeld-beantragen',
    leikaKeys: [],
    name: 'Bürgergeld beantragen',
    officialName: 'Grundsicherung für Arbeitsuchende Bewilligung',
    summary:
      'Erwerbsfähige Menschen, die ihren Lebensunterhalt nicht aus eigenem Einkommen und Vermögen decken können, erhalten vom Jobcenter Bürgergeld (Grundsicherung für Arbeitsuchende).',
    synonyms: ['Hartz IV', 'ALG II', 'Arbeitslosengeld 2', 'Grundsicherung für Arbeitsuchende', 'Jobcenter', 'Sozialgeld', 'Regelsatz', 'Aufstocker', 'citizen income'],
    descriptionHtml:
      '<p>Das Bürgergeld sichert den Lebensunterhalt von erwerbsfähigen Menschen zwischen 15 Jahren und der Regelaltersgrenze, die hilfebedürftig sind. Auch wer arbeitet, aber zu wenig verdient, kann ergänzend Bürgergeld erhalten. Nicht erwerbsfähige Angehörige in der Bedarfsgemeinschaft, zum Beispiel Kinder unter 15 Jahren, erhalten Bürgergeld in Form von Sozialgeld.</p>' +
      '<p>Das Bürgergeld umfasst den <strong>Regelbedarf</strong> (für Alleinstehende 563 Euro im Monat), Mehrbedarfe zum Beispiel bei Schwangerschaft oder für Alleinerziehende sowie die angemessenen Kosten für Unterkunft und Heizung. Außerdem sind Sie kranken- und pflegeversichert.</p>' +
      '<p>Das Jobcenter Musterstadt unterstützt Sie mit Beratung, Vermittlung und Weiterbildung dabei, Arbeit zu finden. In einem Kooperationsplan halten Sie gemeinsam mit dem Jobcenter Ihre Ziele und die nächsten Schritte fest.</p>' +
      '<p>Hinweis: Die Grundsicherung für Arbeitsuchende wird vom Gesetzgeber derzeit umgestaltet. Maßgeblich ist jeweils das zum Zeitpunkt Ihres Antrags geltende Recht; das Jobcenter informiert Sie über Änderungen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mindestens 15 Jahre alt und haben die Regelaltersgrenze noch nicht erreicht.</li><li>Sie sind erwerbsfähig, also gesundheitlich in der Lage, mindestens drei Stunden täglich zu arbeiten.</li><li>Sie sind hilfebedürftig: Ihr Einkommen und Vermögen reichen für den Bedarf Ihrer Bedarfsgemeinschaft nicht aus.</li><li>Sie haben Ihren gewöhnlichen Aufenthalt in Deutschland.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online über jobcenter.digital, telefonisch oder persönlich beim Jobcenter Musterstadt. Der Antrag ist formlos möglich und wirkt auf den Ersten des Monats zurück.</li><li>Füllen Sie den Hauptantrag und die erforderlichen Anlagen aus, zum Beispiel zu Kosten der Unterkunft, Einkommen und weiteren Personen im Haushalt.</li><li>Reichen Sie die Nachweise ein – online, per Post oder im Jobcenter.</li><li>Sie erhalten einen Bescheid, in der Regel für zwölf Monate. Für die Zeit danach stellen Sie einen Weiterbewilligungsantrag.</li><li>Sie werden zu einem ersten Gespräch mit Ihrer Integrationsfachkraft eingeladen.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder Aufenthaltstitel', required: true },
      { name: 'Mietvertrag und aktuelle Nebenkostenabrechnung', required: true },
      { name: 'Kontoauszüge der letzten drei Monate', descriptionHtml: '<p>Für alle Konten aller Mitglieder der Bedarfsgemeinschaft.</p>', required: true },
      { name: 'Einkommensnachweise', descriptionHtml: '<p>Lohnabrechnungen, Arbeitslosengeld-, Renten- oder Unterhaltsbescheide, Kindergeldbescheid.</p>', required: true },
      { name: 'Nachweise über Vermögen', descriptionHtml: '<p>Sparbücher, Lebensversicherungen, Bausparverträge, Fahrzeugpapiere.</p>', required: false },
      { name: 'Nachweis der Krankenversicherung', required: false },
    ],
    deadlines: [
      { label: 'Wirkung des Antrags', descriptionHtml: '<p>Der Antrag wirkt auf den Ersten des Monats zurück, in dem er gestellt wurde. Für frühere Monate wird kein Bürgergeld gezahlt.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 }, descriptionHtml: '<p>In Notlagen kann das Jobcenter einen Vorschuss zahlen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_2/__7.html', title: '§ 7 Zweites Buch Sozialgesetzbuch (SGB II) – Leistungsberechtigte' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_2/__19.html', title: '§ 19 SGB II – Bürgergeld und Leistungen für Bildung und Teilhabe' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_2/__37.html', title: '§ 37 SGB II – Antragserfordernis' },
    ],
    appealHtml:
      '<p>Gegen den Bescheid des Jobcenters können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch beim Jobcenter einlegen – schriftlich, zur Niederschrift oder online über jobcenter.digital. Gegen den Widerspruchsbescheid ist die Klage beim Sozialgericht möglich; das Verfahren ist gerichtskostenfrei.</p>',
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Hauptantrag mit Anlagen)<br>Schriftform erforderlich: Nein, formloser Antrag genügt zunächst<br>Persönliches Erscheinen nötig: Nein, für das Erstgespräch ja<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'jobcenter.digital – Bürgergeld online beantragen', uri: 'https://www.jobcenter.digital' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=buergergeld-beantragen',
    officeIds: ['oe-jobcenter'],
    lifeSituations: ['1140000', '1040000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-05T08:00:00Z',
  },
  // 13 ────────────────────────────────────────────────────────────────────
  {
    id: 'grundsicherung-im-alter-beantragen',
    leikaKeys: [],
    name: 'Grundsicherung im Alter und bei Erwerbsminderung beantragen',
    officialName: 'Grundsicherung im Alter und bei Erwerbsminderung Bewilligung',
    summary:
      'Wer die Altersgrenze erreicht hat oder dauerhaft voll erwerbsgemindert ist und seinen Lebensunterhalt nicht aus eigenem Einkommen und Vermögen decken kann, erhält Grundsicherung vom Sozialamt.',
    synonyms: ['Grundsicherung', 'Altersarmut', 'Rente zu niedrig', 'Sozialhilfe Rentner', 'Erwerbsminderung', 'SGB XII', 'Grundsicherungsamt', 'basic income support old age'],
    descriptionHtml:
      '<p>Die Grundsicherung im Alter und bei Erwerbsminderung sichert den Lebensunterhalt von Menschen, die die Regelaltersgrenze erreicht haben, und von Volljährigen, die dauerhaft voll erwerbsgemindert sind. Sie ist eine Leistung der Sozialhilfe, wird aber anders als die übrige Sozialhilfe nur auf Antrag gewährt.</p>' +
      '<p>Die Grundsicherung umfasst den Regelbedarf (für Alleinstehende 563 Euro im Monat), angemessene Kosten für Unterkunft und Heizung, Mehrbedarfe zum Beispiel bei Gehbehinderung mit Merkzeichen G sowie Beiträge zur Kranken- und Pflegeversicherung.</p>' +
      '<p>Eigene Renten und sonstiges Einkommen werden angerechnet. Auf Einkommen aus der gesetzlichen Rente mit mindestens 33 Jahren Grundrentenzeiten und auf Betriebs- und Privatrenten gibt es Freibeträge. Ihre Kinder oder Eltern werden nur dann zum Unterhalt herangezogen, wenn deren Jahreseinkommen über 100.000 Euro liegt.</p>',
    requirementsHtml:
      '<ul><li>Sie haben die Regelaltersgrenze erreicht oder sind mindestens 18 Jahre alt und dauerhaft voll erwerbsgemindert. Die Erwerbsminderung stellt die Deutsche Rentenversicherung fest.</li><li>Sie haben Ihren gewöhnlichen Aufenthalt in Musterstadt.</li><li>Ihr Einkommen und Vermögen reichen nicht aus. Als Schonvermögen bleiben 10.000 Euro je volljähriger Person und ein angemessenes selbst genutztes Wohneigentum unberücksichtigt.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag beim Sozialamt – online, schriftlich oder persönlich. Wenn Sie eine Rente beantragen, kann Sie die Rentenversicherung auch an das Sozialamt weiterleiten.</li><li>Reichen Sie die Nachweise über Einkommen, Vermögen und Wohnkosten ein.</li><li>Das Sozialamt berechnet Ihren Anspruch und schickt Ihnen einen Bescheid. Die Leistung wird in der Regel für zwölf Monate bewilligt.</li><li>Vor Ablauf stellen Sie einen Weiterbewilligungsantrag. Änderungen bei Einkommen, Miete oder Haushalt teilen Sie sofort mit.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Rentenbescheid', descriptionHtml: '<p>Sowie Nachweise über Betriebs- oder Privatrenten.</p>', required: true },
      { name: 'Mietvertrag und aktuelle Nebenkostenabrechnung', required: true },
      { name: 'Kontoauszüge der letzten drei Monate', required: true },
      { name: 'Nachweise über Vermögen', descriptionHtml: '<p>Sparbücher, Lebens- und Sterbegeldversicherungen.</p>', required: false },
      { name: 'Schwerbehindertenausweis', descriptionHtml: '<p>Falls vorhanden, zum Beispiel für einen Mehrbedarf beim Merkzeichen G.</p>', required: false },
    ],
    deadlines: [
      { label: 'Wirkung des Antrags', descriptionHtml: '<p>Der Antrag wirkt auf den Ersten des Monats zurück, in dem er gestellt wird. Stellen Sie ihn rechtzeitig, am besten schon bei Rentenbeginn.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 3, unit: 'week', valueTo: 6 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__41.html', title: '§ 41 Zwölftes Buch Sozialgesetzbuch (SGB XII) – Leistungsberechtigte' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__42.html', title: '§ 42 SGB XII – Bedarfe' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__44.html', title: '§ 44 SGB XII – Antragserfordernis, Bewilligungszeitraum' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Nein, formloser Antrag wahrt die Frist<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Grundsicherung online beantragen', uri: 'https://service.musterstadt.example/grundsicherung-im-alter-beantragen', trustLevel: 'substantial' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=grundsicherung-im-alter-beantragen',
    officeIds: ['oe-sozialamt'],
    lifeSituations: ['1140000', '1180000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-17T09:10:00Z',
  },
  // 14 ────────────────────────────────────────────────────────────────────
  {
    id: 'hilfe-zum-lebensunterhalt-beantragen',
    leikaKeys: [],
    name: 'Hilfe zum Lebensunterhalt (Sozialhilfe) beantragen',
    officialName: 'Hilfe zum Lebensunterhalt Bewilligung',
    summary:
      'Die Hilfe zum Lebensunterhalt sichert das Existenzminimum von Menschen, die vorübergehend nicht erwerbsfähig sind und keine anderen Leistungen wie Bürgergeld oder Grundsicherung erhalten.',
    synonyms: ['Sozialhilfe', 'HLU', 'Sozialamt', 'SGB XII', 'Existenzminimum', 'vorübergehend erwerbsunfähig', 'Regelsatz', 'social assistance'],
    descriptionHtml:
      '<p>Die Hilfe zum Lebensunterhalt ist die klassische Sozialhilfe. Sie kommt für Menschen in Betracht, die weder Bürgergeld noch Grundsicherung im Alter und bei Erwerbsminderung erhalten können – zum Beispiel, weil sie <strong>vorübergehend voll erwerbsgemindert</strong> sind, weil sie eine befristete Erwerbsminderungsrente beziehen oder weil Kinder bei Verwandten leben, die selbst kein Bürgergeld erhalten.</p>' +
      '<p>Die Leistung umfasst den Regelbedarf, Mehrbedarfe, angemessene Kosten für Unterkunft und Heizung sowie einmalige Bedarfe, zum Beispiel für die Erstausstattung einer Wohnung. Auch Beiträge zur Kranken- und Pflegeversicherung können übernommen werden.</p>' +
      '<p>Die Sozialhilfe setzt ein, sobald das Sozialamt von der Notlage erfährt. Ein förmlicher Antrag ist dafür nicht nötig; wenden Sie sich aber so früh wie möglich an das Sozialamt, weil für die Zeit vor Bekanntwerden keine Leistungen erbracht werden.</p>',
    requirementsHtml:
      '<ul><li>Sie können Ihren notwendigen Lebensunterhalt nicht aus eigenem Einkommen und Vermögen bestreiten.</li><li>Sie haben keinen Anspruch auf Bürgergeld oder Grundsicherung im Alter und bei Erwerbsminderung.</li><li>Sie halten sich in Musterstadt auf.</li><li>Vorrangige Ansprüche, zum Beispiel auf Rente, Krankengeld, Wohngeld oder Unterhalt, werden geltend gemacht.</li></ul>',
    procedureHtml:
      '<ol><li>Wenden Sie sich persönlich, telefonisch oder schriftlich an das Sozialamt und schildern Sie Ihre Lage.</li><li>Das Sozialamt schickt Ihnen einen Antragsvordruck und eine Liste der nötigen Nachweise.</li><li>Nach Prüfung erhalten Sie einen Bescheid. Laufende Leistungen werden monatlich im Voraus gezahlt.</li><li>Das Sozialamt prüft vorrangige Leistungen und unterstützt Sie dabei, diese zu beantragen.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Beantragung ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Mietvertrag und Nachweis über Heizkosten', required: true },
      { name: 'Kontoauszüge der letzten drei Monate', required: true },
      { name: 'Nachweise über Einkommen und vorrangige Leistungen', descriptionHtml: '<p>Zum Beispiel Rentenbescheid, Krankengeldbescheid, Ablehnungsbescheid des Jobcenters.</p>', required: true },
      { name: 'Ärztliche Unterlagen zur Erwerbsfähigkeit', descriptionHtml: '<p>Falls vorhanden.</p>', required: false },
    ],
    deadlines: [
      { label: 'Beginn der Leistung', descriptionHtml: '<p>Leistungen werden ab dem Tag erbracht, an dem dem Sozialamt die Notlage bekannt wird.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 }, descriptionHtml: '<p>In dringenden Fällen sind Abschlagszahlungen oder Sachleistungen sofort möglich.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__18.html', title: '§ 18 SGB XII – Einsetzen der Sozialhilfe' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__27.html', title: '§ 27 SGB XII – Leistungsberechtigte' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__27a.html', title: '§ 27a SGB XII – Notwendiger Lebensunterhalt, Regelbedarfe' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Nein<br>Formlose Antragstellung möglich: Ja<br>Persönliches Erscheinen nötig: Nein, ein Gespräch ist aber hilfreich<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=hilfe-zum-lebensunterhalt-beantragen',
    officeIds: ['oe-sozialamt'],
    lifeSituations: ['1140000', '1160000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-17T09:30:00Z',
  },
  // 15 ────────────────────────────────────────────────────────────────────
  {
    id: 'unterhaltsvorschuss-beantragen',
    leikaKeys: [],
    name: 'Unterhaltsvorschuss beantragen',
    officialName: 'Unterhaltsvorschuss Bewilligung',
    summary:
      'Kinder von Alleinerziehenden, die vom anderen Elternteil keinen oder zu wenig Unterhalt bekommen, erhalten vom Jugendamt Unterhaltsvorschuss – längstens bis zum 18. Geburtstag.',
    synonyms: ['UV', 'UVG', 'Unterhaltsvorschusskasse', 'Unterhaltsausfallleistung', 'Unterhalt Kind', 'alleinerziehend', 'Unterhalt bleibt aus', 'child maintenance advance'],
    descriptionHtml:
      '<p>Der Unterhaltsvorschuss hilft Alleinerziehenden, wenn der andere Elternteil keinen, nur unregelmäßig oder zu wenig Unterhalt für das gemeinsame Kind zahlt. Die Leistung wird direkt an den alleinerziehenden Elternteil für das Kind gezahlt.</p>' +
      '<p>Der Unterhaltsvorschuss beträgt monatlich:</p>' +
      '<ul><li>227 Euro für Kinder von 0 bis 5 Jahren,</li><li>299 Euro für Kinder von 6 bis 11 Jahren,</li><li>394 Euro für Kinder von 12 bis 17 Jahren.</li></ul>' +
      '<p>Zahlt der andere Elternteil einen Teil des Unterhalts, wird dieser Betrag angerechnet. Bei Kindern, die die Schule beendet haben, werden auch eigene Einkünfte, etwa eine Ausbildungsvergütung, zum Teil angerechnet.</p>' +
      '<p>Das Jugendamt holt sich den gezahlten Unterhaltsvorschuss vom anderen Elternteil zurück, soweit dieser leistungsfähig ist. Der Unterhaltsanspruch des Kindes geht in Höhe der Leistung auf das Land über.</p>',
    requirementsHtml:
      '<ul><li>Das Kind ist noch nicht 18 Jahre alt und lebt in Musterstadt bei einem Elternteil, der ledig, verwitwet, geschieden oder dauernd getrennt lebend ist.</li><li>Das Kind erhält vom anderen Elternteil keinen oder weniger Unterhalt als den Unterhaltsvorschussbetrag.</li><li>Für Kinder ab 12 Jahren zusätzlich: Das Kind bezieht kein Bürgergeld, oder der alleinerziehende Elternteil hat ein eigenes Bruttoeinkommen von mindestens 600 Euro im Monat.</li><li>Der alleinerziehende Elternteil wirkt bei der Feststellung der Vaterschaft und des Aufenthalts des anderen Elternteils mit.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag schriftlich oder online bei der Unterhaltsvorschussstelle des Jugendamts.</li><li>Machen Sie alle Angaben zum anderen Elternteil, die Ihnen bekannt sind, und legen Sie die Nachweise bei.</li><li>Das Jugendamt prüft den Antrag und erlässt einen Bescheid.</li><li>Die Leistung wird monatlich im Voraus auf Ihr Konto gezahlt.</li><li>Teilen Sie Änderungen sofort mit, zum Beispiel Umzug, Heirat, Zusammenzug mit dem anderen Elternteil oder Unterhaltszahlungen.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Geburtsurkunde des Kindes', required: true },
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Nachweis über Trennung oder Scheidung', descriptionHtml: '<p>Zum Beispiel Scheidungsurteil oder Meldebescheinigung über den Auszug.</p>', required: false },
      { name: 'Unterhaltstitel oder Unterhaltsvereinbarung', descriptionHtml: '<p>Falls vorhanden, zum Beispiel Jugendamtsurkunde oder Beschluss des Familiengerichts.</p>', required: false },
      { name: 'Schulbescheinigung und Einkommensnachweis', descriptionHtml: '<p>Für Kinder ab 12 Jahren.</p>', required: false },
    ],
    deadlines: [
      { label: 'Rückwirkende Zahlung', duration: { value: 1, unit: 'month' }, descriptionHtml: '<p>Unterhaltsvorschuss wird rückwirkend höchstens für den Monat vor der Antragstellung gezahlt – und nur, wenn Sie sich in dieser Zeit nachweislich um Unterhalt bemüht haben.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/uhvorschg/__1.html', title: '§ 1 Unterhaltsvorschussgesetz (UhVorschG) – Berechtigte' },
      { uri: 'https://www.gesetze-im-internet.de/uhvorschg/__2.html', title: '§ 2 UhVorschG – Umfang der Unterhaltsleistung' },
      { uri: 'https://www.gesetze-im-internet.de/uhvorschg/__9.html', title: '§ 9 UhVorschG – Verfahren und Zahlungsweise' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://familienportal.de/familienportal/familienleistungen/unterhaltsvorschuss', title: 'Familienportal des Bundes: Unterhaltsvorschuss' },
    ],
    onlineServices: [
      { title: 'Unterhaltsvorschuss online beantragen', uri: 'https://service.musterstadt.example/unterhaltsvorschuss-beantragen', trustLevel: 'substantial' },
    ],
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1020000', '1140000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-26T10:00:00Z',
  },
  // 16 ────────────────────────────────────────────────────────────────────
  {
    id: 'beistandschaft-beantragen',
    leikaKeys: [],
    name: 'Beistandschaft beim Jugendamt beantragen',
    officialName: 'Beistandschaft Einrichtung',
    summary:
      'Das Jugendamt unterstützt Sie als Beistand dabei, die Vaterschaft für Ihr Kind feststellen zu lassen und Kindesunterhalt geltend zu machen – kostenlos und freiwillig.',
    synonyms: ['Beistand', 'Beistandschaft', 'Unterhalt durchsetzen', 'Vaterschaftsfeststellung', 'Kindesunterhalt', 'Unterhaltstitel', 'Jugendamt Unterhalt'],
    descriptionHtml:
      '<p>Mit einer Beistandschaft übernimmt das Jugendamt für Ihr Kind eine oder beide dieser Aufgaben:</p>' +
      '<ul><li>die <strong>Feststellung der Vaterschaft</strong>, wenn der Vater seine Vaterschaft nicht freiwillig anerkennt,</li><li>die <strong>Geltendmachung von Unterhaltsansprüchen</strong> des Kindes – von der Berechnung über die Erstellung eines Unterhaltstitels bis zur Zwangsvollstreckung.</li></ul>' +
      '<p>Die Beistandschaft ist freiwillig. Ihre elterliche Sorge wird dadurch nicht eingeschränkt – Sie bleiben in allen anderen Angelegenheiten die gesetzliche Vertretung Ihres Kindes. Sie können die Beistandschaft jederzeit schriftlich beenden.</p>' +
      '<p>Die Beistandschaft ist kostenlos. Kosten eines Gerichtsverfahrens können im Einzelfall anfallen; hierzu berät Sie Ihr Beistand.</p>',
    requirementsHtml:
      '<ul><li>Das Kind ist minderjährig und hat seinen gewöhnlichen Aufenthalt in Musterstadt.</li><li>Sie haben die alleinige elterliche Sorge für den betreffenden Aufgabenbereich oder – bei gemeinsamer Sorge – das Kind lebt überwiegend bei Ihnen.</li><li>Eine Beistandschaft kann auch schon vor der Geburt beantragt werden.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie einen schriftlichen Antrag beim Jugendamt. Ein formloses Schreiben mit Unterschrift genügt; Sie können den Antrag auch online stellen.</li><li>Die Beistandschaft beginnt, sobald der Antrag beim Jugendamt eingeht.</li><li>Ihre Beiständin oder Ihr Beistand nimmt Kontakt mit Ihnen auf, klärt den Sachverhalt und fordert den anderen Elternteil zur Auskunft über sein Einkommen auf.</li><li>Der Beistand berechnet den Unterhalt, wirkt auf einen Unterhaltstitel hin und vertritt das Kind bei Bedarf vor dem Familiengericht.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Beistandschaft des Jugendamts ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Schriftlicher Antrag', required: true },
      { name: 'Geburtsurkunde des Kindes', required: true },
      { name: 'Angaben zum anderen Elternteil', descriptionHtml: '<p>Name, Anschrift, Arbeitgeber – soweit bekannt.</p>', required: true },
      { name: 'Vorhandene Unterhaltstitel oder Schriftverkehr', required: false },
    ],
    deadlines: [
      { label: 'Beginn', descriptionHtml: '<p>Die Beistandschaft tritt mit Zugang des Antrags beim Jugendamt ein. Unterhalt für die Vergangenheit kann nur eingeschränkt verlangt werden – stellen Sie den Antrag deshalb frühzeitig.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Das Jugendamt meldet sich in der Regel innerhalb von zwei Wochen bei Ihnen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1712.html', title: '§ 1712 Bürgerliches Gesetzbuch (BGB) – Beistandschaft des Jugendamts' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1714.html', title: '§ 1714 BGB – Eintritt der Beistandschaft' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1715.html', title: '§ 1715 BGB – Beendigung der Beistandschaft' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Formlose Antragstellung möglich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Beistandschaft online beantragen', uri: 'https://service.musterstadt.example/beistandschaft-beantragen', trustLevel: 'substantial' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=beistandschaft-beantragen',
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1020000', '1010000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-26T10:30:00Z',
  },
  // 17 ────────────────────────────────────────────────────────────────────
  {
    id: 'sorgeerklaerung-abgeben',
    leikaKeys: [],
    name: 'Sorgeerklärung abgeben',
    officialName: 'Sorgeerklärung Beurkundung',
    summary:
      'Nicht miteinander verheiratete Eltern erhalten die gemeinsame elterliche Sorge, indem beide eine Sorgeerklärung abgeben. Das Jugendamt beurkundet sie kostenlos.',
    synonyms: ['Sorgerecht', 'gemeinsames Sorgerecht', 'Sorgerechtserklärung', 'unverheiratete Eltern', 'elterliche Sorge', 'Beurkundung Jugendamt', 'joint custody'],
    descriptionHtml:
      '<p>Sind die Eltern bei der Geburt ihres Kindes nicht miteinander verheiratet, hat zunächst die Mutter die alleinige elterliche Sorge. Mit übereinstimmenden Sorgeerklärungen erhalten beide Eltern die <strong>gemeinsame elterliche Sorge</strong>. Sie entscheiden dann gemeinsam über wichtige Angelegenheiten des Kindes, etwa Schule, Wohnort oder medizinische Behandlungen.</p>' +
      '<p>Die Sorgeerklärungen müssen öffentlich beurkundet werden – beim Jugendamt kostenlos oder bei einer Notarin oder einem Notar. Sie können schon vor der Geburt abgegeben werden. Voraussetzung ist, dass die Vaterschaft anerkannt oder festgestellt ist; Vaterschaftsanerkennung und Sorgeerklärung lassen sich in einem Termin beurkunden.</p>' +
      '<p>Die Sorgeerklärung kann nicht widerrufen werden. Eine spätere Änderung der Sorge ist nur durch das Familiengericht möglich, zum Beispiel nach einer Trennung.</p>',
    requirementsHtml:
      '<ul><li>Die Eltern sind nicht miteinander verheiratet.</li><li>Die Vaterschaft ist anerkannt oder gerichtlich festgestellt (oder wird im selben Termin anerkannt).</li><li>Beide Eltern erscheinen persönlich; eine Vertretung ist nicht möglich.</li><li>Minderjährige Elternteile benötigen die Zustimmung ihrer gesetzlichen Vertretung.</li><li>Es gibt keine gerichtliche Entscheidung über die elterliche Sorge für dieses Kind.</li></ul>',
    procedureHtml:
      '<ol><li>Vereinbaren Sie einen Termin bei der Beurkundungsstelle des Jugendamts.</li><li>Erscheinen Sie beide persönlich mit den Unterlagen. Wenn Sie nicht ausreichend Deutsch sprechen, bringen Sie eine Dolmetscherin oder einen Dolmetscher mit.</li><li>Die Urkundsperson belehrt Sie über die rechtlichen Folgen und beurkundet Ihre Erklärungen.</li><li>Sie erhalten Ausfertigungen der Urkunde. Das Jugendamt teilt die Abgabe dem Jugendamt am Geburtsort des Kindes mit, das das Sorgeregister führt.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Beurkundung beim Jugendamt ist kostenlos.' }],
    costsNoteHtml: '<p>Bei einer Beurkundung durch eine Notarin oder einen Notar fallen Gebühren nach dem Gerichts- und Notarkostengesetz an.</p>',
    requiredDocuments: [
      { name: 'Personalausweise oder Reisepässe beider Eltern', required: true },
      { name: 'Geburtsurkunde des Kindes', descriptionHtml: '<p>Vor der Geburt: Mutterpass mit dem voraussichtlichen Geburtstermin.</p>', required: true },
      { name: 'Urkunde über die Vaterschaftsanerkennung', descriptionHtml: '<p>Falls die Vaterschaft bereits anerkannt wurde.</p>', required: false },
      { name: 'Zustimmung der gesetzlichen Vertretung', descriptionHtml: '<p>Nur bei minderjährigen Elternteilen.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 1, unit: 'hour' }, descriptionHtml: '<p>Die Beurkundung erfolgt im Termin; Sie erhalten die Urkunde sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1626a.html', title: '§ 1626a BGB – Elterliche Sorge nicht miteinander verheirateter Eltern; Sorgeerklärungen' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1626d.html', title: '§ 1626d BGB – Form; Mitteilungspflicht' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__59.html', title: '§ 59 SGB VIII – Beurkundung' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein<br>Schriftform erforderlich: Öffentliche Beurkundung<br>Persönliches Erscheinen nötig: Ja, beide Eltern<br>Online-Dienste vorhanden: Nein (nur Terminbuchung)</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=sorgeerklaerung-abgeben',
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1010000', '1020000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-01-26T11:00:00Z',
  },
  // 18 ────────────────────────────────────────────────────────────────────
  {
    id: 'schwerbehindertenausweis-beantragen',
    leikaKeys: ['99015004037000', '99015007012000'],
    name: 'Schwerbehindertenausweis beantragen',
    officialName: 'Behinderung Feststellung und Schwerbehindertenausweis Ausstellung',
    summary:
      'Das Versorgungsamt stellt den Grad der Behinderung und gesundheitliche Merkzeichen fest. Ab einem Grad der Behinderung von 50 erhalten Sie einen Schwerbehindertenausweis.',
    synonyms: ['Behindertenausweis', 'Grad der Behinderung', 'GdB', 'Merkzeichen', 'Schwerbehinderung', 'Versorgungsamt', 'Feststellungsantrag', 'Wertmarke', 'disability card'],
    descriptionHtml:
      '<p>Auf Antrag stellt das Versorgungsamt fest, ob bei Ihnen eine Behinderung vorliegt und wie hoch der <strong>Grad der Behinderung (GdB)</strong> ist. Der GdB wird in Zehnerschritten von 20 bis 100 festgesetzt. Ab einem GdB von 50 gelten Sie als schwerbehindert und erhalten einen Schwerbehindertenausweis im Scheckkartenformat.</p>' +
      '<p>Zusätzlich können Merkzeichen festgestellt werden, die zu weiteren Nachteilsausgleichen berechtigen, zum Beispiel:</p>' +
      '<ul><li><strong>G</strong> – erhebliche Beeinträchtigung der Bewegungsfähigkeit im Straßenverkehr</li><li><strong>aG</strong> – außergewöhnliche Gehbehinderung</li><li><strong>B</strong> – Berechtigung zur Mitnahme einer Begleitperson</li><li><strong>H</strong> – Hilflosigkeit</li><li><strong>Bl</strong> – Blindheit, <strong>Gl</strong> – Gehörlosigkeit, <strong>TBl</strong> – Taubblindheit</li><li><strong>RF</strong> – Ermäßigung des Rundfunkbeitrags</li></ul>' +
      '<p>Nachteilsausgleiche sind zum Beispiel ein zusätzlicher Urlaub, besonderer Kündigungsschutz, steuerliche Pauschbeträge, die unentgeltliche Beförderung im Nahverkehr mit Wertmarke oder Parkerleichterungen. Der Ausweis wird in der Regel für höchstens fünf Jahre ausgestellt; ist keine Änderung zu erwarten, auch unbefristet.</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren Wohnsitz, gewöhnlichen Aufenthalt oder Arbeitsplatz in Musterstadt.</li><li>Ihre körperlichen, seelischen, geistigen oder Sinnesbeeinträchtigungen bestehen voraussichtlich länger als sechs Monate.</li><li>Für den Ausweis: Der festgestellte GdB beträgt mindestens 50.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online oder mit dem Antragsformular beim Versorgungsamt. Nennen Sie alle Gesundheitsstörungen und die behandelnden Ärztinnen und Ärzte.</li><li>Entbinden Sie Ihre Ärztinnen und Ärzte von der Schweigepflicht, damit das Versorgungsamt Befunde anfordern kann. Vorhandene Befunde können Sie gleich beifügen – das beschleunigt das Verfahren.</li><li>Der ärztliche Dienst des Versorgungsamts wertet die Unterlagen nach den Versorgungsmedizinischen Grundsätzen aus.</li><li>Sie erhalten einen Feststellungsbescheid. Bei einem GdB ab 50 senden Sie ein Passbild ein, damit der Ausweis ausgestellt werden kann.</li><li>Bei Verschlechterung Ihres Gesundheitszustands können Sie jederzeit einen Änderungsantrag stellen.</li></ol>',
    costs: [{ kind: 'free', description: 'Feststellungsverfahren und Ausweis sind gebührenfrei.' }],
    costsNoteHtml: '<p>Für die unentgeltliche Beförderung im öffentlichen Personenverkehr benötigen Sie zusätzlich eine Wertmarke; dafür fällt eine Eigenbeteiligung an, von der bestimmte Personengruppen befreit sind.</p>',
    requiredDocuments: [
      { name: 'Antrag auf Feststellung einer Behinderung', required: true },
      { name: 'Ärztliche Befundberichte, Krankenhaus- und Reha-Entlassungsberichte', descriptionHtml: '<p>Möglichst aktuell, nicht älter als zwei Jahre.</p>', required: false },
      { name: 'Schweigepflichtentbindung', required: true },
      { name: 'Aktuelles Passbild', descriptionHtml: '<p>Für den Ausweis, bei Kindern unter 10 Jahren nicht erforderlich.</p>', required: false },
    ],
    deadlines: [WIDERSPRUCHSFRIST],
    processingTime: { duration: { value: 3, unit: 'month', valueTo: 6 }, descriptionHtml: '<p>Die Dauer hängt vor allem davon ab, wie schnell die ärztlichen Befunde vorliegen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_9_2018/__152.html', title: '§ 152 Neuntes Buch Sozialgesetzbuch (SGB IX) – Feststellung der Behinderung, Ausweise' },
      { uri: 'https://www.gesetze-im-internet.de/schwbawv/index.html', title: 'Schwerbehindertenausweisverordnung (SchwbAwV)' },
      { uri: 'https://www.gesetze-im-internet.de/versmedv/index.html', title: 'Versorgungsmedizin-Verordnung (VersMedV)' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Feststellung einer Behinderung online beantragen', uri: 'https://service.musterstadt.example/schwerbehindertenausweis-beantragen', trustLevel: 'substantial' },
    ],
    officeIds: ['oe-versorgungsamt'],
    lifeSituations: ['1130000', '1140000', '1070000'],
    categories: ['familie-soziales', 'gesundheit'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-03-18T13:00:00Z',
  },
  // 19 ────────────────────────────────────────────────────────────────────
  {
    id: 'musterstadt-pass-beantragen',
    leikaKeys: [],
    name: 'Musterstadt-Pass (Sozialpass) beantragen',
    officialName: 'Sozialpass Ausstellung',
    summary:
      'Mit dem Musterstadt-Pass erhalten Menschen mit geringem Einkommen Ermäßigungen bei Bus und Bahn, in Bädern, Bibliothek, Musikschule, Volkshochschule und bei Kulturangeboten der Stadt.',
    synonyms: ['Sozialpass', 'Stadtpass', 'Musterstadt-Pass', 'Ermäßigungspass', 'Sozialticket', 'Familienpass Stadt', 'Vergünstigungen', 'city discount card'],
    descriptionHtml:
      '<p>Der Musterstadt-Pass ermöglicht Menschen mit geringem Einkommen die Teilhabe am gesellschaftlichen Leben. Mit dem Pass erhalten Sie unter anderem:</p>' +
      '<ul><li>ein ermäßigtes Monatsticket im Stadtverkehr (Sozialticket),</li><li>ermäßigten Eintritt in die städtischen Bäder, Museen und den Zoo,</li><li>einen kostenlosen Bibliotheksausweis,</li><li>bis zu 50 Prozent Ermäßigung auf Kurse der Volkshochschule und die Entgelte der Musikschule,</li><li>Ermäßigungen bei der Ferienbetreuung und bei vielen Angeboten freier Träger.</li></ul>' +
      '<p>Der Pass gilt für alle Personen im Haushalt, für die die Voraussetzungen vorliegen – jede Person erhält einen eigenen Pass. Er gilt für die Dauer Ihres Leistungsbescheids, höchstens zwölf Monate.</p>',
    requirementsHtml:
      '<ul><li>Sie haben Ihren Hauptwohnsitz in Musterstadt.</li><li>Sie erhalten Bürgergeld, Sozialhilfe, Grundsicherung im Alter und bei Erwerbsminderung, Leistungen nach dem Asylbewerberleistungsgesetz, Wohngeld oder Kinderzuschlag – oder Ihr Einkommen liegt unter der in den Richtlinien festgelegten Grenze.</li></ul>',
    procedureHtml:
      '<ol><li>Beantragen Sie den Pass online, in einem Bürgerbüro oder beim Sozialamt.</li><li>Legen Sie Ihren aktuellen Leistungsbescheid vor.</li><li>Bei persönlicher Vorsprache erhalten Sie den Pass sofort. Bei Online-Anträgen wird er Ihnen per Post zugeschickt.</li><li>Nach Ablauf beantragen Sie einen neuen Pass mit Ihrem neuen Bescheid.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Musterstadt-Pass ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder Aufenthaltsdokument', required: true },
      { name: 'Aktueller Leistungsbescheid', descriptionHtml: '<p>Über Bürgergeld, Sozialhilfe, Grundsicherung, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag.</p>', required: true },
      { name: 'Einkommensnachweise', descriptionHtml: '<p>Nur wenn Sie keine der genannten Leistungen erhalten.</p>', required: false },
    ],
    deadlines: [
      { label: 'Gültigkeit', duration: { value: 12, unit: 'month' }, descriptionHtml: '<p>Längstens zwölf Monate, höchstens bis zum Ende Ihres Bewilligungszeitraums.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Bei persönlicher Vorsprache sofort, bei Online-Anträgen etwa eine Woche.</p>' },
    legalBasis: [
      { uri: 'https://www.musterstadt.example/ortsrecht/musterstadt-pass-richtlinien', title: 'Richtlinien der Stadt Musterstadt über den Musterstadt-Pass' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/soziales/musterstadt-pass', title: 'Alle Ermäßigungen mit dem Musterstadt-Pass' },
    ],
    onlineServices: [
      { title: 'Musterstadt-Pass online beantragen', uri: 'https://service.musterstadt.example/musterstadt-pass-beantragen', trustLevel: 'low' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=musterstadt-pass-beantragen',
    officeIds: ['oe-sozialamt', 'oe-buergerbuero-mitte'],
    lifeSituations: ['1140000', '1110000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-01T08:00:00Z',
  },
  // 20 ────────────────────────────────────────────────────────────────────
  {
    id: 'hilfe-zur-pflege-beantragen',
    leikaKeys: [],
    name: 'Hilfe zur Pflege beantragen',
    officialName: 'Hilfe zur Pflege Bewilligung',
    summary:
      'Reichen die Leistungen der Pflegeversicherung und Ihr eigenes Einkommen und Vermögen nicht aus, übernimmt das Sozialamt ungedeckte Pflegekosten – zu Hause oder im Pflegeheim.',
    synonyms: ['Pflegekosten', 'Heimkosten', 'Pflegeheim bezahlen', 'Sozialhilfe Pflege', 'Eigenanteil Pflegeheim', 'ambulante Pflege Kosten', 'Elternunterhalt', 'nursing care assistance'],
    descriptionHtml:
      '<p>Die Pflegeversicherung deckt die Kosten der Pflege nur teilweise. Vor allem im Pflegeheim bleibt oft ein hoher Eigenanteil. Können Pflegebedürftige diesen nicht aus ihrem Einkommen und Vermögen tragen, springt das Sozialamt mit der Hilfe zur Pflege ein.</p>' +
      '<p>Übernommen werden können zum Beispiel der nicht gedeckte Eigenanteil im Pflegeheim einschließlich Unterkunft und Verpflegung, Kosten für einen ambulanten Pflegedienst, Tages- und Nachtpflege, Kurzzeitpflege sowie Pflegehilfsmittel. Für Menschen ohne Pflegeversicherung übernimmt das Sozialamt die Pflegekosten in vollem Umfang, wenn ein Pflegegrad vorliegt.</p>' +
      '<p>Eigenes Einkommen, etwa die Rente, wird eingesetzt; Ihnen bleibt im Heim ein Barbetrag für persönliche Bedürfnisse. Kinder werden nur dann zum Unterhalt für ihre Eltern herangezogen, wenn ihr Jahreseinkommen mehr als 100.000 Euro beträgt.</p>',
    requirementsHtml:
      '<ul><li>Sie sind pflegebedürftig und haben einen Pflegegrad. Leistungen in vollem Umfang gibt es ab Pflegegrad 2.</li><li>Die Leistungen der Pflegeversicherung reichen nicht aus.</li><li>Ihr Einkommen und Vermögen reichen nicht aus, um die Kosten zu tragen. Vermögen bis 10.000 Euro bleibt geschützt.</li><li>Zuständig ist das Sozialamt des Ortes, an dem Sie vor der Aufnahme ins Pflegeheim gewohnt haben.</li></ul>',
    procedureHtml:
      '<ol><li>Beantragen Sie zuerst einen Pflegegrad bei Ihrer Pflegekasse, falls noch nicht geschehen.</li><li>Stellen Sie den Antrag auf Hilfe zur Pflege beim Sozialamt – am besten vor Einzug ins Pflegeheim oder vor Beginn der ambulanten Pflege. Auch Angehörige oder das Pflegeheim können das Sozialamt informieren.</li><li>Reichen Sie die Nachweise über Pflegegrad, Kosten, Einkommen und Vermögen ein.</li><li>Das Sozialamt prüft den Anspruch und gegebenenfalls Unterhaltsansprüche und erlässt einen Bescheid. Die Kosten werden meist direkt an das Heim oder den Pflegedienst gezahlt.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Bescheid der Pflegekasse über den Pflegegrad', required: true },
      { name: 'Heimvertrag oder Kostenvoranschlag des Pflegedienstes', required: true },
      { name: 'Renten- und Einkommensnachweise', required: true },
      { name: 'Kontoauszüge der letzten drei Monate und Vermögensnachweise', required: true },
      { name: 'Vorsorgevollmacht oder Betreuerausweis', descriptionHtml: '<p>Wenn eine andere Person den Antrag für Sie stellt.</p>', required: false },
    ],
    deadlines: [
      { label: 'Beginn der Leistung', descriptionHtml: '<p>Leistungen werden ab dem Zeitpunkt erbracht, an dem dem Sozialamt der Bedarf bekannt wird. Kosten für frühere Zeiträume werden grundsätzlich nicht übernommen.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 1, unit: 'month', valueTo: 3 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__61.html', title: '§ 61 SGB XII – Leistungsberechtigte (Hilfe zur Pflege)' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__65.html', title: '§ 65 SGB XII – Stationäre Pflege' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__94.html', title: '§ 94 SGB XII – Übergang von Ansprüchen gegen Unterhaltspflichtige' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Nein, formlose Mitteilung genügt zunächst<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Hilfe zur Pflege online beantragen', uri: 'https://service.musterstadt.example/hilfe-zur-pflege-beantragen', trustLevel: 'substantial' },
    ],
    officeIds: ['oe-sozialamt'],
    lifeSituations: ['1130000', '1140000', '1180000'],
    categories: ['familie-soziales', 'gesundheit'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-24T14:00:00Z',
  },
  // 21 ────────────────────────────────────────────────────────────────────
  {
    id: 'landesblindenhilfe-beantragen',
    leikaKeys: [],
    name: 'Landesblindenhilfe beantragen',
    officialName: 'Landesblindenhilfe Bewilligung',
    summary:
      'Blinde Menschen in Baden-Württemberg erhalten unabhängig von Einkommen und Vermögen eine monatliche Landesblindenhilfe als Ausgleich für blindheitsbedingte Mehraufwendungen.',
    synonyms: ['Blindengeld', 'Blindenhilfe', 'Merkzeichen Bl', 'blind', 'Sehbehinderung', 'Landesblindengeld', 'blind allowance'],
    descriptionHtml:
      '<p>Die Landesblindenhilfe ist eine Geldleistung des Landes Baden-Württemberg. Sie soll die Mehraufwendungen ausgleichen, die durch die Blindheit entstehen, zum Beispiel für Begleitung, Hilfsmittel oder Vorlesedienste. Sie wird <strong>unabhängig von Einkommen und Vermögen</strong> gezahlt.</p>' +
      '<p>Die Höhe ist im Landesblindenhilfegesetz festgelegt. Für blinde Kinder und Jugendliche gilt ein geringerer Betrag als für Erwachsene. Leistungen der Pflegeversicherung und vergleichbare Leistungen, etwa bei Unterbringung in einer Einrichtung, werden teilweise angerechnet.</p>' +
      '<p>Reicht die Landesblindenhilfe nicht aus und sind Einkommen und Vermögen gering, kann ergänzend Blindenhilfe nach dem Sozialgesetzbuch XII in Betracht kommen. Das Sozialamt prüft dies mit Ihrem Antrag.</p>',
    requirementsHtml:
      '<ul><li>Sie sind blind oder Ihre Sehschärfe beträgt auf dem besseren Auge nicht mehr als 1/50, oder es liegt eine gleichzuachtende Störung des Sehvermögens vor.</li><li>Sie haben Ihren Wohnsitz oder gewöhnlichen Aufenthalt in Baden-Württemberg.</li><li>Die Blindheit ist in der Regel durch das Merkzeichen Bl im Schwerbehindertenausweis nachgewiesen.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag schriftlich beim Sozialamt. Haben Sie noch keinen Schwerbehindertenausweis mit Merkzeichen Bl, beantragen Sie die Feststellung gleichzeitig beim Versorgungsamt.</li><li>Fügen Sie den Nachweis über die Blindheit und Angaben zu Leistungen der Pflegeversicherung bei.</li><li>Das Sozialamt entscheidet und zahlt die Landesblindenhilfe monatlich auf Ihr Konto.</li><li>Teilen Sie Änderungen mit, zum Beispiel einen neuen Pflegegrad oder die Aufnahme in eine Einrichtung.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Schwerbehindertenausweis mit Merkzeichen Bl oder augenärztliches Gutachten', required: true },
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Bescheid der Pflegekasse', descriptionHtml: '<p>Falls Sie Leistungen der Pflegeversicherung erhalten.</p>', required: false },
    ],
    deadlines: [
      { label: 'Beginn der Leistung', descriptionHtml: '<p>Die Landesblindenhilfe wird frühestens ab dem Monat der Antragstellung gezahlt.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 4, unit: 'week', valueTo: 8 } },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/', title: 'Landesblindenhilfegesetz Baden-Württemberg (Landesrecht BW)' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__72.html', title: '§ 72 SGB XII – Blindenhilfe' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    officeIds: ['oe-sozialamt', 'oe-versorgungsamt'],
    lifeSituations: ['1130000', '1140000'],
    categories: ['familie-soziales', 'gesundheit'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-03-18T13:30:00Z',
  },
  // 22 ────────────────────────────────────────────────────────────────────
  {
    id: 'notunterkunft-wohnungslosigkeit',
    leikaKeys: [],
    name: 'Notunterkunft bei Wohnungslosigkeit',
    officialName: 'Unterbringung obdachloser Personen Zuweisung',
    summary:
      'Wer ohne eigenes Verschulden keine Unterkunft hat oder kurz davor steht, die Wohnung zu verlieren, erhält von der Stadt eine Notunterkunft und Beratung durch die Fachstelle Wohnungsnotfallhilfe.',
    synonyms: ['Obdachlosigkeit', 'obdachlos', 'Notunterkunft', 'Räumung', 'Zwangsräumung', 'Wohnungsverlust', 'Mietschulden', 'Übernachtung', 'emergency shelter'],
    descriptionHtml:
      '<p>Niemand muss in Musterstadt auf der Straße schlafen. Droht Ihnen Obdachlosigkeit oder haben Sie Ihre Wohnung bereits verloren, ist die Stadt verpflichtet, Sie vorübergehend unterzubringen. Sie erhalten dann einen Platz in einer städtischen Notunterkunft oder einer Einrichtung eines freien Trägers.</p>' +
      '<p>Die <strong>Fachstelle Wohnungsnotfallhilfe</strong> im Sozialamt hilft Ihnen außerdem, den Verlust der Wohnung zu verhindern: Sie berät bei Kündigung und Räumungsklage, prüft die Übernahme von Mietschulden durch Jobcenter oder Sozialamt und vermittelt an Schuldner- und Sozialberatungsstellen. Melden Sie sich deshalb so früh wie möglich – am besten schon, wenn Sie eine Kündigung oder eine Räumungsklage erhalten.</p>' +
      '<p>Die Unterbringung ist eine vorübergehende Lösung. Gemeinsam mit Ihnen sucht die Fachstelle nach einer dauerhaften Wohnung.</p>',
    requirementsHtml:
      '<ul><li>Sie haben keine Unterkunft oder verlieren sie in Kürze, zum Beispiel durch eine Räumung.</li><li>Sie können sich nicht selbst helfen, etwa durch Unterkommen bei Angehörigen oder Freunden.</li><li>Sie halten sich in Musterstadt auf.</li></ul>',
    procedureHtml:
      '<ol><li>Wenden Sie sich während der Öffnungszeiten an die Fachstelle Wohnungsnotfallhilfe im Sozialamt. Außerhalb der Öffnungszeiten, nachts und am Wochenende hilft der städtische Bereitschaftsdienst, den Sie über die Polizei erreichen.</li><li>Im Gespräch wird Ihre Situation geklärt und geprüft, ob die Wohnung noch erhalten werden kann.</li><li>Ist das nicht möglich, weist die Stadt Ihnen eine Unterkunft zu. Sie erhalten eine schriftliche Einweisungsverfügung.</li><li>Die Fachstelle begleitet Sie bei der Suche nach einer eigenen Wohnung und bei Anträgen auf Sozialleistungen.</li></ol>',
    costs: [{ kind: 'variable', description: 'Für die Unterkunft wird eine Nutzungsgebühr nach der Satzung erhoben. Bei geringem Einkommen übernehmen in der Regel Jobcenter oder Sozialamt die Gebühr.' }],
    costsNoteHtml: '<p>Die Höhe der Nutzungsgebühr richtet sich nach der <a href="https://www.musterstadt.example/ortsrecht/obdachlosenunterkuenfte-satzung">Satzung über die Benutzung der Obdachlosenunterkünfte</a>.</p>',
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder anderes Ausweisdokument', descriptionHtml: '<p>Falls vorhanden. Fehlende Papiere sind kein Hindernis für eine Notunterbringung.</p>', required: false },
      { name: 'Kündigung, Räumungsklage oder Räumungstermin', descriptionHtml: '<p>Falls vorhanden.</p>', required: false },
      { name: 'Nachweise über Einkommen oder Sozialleistungen', required: false },
    ],
    deadlines: [
      { label: 'Frühzeitig melden', descriptionHtml: '<p>Melden Sie sich sofort nach Erhalt einer fristlosen Kündigung oder einer Räumungsklage. Nach Zustellung einer Räumungsklage wegen Mietschulden kann die Kündigung unter Umständen noch unwirksam werden, wenn die Rückstände innerhalb von zwei Monaten ausgeglichen werden.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Eine Notunterbringung erfolgt am selben Tag.</p>' },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=PolG+BW&psml=bsbawueprod.psml&max=true', title: 'Polizeigesetz Baden-Württemberg (PolG) – Gefahrenabwehr bei unfreiwilliger Obdachlosigkeit' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__67.html', title: '§ 67 SGB XII – Hilfe zur Überwindung besonderer sozialer Schwierigkeiten' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__36.html', title: '§ 36 SGB XII – Sonstige Hilfen zur Sicherung der Unterkunft' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Ja<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/soziales/wohnungsnotfallhilfe', title: 'Hilfe bei Wohnungsnot in Musterstadt – Anlaufstellen, Tagestreffs und Beratung' },
    ],
    onlineServices: [],
    officeIds: ['oe-sozialamt', 'oe-ordnungsamt'],
    lifeSituations: ['1160000', '1050000', '1140000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-10-05T09:00:00Z',
  },
  // 23 ────────────────────────────────────────────────────────────────────
  {
    id: 'schueler-bafoeg-beantragen',
    leikaKeys: [],
    name: 'Schüler-BAföG beantragen',
    officialName: 'Ausbildungsförderung für Schülerinnen und Schüler Bewilligung',
    summary:
      'Schülerinnen und Schüler an bestimmten weiterführenden und beruflichen Schulen erhalten BAföG als Zuschuss, der nicht zurückgezahlt werden muss. Zuständig ist das Amt für Ausbildungsförderung der Stadt.',
    synonyms: ['BAföG', 'Schüler-BAföG', 'Ausbildungsförderung', 'Berufsfachschule', 'Fachschule', 'Fachoberschule', 'Abendgymnasium', 'BAföG Digital', 'student grant school'],
    descriptionHtml:
      '<p>Nach dem Bundesausbildungsförderungsgesetz (BAföG) können auch Schülerinnen und Schüler gefördert werden. Anders als beim Studium wird Schüler-BAföG als <strong>Vollzuschuss</strong> gezahlt und muss nicht zurückgezahlt werden.</p>' +
      '<p>Gefördert wird insbesondere der Besuch von:</p>' +
      '<ul><li>Berufsfachschulen und Fachschulklassen, deren Besuch keine abgeschlossene Berufsausbildung voraussetzt, wenn sie einen berufsqualifizierenden Abschluss vermitteln,</li><li>Fachschulen und Fachoberschulklassen, die eine abgeschlossene Berufsausbildung voraussetzen,</li><li>Abendhaupt- und Abendrealschulen, Abendgymnasien und Kollegs,</li><li>weiterführenden allgemeinbildenden Schulen ab Klasse 10 sowie Berufsfachschulen ohne berufsqualifizierenden Abschluss – hier nur, wenn Sie nicht bei Ihren Eltern wohnen können, weil zum Beispiel von dort keine entsprechende Schule erreichbar ist, oder wenn Sie verheiratet sind oder ein Kind haben.</li></ul>' +
      '<p>Die Höhe richtet sich nach der Art der Schule, danach, ob Sie bei Ihren Eltern wohnen, und nach dem Einkommen Ihrer Eltern, Ihres Ehegatten und Ihrem eigenen Einkommen und Vermögen.</p>',
    requirementsHtml:
      '<ul><li>Sie besuchen eine förderungsfähige Schule in Vollzeit.</li><li>Sie sind deutsche Staatsangehörige oder erfüllen als ausländische Staatsangehörige die Voraussetzungen des BAföG, zum Beispiel mit einem bestimmten Aufenthaltstitel.</li><li>Ihre Eltern wohnen in Musterstadt (bei elternunabhängiger Förderung: Sie selbst).</li><li>Die Mittel für Lebensunterhalt und Ausbildung stehen Ihnen nicht anderweitig zur Verfügung.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online über BAföG Digital oder mit den amtlichen Formblättern beim Amt für Ausbildungsförderung der Stadt Musterstadt.</li><li>Lassen Sie den Schulbesuch von Ihrer Schule auf Formblatt 2 bestätigen. Ihre Eltern geben ihre Einkommenserklärung auf Formblatt 3 ab.</li><li>Das Amt prüft den Antrag und erlässt einen Bescheid für den Bewilligungszeitraum, in der Regel ein Schuljahr.</li><li>Für das nächste Schuljahr stellen Sie rechtzeitig einen Wiederholungsantrag, am besten zwei Monate vor Ablauf.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Antrag auf Ausbildungsförderung (Formblatt 1)', required: true },
      { name: 'Bescheinigung der Schule (Formblatt 2)', required: true },
      { name: 'Einkommenserklärung der Eltern oder des Ehegatten (Formblatt 3)', descriptionHtml: '<p>Mit Steuerbescheid des vorletzten Kalenderjahres vor Beginn des Bewilligungszeitraums.</p>', required: true },
      { name: 'Mietvertrag', descriptionHtml: '<p>Wenn Sie nicht bei Ihren Eltern wohnen.</p>', required: false },
      { name: 'Aufenthaltstitel', descriptionHtml: '<p>Für ausländische Staatsangehörige.</p>', required: false },
    ],
    deadlines: [
      { label: 'Förderungsbeginn', descriptionHtml: '<p>BAföG wird frühestens ab dem Monat gezahlt, in dem der Antrag beim Amt eingeht. Stellen Sie den Antrag daher spätestens im ersten Monat des Schuljahres – ein formloser Antrag genügt zur Fristwahrung.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 6, unit: 'week', valueTo: 10 }, descriptionHtml: '<p>Bei vollständigen Unterlagen. Ist eine Entscheidung innerhalb von sechs Kalenderwochen nicht möglich, können Sie eine Vorauszahlung erhalten.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/baf_g/__2.html', title: '§ 2 Bundesausbildungsförderungsgesetz (BAföG) – Ausbildungsstätten' },
      { uri: 'https://www.gesetze-im-internet.de/baf_g/__12.html', title: '§ 12 BAföG – Bedarf für Schüler' },
      { uri: 'https://www.gesetze-im-internet.de/baf_g/__46.html', title: '§ 46 BAföG – Antrag' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (amtliche Formblätter)<br>Schriftform erforderlich: Ja, oder elektronisch über BAföG Digital<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'BAföG Digital – Antrag online stellen', uri: 'https://www.bafoeg-digital.de' },
    ],
    officeIds: ['oe-bafoeg'],
    lifeSituations: ['1030000', '1030200'],
    categories: ['bildung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-01T08:00:00Z',
  },
  // 24 ────────────────────────────────────────────────────────────────────
  {
    id: 'aufstiegs-bafoeg-beantragen',
    leikaKeys: [],
    name: 'Aufstiegs-BAföG beantragen',
    officialName: 'Aufstiegsfortbildungsförderung Bewilligung',
    summary:
      'Wer sich zur Meisterin, zum Techniker, zur Fachwirtin, zum Erzieher oder zu einem vergleichbaren Abschluss fortbildet, erhält Zuschüsse und günstige Darlehen für Lehrgangskosten und Lebensunterhalt.',
    synonyms: ['Meister-BAföG', 'AFBG', 'Aufstiegsfortbildung', 'Meisterschule', 'Techniker', 'Fachwirt', 'Erzieherausbildung', 'Fortbildungsförderung', 'advanced training grant'],
    descriptionHtml:
      '<p>Das Aufstiegs-BAföG (früher Meister-BAföG) fördert Fortbildungen, die auf einen Abschluss oberhalb der Facharbeiter-, Gesellen- oder Gehilfenebene vorbereiten – zum Beispiel Meisterin oder Meister, Technikerin oder Techniker, Fachwirtin oder Fachwirt, staatlich anerkannte Erzieherin oder Erzieher. Die Förderung ist altersunabhängig.</p>' +
      '<ul><li><strong>Lehrgangs- und Prüfungsgebühren</strong> werden bis zu 15.000 Euro gefördert, davon 50 Prozent als Zuschuss und der Rest als zinsgünstiges Darlehen der KfW. Für das Meisterstück oder vergleichbare Prüfungsarbeiten gibt es ebenfalls Förderung.</li><li>Bei einer <strong>Vollzeitfortbildung</strong> erhalten Sie zusätzlich einen Unterhaltsbeitrag, der vollständig als Zuschuss gezahlt wird, sowie Zuschläge für Kinder und Kinderbetreuung.</li><li>Nach bestandener Prüfung wird Ihnen die Hälfte des noch offenen Darlehens für die Lehrgangs- und Prüfungsgebühren erlassen.</li></ul>' +
      '<p>Der Unterhaltsbeitrag hängt von Ihrem Einkommen und Vermögen ab, die Förderung der Lehrgangskosten nicht.</p>',
    requirementsHtml:
      '<ul><li>Sie haben eine abgeschlossene Erstausbildung oder einen vergleichbaren Berufsabschluss, den die Prüfungsordnung voraussetzt.</li><li>Die Fortbildung bereitet auf eine öffentlich-rechtliche Prüfung nach dem Berufsbildungsgesetz, der Handwerksordnung oder einem gleichwertigen Abschluss vor.</li><li>Sie umfasst mindestens 400 Unterrichtsstunden und erfüllt die Anforderungen an die Fortbildungsdichte in Voll- oder Teilzeit.</li><li>Sie wohnen in Musterstadt oder der Bildungsträger hat hier seinen Sitz – maßgeblich ist die Zuständigkeitsregelung des Landes.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag online über „Aufstiegs-BAföG Digital“ oder mit den amtlichen Formblättern beim Amt für Ausbildungsförderung.</li><li>Der Bildungsträger bestätigt die Teilnahme und die Lehrgangskosten.</li><li>Das Amt erlässt einen Bescheid über Zuschuss und Darlehensanspruch.</li><li>Das Darlehen schließen Sie anschließend direkt mit der KfW ab – Sie können es ganz oder teilweise in Anspruch nehmen.</li><li>Nach bestandener Prüfung beantragen Sie bei der KfW den Darlehenserlass.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Antrag auf Förderung (Formblatt A)', required: true },
      { name: 'Bescheinigung des Bildungsträgers über Teilnahme und Kosten (Formblatt B)', required: true },
      { name: 'Nachweis über die Vorqualifikation', descriptionHtml: '<p>Zum Beispiel Gesellen- oder Facharbeiterbrief.</p>', required: true },
      { name: 'Einkommens- und Vermögensnachweise', descriptionHtml: '<p>Nur bei Vollzeitfortbildung für den Unterhaltsbeitrag.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragsfrist Lehrgangskosten', descriptionHtml: '<p>Die Förderung der Lehrgangs- und Prüfungsgebühren müssen Sie bis zum Ende der Maßnahme beantragen. Der Unterhaltsbeitrag wird frühestens ab dem Monat der Antragstellung gezahlt.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 6, unit: 'week', valueTo: 10 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/afbg/__2.html', title: '§ 2 Aufstiegsfortbildungsförderungsgesetz (AFBG) – Anforderungen an förderfähige Maßnahmen' },
      { uri: 'https://www.gesetze-im-internet.de/afbg/__10.html', title: '§ 10 AFBG – Umfang der Förderung' },
      { uri: 'https://www.gesetze-im-internet.de/afbg/__12.html', title: '§ 12 AFBG – Förderungsart' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (amtliche Formblätter)<br>Schriftform erforderlich: Ja, oder elektronisch<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.aufstiegs-bafoeg.de', title: 'Aufstiegs-BAföG – Informationsportal des Bundes' },
    ],
    onlineServices: [
      { title: 'Aufstiegs-BAföG Digital (über BAföG Digital)', uri: 'https://www.bafoeg-digital.de' },
    ],
    officeIds: ['oe-bafoeg'],
    lifeSituations: ['1030200', '1040000'],
    categories: ['bildung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-07-01T08:30:00Z',
  },
  // 25 ────────────────────────────────────────────────────────────────────
  {
    id: 'erweitertes-fuehrungszeugnis-ehrenamt-beantragen',
    leikaKeys: ['99049001001000'],
    name: 'Erweitertes Führungszeugnis für ein Ehrenamt (kostenfrei) beantragen',
    officialName: 'Führungszeugnis Erteilung – erweitertes Führungszeugnis, Gebührenbefreiung für ehrenamtliche Tätigkeit',
    summary:
      'Wer ehrenamtlich mit Kindern und Jugendlichen arbeitet, braucht oft ein erweitertes Führungszeugnis. Für ein Ehrenamt bei einem gemeinnützigen Träger ist es gebührenfrei.',
    synonyms: ['Führungszeugnis', 'erweitertes Führungszeugnis', 'polizeiliches Führungszeugnis', 'Ehrenamt', 'Gebührenbefreiung', 'Jugendarbeit', 'Verein', '§ 72a SGB VIII', 'certificate of good conduct'],
    descriptionHtml:
      '<p>Das erweiterte Führungszeugnis enthält neben den Angaben des einfachen Führungszeugnisses auch Verurteilungen wegen bestimmter Sexualdelikte und anderer Straftaten gegen Kinder und Jugendliche, selbst wenn sie nur geringfügig waren. Träger der Kinder- und Jugendhilfe, Sportvereine, Kirchengemeinden und andere Organisationen verlangen es von Personen, die Kinder und Jugendliche betreuen, beaufsichtigen oder ausbilden.</p>' +
      '<p>Für eine <strong>ehrenamtliche Tätigkeit</strong> bei einer gemeinnützigen Einrichtung, einer Behörde oder im Rahmen eines Freiwilligendienstes wird auf Antrag <strong>keine Gebühr</strong> erhoben.</p>' +
      '<p>Das Führungszeugnis stellt das Bundesamt für Justiz aus und schickt es an Ihre Meldeadresse. Sie beantragen es persönlich im Bürgerbüro oder online mit der Online-Ausweisfunktion.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mindestens 14 Jahre alt und in Musterstadt gemeldet.</li><li>Sie haben eine schriftliche Bestätigung der Organisation, die das erweiterte Führungszeugnis verlangt. Darin bestätigt sie, dass die Voraussetzungen für ein erweitertes Führungszeugnis vorliegen und dass Sie die Tätigkeit ehrenamtlich ausüben.</li></ul>',
    procedureHtml:
      '<ol><li>Lassen Sie sich von Ihrem Verein oder Träger die Bestätigung ausstellen. Vordrucke stellen viele Verbände und die Stadt Musterstadt bereit.</li><li>Beantragen Sie das erweiterte Führungszeugnis im Bürgerbüro und legen Sie die Bestätigung vor. Kreuzen Sie den Antrag auf Gebührenbefreiung an.</li><li>Alternativ stellen Sie den Antrag im Online-Portal des Bundesamts für Justiz mit Ihrem Personalausweis mit Online-Ausweisfunktion und laden die Bestätigung hoch.</li><li>Das Bundesamt für Justiz entscheidet über die Gebührenbefreiung und schickt Ihnen das Führungszeugnis per Post.</li><li>Legen Sie das Führungszeugnis Ihrem Träger vor. Viele Träger nehmen nur Einsicht und geben es Ihnen zurück.</li></ol>',
    costs: [{ kind: 'free', description: 'Für eine ehrenamtliche Tätigkeit bei einem gemeinnützigen Träger wird auf Antrag keine Gebühr erhoben.' }],
    costsNoteHtml: '<p>Ohne Gebührenbefreiung fällt die Gebühr nach dem Justizverwaltungskostengesetz an. Über die Befreiung entscheidet das Bundesamt für Justiz.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', descriptionHtml: '<p>Bei Reisepass zusätzlich eine Meldebescheinigung.</p>', required: true },
      { name: 'Bestätigung der Organisation über das Ehrenamt', descriptionHtml: '<p>Mit Angaben zur Organisation, zur Tätigkeit und zum Zweck – nicht älter als drei Monate.</p>', required: true },
    ],
    deadlines: [
      { label: 'Aktualität', descriptionHtml: '<p>Viele Träger verlangen, dass das Führungszeugnis bei Vorlage nicht älter als drei Monate ist, und fordern es alle fünf Jahre neu an.</p>' },
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 3 }, descriptionHtml: '<p>Das Führungszeugnis kommt in der Regel nach ein bis zwei Wochen per Post.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bzrg/__30a.html', title: '§ 30a Bundeszentralregistergesetz (BZRG) – Antrag auf ein erweitertes Führungszeugnis' },
      { uri: 'https://www.gesetze-im-internet.de/bzrg/__30.html', title: '§ 30 BZRG – Antrag' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__72a.html', title: '§ 72a SGB VIII – Tätigkeitsausschluss einschlägig vorbestrafter Personen' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Bestätigung für ehrenamtlich Tätige)<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Ja, außer bei Online-Antrag mit Online-Ausweisfunktion<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/ehrenamt/fuehrungszeugnis', title: 'Vordruck: Bestätigung der ehrenamtlichen Tätigkeit' },
    ],
    onlineServices: [
      { title: 'Online-Portal des Bundesamts für Justiz (Führungszeugnis)', uri: 'https://www.fuehrungszeugnis.bund.de/', trustLevel: 'high' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=erweitertes-fuehrungszeugnis-ehrenamt-beantragen',
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-nord'],
    lifeSituations: ['1100000', '1070000'],
    categories: ['buergerservice', 'familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-05-19T10:00:00Z',
  },
  // 26 ────────────────────────────────────────────────────────────────────
  {
    id: 'juleica-beantragen',
    leikaKeys: [],
    name: 'Jugendleiter-Card (Juleica) beantragen',
    officialName: 'Jugendleiter-Card Ausstellung',
    summary:
      'Die Jugendleiter-Card (Juleica) ist der bundesweite Ausweis für ehrenamtliche Jugendleiterinnen und Jugendleiter. Sie beantragen sie online; das Jugendamt prüft und genehmigt den Antrag.',
    synonyms: ['Juleica', 'Jugendleitercard', 'Jugendleiter', 'Gruppenleiter', 'Jugendarbeit Ehrenamt', 'Ferienfreizeit Betreuer', 'youth leader card'],
    descriptionHtml:
      '<p>Die Jugendleiter-Card weist Sie als qualifizierte ehrenamtliche Mitarbeiterin oder qualifizierten ehrenamtlichen Mitarbeiter in der Jugendarbeit aus – gegenüber Eltern, Behörden, Jugendherbergen und Partnern. Sie bestätigt, dass Sie eine Ausbildung nach den Juleica-Standards absolviert haben.</p>' +
      '<p>Mit der Juleica erhalten Sie außerdem zahlreiche Vergünstigungen, zum Beispiel bei Kultur- und Freizeiteinrichtungen. In Musterstadt berechtigt sie unter anderem zu ermäßigtem Eintritt in den städtischen Bädern. Für Freizeiten und Schulungen kann Sonderurlaub nach Landesrecht in Betracht kommen.</p>' +
      '<p>Die Card gilt <strong>drei Jahre</strong>. Für eine Verlängerung müssen Sie eine Fortbildung nachweisen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind mindestens 16 Jahre alt (in Ausnahmefällen 15 Jahre).</li><li>Sie sind ehrenamtlich bei einem anerkannten Träger der Jugendarbeit tätig, zum Beispiel einem Jugendverband oder einer Jugendgruppe.</li><li>Sie haben eine Jugendleiterschulung nach den Juleica-Standards abgeschlossen (bundesweit mindestens 30 Zeitstunden).</li><li>Sie haben eine Ausbildung in Erster Hilfe absolviert.</li></ul>',
    procedureHtml:
      '<ol><li>Registrieren Sie sich auf juleica-antrag.de und stellen Sie den Antrag online. Laden Sie ein Foto hoch.</li><li>Ihr Träger bestätigt Ihre Tätigkeit und Ihre Schulung im Online-System.</li><li>Das Jugendamt der Stadt Musterstadt prüft und genehmigt den Antrag.</li><li>Die Card wird gedruckt und Ihnen per Post zugeschickt.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Juleica ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Digitales Passfoto', required: true },
      { name: 'Nachweis der Jugendleiterschulung', descriptionHtml: '<p>Bestätigung durch den Träger der Schulung im Online-Verfahren.</p>', required: true },
      { name: 'Nachweis über Erste Hilfe', required: true },
    ],
    deadlines: [
      { label: 'Gültigkeit', duration: { value: 3, unit: 'year' }, descriptionHtml: '<p>Die Juleica gilt drei Jahre. Für die Verlängerung ist eine Fortbildung nötig.</p>' },
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 4 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__11.html', title: '§ 11 SGB VIII – Jugendarbeit' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__73.html', title: '§ 73 SGB VIII – Ehrenamtliche Tätigkeit' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein (nur Online-Antrag)<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Juleica-Antragsverfahren', uri: 'https://www.juleica-antrag.de' },
    ],
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1100000', '1110000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-28T15:00:00Z',
  },
  // 27 ────────────────────────────────────────────────────────────────────
  {
    id: 'ferienbetreuung-anmelden',
    leikaKeys: [],
    name: 'Ferienbetreuung anmelden',
    officialName: 'Ferienbetreuung für Schulkinder Anmeldung',
    summary:
      'In den Schulferien bietet die Stadt Musterstadt Grundschulkindern eine ganztägige Betreuung mit Spiel-, Sport- und Ausflugsprogramm an. Sie melden Ihr Kind wochenweise online an.',
    synonyms: ['Ferienprogramm', 'Ferienbetreuung', 'Sommerferien Betreuung', 'Ferienfreizeit', 'Stadtranderholung', 'Ferienspiele', 'Kinderbetreuung Ferien', 'holiday care'],
    descriptionHtml:
      '<p>Während der Schulferien – außer in den Weihnachtsferien – betreut die Stadt Musterstadt Schulkinder der Klassen 1 bis 4 an mehreren Standorten im Stadtgebiet. Die Betreuung findet werktags von 7.30 Uhr bis 16.30 Uhr statt und umfasst ein Mittagessen, ein abwechslungsreiches Programm mit Spiel und Sport, kreativen Angeboten und Ausflügen.</p>' +
      '<p>Sie können Ihr Kind für einzelne Wochen anmelden. Die Plätze werden nach Eingang der Anmeldungen vergeben; berufstätige Alleinerziehende und Kinder aus Familien mit besonderem Unterstützungsbedarf werden vorrangig berücksichtigt.</p>' +
      '<p>Kinder mit Behinderung sind willkommen. Teilen Sie bei der Anmeldung mit, welche Unterstützung Ihr Kind braucht, damit die Betreuung gut vorbereitet werden kann.</p>',
    requirementsHtml:
      '<ul><li>Ihr Kind besucht eine Grundschule oder ein sonderpädagogisches Bildungs- und Beratungszentrum in Musterstadt oder wohnt in Musterstadt.</li><li>Ihr Kind hat ausreichenden Masernschutz.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie Ihr Kind während des Anmeldezeitraums online an. Die Anmeldung für die Sommerferien öffnet in der Regel im März, für die übrigen Ferien jeweils etwa acht Wochen vorher.</li><li>Sie erhalten eine Bestätigung oder einen Platz auf der Warteliste.</li><li>Nach der Zusage erhalten Sie einen Gebührenbescheid. Die Gebühr wird vor Beginn der Betreuung fällig.</li><li>Eine Woche vor Beginn erhalten Sie die Informationen zu Standort, Ablauf und Ausrüstung.</li></ol>',
    costs: [
      { kind: 'fixed', amount: { value: 95, currency: 'EUR' }, description: 'pro Betreuungswoche (fünf Tage) einschließlich Mittagessen', prepayment: true },
      { kind: 'fixed', amount: { value: 25, currency: 'EUR' }, description: 'pro Woche mit Musterstadt-Pass', prepayment: true },
    ],
    costsNoteHtml: '<p>Für Geschwisterkinder gibt es eine Ermäßigung von 20 Prozent. Familien mit Leistungen für Bildung und Teilhabe können für Ferienangebote den Teilhabebetrag einsetzen.</p>',
    requiredDocuments: [
      { name: 'Angaben zum Kind und zu Notfallkontakten', required: true },
      { name: 'Nachweis über den Masernschutz', required: true },
      { name: 'Musterstadt-Pass', descriptionHtml: '<p>Nur für die Ermäßigung.</p>', required: false },
    ],
    deadlines: [
      { label: 'Anmeldeschluss', duration: { value: 4, unit: 'week' }, descriptionHtml: '<p>Die Anmeldung schließt vier Wochen vor Ferienbeginn. Restplätze werden danach bis kurz vor Beginn vergeben.</p>' },
      { label: 'Kostenfreie Abmeldung', duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Bis zwei Wochen vor Beginn der gebuchten Woche können Sie kostenfrei stornieren.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Die Platzbestätigung erhalten Sie in der Regel innerhalb von zwei Wochen nach Ende des Anmeldezeitraums.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__11.html', title: '§ 11 SGB VIII – Jugendarbeit' },
      { uri: 'https://www.musterstadt.example/ortsrecht/ferienbetreuung-gebuehrensatzung', title: 'Satzung über die Erhebung von Gebühren für die städtische Ferienbetreuung' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein (Online-Anmeldung)<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/familie/ferienbetreuung', title: 'Standorte und Programm der Ferienbetreuung' },
    ],
    onlineServices: [
      { title: 'Ferienbetreuung online buchen', uri: 'https://service.musterstadt.example/ferienbetreuung-anmelden', trustLevel: 'low' },
    ],
    officeIds: ['oe-jugendamt', 'oe-schulamt'],
    lifeSituations: ['1020000', '1110000'],
    categories: ['familie-soziales', 'bildung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-02-10T12:00:00Z',
  },
  // 28 ────────────────────────────────────────────────────────────────────
  {
    id: 'musikschule-anmelden',
    leikaKeys: [],
    name: 'Anmeldung an der Musikschule',
    officialName: 'Musikschulunterricht Anmeldung',
    summary:
      'Die Städtische Musikschule Musterstadt bietet Unterricht für alle Altersgruppen – von der musikalischen Früherziehung über Instrumental- und Gesangsunterricht bis zu Ensembles und Orchestern.',
    synonyms: ['Musikschule', 'Musikunterricht', 'Instrumentalunterricht', 'Gesangsunterricht', 'Früherziehung', 'Klavierunterricht', 'Gitarrenunterricht', 'music school'],
    descriptionHtml:
      '<p>Die Städtische Musikschule ist eine öffentliche Bildungseinrichtung und Mitglied im Verband deutscher Musikschulen. Qualifizierte Lehrkräfte unterrichten Kinder, Jugendliche und Erwachsene in rund 40 Fächern.</p>' +
      '<ul><li><strong>Elementarbereich</strong>: Eltern-Kind-Gruppen, musikalische Früherziehung und Grundausbildung für Kinder von 1 bis 7 Jahren</li><li><strong>Instrumental- und Vokalunterricht</strong>: Einzel- oder Gruppenunterricht, 30, 45 oder 60 Minuten pro Woche</li><li><strong>Ensembles</strong>: Orchester, Bands, Chöre und Kammermusik – für Schülerinnen und Schüler der Musikschule meist ohne zusätzliche Kosten</li><li><strong>Kooperationen</strong> mit Kitas und Schulen, zum Beispiel Bläser- und Streicherklassen</li></ul>' +
      '<p>Vor einer Anmeldung können Sie eine kostenlose Beratung und eine Probestunde vereinbaren. Für viele Instrumente gibt es Leihinstrumente für den Einstieg.</p>',
    requirementsHtml:
      '<ul><li>Die Anmeldung steht allen offen. Einwohnerinnen und Einwohner von Musterstadt zahlen ermäßigte Entgelte.</li><li>Minderjährige werden von den Erziehungsberechtigten angemeldet.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie sich online oder mit dem Anmeldeformular im Sekretariat der Musikschule an.</li><li>Die Musikschule meldet sich, sobald ein Platz frei ist, und vereinbart mit Ihnen eine Unterrichtszeit. Bei großer Nachfrage kommen Sie auf eine Warteliste.</li><li>Mit der Bestätigung kommt der Unterrichtsvertrag zustande. Die ersten vier Wochen gelten als Probezeit.</li><li>Das Entgelt wird monatlich per Lastschrift eingezogen.</li><li>Eine Abmeldung ist schriftlich zum Ende eines Semesters möglich (31. Januar oder 31. Juli).</li></ol>',
    costs: [
      { kind: 'variable', min: { value: 28, currency: 'EUR' }, max: { value: 136, currency: 'EUR' }, description: 'monatlich, je nach Fach und Unterrichtsform (Gruppenunterricht bis Einzelunterricht 60 Minuten)' },
    ],
    costsNoteHtml: '<p>Es gelten die Entgelte der <a href="https://www.musterstadt.example/ortsrecht/musikschule-entgeltordnung">Entgeltordnung der Städtischen Musikschule</a>. Ermäßigungen gibt es für Geschwister, für das Belegen mehrerer Fächer und mit dem Musterstadt-Pass (50 Prozent). Leistungen für Bildung und Teilhabe können angerechnet werden.</p>',
    requiredDocuments: [
      { name: 'Anmeldeformular', descriptionHtml: '<p>Bei Minderjährigen unterschrieben von den Erziehungsberechtigten.</p>', required: true },
      { name: 'SEPA-Lastschriftmandat', required: true },
      { name: 'Nachweis für Ermäßigungen', descriptionHtml: '<p>Zum Beispiel Musterstadt-Pass oder BuT-Bescheid.</p>', required: false },
    ],
    deadlines: [
      { label: 'Kündigungsfrist', duration: { value: 6, unit: 'week' }, descriptionHtml: '<p>Abmeldungen müssen sechs Wochen vor Semesterende schriftlich eingehen.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Abhängig von freien Plätzen im jeweiligen Fach; in beliebten Fächern gibt es Wartezeiten.</p>' },
    legalBasis: [
      { uri: 'https://www.musterstadt.example/ortsrecht/musikschule-satzung', title: 'Satzung der Städtischen Musikschule Musterstadt' },
      { uri: 'https://www.musterstadt.example/ortsrecht/musikschule-entgeltordnung', title: 'Entgeltordnung der Städtischen Musikschule Musterstadt' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/musikschule', title: 'Unterrichtsangebot der Städtischen Musikschule' },
    ],
    onlineServices: [
      { title: 'Online-Anmeldung Musikschule', uri: 'https://service.musterstadt.example/musikschule-anmelden', trustLevel: 'none' },
    ],
    officeIds: ['oe-musikschule'],
    lifeSituations: ['1110000', '1030000'],
    categories: ['bildung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-06-09T09:00:00Z',
  },
  // 29 ────────────────────────────────────────────────────────────────────
  {
    id: 'bibliotheksausweis-beantragen',
    leikaKeys: [],
    name: 'Bibliotheksausweis beantragen',
    officialName: 'Benutzerausweis der Stadtbibliothek Ausstellung',
    summary:
      'Mit dem Bibliotheksausweis der Stadtbibliothek leihen Sie Bücher, Filme, Spiele und Noten aus und nutzen E-Books, E-Audios und Datenbanken rund um die Uhr.',
    synonyms: ['Büchereiausweis', 'Leseausweis', 'Stadtbibliothek', 'Bücherei', 'Onleihe', 'E-Books ausleihen', 'Mediathek', 'library card'],
    descriptionHtml:
      '<p>Die Stadtbibliothek Musterstadt mit der Zentralbibliothek und vier Stadtteilbibliotheken bietet über 300.000 Medien: Bücher, Zeitschriften, Filme, Musik, Konsolen- und Brettspiele, Noten und Tonies. Mit dem Ausweis nutzen Sie außerdem die Onleihe mit E-Books und E-Audios, Streaming-Angebote und Datenbanken.</p>' +
      '<p>Die Leihfrist beträgt in der Regel vier Wochen, für Filme und Spiele zwei Wochen. Sie können Medien online verlängern und vorbestellen. Rückgaben sind rund um die Uhr am Rückgabeautomaten der Zentralbibliothek möglich.</p>' +
      '<p>Kinder und Jugendliche bis 18 Jahre erhalten den Ausweis kostenlos.</p>',
    requirementsHtml:
      '<ul><li>Sie haben einen Wohnsitz in Deutschland.</li><li>Kinder unter 16 Jahren benötigen die schriftliche Einverständniserklärung einer erziehungsberechtigten Person.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie sich vorab online an oder kommen Sie direkt in eine Bibliothek.</li><li>Legen Sie an der Servicetheke Ihren Ausweis vor. Bei Online-Voranmeldung wird Ihr Konto dann freigeschaltet.</li><li>Zahlen Sie die Jahresgebühr; Sie erhalten Ihren Ausweis sofort und können direkt ausleihen.</li><li>Mit Ausweisnummer und Passwort melden Sie sich im Online-Katalog und in der Onleihe an.</li></ol>',
    costs: [
      { kind: 'fixed', amount: { value: 20, currency: 'EUR' }, description: 'Jahresgebühr für Erwachsene' },
      { kind: 'fixed', amount: { value: 10, currency: 'EUR' }, description: 'ermäßigte Jahresgebühr für Studierende, Auszubildende und Freiwilligendienstleistende' },
      { kind: 'free', description: 'für Kinder und Jugendliche bis 18 Jahre und mit Musterstadt-Pass' },
    ],
    costsNoteHtml: '<p>Für einen Ersatzausweis werden 3 Euro erhoben. Säumnisgebühren und weitere Entgelte regelt die <a href="https://www.musterstadt.example/ortsrecht/stadtbibliothek-gebuehrensatzung">Gebührensatzung der Stadtbibliothek</a>.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass mit Meldebescheinigung', required: true },
      { name: 'Einverständniserklärung der Erziehungsberechtigten', descriptionHtml: '<p>Für Kinder unter 16 Jahren, mit Kopie des Ausweises der unterschreibenden Person.</p>', required: false },
      { name: 'Nachweis für die Ermäßigung', descriptionHtml: '<p>Zum Beispiel Studierendenausweis oder Musterstadt-Pass.</p>', required: false },
    ],
    deadlines: [
      { label: 'Gültigkeit', duration: { value: 12, unit: 'month' }, descriptionHtml: '<p>Die Jahresgebühr gilt zwölf Monate ab Zahlung.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Sofort bei persönlicher Vorsprache.</p>' },
    legalBasis: [
      { uri: 'https://www.musterstadt.example/ortsrecht/stadtbibliothek-benutzungsordnung', title: 'Benutzungsordnung der Stadtbibliothek Musterstadt' },
      { uri: 'https://www.musterstadt.example/ortsrecht/stadtbibliothek-gebuehrensatzung', title: 'Gebührensatzung der Stadtbibliothek Musterstadt' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Anmeldeformular, Einverständniserklärung)<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Ja, zur Ausweisausgabe<br>Online-Dienste vorhanden: Ja (Voranmeldung)</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/stadtbibliothek', title: 'Stadtbibliothek Musterstadt – Standorte und Öffnungszeiten' },
    ],
    onlineServices: [
      { title: 'Online-Voranmeldung Stadtbibliothek', uri: 'https://service.musterstadt.example/bibliotheksausweis-beantragen', trustLevel: 'none' },
    ],
    officeIds: ['oe-stadtbibliothek'],
    lifeSituations: ['1110000', '1030000'],
    categories: ['bildung'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-09-01T08:00:00Z',
  },
  // 30 ────────────────────────────────────────────────────────────────────
  {
    id: 'erziehungsberatung',
    leikaKeys: [],
    name: 'Erziehungsberatung in Anspruch nehmen',
    officialName: 'Erziehungsberatung Durchführung',
    summary:
      'Die Psychologische Beratungsstelle für Eltern, Kinder und Jugendliche berät Sie kostenlos und vertraulich bei Fragen zur Erziehung, bei Konflikten in der Familie sowie bei Trennung und Scheidung.',
    synonyms: ['Erziehungsberatungsstelle', 'Familienberatung', 'Elternberatung', 'Trennungsberatung', 'Scheidung Kinder', 'Jugendberatung', 'psychologische Beratung', 'parenting counselling'],
    descriptionHtml:
      '<p>Eltern, Kinder, Jugendliche und junge Erwachsene bis 27 Jahre können sich an die Psychologische Beratungsstelle der Stadt Musterstadt wenden. Ein Team aus Psychologinnen und Psychologen, Sozialpädagoginnen und Sozialpädagogen berät zum Beispiel bei:</p>' +
      '<ul><li>Unsicherheiten in der Erziehung, Schlaf- und Essproblemen, Trotz und Wutausbrüchen,</li><li>Schul- und Lernschwierigkeiten, Ängsten, Rückzug oder aggressivem Verhalten,</li><li>Konflikten in der Familie und in der Pubertät,</li><li>Trennung und Scheidung, Umgangsregelungen und Fragen der Sorge,</li><li>Belastungen durch Krankheit, Tod oder Gewalt in der Familie.</li></ul>' +
      '<p>Die Beratung ist <strong>kostenlos, freiwillig und vertraulich</strong>. Die Fachkräfte unterliegen der Schweigepflicht. Jugendliche können auch ohne Wissen ihrer Eltern kommen. Neben persönlichen Gesprächen gibt es Telefon- und Videoberatung sowie Gruppenangebote, etwa für Kinder in Trennungsfamilien.</p>',
    requirementsHtml:
      '<ul><li>Sie wohnen in Musterstadt.</li><li>Eine Überweisung oder ein Antrag ist nicht nötig.</li></ul>',
    procedureHtml:
      '<ol><li>Melden Sie sich telefonisch, per E-Mail, online oder persönlich während der offenen Sprechstunde an.</li><li>In einem ersten Gespräch schildern Sie Ihr Anliegen. In der Regel erhalten Sie innerhalb von zwei Wochen einen Termin, in Krisen schneller.</li><li>Gemeinsam vereinbaren Sie, wie viele Gespräche sinnvoll sind und wer daran teilnimmt.</li><li>Bei Bedarf vermittelt die Beratungsstelle weitere Hilfen, zum Beispiel Hilfe zur Erziehung oder therapeutische Angebote.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Beratung ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Keine Unterlagen erforderlich', descriptionHtml: '<p>Bringen Sie gerne Zeugnisse, Berichte oder Schreiben mit, wenn sie für Ihr Anliegen wichtig sind.</p>', required: false },
      { name: 'Gerichtliche Beschlüsse oder Vereinbarungen', descriptionHtml: '<p>Nur bei Beratung zu Sorge- und Umgangsfragen, falls vorhanden.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { duration: { value: 2, unit: 'week' }, descriptionHtml: '<p>Erstgespräch in der Regel innerhalb von zwei Wochen; in Krisensituationen am selben oder nächsten Werktag.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__28.html', title: '§ 28 SGB VIII – Erziehungsberatung' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__17.html', title: '§ 17 SGB VIII – Beratung in Fragen der Partnerschaft, Trennung und Scheidung' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__18.html', title: '§ 18 SGB VIII – Beratung und Unterstützung bei der Ausübung der Personensorge und des Umgangsrechts' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Ja, für Beratungsgespräche (auch Telefon- und Videoberatung möglich)<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [
      { uri: 'https://www.bke-beratung.de', title: 'bke-Onlineberatung für Eltern und Jugendliche' },
    ],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=erziehungsberatung',
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1020000', '1160000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-03-23T10:00:00Z',
  },
  // 31 ────────────────────────────────────────────────────────────────────
  {
    id: 'infektionsschutz-belehrung',
    leikaKeys: [],
    name: 'Belehrung nach dem Infektionsschutzgesetz (Gesundheitszeugnis)',
    officialName: 'Belehrung für Tätigkeiten im Lebensmittelbereich Bescheinigung',
    summary:
      'Wer beruflich mit Lebensmitteln arbeitet, braucht vor der ersten Tätigkeit eine Belehrung durch das Gesundheitsamt und erhält darüber eine Bescheinigung – umgangssprachlich „Gesundheitszeugnis“.',
    synonyms: ['Gesundheitszeugnis', 'Rote Karte', 'Gesundheitsausweis', 'Infektionsschutzbelehrung', 'Lebensmittelbelehrung', '§ 43 IfSG', 'Gastronomie', 'Hygienebelehrung', 'food handler certificate'],
    descriptionHtml:
      '<p>Personen, die gewerbsmäßig bestimmte Lebensmittel herstellen, behandeln oder in den Verkehr bringen oder in Küchen von Gaststätten, Kantinen, Kitas und ähnlichen Einrichtungen arbeiten, dürfen diese Tätigkeit erst aufnehmen, wenn sie vom Gesundheitsamt belehrt wurden. Das gilt auch für Aushilfen, Praktikantinnen und Praktikanten sowie Ehrenamtliche, die regelmäßig und nicht nur bei einzelnen Vereinsfesten tätig sind.</p>' +
      '<p>In der Belehrung erfahren Sie, bei welchen Krankheiten und Krankheitszeichen Sie nicht mit Lebensmitteln arbeiten dürfen, welche Hygieneregeln gelten und welche Mitteilungspflichten Sie gegenüber Ihrem Arbeitgeber haben. Anschließend erklären Sie schriftlich, dass Ihnen keine Tatsachen für ein Tätigkeitsverbot bekannt sind.</p>' +
      '<p>Das Gesundheitsamt Musterstadt bietet die Belehrung <strong>online als Video mit anschließender Identitätsprüfung</strong> und als Präsenztermin in Deutsch sowie mit Übersetzung in mehrere Sprachen an. Arbeitgeber können Gruppentermine vereinbaren.</p>',
    requirementsHtml:
      '<ul><li>Sie wollen eine Tätigkeit im Lebensmittelbereich nach § 42 Infektionsschutzgesetz aufnehmen.</li><li>Sie verstehen die Belehrung – bei Bedarf mit einer Übersetzung oder in einem Termin mit Dolmetscherin oder Dolmetscher.</li></ul>',
    procedureHtml:
      '<ol><li>Buchen Sie einen Termin online oder wählen Sie die Online-Belehrung.</li><li>Zahlen Sie die Gebühr vorab online oder vor Ort.</li><li>Nehmen Sie an der Belehrung teil und unterschreiben Sie die Erklärung.</li><li>Sie erhalten die Bescheinigung sofort (bei der Online-Belehrung nach der Identitätsprüfung als PDF mit Prüfcode).</li><li>Legen Sie die Bescheinigung Ihrem Arbeitgeber vor. Der Arbeitgeber wiederholt die Belehrung danach alle zwei Jahre selbst und bewahrt die Nachweise an der Arbeitsstätte auf.</li></ol>',
    costs: [{ kind: 'fixed', amount: { value: 30, currency: 'EUR' }, description: 'Gebühr für Belehrung und Bescheinigung', prepayment: true }],
    costsNoteHtml: '<p>Die Gebühr richtet sich nach der <a href="https://www.musterstadt.example/ortsrecht/verwaltungsgebuehrensatzung">Verwaltungsgebührensatzung</a>. Schülerinnen und Schüler im Pflichtpraktikum sowie Inhaberinnen und Inhaber des Musterstadt-Passes zahlen die Hälfte.</p>',
    requiredDocuments: [
      { name: 'Personalausweis, Reisepass oder Aufenthaltsdokument mit Lichtbild', required: true },
      { name: 'Brille oder Hörgerät', descriptionHtml: '<p>Falls Sie sie benötigen, um dem Vortrag folgen zu können.</p>', required: false },
    ],
    deadlines: [
      { label: 'Gültigkeit vor Arbeitsbeginn', duration: { value: 3, unit: 'month' }, descriptionHtml: '<p>Bei Beginn der Tätigkeit darf die Bescheinigung nicht älter als drei Monate sein.</p>' },
      { label: 'Folgebelehrung durch den Arbeitgeber', duration: { value: 2, unit: 'year' }, descriptionHtml: '<p>Der Arbeitgeber muss die Belehrung alle zwei Jahre wiederholen und dokumentieren.</p>' },
    ],
    processingTime: { duration: { value: 45, unit: 'minute' }, descriptionHtml: '<p>Die Bescheinigung erhalten Sie direkt im Anschluss.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/ifsg/__43.html', title: '§ 43 Infektionsschutzgesetz (IfSG) – Belehrung, Bescheinigung des Gesundheitsamtes' },
      { uri: 'https://www.gesetze-im-internet.de/ifsg/__42.html', title: '§ 42 IfSG – Tätigkeits- und Beschäftigungsverbote' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Erklärung nach § 43 IfSG)<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Ja, außer bei der Online-Belehrung<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Online-Belehrung nach § 43 IfSG', uri: 'https://service.musterstadt.example/infektionsschutz-belehrung', trustLevel: 'substantial' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=infektionsschutz-belehrung',
    officeIds: ['oe-gesundheitsamt'],
    lifeSituations: ['1040000', '1130000', '2010000'],
    categories: ['gesundheit', 'wirtschaft'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-07T09:00:00Z',
  },
  // 32 ────────────────────────────────────────────────────────────────────
  {
    id: 'masernschutz-nachweisen',
    leikaKeys: [],
    name: 'Masernschutz nachweisen',
    officialName: 'Masernschutz Nachweis',
    summary:
      'Kinder in Kita, Schule und Kindertagespflege sowie Beschäftigte in Gemeinschafts- und Gesundheitseinrichtungen müssen einen ausreichenden Schutz gegen Masern nachweisen. Fehlt der Nachweis, wird das Gesundheitsamt tätig.',
    synonyms: ['Masern', 'Masernimpfung', 'Impfpflicht', 'Masernschutzgesetz', 'Impfnachweis', 'Impfausweis', 'Immunitätsnachweis', 'MMR-Impfung', 'measles vaccination proof'],
    descriptionHtml:
      '<p>Seit März 2020 gilt nach dem Masernschutzgesetz eine Nachweispflicht. Folgende Personen müssen nachweisen, dass sie gegen Masern geimpft oder immun sind:</p>' +
      '<ul><li>Kinder ab einem Jahr, die in einer Kita oder in der Kindertagespflege betreut werden,</li><li>Schülerinnen und Schüler,</li><li>Bewohnerinnen und Bewohner von Gemeinschaftsunterkünften, etwa für Geflüchtete,</li><li>Beschäftigte in diesen Einrichtungen sowie in Krankenhäusern, Arztpraxen und anderen medizinischen Einrichtungen, wenn sie nach 1970 geboren sind.</li></ul>' +
      '<p>Als ausreichender Schutz gelten bei Kindern ab einem Jahr eine Masernimpfung, ab zwei Jahren zwei Masernimpfungen. Statt der Impfung kann eine ärztlich bestätigte Immunität oder eine medizinische Kontraindikation nachgewiesen werden.</p>' +
      '<p>Den Nachweis legen Sie grundsätzlich der Leitung der Einrichtung vor. Fehlt er oder bestehen Zweifel, meldet die Leitung dies dem Gesundheitsamt. Das Gesundheitsamt fordert Sie dann auf, den Nachweis vorzulegen, und bietet eine Impfberatung an.</p>',
    requirementsHtml:
      '<ul><li>Sie oder Ihr Kind gehören zu den nachweispflichtigen Personen.</li><li>Sie haben eine Aufforderung der Einrichtung oder des Gesundheitsamts erhalten.</li></ul>',
    procedureHtml:
      '<ol><li>Legen Sie der Einrichtung vor Aufnahme oder Arbeitsbeginn den Impfausweis, das gelbe Kinderuntersuchungsheft mit Impfdokumentation oder ein ärztliches Zeugnis vor.</li><li>Erhalten Sie eine Aufforderung des Gesundheitsamts, laden Sie den Nachweis online hoch oder senden Sie eine Kopie.</li><li>Fehlende Impfungen können Sie bei Ihrer Haus- oder Kinderarztpraxis nachholen. Das Gesundheitsamt berät Sie dazu auch persönlich.</li><li>Wird kein Nachweis vorgelegt, kann das Gesundheitsamt ein Betretungs- oder Tätigkeitsverbot aussprechen – nicht jedoch für schulpflichtige Kinder – und ein Bußgeld verhängen.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Vorlage des Nachweises und die Impfberatung des Gesundheitsamts sind kostenlos.' }],
    requiredDocuments: [
      { name: 'Impfausweis oder Impfbescheinigung', descriptionHtml: '<p>Mit den dokumentierten Masernimpfungen (in der Regel als MMR- oder MMRV-Impfung).</p>', required: true },
      { name: 'Ärztliches Zeugnis über Immunität', descriptionHtml: '<p>Statt Impfnachweis, zum Beispiel nach Laboruntersuchung (Titerbestimmung).</p>', required: false },
      { name: 'Ärztliches Zeugnis über eine medizinische Kontraindikation', descriptionHtml: '<p>Falls nicht geimpft werden kann; das Zeugnis muss nachvollziehbar begründet sein.</p>', required: false },
    ],
    deadlines: [
      { label: 'Frist nach Aufforderung', descriptionHtml: '<p>Das Gesundheitsamt setzt Ihnen in der Aufforderung eine angemessene Frist, in der Regel vier Wochen.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Nach Eingang eines gültigen Nachweises ist das Verfahren für Sie abgeschlossen; Sie erhalten eine Bestätigung.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/ifsg/__20.html', title: '§ 20 Infektionsschutzgesetz (IfSG) – Schutzimpfungen und andere Maßnahmen der spezifischen Prophylaxe' },
      { uri: 'https://www.gesetze-im-internet.de/ifsg/__73.html', title: '§ 73 IfSG – Bußgeldvorschriften' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Nein<br>Online-Dienste vorhanden: Ja (Upload nach Aufforderung)</p>',
    furtherInformation: [
      { uri: 'https://www.masernschutz.de', title: 'Masernschutz.de – Informationen des Bundesministeriums für Gesundheit' },
    ],
    onlineServices: [
      { title: 'Masernschutznachweis hochladen', uri: 'https://service.musterstadt.example/masernschutz-nachweisen', trustLevel: 'low' },
    ],
    officeIds: ['oe-gesundheitsamt'],
    lifeSituations: ['1130000', '1020000', '1030000'],
    categories: ['gesundheit'],
    addressees: ['citizen', 'business'],
    online: true,
    language: 'de',
    lastUpdated: '2026-04-07T09:30:00Z',
  },
  // 33 ────────────────────────────────────────────────────────────────────
  {
    id: 'amtsaerztliches-gutachten',
    leikaKeys: [],
    name: 'Amtsärztliches Gutachten',
    officialName: 'Amtsärztliches Gutachten Erstellung',
    summary:
      'Das Gesundheitsamt erstellt amtsärztliche Gutachten und Zeugnisse, wenn eine Behörde oder ein öffentlicher Arbeitgeber dies verlangt – zum Beispiel zur Dienstfähigkeit oder vor einer Verbeamtung.',
    synonyms: ['Amtsarzt', 'amtsärztliche Untersuchung', 'Gesundheitszeugnis Verbeamtung', 'Dienstfähigkeit', 'Prüfungsunfähigkeit', 'Reisefähigkeit', 'Gutachten Gesundheitsamt', 'medical certificate public health office'],
    descriptionHtml:
      '<p>Der amtsärztliche Dienst des Gesundheitsamts erstellt Gutachten und Zeugnisse <strong>im Auftrag von Behörden</strong>. Typische Anlässe sind:</p>' +
      '<ul><li>Untersuchungen vor der Verbeamtung (Einstellungsuntersuchung),</li><li>Überprüfung der Dienstfähigkeit von Beamtinnen und Beamten,</li><li>Feststellung der Prüfungsunfähigkeit, wenn eine Prüfungsordnung ein amtsärztliches Attest verlangt,</li><li>Gutachten für Sozial-, Ordnungs- und Ausländerbehörden, etwa zur Erwerbs- oder Reisefähigkeit,</li><li>Zeugnisse für Heilpraktikerinnen und Heilpraktiker oder bestimmte Berufszulassungen.</li></ul>' +
      '<p>Private Gutachten, etwa für Versicherungen, erstellt das Gesundheitsamt nicht. Das Ergebnis wird der auftraggebenden Stelle mitgeteilt; medizinische Einzelheiten nur, soweit sie für deren Entscheidung erforderlich sind.</p>',
    requirementsHtml:
      '<ul><li>Eine Behörde oder Ihr Dienstherr hat das Gutachten beim Gesundheitsamt angefordert oder Sie aufgefordert, es zu beantragen.</li><li>Sie wohnen in Musterstadt oder die auftraggebende Stelle hat ihren Sitz hier.</li></ul>',
    procedureHtml:
      '<ol><li>Die auftraggebende Stelle schickt den Untersuchungsauftrag an das Gesundheitsamt – bei Prüfungsunfähigkeit legen Sie die Aufforderung Ihrer Hochschule selbst vor.</li><li>Das Gesundheitsamt lädt Sie zu einem Untersuchungstermin ein. Bei Prüfungsunfähigkeit vereinbaren Sie noch am Prüfungstag einen Termin.</li><li>Füllen Sie den Gesundheitsfragebogen aus und bringen Sie vorhandene Befunde mit.</li><li>Nach Untersuchung und Auswertung erhält die auftraggebende Stelle das Gutachten. Sie werden über das Ergebnis informiert.</li></ol>',
    costs: [
      { kind: 'variable', min: { value: 40, currency: 'EUR' }, max: { value: 420, currency: 'EUR' }, description: 'nach Art und Aufwand des Gutachtens gemäß Gebührenverzeichnis; Zusatzuntersuchungen werden gesondert berechnet' },
    ],
    costsNoteHtml: '<p>Bei Gutachten für Behörden trägt in der Regel die auftraggebende Stelle die Kosten. Bei Einstellungsuntersuchungen für den Landesdienst können Gebühren von Ihnen verlangt werden. Maßgeblich ist die <a href="https://www.musterstadt.example/ortsrecht/verwaltungsgebuehrensatzung">Verwaltungsgebührensatzung</a>.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Untersuchungsauftrag oder Aufforderung der Behörde', required: true },
      { name: 'Ärztliche Befunde und Medikamentenliste', descriptionHtml: '<p>Vorhandene Arztbriefe, Krankenhausberichte und eine Liste Ihrer aktuellen Medikamente.</p>', required: false },
      { name: 'Brille, Kontaktlinsen oder Hörgeräte', required: false },
    ],
    deadlines: [
      { label: 'Prüfungsunfähigkeit', descriptionHtml: '<p>Ein amtsärztliches Attest über Prüfungsunfähigkeit muss in der Regel am Tag der Prüfung ausgestellt werden. Melden Sie sich deshalb früh am Morgen.</p>' },
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 6 }, descriptionHtml: '<p>Einfache Zeugnisse am Untersuchungstag; umfangreiche Gutachten mit Zusatzbefunden dauern länger.</p>' },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=%C3%96GDG+BW&psml=bsbawueprod.psml&max=true', title: 'Gesundheitsdienstgesetz Baden-Württemberg (ÖGDG)' },
      { uri: 'https://www.musterstadt.example/ortsrecht/verwaltungsgebuehrensatzung', title: 'Verwaltungsgebührensatzung der Stadt Musterstadt' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Gesundheitsfragebogen)<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Ja<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=amtsaerztliches-gutachten',
    officeIds: ['oe-gesundheitsamt'],
    lifeSituations: ['1130000', '1040000'],
    categories: ['gesundheit'],
    addressees: ['citizen', 'administration'],
    online: false,
    language: 'de',
    lastUpdated: '2026-04-07T10:00:00Z',
  },
  // 34 ────────────────────────────────────────────────────────────────────
  {
    id: 'einschulungsuntersuchung',
    leikaKeys: [],
    name: 'Einschulungsuntersuchung',
    officialName: 'Einschulungsuntersuchung Durchführung',
    summary:
      'Vor der Einschulung untersucht das Gesundheitsamt alle Kinder auf ihren Entwicklungsstand und ihre Gesundheit. In Baden-Württemberg findet die Untersuchung in zwei Schritten statt, beginnend im vorletzten Kindergartenjahr.',
    synonyms: ['ESU', 'Schuleingangsuntersuchung', 'Einschulung', 'Schularzt', 'Vorschuluntersuchung', 'Entwicklungsstand', 'Gesundheitsamt Kinder', 'school entry examination'],
    descriptionHtml:
      '<p>Die Einschulungsuntersuchung ist für alle Kinder verpflichtend. Sie soll gesundheitliche Einschränkungen und Entwicklungsverzögerungen früh erkennen, damit Ihr Kind bis zum Schulbeginn gezielt gefördert werden kann.</p>' +
      '<p>In Baden-Württemberg besteht die Untersuchung aus zwei Schritten:</p>' +
      '<ul><li><strong>Schritt 1</strong> im vorletzten Kindergartenjahr, wenn Ihr Kind etwa vier bis fünf Jahre alt ist: Eine sozialmedizinische Assistentin des Gesundheitsamts prüft in der Kita unter anderem Sehen, Hören, Sprache, Motorik, Körpergröße und Gewicht sowie den Impfstatus. Bei Auffälligkeiten untersucht eine Ärztin oder ein Arzt Ihr Kind und bespricht mit Ihnen und der Kita geeignete Fördermaßnahmen.</li><li><strong>Schritt 2</strong> im letzten Kindergartenjahr: Kinder, bei denen sich Fragen zur Schulfähigkeit oder zum Förderbedarf stellen, werden erneut ärztlich untersucht. Das Gesundheitsamt berät Schule und Eltern, etwa zu einer Zurückstellung.</li></ul>' +
      '<p>Kinder, die keine Kita besuchen, lädt das Gesundheitsamt direkt ein.</p>',
    requirementsHtml:
      '<ul><li>Ihr Kind wird in den nächsten zwei Jahren schulpflichtig und wohnt in Musterstadt.</li><li>Die Teilnahme ist gesetzlich vorgeschrieben. Bei der Untersuchung in der Kita benötigt das Gesundheitsamt Ihre Angaben im Elternfragebogen.</li></ul>',
    procedureHtml:
      '<ol><li>Sie erhalten über die Kita oder per Post eine Einladung mit Elternfragebogen.</li><li>Füllen Sie den Fragebogen aus und geben Sie ihn zusammen mit Kopien des Kinderuntersuchungshefts und des Impfausweises ab – oder bringen Sie die Originale zum Termin mit.</li><li>Die Untersuchung findet in der Kita oder im Gesundheitsamt statt. Sie können dabei sein; bei der ärztlichen Untersuchung sollte ein Elternteil anwesend sein.</li><li>Sie erhalten eine schriftliche Rückmeldung mit Ergebnis und gegebenenfalls Empfehlungen, etwa zu Sprachförderung, Ergotherapie oder einem Besuch beim Kinderarzt.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Einschulungsuntersuchung ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Kinderuntersuchungsheft (gelbes Heft)', required: true },
      { name: 'Impfausweis des Kindes', required: true },
      { name: 'Ausgefüllter Elternfragebogen', required: true },
      { name: 'Brille oder Hörgerät des Kindes', descriptionHtml: '<p>Falls vorhanden.</p>', required: false },
      { name: 'Arztberichte und Therapieberichte', descriptionHtml: '<p>Falls Ihr Kind in Behandlung ist, etwa bei Logopädie oder Ergotherapie.</p>', required: false },
    ],
    deadlines: [
      { label: 'Zeitpunkt', descriptionHtml: '<p>Schritt 1 findet im vorletzten Kindergartenjahr statt, Schritt 2 bei Bedarf im Jahr vor der Einschulung.</p>' },
    ],
    processingTime: { duration: { value: 1, unit: 'hour' }, descriptionHtml: '<p>Die Untersuchung dauert etwa eine Stunde.</p>' },
    legalBasis: [
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=%C3%96GDG+BW&psml=bsbawueprod.psml&max=true', title: 'Gesundheitsdienstgesetz Baden-Württemberg (ÖGDG)' },
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=SchG+BW&psml=bsbawueprod.psml&max=true', title: 'Schulgesetz für Baden-Württemberg (SchG) – Untersuchungen vor der Einschulung' },
      { uri: 'https://www.gesetze-im-internet.de/ifsg/__34.html', title: '§ 34 Infektionsschutzgesetz (IfSG) – Impfberatung vor Erstaufnahme' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Elternfragebogen)<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Ja, für das Kind<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=einschulungsuntersuchung',
    officeIds: ['oe-gesundheitsamt'],
    lifeSituations: ['1030000', '1130000'],
    categories: ['gesundheit', 'bildung'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-09-14T10:00:00Z',
  },
  // 35 ────────────────────────────────────────────────────────────────────
  {
    id: 'pflegeeltern-werden',
    leikaKeys: [],
    name: 'Pflegeeltern werden',
    officialName: 'Pflegepersonen Eignungsprüfung und Vermittlung',
    summary:
      'Der Pflegekinderdienst des Jugendamts sucht Familien, Paare und Einzelpersonen, die einem Kind vorübergehend oder auf Dauer ein Zuhause geben. Er bereitet Sie vor, prüft die Eignung und begleitet Sie.',
    synonyms: ['Pflegefamilie', 'Pflegekind', 'Pflegemutter', 'Pflegevater', 'Vollzeitpflege', 'Bereitschaftspflege', 'Pflegekinderdienst', 'Pflegegeld', 'foster parents'],
    descriptionHtml:
      '<p>Manche Kinder können vorübergehend oder dauerhaft nicht bei ihren Eltern leben. Eine Pflegefamilie gibt ihnen Geborgenheit und verlässliche Beziehungen. Das Jugendamt Musterstadt sucht Menschen, die sich das zutrauen – verheiratet oder nicht, mit oder ohne eigene Kinder, in einer Wohnung oder einem Haus.</p>' +
      '<p>Es gibt verschiedene Formen der Pflege:</p>' +
      '<ul><li><strong>Bereitschaftspflege</strong>: kurzfristige Aufnahme in Krisen, meist für einige Wochen oder Monate,</li><li><strong>Kurzzeitpflege</strong>: wenn Eltern zum Beispiel wegen eines Krankenhausaufenthalts ausfallen,</li><li><strong>Vollzeitpflege</strong>: befristet mit dem Ziel der Rückkehr oder auf Dauer,</li><li><strong>Sozialpädagogische Pflegestellen</strong> für Kinder mit besonderem Förderbedarf.</li></ul>' +
      '<p>Pflegeeltern erhalten ein monatliches Pflegegeld für den Lebensunterhalt des Kindes und einen Betrag für die Kosten der Erziehung sowie Beihilfen zum Beispiel zur Erstausstattung. Der Pflegekinderdienst berät und begleitet Sie dauerhaft; es gibt Fortbildungen und Austauschgruppen.</p>',
    requirementsHtml:
      '<ul><li>Sie sind in der Regel mindestens 25 Jahre alt und gesundheitlich in der Lage, ein Kind zu betreuen.</li><li>Sie haben ausreichend Zeit und Wohnraum – in der Regel ein eigenes Zimmer für das Kind.</li><li>Ihr Lebensunterhalt ist unabhängig vom Pflegegeld gesichert.</li><li>Sie sind bereit, mit dem Jugendamt und den leiblichen Eltern zusammenzuarbeiten.</li><li>Alle volljährigen Haushaltsmitglieder legen ein erweitertes Führungszeugnis vor.</li></ul>',
    procedureHtml:
      '<ol><li>Besuchen Sie einen Informationsabend des Pflegekinderdienstes oder vereinbaren Sie ein Erstgespräch.</li><li>Sie reichen eine Bewerbung mit Lebensbericht und Unterlagen ein.</li><li>In mehreren Gesprächen und bei einem Hausbesuch lernen Sie und der Pflegekinderdienst sich kennen.</li><li>Sie nehmen an einem Vorbereitungskurs teil.</li><li>Nach positiver Eignungsfeststellung sucht der Pflegekinderdienst ein passendes Kind. Vor der Aufnahme gibt es Kennenlernkontakte.</li><li>Im Hilfeplangespräch werden Ziele und Umgangskontakte vereinbart und regelmäßig überprüft.</li></ol>',
    costs: [{ kind: 'free', description: 'Beratung, Eignungsprüfung und Vorbereitungskurs sind kostenlos.' }],
    requiredDocuments: [
      { name: 'Erweiterte Führungszeugnisse aller volljährigen Haushaltsmitglieder', required: true },
      { name: 'Ärztliche Bescheinigung über den Gesundheitszustand', required: true },
      { name: 'Lebensbericht', descriptionHtml: '<p>Ein persönlicher Bericht über Ihren Lebensweg und Ihre Motivation.</p>', required: true },
      { name: 'Einkommensnachweise', required: true },
      { name: 'Meldebescheinigung', required: true },
    ],
    deadlines: [],
    processingTime: { duration: { value: 4, unit: 'month', valueTo: 9 }, descriptionHtml: '<p>Vom Erstgespräch bis zum Abschluss der Eignungsprüfung vergehen meist einige Monate.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__33.html', title: '§ 33 SGB VIII – Vollzeitpflege' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__37.html', title: '§ 37 SGB VIII – Beratung und Unterstützung der Eltern, Zusammenarbeit' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__39.html', title: '§ 39 SGB VIII – Leistungen zum Unterhalt des Kindes oder des Jugendlichen' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Bewerbungsbogen)<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Ja<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/familie/pflegefamilie-werden', title: 'Pflegefamilie werden – Termine der Informationsabende' },
    ],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=pflegeeltern-werden',
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1020000', '1100000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-05-11T10:00:00Z',
  },
  // 36 ────────────────────────────────────────────────────────────────────
  {
    id: 'adoption-beratung',
    leikaKeys: [],
    name: 'Beratung zur Adoption',
    officialName: 'Adoptionsvermittlung Beratung',
    summary:
      'Die Adoptionsvermittlungsstelle des Jugendamts berät Adoptionsbewerberinnen und -bewerber, abgebende Eltern und adoptierte Menschen – auch bei einer Stiefkindadoption.',
    synonyms: ['Adoption', 'Kind adoptieren', 'Adoptionsvermittlung', 'Stiefkindadoption', 'Adoptiveltern', 'Auslandsadoption', 'Herkunftssuche', 'adoption counselling'],
    descriptionHtml:
      '<p>Eine Adoption schafft ein neues, rechtlich vollwertiges Eltern-Kind-Verhältnis. Die Adoptionsvermittlungsstelle des Jugendamts Musterstadt ist Ansprechpartner für alle Beteiligten:</p>' +
      '<ul><li><strong>Adoptionsbewerberinnen und -bewerber</strong>: Information, Eignungsprüfung und Vorbereitung auf die Aufnahme eines Kindes,</li><li><strong>Eltern, die über eine Adoption ihres Kindes nachdenken</strong>: ergebnisoffene, vertrauliche Beratung zu allen Möglichkeiten, auch zu offenen Adoptionsformen und zur vertraulichen Geburt,</li><li><strong>Stiefeltern</strong>: Bei einer Stiefkindadoption ist eine Beratung durch die Adoptionsvermittlungsstelle vor dem Antrag beim Familiengericht verpflichtend,</li><li><strong>Adoptierte Menschen</strong>: Begleitung bei der Suche nach ihrer Herkunft.</li></ul>' +
      '<p>Für Auslandsadoptionen ist in Baden-Württemberg die zentrale Adoptionsstelle beim Kommunalverband für Jugend und Soziales zuständig. Das Jugendamt informiert Sie über die ersten Schritte. Eine Auslandsadoption ist nur mit Begleitung durch eine anerkannte Auslandsvermittlungsstelle zulässig.</p>',
    requirementsHtml:
      '<ul><li>Adoptionsbewerber müssen mindestens 25 Jahre alt sein; bei Ehepaaren muss ein Ehegatte mindestens 25, der andere mindestens 21 Jahre alt sein.</li><li>Ein Kind kann von einer Einzelperson oder von einem Ehepaar gemeinsam adoptiert werden.</li><li>Sie wohnen in Musterstadt.</li></ul>',
    procedureHtml:
      '<ol><li>Vereinbaren Sie einen Termin für ein Informationsgespräch oder besuchen Sie eine Informationsveranstaltung.</li><li>Bewerberinnen und Bewerber reichen eine schriftliche Bewerbung mit Unterlagen ein.</li><li>In Gesprächen, einem Hausbesuch und einem Vorbereitungsseminar prüft die Vermittlungsstelle Ihre Eignung.</li><li>Wird ein Kind vermittelt, lebt es zunächst in Adoptionspflege bei Ihnen.</li><li>Nach einer angemessenen Pflegezeit stellen Sie einen notariell beurkundeten Antrag beim Familiengericht. Die Vermittlungsstelle gibt eine fachliche Äußerung ab; das Gericht spricht die Adoption aus.</li></ol>',
    costs: [{ kind: 'free', description: 'Beratung und Inlandsvermittlung durch das Jugendamt sind kostenlos.' }],
    costsNoteHtml: '<p>Für die notarielle Beurkundung des Adoptionsantrags und das gerichtliche Verfahren fallen Kosten an. Bei Auslandsadoptionen entstehen zusätzliche Gebühren und Kosten im Herkunftsland.</p>',
    requiredDocuments: [
      { name: 'Bewerbungsbogen und Lebensbericht', descriptionHtml: '<p>Nur für Adoptionsbewerberinnen und -bewerber.</p>', required: false },
      { name: 'Erweiterte Führungszeugnisse', descriptionHtml: '<p>Aller volljährigen Haushaltsmitglieder, für Bewerberinnen und Bewerber.</p>', required: false },
      { name: 'Ärztliche Bescheinigung', descriptionHtml: '<p>Über den Gesundheitszustand, für Bewerberinnen und Bewerber.</p>', required: false },
      { name: 'Geburts- und Eheurkunden', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Die Eignungsprüfung dauert mehrere Monate. Da es deutlich mehr Bewerbungen als Kinder gibt, ist eine Vermittlung nicht garantiert.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1741.html', title: '§ 1741 BGB – Zulässigkeit der Annahme' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1743.html', title: '§ 1743 BGB – Mindestalter' },
      { uri: 'https://www.gesetze-im-internet.de/bgb/__1744.html', title: '§ 1744 BGB – Probezeit' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (Bewerbungsbogen)<br>Schriftform erforderlich: Ja, für die Bewerbung<br>Persönliches Erscheinen nötig: Ja<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=adoption-beratung',
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1020000', '1010000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-05-11T10:30:00Z',
  },
  // 37 ────────────────────────────────────────────────────────────────────
  {
    id: 'hilfe-zur-erziehung-beantragen',
    leikaKeys: [],
    name: 'Hilfe zur Erziehung beantragen',
    officialName: 'Hilfe zur Erziehung Bewilligung',
    summary:
      'Wenn eine dem Wohl Ihres Kindes entsprechende Erziehung nicht gewährleistet ist, unterstützt das Jugendamt Sie mit passenden Hilfen – von der Familienhilfe zu Hause bis zur Betreuung außerhalb der Familie.',
    synonyms: ['HzE', 'Familienhilfe', 'SPFH', 'Erziehungsbeistand', 'Tagesgruppe', 'Heimerziehung', 'Wohngruppe', 'ASD', 'Jugendhilfe', 'youth welfare support'],
    descriptionHtml:
      '<p>Eltern haben Anspruch auf Hilfe zur Erziehung, wenn eine dem Wohl ihres Kindes entsprechende Erziehung nicht gewährleistet ist und die Hilfe für seine Entwicklung geeignet und notwendig ist. Die Hilfe richtet sich nach dem Bedarf im Einzelfall. Mögliche Hilfen sind zum Beispiel:</p>' +
      '<ul><li><strong>Sozialpädagogische Familienhilfe</strong>: eine Fachkraft unterstützt die ganze Familie zu Hause im Alltag und bei Konflikten,</li><li><strong>Erziehungsbeistandschaft</strong>: eine feste Ansprechperson für Kinder und Jugendliche,</li><li><strong>Soziale Gruppenarbeit</strong> und <strong>Tagesgruppe</strong>: Förderung in der Gruppe nach der Schule,</li><li><strong>Vollzeitpflege</strong> in einer Pflegefamilie oder <strong>Heimerziehung</strong> und betreute Wohnformen,</li><li><strong>Intensive sozialpädagogische Einzelbetreuung</strong> für Jugendliche in besonders schwierigen Lebenslagen.</li></ul>' +
      '<p>Die Hilfe wird gemeinsam mit Ihnen und Ihrem Kind geplant. Ihre Wünsche werden berücksichtigt, soweit sie keine unverhältnismäßigen Mehrkosten verursachen. Ambulante Hilfen sind für Sie kostenfrei; bei Hilfen außerhalb der Familie wird ein Kostenbeitrag nach Ihrem Einkommen erhoben.</p>',
    requirementsHtml:
      '<ul><li>Sie sind personensorgeberechtigt für ein Kind oder eine Jugendliche beziehungsweise einen Jugendlichen.</li><li>Eine dem Wohl des Kindes entsprechende Erziehung ist ohne Unterstützung nicht gewährleistet.</li><li>Die Hilfe ist geeignet und notwendig. Das wird im Fachteam des Jugendamts gemeinsam mit Ihnen beurteilt.</li><li>Junge Volljährige können Hilfe für junge Volljährige erhalten.</li></ul>',
    procedureHtml:
      '<ol><li>Wenden Sie sich an den Sozialen Dienst des Jugendamts für Ihren Stadtteil. Ein formloser Antrag, auch mündlich, genügt.</li><li>In Gesprächen klärt eine Fachkraft mit Ihnen und Ihrem Kind die Situation und den Hilfebedarf.</li><li>Das Fachteam des Jugendamts entscheidet über die geeignete Hilfe. Sie erhalten einen Bescheid.</li><li>Im Hilfeplangespräch werden Ziele, Umfang und Dauer der Hilfe festgelegt. Der Hilfeplan wird regelmäßig – in der Regel halbjährlich – überprüft.</li></ol>',
    costs: [{ kind: 'free', description: 'Beratung und ambulante Hilfen sind kostenfrei. Bei teilstationären und stationären Hilfen wird ein Kostenbeitrag erhoben.' }],
    costsNoteHtml: '<p>Die Höhe des Kostenbeitrags richtet sich nach der Kostenbeitragsverordnung und Ihrem Einkommen. Das Kindergeld ist bei einer Unterbringung außerhalb der Familie in Höhe eines Kostenbeitrags einzusetzen.</p>',
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Nachweis über das Sorgerecht', descriptionHtml: '<p>Zum Beispiel Geburtsurkunde des Kindes, Sorgeerklärung oder gerichtlicher Beschluss.</p>', required: false },
      { name: 'Berichte von Schule, Kita, Ärzten oder Therapeuten', descriptionHtml: '<p>Falls vorhanden und für die Hilfeplanung hilfreich.</p>', required: false },
      { name: 'Einkommensnachweise', descriptionHtml: '<p>Nur bei Hilfen außerhalb der Familie zur Berechnung des Kostenbeitrags.</p>', required: false },
    ],
    deadlines: [WIDERSPRUCHSFRIST],
    processingTime: { descriptionHtml: '<p>Nach dem Erstgespräch wird die Hilfe in der Regel innerhalb weniger Wochen geplant. In Krisen- und Notsituationen handelt das Jugendamt sofort.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__27.html', title: '§ 27 SGB VIII – Hilfe zur Erziehung' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__36.html', title: '§ 36 SGB VIII – Mitwirkung, Hilfeplan' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_8/__91.html', title: '§ 91 SGB VIII – Anwendungsbereich der Kostenbeteiligung' },
    ],
    appealHtml: WIDERSPRUCH_VERWALTUNG,
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein<br>Schriftform erforderlich: Nein<br>Formlose Antragstellung möglich: Ja<br>Persönliches Erscheinen nötig: Ja, für die Hilfeplanung<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=hilfe-zur-erziehung-beantragen',
    officeIds: ['oe-jugendamt'],
    lifeSituations: ['1020000', '1160000'],
    categories: ['familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-03-23T10:30:00Z',
  },
  // 38 ────────────────────────────────────────────────────────────────────
  {
    id: 'landesfamilienpass-beantragen',
    leikaKeys: [],
    name: 'Landesfamilienpass Baden-Württemberg beantragen',
    officialName: 'Landesfamilienpass Ausstellung',
    summary:
      'Mit dem Landesfamilienpass und der jährlichen Gutscheinkarte besuchen Familien staatliche Schlösser, Gärten und Museen in Baden-Württemberg kostenlos oder ermäßigt. Sie erhalten ihn im Bürgerbüro.',
    synonyms: ['Familienpass', 'Landesfamilienpass BW', 'Gutscheinkarte', 'Schlösser und Gärten', 'kinderreiche Familien', 'Alleinerziehende', 'Familienvergünstigung', 'family pass'],
    descriptionHtml:
      '<p>Der Landesfamilienpass ist ein Angebot des Landes Baden-Württemberg. Zusammen mit der <strong>Gutscheinkarte</strong>, die jedes Jahr neu ausgegeben wird, können Familien zahlreiche staatliche Schlösser, Gärten, Burgen, Klöster und Landesmuseen kostenlos oder ermäßigt besuchen. Außerdem gewähren viele weitere Einrichtungen in Musterstadt und im ganzen Land Ermäßigungen gegen Vorlage des Passes.</p>' +
      '<p>Im Pass werden die Eltern und die berücksichtigten Kinder eingetragen. Er gilt nur zusammen mit einem amtlichen Lichtbildausweis.</p>' +
      '<p>Die Gutscheinkarte für das neue Jahr erhalten Sie jeweils im Bürgerbüro gegen Vorlage Ihres Passes, solange die Voraussetzungen weiter vorliegen.</p>',
    requirementsHtml:
      '<p>Sie wohnen in Musterstadt und leben mit den Kindern in einem Haushalt. Außerdem gehören Sie zu einer dieser Gruppen:</p>' +
      '<ul><li>Familien mit mindestens drei kindergeldberechtigenden Kindern,</li><li>Alleinerziehende mit mindestens einem kindergeldberechtigenden Kind,</li><li>Familien mit einem schwerbehinderten Kind (Grad der Behinderung mindestens 50),</li><li>Familien, die Bürgergeld, Kinderzuschlag, Wohngeld, Sozialhilfe oder Leistungen nach dem Asylbewerberleistungsgesetz erhalten.</li></ul>',
    procedureHtml:
      '<ol><li>Vereinbaren Sie einen Termin in einem Bürgerbüro oder stellen Sie den Antrag online.</li><li>Legen Sie die Nachweise vor. Das Bürgerbüro prüft die Voraussetzungen.</li><li>Sie erhalten den Landesfamilienpass und die Gutscheinkarte für das laufende Jahr – bei persönlicher Vorsprache sofort, bei Online-Antrag per Post.</li><li>Teilen Sie mit, wenn die Voraussetzungen entfallen, zum Beispiel wenn der Kindergeldanspruch für ein Kind endet.</li></ol>',
    costs: [{ kind: 'free', description: 'Landesfamilienpass und Gutscheinkarte sind kostenlos.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Nachweis über den Kindergeldbezug', descriptionHtml: '<p>Aktueller Kindergeldbescheid oder Kontoauszug mit Kindergeldnummer.</p>', required: true },
      { name: 'Schwerbehindertenausweis des Kindes', descriptionHtml: '<p>Nur bei Familien mit schwerbehindertem Kind.</p>', required: false },
      { name: 'Leistungsbescheid', descriptionHtml: '<p>Nur bei Bezug von Bürgergeld, Kinderzuschlag, Wohngeld, Sozialhilfe oder Asylbewerberleistungen.</p>', required: false },
    ],
    deadlines: [
      { label: 'Gutscheinkarte', descriptionHtml: '<p>Die Gutscheinkarte gilt jeweils für ein Kalenderjahr. Nicht genutzte Gutscheine verfallen am Jahresende.</p>' },
    ],
    processingTime: { descriptionHtml: '<p>Bei persönlicher Vorsprache sofort.</p>' },
    legalBasis: [],
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein (auch online möglich)<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [
      { uri: 'https://sozialministerium.baden-wuerttemberg.de/', title: 'Ministerium für Soziales, Gesundheit und Integration Baden-Württemberg' },
    ],
    onlineServices: [
      { title: 'Landesfamilienpass online beantragen', uri: 'https://service.musterstadt.example/landesfamilienpass-beantragen', trustLevel: 'low' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=landesfamilienpass-beantragen',
    officeIds: ['oe-buergerbuero-mitte', 'oe-buergerbuero-sued'],
    lifeSituations: ['1020000', '1110000'],
    categories: ['familie-soziales', 'buergerservice'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-01-05T08:00:00Z',
  },
  // 39 ────────────────────────────────────────────────────────────────────
  {
    id: 'sozialbestattung-beantragen',
    leikaKeys: [],
    name: 'Übernahme der Bestattungskosten beantragen (Sozialbestattung)',
    officialName: 'Bestattungskosten Übernahme',
    summary:
      'Wer zur Bestattung einer verstorbenen Person verpflichtet ist, die Kosten aber nicht tragen kann, erhält vom Sozialamt die Kosten für eine einfache, würdige Bestattung.',
    synonyms: ['Sozialbestattung', 'Bestattungskosten', 'Beerdigungskosten', 'Sozialamt Beerdigung', 'Armenbegräbnis', 'Bestattungspflicht', 'Trauerfall kein Geld', 'funeral costs assistance'],
    descriptionHtml:
      '<p>Angehörige sind nach dem Bestattungsgesetz Baden-Württemberg verpflichtet, für die Bestattung einer verstorbenen Person zu sorgen – auch wenn sie nicht erben oder das Erbe ausschlagen. Reichen der Nachlass, Leistungen wie Sterbegeld oder Versicherungen und Ihre eigenen Mittel nicht aus, übernimmt das Sozialamt die <strong>erforderlichen Kosten einer einfachen, würdigen Bestattung</strong>.</p>' +
      '<p>Übernommen werden zum Beispiel die Kosten für Sarg oder Urne, Überführung, Bestatter, Friedhofsgebühren für ein einfaches Reihengrab und eine schlichte Grabausstattung. Nicht übernommen werden zum Beispiel Kosten für Trauerfeier mit Bewirtung, Traueranzeigen oder einen Grabstein.</p>' +
      '<p>Zuständig ist das Sozialamt des Ortes, an dem die Person gestorben ist. Bei einer Person, die zuvor in einer Einrichtung lebte, kann ein anderes Sozialamt zuständig sein.</p>',
    requirementsHtml:
      '<ul><li>Sie sind zur Bestattung verpflichtet, etwa als Ehegatte, Kind, Elternteil oder Geschwister, oder haben die Kosten vertraglich übernommen.</li><li>Der Nachlass und Leistungen Dritter reichen nicht aus.</li><li>Es ist Ihnen nicht zuzumuten, die Kosten aus Ihrem Einkommen und Vermögen zu tragen.</li><li>Die Person ist in Musterstadt verstorben.</li></ul>',
    procedureHtml:
      '<ol><li>Wenden Sie sich möglichst <strong>vor der Beauftragung des Bestattungsunternehmens</strong> an das Sozialamt und lassen Sie sich beraten, welche Kosten als angemessen gelten.</li><li>Stellen Sie den Antrag und legen Sie den Kostenvoranschlag des Bestatters sowie Nachweise über Nachlass, Einkommen und Vermögen vor.</li><li>Das Sozialamt prüft den Nachlass, vorrangige Ansprüche und Ihre wirtschaftliche Lage.</li><li>Sie erhalten einen Bescheid. Die bewilligten Kosten werden in der Regel direkt an Bestattungsunternehmen und Friedhofsverwaltung gezahlt.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Sterbeurkunde', required: true },
      { name: 'Kostenvoranschlag oder Rechnung des Bestattungsunternehmens', required: true },
      { name: 'Nachweise über den Nachlass', descriptionHtml: '<p>Kontoauszüge, Sparbücher, Sterbegeld- und Lebensversicherungen der verstorbenen Person.</p>', required: true },
      { name: 'Nachweise über Ihr Einkommen und Vermögen', required: true },
      { name: 'Erbausschlagung', descriptionHtml: '<p>Falls das Erbe ausgeschlagen wurde.</p>', required: false },
    ],
    deadlines: [
      { label: 'Antragstellung', descriptionHtml: '<p>Stellen Sie den Antrag so bald wie möglich, am besten vor der Bestattung. Ein späterer Antrag ist möglich, solange die Rechnung noch nicht aus eigenen Mitteln beglichen wurde oder dies nur unter Vorbehalt geschah.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'week', valueTo: 6 } },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_12/__74.html', title: '§ 74 SGB XII – Bestattungskosten' },
      { uri: 'https://www.landesrecht-bw.de/jportal/?quelle=jlink&query=BestattG+BW&psml=bsbawueprod.psml&max=true', title: 'Bestattungsgesetz Baden-Württemberg (BestattG)' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Ja<br>Persönliches Erscheinen nötig: Nein, eine Beratung vorab wird empfohlen<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=sozialbestattung-beantragen',
    officeIds: ['oe-sozialamt'],
    lifeSituations: ['1190000', '1140000'],
    categories: ['familie-soziales', 'friedhof'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-02-24T14:30:00Z',
  },
  // 40 ────────────────────────────────────────────────────────────────────
  {
    id: 'pflegestuetzpunkt-beratung',
    leikaKeys: [],
    name: 'Beratung im Pflegestützpunkt',
    officialName: 'Pflegeberatung im Pflegestützpunkt Durchführung',
    summary:
      'Der Pflegestützpunkt Musterstadt berät Pflegebedürftige und Angehörige kostenlos und neutral zu allen Fragen rund um Pflege, Pflegegrad, Entlastungsangebote und Finanzierung.',
    synonyms: ['Pflegeberatung', 'Pflegegrad', 'Pflegeantrag', 'pflegende Angehörige', 'Demenz', 'Pflegeheim finden', 'Pflegedienst', 'Entlastungsbetrag', 'care counselling'],
    descriptionHtml:
      '<p>Wenn ein Mensch pflegebedürftig wird, stellen sich viele Fragen: Wie beantrage ich einen Pflegegrad? Welche Leistungen gibt es? Wie finde ich einen Pflegedienst, eine Tagespflege oder einen Heimplatz? Wie können Angehörige entlastet werden?</p>' +
      '<p>Der Pflegestützpunkt Musterstadt wird gemeinsam von der Stadt und den Pflege- und Krankenkassen getragen. Die Beraterinnen und Berater informieren Sie <strong>unabhängig, kostenlos und vertraulich</strong>, zum Beispiel zu:</p>' +
      '<ul><li>Leistungen der Pflegeversicherung und der Sozialhilfe,</li><li>ambulanten Diensten, Tages- und Kurzzeitpflege, Pflegeheimen und Wohnformen,</li><li>Wohnraumanpassung und Hilfsmitteln,</li><li>Demenz, Betreuungs- und Entlastungsangeboten,</li><li>Vorsorgevollmacht und Patientenverfügung.</li></ul>' +
      '<p>Bei Bedarf kommen die Beraterinnen und Berater zu Ihnen nach Hause und koordinieren die Hilfen im Einzelfall.</p>',
    requirementsHtml:
      '<ul><li>Die Beratung steht allen Einwohnerinnen und Einwohnern von Musterstadt offen – Pflegebedürftigen, Angehörigen und Menschen, die vorsorgen wollen.</li><li>Ein Pflegegrad ist nicht erforderlich.</li></ul>',
    procedureHtml:
      '<ol><li>Rufen Sie an, schreiben Sie eine E-Mail oder buchen Sie online einen Termin. Während der offenen Sprechstunde können Sie auch ohne Termin kommen.</li><li>Im Gespräch klären Sie Ihre Situation und Fragen.</li><li>Auf Wunsch erstellt der Pflegestützpunkt mit Ihnen einen Versorgungsplan und hilft bei Anträgen, etwa bei der Pflegekasse.</li><li>Bei Bedarf vereinbaren Sie einen Hausbesuch oder weitere Termine.</li></ol>',
    costs: [{ kind: 'free', description: 'Die Beratung ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Bescheid über den Pflegegrad', descriptionHtml: '<p>Falls vorhanden.</p>', required: false },
      { name: 'Arztberichte und Medikamentenplan', descriptionHtml: '<p>Falls für Ihre Fragen hilfreich.</p>', required: false },
    ],
    deadlines: [],
    processingTime: { descriptionHtml: '<p>Termine in der Regel innerhalb einer Woche; in dringenden Fällen, etwa vor einer Krankenhausentlassung, schneller.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_11/__7c.html', title: '§ 7c Elftes Buch Sozialgesetzbuch (SGB XI) – Pflegestützpunkte' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_11/__7a.html', title: '§ 7a SGB XI – Pflegeberatung' },
    ],
    formsNoteHtml:
      '<p>Formulare vorhanden: Nein<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Nein (auch telefonisch oder als Hausbesuch)<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [
      { uri: 'https://www.musterstadt.example/soziales/pflegestuetzpunkt', title: 'Pflegestützpunkt Musterstadt – Sprechzeiten und Kontakt' },
    ],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=pflegestuetzpunkt-beratung',
    officeIds: ['oe-sozialamt'],
    lifeSituations: ['1130000', '1180000'],
    categories: ['gesundheit', 'familie-soziales'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-08-17T09:00:00Z',
  },
  // 41 ────────────────────────────────────────────────────────────────────
  {
    id: 'eingliederungshilfe-beantragen',
    leikaKeys: [],
    name: 'Eingliederungshilfe für Menschen mit Behinderungen beantragen',
    officialName: 'Eingliederungshilfe für Menschen mit Behinderungen Bewilligung',
    summary:
      'Menschen mit einer wesentlichen Behinderung erhalten Eingliederungshilfe, damit sie selbstbestimmt leben und gleichberechtigt am Leben in der Gesellschaft teilhaben können – etwa durch Assistenz, Wohnangebote oder Schulbegleitung.',
    synonyms: ['Eingliederungshilfe', 'Teilhabe', 'Assistenz', 'Schulbegleitung', 'Werkstatt für behinderte Menschen', 'betreutes Wohnen', 'Persönliches Budget', 'Bundesteilhabegesetz', 'BTHG', 'integration assistance'],
    descriptionHtml:
      '<p>Die Eingliederungshilfe unterstützt Menschen mit einer wesentlichen körperlichen, geistigen, seelischen oder Sinnesbehinderung. Sie umfasst insbesondere:</p>' +
      '<ul><li><strong>Leistungen zur Sozialen Teilhabe</strong>, zum Beispiel Assistenz im Alltag, Unterstützung beim Wohnen in der eigenen Wohnung oder in einer besonderen Wohnform, Hilfen zur Mobilität,</li><li><strong>Leistungen zur Teilhabe an Bildung</strong>, etwa Schulbegleitung oder Hilfen für ein Studium,</li><li><strong>Leistungen zur Teilhabe am Arbeitsleben</strong>, zum Beispiel in einer Werkstatt für behinderte Menschen, bei einem anderen Leistungsanbieter oder mit dem Budget für Arbeit,</li><li><strong>Leistungen zur medizinischen Rehabilitation</strong>, soweit kein anderer Träger zuständig ist.</li></ul>' +
      '<p>Welche Leistungen Sie erhalten, wird in einem <strong>Gesamtplanverfahren</strong> gemeinsam mit Ihnen ermittelt. In Baden-Württemberg wird dafür das Bedarfsermittlungsinstrument BEI_BW genutzt. Sie können Leistungen auch als Persönliches Budget erhalten und selbst organisieren.</p>' +
      '<p>Für Kinder und Jugendliche mit einer (drohenden) seelischen Behinderung ist das Jugendamt zuständig.</p>',
    requirementsHtml:
      '<ul><li>Sie haben eine wesentliche Behinderung oder sind von einer solchen bedroht, die Ihre Teilhabe an der Gesellschaft erheblich einschränkt.</li><li>Sie haben Ihren gewöhnlichen Aufenthalt in Musterstadt.</li><li>Kein vorrangiger Leistungsträger ist zuständig, zum Beispiel Kranken-, Renten- oder Unfallversicherung.</li><li>Einkommen oberhalb bestimmter Freigrenzen führt zu einem Eigenbeitrag; Vermögen wird erst oberhalb eines hohen Freibetrags berücksichtigt.</li></ul>',
    procedureHtml:
      '<ol><li>Stellen Sie den Antrag beim Sozialamt – schriftlich, online oder persönlich. Ein formloser Antrag genügt zunächst.</li><li>Eine Fachkraft des Fallmanagements nimmt Kontakt mit Ihnen auf und ermittelt gemeinsam mit Ihnen Ihren Bedarf. Sie können eine Vertrauensperson hinzuziehen.</li><li>Bei Bedarf findet eine Gesamtplankonferenz mit allen Beteiligten statt.</li><li>Das Sozialamt erstellt den Gesamtplan und erlässt einen Bescheid über die Leistungen.</li><li>Der Gesamtplan wird regelmäßig, spätestens nach zwei Jahren, überprüft.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos. Je nach Einkommen kann ein Eigenbeitrag zu den Leistungen anfallen.' }],
    requiredDocuments: [
      { name: 'Personalausweis oder Reisepass', required: true },
      { name: 'Ärztliche Unterlagen und Gutachten zur Behinderung', required: true },
      { name: 'Schwerbehindertenausweis', descriptionHtml: '<p>Falls vorhanden.</p>', required: false },
      { name: 'Einkommens- und Vermögensnachweise', descriptionHtml: '<p>Zum Beispiel Steuerbescheid des Vorvorjahres, Rentenbescheid.</p>', required: true },
      { name: 'Betreuerausweis oder Vollmacht', descriptionHtml: '<p>Wenn eine rechtliche Betreuung besteht oder eine andere Person Sie vertritt.</p>', required: false },
    ],
    deadlines: [
      { label: 'Beginn der Leistung', descriptionHtml: '<p>Leistungen werden frühestens ab dem Ersten des Monats der Antragstellung erbracht. Stellen Sie den Antrag deshalb rechtzeitig, etwa vor Schuljahresbeginn bei einer Schulbegleitung.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 2, unit: 'month', valueTo: 4 }, descriptionHtml: '<p>Abhängig vom Umfang der Bedarfsermittlung und der Beteiligung anderer Träger.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/sgb_9_2018/__99.html', title: '§ 99 Neuntes Buch Sozialgesetzbuch (SGB IX) – Leistungsberechtigter Personenkreis' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_9_2018/__108.html', title: '§ 108 SGB IX – Antragserfordernis' },
      { uri: 'https://www.gesetze-im-internet.de/sgb_9_2018/__117.html', title: '§ 117 SGB IX – Gesamtplanverfahren' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja<br>Schriftform erforderlich: Nein, formloser Antrag wahrt die Frist<br>Persönliches Erscheinen nötig: Ja, für die Bedarfsermittlung (auch als Hausbesuch)<br>Online-Dienste vorhanden: Ja</p>',
    furtherInformation: [],
    onlineServices: [
      { title: 'Eingliederungshilfe online beantragen', uri: 'https://service.musterstadt.example/eingliederungshilfe-beantragen', trustLevel: 'substantial' },
    ],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=eingliederungshilfe-beantragen',
    officeIds: ['oe-sozialamt'],
    lifeSituations: ['1140000', '1130000', '1030000'],
    categories: ['familie-soziales', 'gesundheit'],
    addressees: ['citizen'],
    online: true,
    language: 'de',
    lastUpdated: '2026-08-03T11:00:00Z',
  },
  // 42 ────────────────────────────────────────────────────────────────────
  {
    id: 'asylbewerberleistungen-beantragen',
    leikaKeys: [],
    name: 'Leistungen nach dem Asylbewerberleistungsgesetz beantragen',
    officialName: 'Leistungen nach dem Asylbewerberleistungsgesetz Bewilligung',
    summary:
      'Asylsuchende, Geduldete und weitere Personen ohne gesicherten Aufenthalt erhalten zur Sicherung ihres Lebensunterhalts Leistungen nach dem Asylbewerberleistungsgesetz vom Sozialamt.',
    synonyms: ['AsylbLG', 'Asylbewerberleistungen', 'Leistungen für Geflüchtete', 'Flüchtlinge', 'Duldung', 'Aufenthaltsgestattung', 'Anschlussunterbringung', 'Grundleistungen', 'asylum seeker benefits'],
    descriptionHtml:
      '<p>Das Asylbewerberleistungsgesetz sichert den Lebensunterhalt von Menschen, die sich im Asylverfahren befinden, eine Duldung haben oder vollziehbar ausreisepflichtig sind, sowie ihrer Familienangehörigen. Nach dem Aufenthalt in einer Erstaufnahmeeinrichtung des Landes ist in Musterstadt das Sozialamt zuständig.</p>' +
      '<ul><li><strong>Grundleistungen</strong> decken den notwendigen Bedarf an Ernährung, Unterkunft, Heizung, Kleidung und Gesundheitspflege sowie den persönlichen Bedarf. In Gemeinschaftsunterkünften werden Leistungen teilweise als Sachleistungen erbracht.</li><li><strong>Leistungen bei Krankheit, Schwangerschaft und Geburt</strong>: Behandlung akuter Erkrankungen und Schmerzzustände, Vorsorgeuntersuchungen und Schutzimpfungen.</li><li><strong>Leistungen für Bildung und Teilhabe</strong> für Kinder und Jugendliche.</li><li>Nach <strong>36 Monaten</strong> ununterbrochenem Aufenthalt erhalten Leistungsberechtigte in der Regel Leistungen entsprechend der Sozialhilfe (Analogleistungen), wenn sie die Dauer des Aufenthalts nicht rechtsmissbräuchlich selbst beeinflusst haben.</li></ul>' +
      '<p>Eigenes Einkommen und Vermögen werden angerechnet. Wer eine Arbeitserlaubnis hat, wird bei der Arbeitsaufnahme vom Jobcenter und der Agentur für Arbeit unterstützt.</p>',
    requirementsHtml:
      '<ul><li>Sie besitzen eine Aufenthaltsgestattung, eine Duldung, sind vollziehbar ausreisepflichtig oder haben einen der im Gesetz genannten Aufenthaltstitel.</li><li>Sie sind der Stadt Musterstadt zugewiesen oder halten sich hier auf.</li><li>Sie können Ihren Lebensunterhalt nicht aus eigenem Einkommen und Vermögen decken.</li></ul>',
    procedureHtml:
      '<ol><li>Nach der Zuweisung nach Musterstadt melden Sie sich beim Sozialamt. Die Sozialbetreuung in Ihrer Unterkunft unterstützt Sie dabei.</li><li>Füllen Sie den Antrag aus. Dolmetschende können hinzugezogen werden.</li><li>Das Sozialamt prüft Ihre Angaben und erlässt einen Bescheid. Laufende Leistungen werden monatlich im Voraus gezahlt.</li><li>Teilen Sie Änderungen sofort mit, zum Beispiel Arbeitsaufnahme, Umzug oder eine Entscheidung über Ihren Asylantrag. Nach einer Anerkennung wechseln Sie in der Regel zum Jobcenter.</li></ol>',
    costs: [{ kind: 'free', description: 'Der Antrag ist kostenlos.' }],
    requiredDocuments: [
      { name: 'Ankunftsnachweis, Aufenthaltsgestattung oder Duldung', required: true },
      { name: 'Zuweisungsentscheidung', required: false },
      { name: 'Nachweise über Einkommen und Vermögen', descriptionHtml: '<p>Zum Beispiel Arbeitsvertrag, Lohnabrechnungen, Kontoauszüge.</p>', required: false },
      { name: 'Mietvertrag', descriptionHtml: '<p>Nur wenn Sie in einer eigenen Wohnung leben.</p>', required: false },
    ],
    deadlines: [
      { label: 'Beginn der Leistung', descriptionHtml: '<p>Leistungen werden ab dem Zeitpunkt erbracht, an dem dem Sozialamt der Bedarf bekannt wird.</p>' },
      WIDERSPRUCHSFRIST,
    ],
    processingTime: { duration: { value: 1, unit: 'week', valueTo: 3 }, descriptionHtml: '<p>In dringenden Fällen erhalten Sie am selben Tag einen Abschlag oder Sachleistungen.</p>' },
    legalBasis: [
      { uri: 'https://www.gesetze-im-internet.de/asylblg/__1.html', title: '§ 1 Asylbewerberleistungsgesetz (AsylbLG) – Leistungsberechtigte' },
      { uri: 'https://www.gesetze-im-internet.de/asylblg/__2.html', title: '§ 2 AsylbLG – Leistungen in besonderen Fällen' },
      { uri: 'https://www.gesetze-im-internet.de/asylblg/__3.html', title: '§ 3 AsylbLG – Grundleistungen' },
    ],
    appealHtml: WIDERSPRUCH_SOZIAL,
    formsNoteHtml:
      '<p>Formulare vorhanden: Ja (in mehreren Sprachen)<br>Schriftform erforderlich: Nein<br>Persönliches Erscheinen nötig: Ja, bei der ersten Antragstellung<br>Online-Dienste vorhanden: Nein</p>',
    furtherInformation: [],
    onlineServices: [],
    appointmentUrl: 'https://termine.musterstadt.example/?anliegen=asylbewerberleistungen-beantragen',
    officeIds: ['oe-sozialamt', 'oe-auslaenderbehoerde'],
    lifeSituations: ['1080000', '1140000'],
    categories: ['familie-soziales', 'migration'],
    addressees: ['citizen'],
    online: false,
    language: 'de',
    lastUpdated: '2026-06-29T09:00:00Z',
  },
];
