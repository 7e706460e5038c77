/**
 * A Suchdienst organisation unit → our `Office` (before the domain schema parses it).
 *
 * Only `title`, `location.addresses` (`type`, `street`, `zip`, `city`),
 * `location.communications` (`code`, `value`) and `internetAddresses[].uri` are known from
 * third-party clients of the real API; the rest of the shape is ASSUMED (see
 * pvog-organisation-unit.ts). An address or opening window we cannot read is left out instead of
 * failing the whole office.
 */
import * as z from 'zod/mini';
import { Address, LocalTime, type Office, type OpeningHours, type OpeningSlot, type Weekday } from '../../src/index.js';
import { isAppointmentLink } from './appointment-link.js';
import { parseGermanDate } from './german-date.js';
import { plainText } from './html-text.js';
import { isHttpUrl } from './http-url.js';
import type { PvogAddress, PvogCommunication, PvogOpeningHours, PvogOrganisationUnit } from './pvog-organisation-unit.js';

type OfficeInput = z.input<typeof Office>;
type AddressInput = z.input<typeof Address>;
type OpeningHoursInput = z.input<typeof OpeningHours>;

export function mapOrganisationUnit(unit: PvogOrganisationUnit, requestedId: string): OfficeInput {
  const addresses = unit.location?.addresses ?? [];
  const visitor = addresses.find((a) => /haus|besuch/i.test(a.type ?? '')) ?? addresses.find((a) => !/post/i.test(a.type ?? ''));
  const postal = addresses.find((a) => /post/i.test(a.type ?? ''));
  const internet = (unit.internetAddresses ?? []).filter((i) => isHttpUrl(i.uri));
  const appointment = internet.find((i) => isAppointmentLink(i.title));
  const web = internet.find((i) => i !== appointment);

  const office: OfficeInput = {
    id: unit.id?.trim() || requestedId,
    name: plainText(unit.title) || plainText(unit.name),
    contact: contactOf(unit.location?.communications ?? []),
  };
  if (web) office.contact = { ...office.contact, web: web.uri!.trim() };
  const shortName = plainText(unit.shortTitle);
  if (shortName) office.shortName = shortName;
  const description = plainText(unit.description);
  if (description) office.description = description;
  const visitorAddress = visitor && addressOf(visitor);
  if (visitorAddress) office.visitorAddress = visitorAddress;
  const postalAddress = postal && addressOf(postal);
  if (postalAddress) office.postalAddress = postalAddress;
  const hours = openingHoursOf(unit.location?.openingHours);
  if (hours) office.openingHours = hours;
  const accessibility = unit.location?.accessibility;
  if (accessibility) {
    const facts: NonNullable<OfficeInput['accessibility']> = {};
    for (const key of ['wheelchairAccessible', 'accessibleToilet', 'accessibleParking', 'hearingLoop'] as const) {
      const fact = accessibility[key];
      if (typeof fact === 'boolean') facts[key] = fact;
    }
    const notes = plainText(accessibility.description);
    if (notes) facts.notes = notes;
    office.accessibility = facts;
  }
  if (appointment) office.appointmentUrl = appointment.uri!.trim();
  if (unit.parentId?.trim()) office.parentId = unit.parentId.trim();
  return office;
}

function addressOf(address: PvogAddress): AddressInput | undefined {
  const candidate: AddressInput = {
    street: plainText(address.street),
    postalCode: plainText(address.zip),
    city: plainText(address.city),
  };
  const houseNumber = plainText(address.houseNumber);
  if (houseNumber) candidate.houseNumber = houseNumber;
  const addition = plainText(address.addressSupplement);
  if (addition) candidate.addition = addition;
  if (address.coordinates) candidate.geo = { lat: address.coordinates.latitude, lon: address.coordinates.longitude };
  return z.safeParse(Address, candidate).success ? candidate : undefined;
}

/** XÖV "Erreichbarkeit": 01 E-Mail, 02 Telefon Festnetz, 03 Telefon mobil, 04 Fax; other channels are skipped. */
function contactOf(communications: PvogCommunication[]) {
  const contact = { phone: [] as { value: string; label?: string }[], email: [] as { value: string; label?: string }[], fax: [] as { value: string; label?: string }[] };
  for (const channel of communications) {
    const value = plainText(channel.value);
    if (!value) continue;
    const point: { value: string; label?: string } = { value };
    const label = plainText(channel.description);
    if (label) point.label = label;
    const code = channel.code?.trim();
    if (code === '01') contact.email.push(point);
    else if (code === '02' || code === '03') contact.phone.push(point);
    else if (code === '04') contact.fax.push(point);
  }
  return contact;
}

const DAYS: Record<string, Weekday> = {
  monday: 'mo', montag: 'mo', mo: 'mo',
  tuesday: 'tu', dienstag: 'tu', di: 'tu', tu: 'tu',
  wednesday: 'we', mittwoch: 'we', mi: 'we', we: 'we',
  thursday: 'th', donnerstag: 'th', do: 'th', th: 'th',
  friday: 'fr', freitag: 'fr', fr: 'fr',
  saturday: 'sa', samstag: 'sa', sonnabend: 'sa', sa: 'sa',
  sunday: 'su', sonntag: 'su', so: 'su', su: 'su',
};

/** `8:00`, `08:00` or `08:00:00` → `08:00`. */
function timeOf(text: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  const time = m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
  return time && z.safeParse(LocalTime, time).success ? time : undefined;
}

function openingHoursOf(hours: PvogOpeningHours | null | undefined): OpeningHoursInput | undefined {
  if (!hours) return undefined;
  const regular: OpeningSlot[] = [];
  for (const slot of hours.regular ?? []) {
    const day = DAYS[slot.dayOfWeek.trim().toLowerCase()];
    const [opens, closes] = [timeOf(slot.from), timeOf(slot.to)];
    if (!day || !opens || !closes) continue;
    const entry: OpeningSlot = { day, opens, closes, appointmentOnly: slot.appointmentOnly === true };
    const note = plainText(slot.description);
    if (note) entry.note = note;
    regular.push(entry);
  }
  const exceptions: NonNullable<OpeningHoursInput['exceptions']> = [];
  for (const exception of hours.exceptions ?? []) {
    const date = parseGermanDate(exception.from);
    if (!date) continue;
    const slots = (exception.timeRanges ?? [])
      .map((range) => ({ opens: timeOf(range.from), closes: timeOf(range.to) }))
      .filter((range): range is { opens: string; closes: string } => range.opens !== undefined && range.closes !== undefined);
    const entry: NonNullable<OpeningHoursInput['exceptions']>[number] = { date, slots };
    const dateTo = parseGermanDate(exception.to);
    if (dateTo) entry.dateTo = dateTo;
    const note = plainText(exception.description);
    if (note) entry.note = note;
    exceptions.push(entry);
  }
  const note = plainText(hours.description);
  if (regular.length === 0 && exceptions.length === 0 && !note) return undefined;
  return { regular, exceptions, ...(note ? { note } : {}), timeZone: 'Europe/Berlin' };
}
