/**
 * PVOG has no field for an appointment booking link; editors put it among the links
 * ("Online-Terminvereinbarung", "Termin buchen"). Titles that only list dates ("Termine der
 * Informationsabende", "Leerungstermine") do not count.
 */
const BOOKING = /termin(vereinbarung|buchung|reservierung|vergabe)|termine? (online )?(buchen|vereinbaren|reservieren)|online-termin/i;

export function isAppointmentLink(title: string | null | undefined): boolean {
  return BOOKING.test(title ?? '');
}
