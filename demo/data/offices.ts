/**
 * Offices (Organisationseinheiten) of the Musterstadt demo catalog.
 *
 * Musterstadt is a fictional Stadtkreis in Baden-Württemberg: addresses,
 * phone numbers (area code 07999), e-mail addresses and coordinates are made
 * up. Exceptions are the state and federal bodies at the end of the list:
 * the L-Bank's address and Elterngeld hotline and the Familienkasse hotline
 * are the real ones.
 *
 * Holidays are the Baden-Württemberg public holidays from December 2026 to
 * June 2027 (Easter 2027 is on 28 March), plus 24 and 31 December, on which
 * the city administration closes by custom.
 */
import type { CatalogFileInput } from '../../connectors/static-json/index.js';

type OfficeInput = NonNullable<CatalogFileInput['offices']>[number];
type OpeningHoursInput = NonNullable<OfficeInput['openingHours']>;
type SlotInput = NonNullable<OpeningHoursInput['regular']>[number];
type ExceptionInput = NonNullable<OpeningHoursInput['exceptions']>[number];
type Day = SlotInput['day'];

const MO_FR: Day[] = ['mo', 'tu', 'we', 'th', 'fr'];

/** The same window on several weekdays. */
function on(days: Day[], opens: string, closes: string, extra: { appointmentOnly?: boolean; note?: string } = {}): SlotInput[] {
  return days.map((day) => ({ day, opens, closes, ...extra }));
}

/** Closed days for every office, December 2026 to June 2027. */
const HOLIDAYS: ExceptionInput[] = [
  { date: '2026-12-24', slots: [], note: 'Heiligabend: geschlossen' },
  { date: '2026-12-25', slots: [], note: '1. Weihnachtsfeiertag' },
  { date: '2026-12-26', slots: [], note: '2. Weihnachtsfeiertag' },
  { date: '2026-12-31', slots: [], note: 'Silvester: geschlossen' },
  { date: '2027-01-01', slots: [], note: 'Neujahr' },
  { date: '2027-01-06', slots: [], note: 'Heilige Drei Könige' },
  { date: '2027-03-26', slots: [], note: 'Karfreitag' },
  { date: '2027-03-29', slots: [], note: 'Ostermontag' },
  { date: '2027-05-01', slots: [], note: 'Tag der Arbeit' },
  { date: '2027-05-06', slots: [], note: 'Christi Himmelfahrt' },
  { date: '2027-05-17', slots: [], note: 'Pfingstmontag' },
  { date: '2027-05-27', slots: [], note: 'Fronleichnam' },
];

/**
 * Personalversammlung der Stadtverwaltung on Thursday, 11 March 2027: city
 * offices close at 12:00. Offices without Thursday hours after 12:00 get no
 * exception, as nothing changes for them.
 */
const STAFF_MEETING = { date: '2027-03-11', day: 'th' as Day, closesAt: '12:00' };

function staffMeeting(regular: SlotInput[]): ExceptionInput[] {
  const thursday = regular.filter((s) => s.day === STAFF_MEETING.day);
  if (!thursday.some((s) => s.closes > STAFF_MEETING.closesAt)) return [];
  const slots = thursday
    .filter((s) => s.opens < STAFF_MEETING.closesAt)
    .map((s) => ({ opens: s.opens, closes: s.closes < STAFF_MEETING.closesAt ? s.closes : STAFF_MEETING.closesAt }));
  return [{ date: STAFF_MEETING.date, slots, note: 'Personalversammlung der Stadtverwaltung: ab 12:00 Uhr geschlossen' }];
}

/** Opening hours with the holidays, and for city offices the staff meeting. */
function hours(regular: SlotInput[], options: { note?: string; cityOffice?: boolean } = {}): OpeningHoursInput {
  const { note, cityOffice = true } = options;
  const exceptions = [...HOLIDAYS, ...(cityOffice ? staffMeeting(regular) : [])].sort((a, b) => a.date.localeCompare(b.date));
  return { regular, exceptions, ...(note ? { note } : {}), timeZone: 'Europe/Berlin' };
}

const WEB = 'https://www.musterstadt.example';
const TERMINE = 'https://termine.musterstadt.example/?stelle=';

/** The city's central post box; the office goes into `addition`. */
function postfach(office: string): OfficeInput['postalAddress'] {
  return { street: 'Postfach 10 01 00', postalCode: '76999', city: 'Musterstadt', addition: `Stadt Musterstadt, ${office}` };
}

const ZENTRALE = { value: '07999 133-0', label: 'Zentrale Stadtverwaltung' };
const BEHOERDENNUMMER = { value: '115', label: 'Behördennummer 115 (Mo–Fr 8–18 Uhr)' };

// Buildings used by several offices.
const RATHAUS = { street: 'Marktplatz', houseNumber: '1', postalCode: '76990', city: 'Musterstadt' };
const RATHAUS_GEO = { lat: 49.00937, lon: 8.4039 };
const RATHAUS_ACCESS = {
  wheelchairAccessible: true,
  accessibleToilet: true,
  accessibleParking: true,
  notes:
    'Stufenloser Zugang und Aufzug am Seiteneingang Rathausgasse; zwei Behindertenparkplätze in der Rathausgasse. Barrierefreies WC im Erdgeschoss.',
};
const ORDNUNGSZENTRUM = { street: 'Bahnhofstraße', houseNumber: '20', postalCode: '76994', city: 'Musterstadt' };
const ORDNUNGSZENTRUM_GEO = { lat: 48.9982, lon: 8.4021 };
const ORDNUNGSZENTRUM_ACCESS = {
  wheelchairAccessible: true,
  accessibleToilet: true,
  accessibleParking: false,
  notes: 'Aufzug im Foyer. Keine eigenen Parkplätze; Behindertenparkplätze im Parkhaus Bahnhof Süd (ca. 150 m).',
};
const TECHNISCHES_RATHAUS = { street: 'Lammstraße', houseNumber: '7', postalCode: '76990', city: 'Musterstadt' };
const TECHNISCHES_RATHAUS_GEO = { lat: 49.0086, lon: 8.4011 };
const TECHNISCHES_RATHAUS_ACCESS = {
  wheelchairAccessible: true,
  accessibleToilet: true,
  accessibleParking: true,
  hearingLoop: false,
  notes: 'Haupteingang stufenlos, Aufzug zu allen Geschossen. Behindertenparkplatz im Innenhof, Zufahrt über die Lammstraße.',
};
const SOZIALZENTRUM = { street: 'Kaiserallee', houseNumber: '4', postalCode: '76993', city: 'Musterstadt' };
const SOZIALZENTRUM_GEO = { lat: 49.0108, lon: 8.3835 };
const SOZIALZENTRUM_ACCESS = {
  wheelchairAccessible: true,
  accessibleToilet: true,
  accessibleParking: true,
  hearingLoop: true,
  notes: 'Automatische Eingangstür, Aufzug, Induktionsschleife an der Information im Erdgeschoss. Zwei Behindertenparkplätze vor dem Haus.',
};
const HAUS_DER_FAMILIE = { street: 'Sophienstraße', houseNumber: '21', postalCode: '76993', city: 'Musterstadt' };
const HAUS_DER_FAMILIE_GEO = { lat: 49.0083, lon: 8.3894 };
const SCHULVERWALTUNG = { street: 'Blücherstraße', houseNumber: '17', postalCode: '76992', city: 'Musterstadt' };
const SCHULVERWALTUNG_GEO = { lat: 49.0176, lon: 8.3923 };
const BAHNHOFPLATZ_ACCESS = {
  wheelchairAccessible: true,
  accessibleToilet: true,
  accessibleParking: true,
  hearingLoop: true,
  notes: 'Stufenloser Zugang, Aufzüge, Induktionsschleife an der Eingangszone. Behindertenparkplätze in der Tiefgarage am Bahnhofplatz.',
};

export const offices: NonNullable<CatalogFileInput['offices']> = [
  // ---------------------------------------------------------------- Bürgerservice
  {
    id: 'oe-buergerbuero-mitte',
    name: 'Bürgerbüro Mitte',
    description:
      'Zentrale Anlaufstelle im Rathaus für Ausweise und Pässe, An- und Ummeldung, Meldebescheinigungen, Führungszeugnisse und Beglaubigungen. Samstags nur mit Termin.',
    visitorAddress: { ...RATHAUS, addition: 'Rathaus, Erdgeschoss, Zimmer 012–018', geo: RATHAUS_GEO },
    postalAddress: postfach('Bürgerbüro Mitte'),
    contact: {
      phone: [{ value: '07999 133-1100', label: 'Bürgerbüro Mitte' }, BEHOERDENNUMMER, ZENTRALE],
      email: [{ value: 'buergerbuero@musterstadt.example', label: 'Bürgerbüro' }],
      fax: [{ value: '07999 133-1199' }],
      web: `${WEB}/buergerbuero`,
    },
    openingHours: hours(
      [
        ...on(['mo'], '08:00', '12:00'),
        ...on(['tu'], '08:00', '12:00'),
        ...on(['we'], '08:00', '12:00'),
        ...on(['th'], '08:00', '12:00'),
        ...on(['th'], '14:00', '18:00'),
        ...on(['fr'], '08:00', '12:00'),
        ...on(['sa'], '09:00', '12:00', { appointmentOnly: true }),
      ],
      { note: 'Ohne Termin mit Wartezeit; mit Termin werden Sie bevorzugt aufgerufen. Am Samstag nur mit Termin.' },
    ),
    accessibility: { ...RATHAUS_ACCESS, hearingLoop: true, notes: `${RATHAUS_ACCESS.notes} Induktionsschleife an den Schaltern 1 und 2.` },
    appointmentUrl: `${TERMINE}oe-buergerbuero-mitte`,
  },
  {
    id: 'oe-buergerbuero-nord',
    name: 'Bürgerbüro Nord',
    description:
      'Bürgerbüro im Stadtteilzentrum Nordstadt für Ausweise und Pässe, Meldeangelegenheiten, Führungszeugnisse und Beglaubigungen.',
    visitorAddress: {
      street: 'Lindenplatz',
      houseNumber: '3',
      postalCode: '76992',
      city: 'Musterstadt',
      addition: 'Stadtteilzentrum Nordstadt, Erdgeschoss',
      geo: { lat: 49.0248, lon: 8.3981 },
    },
    postalAddress: postfach('Bürgerbüro Nord'),
    contact: {
      phone: [{ value: '07999 133-1200', label: 'Bürgerbüro Nord' }, BEHOERDENNUMMER],
      email: [{ value: 'buergerbuero-nord@musterstadt.example' }],
      fax: [],
      web: `${WEB}/buergerbuero`,
    },
    openingHours: hours([...on(MO_FR, '08:00', '12:00'), ...on(['th'], '14:00', '18:00')]),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Ebenerdiger Zugang vom Lindenplatz. Behindertenparkplatz direkt vor dem Stadtteilzentrum.',
    },
    appointmentUrl: `${TERMINE}oe-buergerbuero-nord`,
  },
  {
    id: 'oe-buergerbuero-sued',
    name: 'Bürgerbüro Süd',
    description:
      'Bürgerbüro im Bürgerzentrum Südstadt für Ausweise und Pässe, Meldeangelegenheiten, Führungszeugnisse und Beglaubigungen.',
    visitorAddress: {
      street: 'Schwarzwaldstraße',
      houseNumber: '40',
      postalCode: '76994',
      city: 'Musterstadt',
      addition: 'Bürgerzentrum Südstadt, 1. Obergeschoss',
      geo: { lat: 48.9931, lon: 8.4062 },
    },
    postalAddress: postfach('Bürgerbüro Süd'),
    contact: {
      phone: [{ value: '07999 133-1300', label: 'Bürgerbüro Süd' }, BEHOERDENNUMMER],
      email: [{ value: 'buergerbuero-sued@musterstadt.example' }],
      fax: [],
      web: `${WEB}/buergerbuero`,
    },
    openingHours: hours([
      ...on(['mo'], '08:00', '12:00'),
      ...on(['tu'], '08:00', '12:00'),
      ...on(['tu'], '14:00', '16:00', { appointmentOnly: true }),
      ...on(['we'], '08:00', '12:00'),
      ...on(['th'], '08:00', '12:00'),
      ...on(['th'], '14:00', '18:00'),
      ...on(['fr'], '08:00', '12:00'),
    ]),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      notes: 'Aufzug neben dem Haupteingang. Keine Behindertenparkplätze am Gebäude; Haltestelle Schwarzwaldstraße (Straßenbahn) vor der Tür.',
    },
    appointmentUrl: `${TERMINE}oe-buergerbuero-sued`,
  },
  {
    id: 'oe-standesamt',
    name: 'Standesamt Musterstadt',
    shortName: 'Standesamt',
    description:
      'Beurkundet Geburten, Eheschließungen und Sterbefälle, stellt Personenstandsurkunden aus und nimmt Erklärungen zur Namensführung entgegen.',
    visitorAddress: {
      street: 'Marktplatz',
      houseNumber: '3',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: 'Altes Rathaus, 1. Obergeschoss',
      geo: { lat: 49.00962, lon: 8.40352 },
    },
    postalAddress: postfach('Standesamt'),
    contact: {
      phone: [
        { value: '07999 133-1400', label: 'Standesamt' },
        { value: '07999 133-1410', label: 'Anmeldung zur Eheschließung' },
      ],
      email: [{ value: 'standesamt@musterstadt.example' }],
      fax: [{ value: '07999 133-1499' }],
      web: `${WEB}/standesamt`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '17:00', { appointmentOnly: true })], {
      note: 'Anmeldung zur Eheschließung und Beurkundung von Sterbefällen bitte mit Termin. Trauungen nach Vereinbarung, auch samstags.',
    }),
    accessibility: {
      wheelchairAccessible: false,
      accessibleToilet: false,
      accessibleParking: true,
      notes:
        'Das Alte Rathaus (1748) hat keinen Aufzug; das Standesamt im 1. Obergeschoss ist nur über eine Treppe mit 22 Stufen erreichbar. Auf Wunsch empfangen wir Sie im barrierefreien Bürgerbüro Mitte im Rathaus nebenan (Marktplatz 1); Trauungen sind auch im barrierefreien Bürgersaal des Rathauses möglich. Behindertenparkplätze in der Rathausgasse.',
    },
    appointmentUrl: `${TERMINE}oe-standesamt`,
  },
  {
    id: 'oe-auslaenderbehoerde',
    name: 'Ausländerbehörde und Welcome Center',
    shortName: 'Ausländerbehörde',
    description:
      'Zuständig für Aufenthaltstitel, Visaverlängerungen, Verpflichtungserklärungen und Einbürgerung. Das Welcome Center berät neu Zugezogene und internationale Fachkräfte.',
    visitorAddress: {
      street: 'Karlstraße',
      houseNumber: '11',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: 'Welcome Center im Erdgeschoss, Ausländerbehörde 1.–2. Obergeschoss',
      geo: { lat: 49.0078, lon: 8.3971 },
    },
    postalAddress: postfach('Ausländerbehörde'),
    contact: {
      phone: [
        { value: '07999 133-1500', label: 'Ausländerbehörde' },
        { value: '07999 133-1550', label: 'Einbürgerung' },
        { value: '07999 133-1570', label: 'Welcome Center (Deutsch, Englisch)' },
      ],
      email: [
        { value: 'auslaenderbehoerde@musterstadt.example', label: 'Ausländerbehörde' },
        { value: 'einbuergerung@musterstadt.example', label: 'Einbürgerung' },
        { value: 'welcome@musterstadt.example', label: 'Welcome Center' },
      ],
      fax: [{ value: '07999 133-1599' }],
      web: `${WEB}/auslaenderbehoerde`,
    },
    openingHours: hours(
      [
        ...on(['mo'], '08:00', '12:00', { appointmentOnly: true }),
        ...on(['tu'], '08:00', '12:00', { appointmentOnly: true }),
        ...on(['tu'], '13:30', '15:30', { appointmentOnly: true }),
        ...on(['we'], '09:00', '12:00', { note: 'Welcome Center: offene Sprechstunde ohne Termin' }),
        ...on(['th'], '08:00', '12:00', { appointmentOnly: true }),
        ...on(['th'], '14:00', '18:00', { appointmentOnly: true }),
        ...on(['fr'], '08:00', '12:00', { appointmentOnly: true }),
      ],
      { note: 'Vorsprachen bei der Ausländerbehörde nur mit Termin. Das Welcome Center berät mittwochs auch ohne Termin.' },
    ),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      hearingLoop: true,
      notes: 'Stufenloser Zugang und Aufzug. Induktionsschleife im Welcome Center. Nächste Behindertenparkplätze am Marktplatz (ca. 200 m).',
    },
    appointmentUrl: `${TERMINE}oe-auslaenderbehoerde`,
  },
  {
    id: 'oe-wahlamt',
    name: 'Wahlamt',
    description:
      'Organisiert Wahlen und Abstimmungen in Musterstadt, führt das Wählerverzeichnis und stellt Briefwahlunterlagen aus.',
    visitorAddress: { ...RATHAUS, addition: 'Rathaus, 2. Obergeschoss, Zimmer 210', geo: RATHAUS_GEO },
    postalAddress: postfach('Wahlamt'),
    contact: {
      phone: [{ value: '07999 133-1600', label: 'Wahlamt' }],
      email: [{ value: 'wahlamt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/wahlen`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '16:00')], {
      note: 'Vor Wahlen hat das Briefwahlbüro im Rathaus erweiterte Öffnungszeiten; sie werden rechtzeitig bekannt gegeben.',
    }),
    accessibility: RATHAUS_ACCESS,
  },
  {
    id: 'oe-fundbuero',
    name: 'Fundbüro',
    description: 'Nimmt Fundsachen entgegen, bewahrt sie auf und gibt sie an Verliererinnen und Verlierer zurück.',
    visitorAddress: { ...RATHAUS, addition: 'Rathaus, Erdgeschoss, Zimmer 021', geo: RATHAUS_GEO },
    postalAddress: postfach('Fundbüro'),
    contact: {
      phone: [{ value: '07999 133-1650', label: 'Fundbüro' }],
      email: [{ value: 'fundbuero@musterstadt.example' }],
      fax: [],
      web: `${WEB}/fundbuero`,
    },
    openingHours: hours(
      [
        ...on(['mo', 'tu', 'th', 'fr'], '08:30', '12:00'),
        ...on(['th'], '14:00', '17:00'),
      ],
      { note: 'Mittwochs geschlossen.' },
    ),
    accessibility: RATHAUS_ACCESS,
    parentId: 'oe-ordnungsamt',
  },
  // ---------------------------------------------------------------- Verkehr und Ordnung
  {
    id: 'oe-kfz-zulassung',
    name: 'Kfz-Zulassungsstelle',
    shortName: 'Zulassungsstelle',
    description:
      'Zulassung, Umschreibung und Außerbetriebsetzung von Fahrzeugen, Wunschkennzeichen, Kurzzeit- und Saisonkennzeichen.',
    visitorAddress: {
      street: 'Heinrich-Hertz-Straße',
      houseNumber: '12',
      postalCode: '76995',
      city: 'Musterstadt',
      addition: 'Dienstleistungszentrum Verkehr, Erdgeschoss',
      geo: { lat: 49.0123, lon: 8.3658 },
    },
    postalAddress: postfach('Kfz-Zulassungsstelle'),
    contact: {
      phone: [{ value: '07999 133-3100', label: 'Zulassungsstelle' }, BEHOERDENNUMMER],
      email: [{ value: 'zulassung@musterstadt.example' }],
      fax: [{ value: '07999 133-3199' }],
      web: `${WEB}/kfz-zulassung`,
    },
    openingHours: hours(
      [
        ...on(MO_FR, '07:30', '12:00', { appointmentOnly: true }),
        ...on(['th'], '13:30', '17:30', { appointmentOnly: true }),
      ],
      { note: 'Nur mit Termin. Viele Vorgänge sind auch online möglich (i-Kfz). Händlerschalter dienstags und donnerstags.' },
    ),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Alle Schalter im Erdgeschoss. Behindertenparkplätze direkt am Eingang.',
    },
    appointmentUrl: `${TERMINE}oe-kfz-zulassung`,
  },
  {
    id: 'oe-fuehrerscheinstelle',
    name: 'Führerscheinstelle',
    description:
      'Erteilt, erweitert und ersetzt Fahrerlaubnisse, tauscht alte Führerscheine um und stellt internationale Führerscheine aus.',
    visitorAddress: {
      street: 'Heinrich-Hertz-Straße',
      houseNumber: '12',
      postalCode: '76995',
      city: 'Musterstadt',
      addition: 'Dienstleistungszentrum Verkehr, 1. Obergeschoss',
      geo: { lat: 49.0123, lon: 8.3658 },
    },
    postalAddress: postfach('Führerscheinstelle'),
    contact: {
      phone: [{ value: '07999 133-3200', label: 'Führerscheinstelle' }, BEHOERDENNUMMER],
      email: [{ value: 'fuehrerschein@musterstadt.example' }],
      fax: [{ value: '07999 133-3299' }],
      web: `${WEB}/fuehrerschein`,
    },
    openingHours: hours(
      [
        ...on(MO_FR, '07:30', '12:00', { appointmentOnly: true }),
        ...on(['th'], '13:30', '17:30', { appointmentOnly: true }),
      ],
      { note: 'Nur mit Termin. Fertige Führerscheine können ohne Termin freitags 07:30–12:00 Uhr abgeholt werden.' },
    ),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Aufzug im Eingangsbereich. Behindertenparkplätze direkt am Eingang.',
    },
    appointmentUrl: `${TERMINE}oe-fuehrerscheinstelle`,
  },
  {
    id: 'oe-strassenverkehrsbehoerde',
    name: 'Straßenverkehrsbehörde',
    description:
      'Ordnet Verkehrszeichen und Halteverbote an, erteilt Ausnahmegenehmigungen, Bewohner- und Schwerbehindertenparkausweise sowie Erlaubnisse für Großraum- und Schwertransporte.',
    visitorAddress: { ...ORDNUNGSZENTRUM, addition: 'Ordnungszentrum, 2. Obergeschoss', geo: ORDNUNGSZENTRUM_GEO },
    postalAddress: postfach('Straßenverkehrsbehörde'),
    contact: {
      phone: [
        { value: '07999 133-3300', label: 'Straßenverkehrsbehörde' },
        { value: '07999 133-3320', label: 'Bewohnerparken' },
      ],
      email: [{ value: 'strassenverkehr@musterstadt.example' }],
      fax: [],
      web: `${WEB}/strassenverkehr`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['mo', 'tu', 'we', 'th'], '13:30', '15:30', { appointmentOnly: true })], {
      note: 'Nachmittags Termine nach Vereinbarung.',
    }),
    accessibility: ORDNUNGSZENTRUM_ACCESS,
    appointmentUrl: `${TERMINE}oe-strassenverkehrsbehoerde`,
  },
  {
    id: 'oe-bussgeldstelle',
    name: 'Bußgeldstelle',
    description:
      'Bearbeitet Verwarnungen und Bußgeldverfahren wegen Verkehrsordnungswidrigkeiten, etwa Falschparken und Geschwindigkeitsverstöße, und nimmt Anhörungsbögen entgegen.',
    visitorAddress: { ...ORDNUNGSZENTRUM, addition: 'Ordnungszentrum, 3. Obergeschoss', geo: ORDNUNGSZENTRUM_GEO },
    postalAddress: postfach('Bußgeldstelle'),
    contact: {
      phone: [{ value: '07999 133-3400', label: 'Bußgeldstelle (bitte Aktenzeichen bereithalten)' }],
      email: [{ value: 'bussgeldstelle@musterstadt.example' }],
      fax: [{ value: '07999 133-3499' }],
      web: `${WEB}/bussgeld`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '16:00')], {
      note: 'Bitte geben Sie bei Anfragen immer das Aktenzeichen an.',
    }),
    accessibility: ORDNUNGSZENTRUM_ACCESS,
    parentId: 'oe-ordnungsamt',
  },
  {
    id: 'oe-ordnungsamt',
    name: 'Ordnungsamt',
    description:
      'Zuständig für öffentliche Sicherheit und Ordnung: Veranstaltungen, Lärmschutz, Waffen- und Jagdrecht, Gaststätten, Hundehaltung und den Gemeindevollzugsdienst.',
    visitorAddress: { ...ORDNUNGSZENTRUM, addition: 'Ordnungszentrum, Information im Erdgeschoss', geo: ORDNUNGSZENTRUM_GEO },
    postalAddress: postfach('Ordnungsamt'),
    contact: {
      phone: [
        { value: '07999 133-3000', label: 'Ordnungsamt' },
        { value: '07999 133-3090', label: 'Gemeindevollzugsdienst' },
      ],
      email: [{ value: 'ordnungsamt@musterstadt.example' }],
      fax: [{ value: '07999 133-3099' }],
      web: `${WEB}/ordnungsamt`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '17:00')]),
    accessibility: ORDNUNGSZENTRUM_ACCESS,
  },
  // ---------------------------------------------------------------- Wirtschaft und Finanzen
  {
    id: 'oe-gewerbeamt',
    name: 'Gewerbeamt',
    description:
      'Nimmt Gewerbeanmeldungen, -ummeldungen und -abmeldungen entgegen und erteilt gewerberechtliche Erlaubnisse, etwa für Gaststätten, Makler und Bewachungsgewerbe.',
    visitorAddress: {
      street: 'Kronenplatz',
      houseNumber: '2',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: '1. Obergeschoss',
      geo: { lat: 49.0088, lon: 8.4112 },
    },
    postalAddress: postfach('Gewerbeamt'),
    contact: {
      phone: [{ value: '07999 133-3500', label: 'Gewerbeamt' }],
      email: [{ value: 'gewerbeamt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/gewerbe`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '17:00', { appointmentOnly: true })], {
      note: 'Gewerbeanzeigen können auch online erstattet werden. Beratung zu Erlaubnissen nach Vereinbarung.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      notes: 'Aufzug im Treppenhaus. Öffentliche Behindertenparkplätze am Kronenplatz.',
    },
    appointmentUrl: `${TERMINE}oe-gewerbeamt`,
  },
  {
    id: 'oe-marktamt',
    name: 'Marktamt',
    description:
      'Veranstaltet die Wochenmärkte, die Frühjahrs- und Herbstmesse und den Weihnachtsmarkt und vergibt die Standplätze.',
    visitorAddress: {
      street: 'Kronenplatz',
      houseNumber: '2',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: 'Erdgeschoss, Zimmer 004',
      geo: { lat: 49.0088, lon: 8.4112 },
    },
    postalAddress: postfach('Marktamt'),
    contact: {
      phone: [{ value: '07999 133-3600', label: 'Marktamt' }],
      email: [{ value: 'marktamt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/maerkte`,
    },
    openingHours: hours(on(['mo', 'we', 'fr'], '09:00', '12:00'), {
      note: 'Dienstags und donnerstags ist die Marktmeisterei auf den Wochenmärkten unterwegs und telefonisch erreichbar.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      notes: 'Ebenerdiger Zugang vom Kronenplatz.',
    },
  },
  {
    id: 'oe-steueramt',
    name: 'Steueramt',
    description:
      'Setzt die städtischen Steuern und Abgaben fest, vor allem Grundsteuer, Gewerbesteuer, Hundesteuer und Zweitwohnungsteuer.',
    visitorAddress: {
      street: 'Kaiserstraße',
      houseNumber: '42',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: '3. Obergeschoss',
      geo: { lat: 49.0099, lon: 8.4076 },
    },
    postalAddress: postfach('Steueramt'),
    contact: {
      phone: [
        { value: '07999 133-2100', label: 'Steueramt' },
        { value: '07999 133-2130', label: 'Grundsteuer' },
        { value: '07999 133-2150', label: 'Hundesteuer' },
      ],
      email: [{ value: 'steueramt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/steuern`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '16:00')], {
      note: 'Längere Beratungen bitte nach Vereinbarung.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      notes: 'Aufzug am Eingang Kaiserstraße. In der Fußgängerzone keine Parkplätze; Behindertenparkplätze in der Waldstraße (ca. 100 m).',
    },
    appointmentUrl: `${TERMINE}oe-steueramt`,
  },
  {
    id: 'oe-stadtkasse',
    name: 'Stadtkasse',
    description:
      'Nimmt Zahlungen an die Stadt entgegen, zahlt aus, bearbeitet Stundungen und Ratenzahlungen und betreibt die Vollstreckung offener Forderungen.',
    visitorAddress: {
      street: 'Kaiserstraße',
      houseNumber: '42',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: 'Erdgeschoss, Kassenschalter',
      geo: { lat: 49.0099, lon: 8.4076 },
    },
    postalAddress: postfach('Stadtkasse'),
    contact: {
      phone: [
        { value: '07999 133-2200', label: 'Stadtkasse' },
        { value: '07999 133-2250', label: 'Vollstreckung' },
      ],
      email: [{ value: 'stadtkasse@musterstadt.example' }],
      fax: [{ value: '07999 133-2299' }],
      web: `${WEB}/stadtkasse`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '16:00')], {
      note: 'Bitte zahlen Sie möglichst per Überweisung oder Lastschrift. Am Schalter ist Kartenzahlung möglich.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      notes: 'Ebenerdiger Zugang von der Kaiserstraße, ein Kassenschalter ist unterfahrbar.',
    },
  },
  // ---------------------------------------------------------------- Bauen, Umwelt, Stadtraum
  {
    id: 'oe-bauordnungsamt',
    name: 'Bauordnungsamt',
    shortName: 'Baurechtsamt',
    description:
      'Untere Baurechtsbehörde: prüft und genehmigt Bauvorhaben, berät zu Bauanträgen und überwacht die Einhaltung des Baurechts.',
    visitorAddress: {
      ...TECHNISCHES_RATHAUS,
      addition: 'Technisches Rathaus, 2. Obergeschoss, Servicecenter Bauen Zimmer 201',
      geo: TECHNISCHES_RATHAUS_GEO,
    },
    postalAddress: { ...TECHNISCHES_RATHAUS, addition: 'Stadt Musterstadt, Bauordnungsamt' },
    contact: {
      phone: [{ value: '07999 133-6100', label: 'Servicecenter Bauen' }],
      email: [{ value: 'bauordnungsamt@musterstadt.example' }],
      fax: [{ value: '07999 133-6199' }],
      web: `${WEB}/bauen`,
    },
    openingHours: hours(
      [
        ...on(['mo'], '08:30', '12:00', { appointmentOnly: true }),
        ...on(['tu'], '08:30', '12:00'),
        ...on(['we'], '08:30', '12:00', { appointmentOnly: true }),
        ...on(['th'], '08:30', '12:00'),
        ...on(['th'], '14:00', '17:00', { appointmentOnly: true }),
        ...on(['fr'], '08:30', '12:00', { appointmentOnly: true }),
      ],
      { note: 'Offene Sprechstunde dienstags und donnerstags vormittags; Bauberatung zu konkreten Vorhaben nur mit Termin.' },
    ),
    accessibility: TECHNISCHES_RATHAUS_ACCESS,
    appointmentUrl: `${TERMINE}oe-bauordnungsamt`,
  },
  {
    id: 'oe-denkmalschutz',
    name: 'Untere Denkmalschutzbehörde',
    shortName: 'Denkmalschutz',
    description:
      'Berät Eigentümerinnen und Eigentümer von Kulturdenkmalen, erteilt denkmalschutzrechtliche Genehmigungen und bescheinigt Aufwendungen für die steuerliche Förderung.',
    visitorAddress: {
      street: 'Schlossgartenstraße',
      houseNumber: '3',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: 'Palais am Schlossgarten, 1. Obergeschoss',
      geo: { lat: 49.0127, lon: 8.4052 },
    },
    postalAddress: { ...TECHNISCHES_RATHAUS, addition: 'Stadt Musterstadt, Untere Denkmalschutzbehörde' },
    contact: {
      phone: [{ value: '07999 133-6150', label: 'Denkmalschutz' }],
      email: [{ value: 'denkmalschutz@musterstadt.example' }],
      fax: [],
      web: `${WEB}/denkmalschutz`,
    },
    openingHours: hours(
      [...on(['mo', 'tu', 'we', 'th'], '09:00', '12:00', { appointmentOnly: true }), ...on(['mo', 'tu', 'we', 'th'], '14:00', '15:30', { appointmentOnly: true })],
      { note: 'Termine nach Vereinbarung, auch als Ortstermin am Denkmal.' },
    ),
    accessibility: {
      wheelchairAccessible: false,
      accessibleToilet: false,
      accessibleParking: false,
      notes:
        'Das Palais am Schlossgarten ist ein Baudenkmal ohne Aufzug; die Büros im 1. Obergeschoss sind nur über eine Treppe erreichbar. Beratungstermine finden auf Wunsch im barrierefreien Technischen Rathaus (Lammstraße 7) statt – bitte bei der Terminvereinbarung angeben.',
    },
    appointmentUrl: `${TERMINE}oe-denkmalschutz`,
    parentId: 'oe-bauordnungsamt',
  },
  {
    id: 'oe-vermessung',
    name: 'Liegenschaftsamt und Vermessung',
    shortName: 'Liegenschaftsamt',
    description:
      'Führt das Liegenschaftskataster, erteilt Auszüge aus Liegenschaftskarte und -buch, vermisst Grundstücke und kauft und verkauft städtische Grundstücke.',
    visitorAddress: {
      ...TECHNISCHES_RATHAUS,
      addition: 'Technisches Rathaus, 4. Obergeschoss, Kundenservice Zimmer 402',
      geo: TECHNISCHES_RATHAUS_GEO,
    },
    postalAddress: { ...TECHNISCHES_RATHAUS, addition: 'Stadt Musterstadt, Liegenschaftsamt und Vermessung' },
    contact: {
      phone: [
        { value: '07999 133-6200', label: 'Kundenservice Geodaten' },
        { value: '07999 133-6250', label: 'Grundstücksverkehr' },
      ],
      email: [{ value: 'vermessung@musterstadt.example' }],
      fax: [],
      web: `${WEB}/vermessung`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '16:00')]),
    accessibility: TECHNISCHES_RATHAUS_ACCESS,
  },
  {
    id: 'oe-umweltamt',
    name: 'Amt für Umwelt- und Arbeitsschutz',
    shortName: 'Umweltamt',
    description:
      'Untere Wasser-, Bodenschutz-, Immissionsschutz- und Naturschutzbehörde sowie Gewerbeaufsicht: genehmigt und überwacht Anlagen, schützt Bäume und Gewässer und berät zum Arbeitsschutz.',
    visitorAddress: {
      street: 'Markgrafenstraße',
      houseNumber: '14',
      postalCode: '76991',
      city: 'Musterstadt',
      addition: 'Umweltzentrum, Empfang im Erdgeschoss',
      geo: { lat: 49.007, lon: 8.4156 },
    },
    postalAddress: postfach('Amt für Umwelt- und Arbeitsschutz'),
    contact: {
      phone: [
        { value: '07999 133-6300', label: 'Umweltamt' },
        { value: '07999 133-6340', label: 'Baumschutz' },
      ],
      email: [{ value: 'umweltamt@musterstadt.example' }],
      fax: [{ value: '07999 133-6399' }],
      web: `${WEB}/umwelt`,
    },
    openingHours: hours(on(MO_FR, '08:30', '12:00'), { note: 'Termine nach Vereinbarung, auch nachmittags.' }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Rampe am Haupteingang, Aufzug. Ein Behindertenparkplatz im Hof.',
    },
    appointmentUrl: `${TERMINE}oe-umweltamt`,
  },
  {
    id: 'oe-abfallwirtschaft',
    name: 'Amt für Abfallwirtschaft',
    shortName: 'Abfallwirtschaft',
    description:
      'Organisiert Müllabfuhr, Sperrmüll- und Grünschnittabholung, die Wertstoffhöfe und die Abfallgebühren; der Kundenservice beantwortet Fragen zu Tonnen und Abfuhrterminen.',
    visitorAddress: {
      street: 'Ottostraße',
      houseNumber: '21',
      postalCode: '76995',
      city: 'Musterstadt',
      addition: 'Betriebshof, Kundenservice im Verwaltungsgebäude',
      geo: { lat: 49.0052, lon: 8.3691 },
    },
    postalAddress: { street: 'Ottostraße', houseNumber: '21', postalCode: '76995', city: 'Musterstadt', addition: 'Stadt Musterstadt, Amt für Abfallwirtschaft' },
    contact: {
      phone: [{ value: '07999 133-6400', label: 'Abfallberatung und Kundenservice' }],
      email: [{ value: 'abfall@musterstadt.example' }],
      fax: [],
      web: `${WEB}/abfall`,
    },
    openingHours: hours([...on(['mo', 'tu', 'we', 'th'], '07:30', '16:00'), ...on(['fr'], '07:30', '12:30')], {
      note: 'Die Öffnungszeiten der Wertstoffhöfe weichen ab.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Kundenservice ebenerdig im Verwaltungsgebäude; Besucherparkplätze vor dem Betriebshof.',
    },
  },
  {
    id: 'oe-tiefbauamt',
    name: 'Tiefbauamt',
    description:
      'Plant, baut und unterhält Straßen, Wege, Brücken und die Straßenbeleuchtung und genehmigt Aufgrabungen und Sondernutzungen im öffentlichen Straßenraum.',
    visitorAddress: {
      ...TECHNISCHES_RATHAUS,
      addition: 'Technisches Rathaus, 3. Obergeschoss',
      geo: TECHNISCHES_RATHAUS_GEO,
    },
    postalAddress: { ...TECHNISCHES_RATHAUS, addition: 'Stadt Musterstadt, Tiefbauamt' },
    contact: {
      phone: [
        { value: '07999 133-6500', label: 'Tiefbauamt' },
        { value: '07999 133-6550', label: 'Sondernutzungen und Aufgrabungen' },
      ],
      email: [{ value: 'tiefbauamt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/tiefbau`,
    },
    openingHours: hours(on(MO_FR, '08:30', '12:00'), { note: 'Termine nach Vereinbarung.' }),
    accessibility: TECHNISCHES_RATHAUS_ACCESS,
    appointmentUrl: `${TERMINE}oe-tiefbauamt`,
  },
  // ---------------------------------------------------------------- Soziales, Familie, Bildung, Gesundheit
  {
    id: 'oe-sozialamt',
    name: 'Sozialamt',
    description:
      'Gewährt Hilfe zum Lebensunterhalt, Grundsicherung im Alter und bei Erwerbsminderung, Hilfe zur Pflege und Leistungen nach dem Asylbewerberleistungsgesetz.',
    visitorAddress: { ...SOZIALZENTRUM, addition: 'Sozialzentrum, Information im Erdgeschoss', geo: SOZIALZENTRUM_GEO },
    postalAddress: postfach('Sozialamt'),
    contact: {
      phone: [{ value: '07999 133-5000', label: 'Sozialamt, Information' }],
      email: [{ value: 'sozialamt@musterstadt.example' }],
      fax: [{ value: '07999 133-5099' }],
      web: `${WEB}/soziales`,
    },
    openingHours: hours(
      [...on(['mo', 'tu', 'th', 'fr'], '08:30', '12:00'), ...on(['th'], '14:00', '16:00', { appointmentOnly: true })],
      { note: 'Mittwochs geschlossen. Beratungsgespräche bitte nach Vereinbarung.' },
    ),
    accessibility: SOZIALZENTRUM_ACCESS,
    appointmentUrl: `${TERMINE}oe-sozialamt`,
  },
  {
    id: 'oe-jugendamt',
    name: 'Jugendamt',
    description:
      'Berät und unterstützt Kinder, Jugendliche und Familien, gewährt Hilfen zur Erziehung, Unterhaltsvorschuss und Beistandschaften und schützt Kinder bei Gefährdung.',
    visitorAddress: { ...HAUS_DER_FAMILIE, addition: 'Haus der Familie, 1.–3. Obergeschoss', geo: HAUS_DER_FAMILIE_GEO },
    postalAddress: postfach('Jugendamt'),
    contact: {
      phone: [
        { value: '07999 133-5100', label: 'Jugendamt' },
        { value: '07999 133-5130', label: 'Unterhaltsvorschuss' },
        { value: '07999 133-5999', label: 'Kinderschutz-Bereitschaft außerhalb der Dienstzeiten' },
      ],
      email: [{ value: 'jugendamt@musterstadt.example' }],
      fax: [{ value: '07999 133-5199' }],
      web: `${WEB}/jugendamt`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '17:00')], {
      note: 'Beratungsgespräche nach Vereinbarung, auch außerhalb der Öffnungszeiten.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Stufenloser Zugang, Aufzug, Wickelraum im Erdgeschoss. Behindertenparkplatz vor dem Haus.',
    },
    appointmentUrl: `${TERMINE}oe-jugendamt`,
  },
  {
    id: 'oe-wohnungsamt',
    name: 'Amt für Wohnungswesen',
    shortName: 'Wohnungsamt',
    description:
      'Bearbeitet Wohngeldanträge, stellt Wohnberechtigungsscheine aus und vermittelt Sozialwohnungen; berät bei drohendem Wohnungsverlust.',
    visitorAddress: { ...SOZIALZENTRUM, addition: 'Sozialzentrum, 3. Obergeschoss', geo: SOZIALZENTRUM_GEO },
    postalAddress: postfach('Amt für Wohnungswesen'),
    contact: {
      phone: [
        { value: '07999 133-5200', label: 'Wohngeld' },
        { value: '07999 133-5250', label: 'Wohnberechtigungsschein' },
      ],
      email: [{ value: 'wohngeld@musterstadt.example', label: 'Wohngeld' }, { value: 'wohnungsamt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/wohnen`,
    },
    openingHours: hours([...on(['mo', 'tu', 'th', 'fr'], '08:30', '12:00'), ...on(['th'], '14:00', '16:00')], {
      note: 'Mittwochs geschlossen. Wohngeld kann auch online beantragt werden.',
    }),
    accessibility: SOZIALZENTRUM_ACCESS,
    appointmentUrl: `${TERMINE}oe-wohnungsamt`,
  },
  {
    id: 'oe-kita-servicestelle',
    name: 'Kita-Servicestelle',
    description:
      'Berät Eltern zu Kindertagesstätten und Kindertagespflege, nimmt Vormerkungen für einen Betreuungsplatz entgegen und hilft bei Fragen zu Elternbeiträgen.',
    visitorAddress: { ...HAUS_DER_FAMILIE, addition: 'Haus der Familie, Erdgeschoss', geo: HAUS_DER_FAMILIE_GEO },
    postalAddress: postfach('Kita-Servicestelle'),
    contact: {
      phone: [{ value: '07999 133-5150', label: 'Kita-Servicestelle' }],
      email: [{ value: 'kita@musterstadt.example' }],
      fax: [],
      web: `${WEB}/kita`,
    },
    openingHours: hours([...on(MO_FR, '09:00', '12:00'), ...on(['th'], '14:00', '17:00', { appointmentOnly: true })], {
      note: 'Die Vormerkung für einen Kita-Platz ist online möglich.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Ebenerdig, Platz für Kinderwagen im Wartebereich, Wickelraum nebenan.',
    },
    appointmentUrl: `${TERMINE}oe-kita-servicestelle`,
    parentId: 'oe-jugendamt',
  },
  {
    id: 'oe-schulamt',
    name: 'Schul- und Sportamt',
    description:
      'Schulträger der öffentlichen Schulen: Schulanmeldung und Schulbezirke, Schülerbeförderung, Ganztagsbetreuung sowie Sportstätten und Vereinsförderung.',
    visitorAddress: { ...SCHULVERWALTUNG, addition: '1. Obergeschoss', geo: SCHULVERWALTUNG_GEO },
    postalAddress: postfach('Schul- und Sportamt'),
    contact: {
      phone: [
        { value: '07999 133-4000', label: 'Schul- und Sportamt' },
        { value: '07999 133-4040', label: 'Schülerbeförderung' },
      ],
      email: [{ value: 'schulamt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/schule`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '14:00', '16:00')]),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Rampe am Eingang Blücherstraße, Aufzug.',
    },
  },
  {
    id: 'oe-bafoeg',
    name: 'Amt für Ausbildungsförderung',
    shortName: 'BAföG-Amt',
    description:
      'Bearbeitet BAföG-Anträge von Schülerinnen und Schülern mit Wohnsitz in Musterstadt sowie Anträge auf Aufstiegs-BAföG; Studierende wenden sich an das Studierendenwerk.',
    visitorAddress: { ...SCHULVERWALTUNG, addition: 'Erdgeschoss, Zimmer 008–012', geo: SCHULVERWALTUNG_GEO },
    postalAddress: postfach('Amt für Ausbildungsförderung'),
    contact: {
      phone: [{ value: '07999 133-4100', label: 'Ausbildungsförderung' }],
      email: [{ value: 'bafoeg@musterstadt.example' }],
      fax: [],
      web: `${WEB}/bafoeg`,
    },
    openingHours: hours([...on(['mo', 'tu', 'th'], '09:00', '12:00'), ...on(['th'], '14:00', '15:30')], {
      note: 'Mittwochs und freitags geschlossen; Termine nach Vereinbarung.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Rampe am Eingang Blücherstraße, Büros im Erdgeschoss.',
    },
    appointmentUrl: `${TERMINE}oe-bafoeg`,
  },
  {
    id: 'oe-gesundheitsamt',
    name: 'Gesundheitsamt',
    description:
      'Schützt die Gesundheit der Bevölkerung: Infektionsschutz, Einschulungsuntersuchungen, amtsärztliche Gutachten, Trinkwasser- und Hygieneüberwachung und Beratung.',
    visitorAddress: {
      street: 'Goethestraße',
      houseNumber: '9',
      postalCode: '76996',
      city: 'Musterstadt',
      addition: 'Anmeldung im Erdgeschoss',
      geo: { lat: 49.0114, lon: 8.4231 },
    },
    postalAddress: postfach('Gesundheitsamt'),
    contact: {
      phone: [
        { value: '07999 133-5300', label: 'Gesundheitsamt' },
        { value: '07999 133-5340', label: 'Infektionsschutz' },
      ],
      email: [{ value: 'gesundheitsamt@musterstadt.example' }],
      fax: [{ value: '07999 133-5399' }],
      web: `${WEB}/gesundheitsamt`,
    },
    openingHours: hours(
      [
        ...on(MO_FR, '08:30', '12:00'),
        ...on(['tu'], '14:00', '17:00', { appointmentOnly: true, note: 'Impfsprechstunde' }),
        ...on(['th'], '14:00', '16:00'),
      ],
      { note: 'Amtsärztliche Untersuchungen und Impfungen nur nach Vereinbarung.' },
    ),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      hearingLoop: true,
      notes: 'Stufenloser Seiteneingang mit Klingel, Aufzug. Behindertenparkplatz im Hof, Zufahrt Goethestraße.',
    },
    appointmentUrl: `${TERMINE}oe-gesundheitsamt`,
  },
  {
    id: 'oe-versorgungsamt',
    name: 'Versorgungsamt',
    description:
      'Stellt den Grad der Behinderung fest, stellt Schwerbehindertenausweise aus und ist für das soziale Entschädigungsrecht zuständig.',
    visitorAddress: {
      street: 'Ludwigstraße',
      houseNumber: '30',
      postalCode: '76993',
      city: 'Musterstadt',
      addition: 'Erdgeschoss',
      geo: { lat: 49.0061, lon: 8.3872 },
    },
    postalAddress: postfach('Versorgungsamt'),
    contact: {
      phone: [{ value: '07999 133-5400', label: 'Schwerbehindertenrecht' }],
      email: [{ value: 'versorgungsamt@musterstadt.example' }],
      fax: [{ value: '07999 133-5499' }],
      web: `${WEB}/schwerbehinderung`,
    },
    openingHours: hours([...on(MO_FR, '08:30', '12:00'), ...on(['th'], '13:30', '15:30', { appointmentOnly: true })]),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      hearingLoop: true,
      notes: 'Alle Besprechungsräume im Erdgeschoss. Zwei Behindertenparkplätze am Eingang, Induktionsschleife an der Anmeldung.',
    },
    appointmentUrl: `${TERMINE}oe-versorgungsamt`,
  },
  {
    id: 'oe-friedhofsamt',
    name: 'Friedhofs- und Bestattungsamt',
    shortName: 'Friedhofsamt',
    description:
      'Verwaltet die städtischen Friedhöfe, vergibt Grabstätten und Nutzungsrechte und stimmt Bestattungstermine mit Angehörigen und Bestattern ab.',
    visitorAddress: {
      street: 'Friedhofstraße',
      houseNumber: '30',
      postalCode: '76996',
      city: 'Musterstadt',
      addition: 'Hauptfriedhof, Verwaltungsgebäude am Haupteingang',
      geo: { lat: 49.0154, lon: 8.4298 },
    },
    postalAddress: postfach('Friedhofs- und Bestattungsamt'),
    contact: {
      phone: [{ value: '07999 133-6600', label: 'Friedhofsverwaltung' }],
      email: [{ value: 'friedhofsamt@musterstadt.example' }],
      fax: [],
      web: `${WEB}/friedhoefe`,
    },
    openingHours: hours([...on(MO_FR, '08:00', '12:00'), ...on(['mo', 'tu', 'we', 'th'], '13:30', '15:30')], {
      note: 'Beratung im Trauerfall nach Vereinbarung, auch außerhalb der Öffnungszeiten.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      notes: 'Rampe am Verwaltungsgebäude. Behindertenparkplätze am Haupteingang des Friedhofs.',
    },
    appointmentUrl: `${TERMINE}oe-friedhofsamt`,
  },
  {
    id: 'oe-stadtbibliothek',
    name: 'Stadtbibliothek Musterstadt',
    shortName: 'Stadtbibliothek',
    description: 'Öffentliche Bibliothek mit Medien zum Ausleihen, Onleihe, Lernplätzen, Kinderbibliothek und Veranstaltungen.',
    visitorAddress: {
      street: 'Schillerplatz',
      houseNumber: '2',
      postalCode: '76990',
      city: 'Musterstadt',
      geo: { lat: 49.0101, lon: 8.3988 },
    },
    postalAddress: postfach('Stadtbibliothek'),
    contact: {
      phone: [{ value: '07999 133-4300', label: 'Ausleihtheke' }],
      email: [{ value: 'stadtbibliothek@musterstadt.example' }],
      fax: [],
      web: `${WEB}/bibliothek`,
    },
    openingHours: hours([...on(['tu', 'we', 'th', 'fr'], '10:00', '19:00'), ...on(['sa'], '10:00', '14:00')], {
      note: 'Montags geschlossen. Die Rückgabe über den Medienrückgabeautomaten ist rund um die Uhr möglich.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: true,
      hearingLoop: true,
      notes: 'Stufenloser Zugang, Aufzug zu allen Etagen, Induktionsschleife an der Ausleihtheke und im Veranstaltungssaal.',
    },
  },
  {
    id: 'oe-musikschule',
    name: 'Städtische Musikschule',
    shortName: 'Musikschule',
    description: 'Musikunterricht für Kinder, Jugendliche und Erwachsene in Einzel- und Gruppenstunden, Ensembles und musikalische Früherziehung.',
    visitorAddress: {
      street: 'Gartenstraße',
      houseNumber: '11',
      postalCode: '76991',
      city: 'Musterstadt',
      addition: 'Villa Rosenberg, Sekretariat im Erdgeschoss',
      geo: { lat: 49.0046, lon: 8.4133 },
    },
    postalAddress: postfach('Musikschule'),
    contact: {
      phone: [{ value: '07999 133-4400', label: 'Sekretariat' }],
      email: [{ value: 'musikschule@musterstadt.example' }],
      fax: [],
      web: `${WEB}/musikschule`,
    },
    openingHours: hours([...on(['mo', 'tu', 'we', 'th'], '09:00', '12:00'), ...on(['mo', 'tu', 'we', 'th'], '14:00', '17:00'), ...on(['fr'], '09:00', '12:00')], {
      note: 'Sekretariat; in den Schulferien nur vormittags besetzt.',
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      notes: 'Sekretariat und zwei Unterrichtsräume im Erdgeschoss über eine Rampe an der Gartenseite erreichbar; die Unterrichtsräume im Obergeschoss nur über Treppe.',
    },
  },
  // ---------------------------------------------------------------- Partner und Landes-/Bundesstellen
  {
    id: 'oe-jobcenter',
    name: 'Jobcenter Musterstadt',
    shortName: 'Jobcenter',
    description:
      'Gemeinsame Einrichtung von Stadt und Agentur für Arbeit: Bürgergeld beziehungsweise Grundsicherung für Arbeitsuchende, Leistungen für Bildung und Teilhabe und Unterstützung bei der Arbeitssuche.',
    visitorAddress: {
      street: 'Bahnhofplatz',
      houseNumber: '6',
      postalCode: '76994',
      city: 'Musterstadt',
      addition: 'Eingangszone im Erdgeschoss',
      geo: { lat: 48.9948, lon: 8.4015 },
    },
    postalAddress: { street: 'Bahnhofplatz', houseNumber: '6', postalCode: '76994', city: 'Musterstadt', addition: 'Jobcenter Musterstadt' },
    contact: {
      phone: [{ value: '07999 9830-0', label: 'Servicecenter Jobcenter' }],
      email: [{ value: 'jobcenter@musterstadt.example' }],
      fax: [{ value: '07999 9830-199' }],
      web: `${WEB}/jobcenter`,
    },
    openingHours: hours([...on(MO_FR, '08:00', '12:00'), ...on(['th'], '14:00', '18:00', { appointmentOnly: true })], {
      note: 'Die Eingangszone ist vormittags ohne Termin geöffnet; Beratungsgespräche nur mit Termin.',
      cityOffice: false,
    }),
    accessibility: BAHNHOFPLATZ_ACCESS,
    appointmentUrl: `${TERMINE}oe-jobcenter`,
  },
  {
    id: 'oe-familienkasse',
    name: 'Familienkasse der Bundesagentur für Arbeit, Standort Musterstadt',
    shortName: 'Familienkasse',
    description:
      'Zahlt Kindergeld und Kinderzuschlag aus und bearbeitet die Anträge; zuständig ist die Familienkasse der Bundesagentur für Arbeit, nicht die Stadt.',
    visitorAddress: {
      street: 'Bahnhofplatz',
      houseNumber: '8',
      postalCode: '76994',
      city: 'Musterstadt',
      addition: 'Agentur für Arbeit Musterstadt, Eingangszone',
      geo: { lat: 48.99455, lon: 8.4023 },
    },
    postalAddress: {
      street: 'Bahnhofplatz',
      houseNumber: '8',
      postalCode: '76994',
      city: 'Musterstadt',
      addition: 'Bundesagentur für Arbeit, Familienkasse',
    },
    contact: {
      phone: [{ value: '0800 4 5555 30', label: 'Familienkasse, gebührenfrei (Mo–Fr 8–18 Uhr)' }],
      email: [],
      fax: [],
      web: 'https://www.arbeitsagentur.de/familie-und-kinder',
    },
    openingHours: hours([...on(MO_FR, '08:00', '12:30', { appointmentOnly: true }), ...on(['th'], '13:30', '16:00', { appointmentOnly: true })], {
      note: 'Persönliche Vorsprache nur nach Terminvereinbarung über die gebührenfreie Servicenummer. Anträge und Nachweise bitte online oder per Post einreichen.',
      cityOffice: false,
    }),
    accessibility: BAHNHOFPLATZ_ACCESS,
  },
  {
    id: 'oe-l-bank',
    name: 'L-Bank, Staatsbank für Baden-Württemberg – Elterngeldstelle',
    shortName: 'L-Bank Elterngeldstelle',
    description:
      'Die L-Bank bearbeitet im Auftrag des Landes die Anträge auf Elterngeld für alle Familien in Baden-Württemberg. Anträge stellen Sie am besten online; Beratung gibt es vor allem telefonisch.',
    visitorAddress: {
      street: 'Schlossplatz',
      houseNumber: '10',
      postalCode: '76113',
      city: 'Karlsruhe',
      geo: { lat: 49.0113, lon: 8.4029 },
    },
    postalAddress: {
      street: 'Schlossplatz',
      houseNumber: '10',
      postalCode: '76113',
      city: 'Karlsruhe',
      addition: 'L-Bank, Familienförderung',
    },
    contact: {
      phone: [
        { value: '0800 6645471', label: 'Elterngeld-Hotline, gebührenfrei' },
        { value: '+49 721 150-2862', label: 'Aus dem Ausland' },
      ],
      email: [{ value: 'familienfoerderung@l-bank.de', label: 'Familienförderung (bitte Antragsnummer angeben)' }],
      fax: [],
      web: 'https://www.l-bank.de/elterngeld',
    },
    openingHours: hours(on(MO_FR, '08:30', '16:00', { note: 'telefonisch' }), {
      note: 'Servicezeiten der Elterngeld-Hotline. Anträge und Unterlagen bitte online, per E-Mail oder per Post einreichen.',
      cityOffice: false,
    }),
  },
  {
    id: 'oe-klimaschutz',
    name: 'Klimaschutz- und Energieagentur Musterstadt',
    shortName: 'Energieagentur',
    description:
      'Unabhängige Energieberatung für Bürgerinnen, Bürger und Unternehmen zu Sanierung, Heizungstausch, Photovoltaik und Fördermitteln; betreut die städtischen Klimaschutz-Förderprogramme.',
    visitorAddress: {
      street: 'Hebelstraße',
      houseNumber: '15',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: 'Erdgeschoss, Beratungszentrum',
      geo: { lat: 49.0115, lon: 8.4062 },
    },
    postalAddress: {
      street: 'Hebelstraße',
      houseNumber: '15',
      postalCode: '76990',
      city: 'Musterstadt',
      addition: 'Klimaschutz- und Energieagentur Musterstadt',
    },
    contact: {
      phone: [{ value: '07999 70599-0', label: 'Energieberatung' }],
      email: [{ value: 'energieberatung@musterstadt.example' }],
      fax: [],
      web: `${WEB}/klimaschutz`,
    },
    openingHours: hours([...on(MO_FR, '09:00', '12:00'), ...on(['tu', 'th'], '14:00', '18:00', { appointmentOnly: true, note: 'Energieberatung' })], {
      note: 'Ausführliche Energieberatung und Vor-Ort-Checks nach Vereinbarung.',
      cityOffice: false,
    }),
    accessibility: {
      wheelchairAccessible: true,
      accessibleToilet: true,
      accessibleParking: false,
      notes: 'Ebenerdiges Beratungszentrum. Öffentliche Behindertenparkplätze in der Hebelstraße.',
    },
    appointmentUrl: `${TERMINE}oe-klimaschutz`,
  },
];
