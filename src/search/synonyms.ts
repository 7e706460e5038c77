/**
 * What citizens type → what the catalog calls it. Colloquial German
 * ("Perso", "Knöllchen") and English queries for the most common services,
 * each mapped to the canonical German terms of service names (LeiKa
 * wording), so it works for any catalog, not only one that lists the
 * colloquial term among a service's synonyms.
 *
 * A city extends or overrides entries with the `synonyms` option of
 * `ServiceIndex.build`. Keys and terms are matched after case/umlaut folding
 * and stop-word removal, so "Knöllchen" also matches "knoellchen", and
 * "how do I get a parking permit" matches the key "parking permit".
 */

/** A term or phrase as typed → canonical German terms or phrases. */
export type SynonymTable = Record<string, readonly string[]>;

// One entry per line: keys separated by commas, "|", terms separated by
// commas. Kept as text because it ships in the search chunk (≈ 1 KB gzip).
const TABLE = `perso,personalausweis,ausweis,id card,identity card,national id|Personalausweis
passport,pass|Reisepass
lappen,fahrerlaubnis,driving licence,driving license,driver license,drivers license|Führerschein,Fahrerlaubnis
birth certificate|Geburtsurkunde
death certificate|Sterbeurkunde
marriage certificate,heiratsurkunde|Eheurkunde
certificate of good conduct,criminal record,police certificate|Führungszeugnis
proof of address,proof of residence,registration certificate|Meldebescheinigung
umzug,umziehen,ummelden,ummeldung,register address,address registration,registration,moving,move|Wohnsitz anmelden,Ummeldung
deregister,deregistration|Abmeldung,abmelden
kfz,auto,pkw,wagen,car,vehicle|Fahrzeug
auto anmelden,kfz anmelden,auto zulassen,car registration,register car,register vehicle|Fahrzeug zulassen,Zulassung
auto abmelden,kfz abmelden,auto stilllegen,deregister car|Fahrzeug außer Betrieb,Abmeldung
nummernschild,autokennzeichen,number plate,license plate,licence plate|Kennzeichen
strafzettel,knöllchen,knolle,parking ticket,parking fine,fine,ticket|Verwarnungsgeld,Bußgeld
blitzer,speeding|Bußgeld
anwohnerparken,anwohnerparkausweis,resident parking,residents parking|Bewohnerparkausweis
parking permit,parkschein|Parkausweis
hundemarke,dog tax,dog licence,dog license|Hundesteuer,Hund anmelden
dog|Hund
hochzeit,heiraten,heirat,trauung,marriage,marry,wedding,get married|Eheschließung
baby,birth,newborn|Geburt
tod,gestorben,death,died|Sterbefall
beerdigung,begräbnis,funeral,burial|Bestattung
grab,grave|Grabstätte
bauantrag,baugesuch,building permit,planning permission|Baugenehmigung
abriss,demolition|Abbruch
müll,trash,garbage,rubbish,waste|Abfall
mülltonne,tonne,dustbin,waste container|Abfallbehälter
bulky waste,möbel entsorgen|Sperrmüll
kita,kindergarten,krippe,daycare,nursery|Kita,Kindertageseinrichtung,Kinderbetreuung
tagesmutter,childminder|Kindertagespflege
hartz,hartz iv,alg,arbeitslosengeld,jobcenter|Bürgergeld
housing benefit,rent subsidy,mietzuschuss|Wohngeld
child benefit|Kindergeld
parental allowance,parental benefit,parental leave|Elterngeld
citizenship,naturalisation,naturalization,staatsbürgerschaft|Einbürgerung
residence permit,visa,visum|Aufenthaltserlaubnis,Aufenthaltstitel
work permit|Aufenthaltserlaubnis Beschäftigung
gewerbeschein,business,selbstständig,self employed|Gewerbe
open business,start business,register business,business registration|Gewerbe anmelden
close business|Gewerbe abmelden
postal vote,absentee ballot,vote by mail|Briefwahl
election,vote|Wahl
fundbüro,lost found,lost property|Fundsache
lost|Verlust,verloren
library card,library|Bibliotheksausweis,Bibliothek
angelschein,fishing licence,fishing license|Fischereischein
hunting licence,hunting license|Jagdschein
gun licence,gun license,waffenschein|Waffenbesitzkarte
tax|Steuer
property tax|Grundsteuer
disability card,disabled|Schwerbehinderung,Behinderung
student grant,student loan|BAföG,Ausbildungsförderung
school enrolment,school registration|Einschulung
noise|Lärm,Ruhestörung
pothole|Straßenschaden
demo,protest|Versammlung
party,event,fest|Veranstaltung
towed,abschleppen|abgeschleppt
umweltplakette,emission sticker|Feinstaubplakette
certified copy,certify|Beglaubigung
pension|Rente`;

export const DEFAULT_SYNONYMS: SynonymTable = Object.fromEntries(
  TABLE.split('\n').flatMap((line) => {
    const [keys = '', terms = ''] = line.split('|');
    const canonicalTerms = terms.split(',');
    return keys.split(',').map((key) => [key, canonicalTerms] as const);
  }),
);
