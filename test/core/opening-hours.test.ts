import { expect } from '@open-wc/testing';
import { OpeningHours } from '../../src/index.js';
import { addDays, localMoment, openingState, upcomingExceptions, weekdayOf } from '../../src/time/opening-hours.js';

const hours = OpeningHours.parse({
  regular: [
    { day: 'mo', opens: '08:00', closes: '12:00' },
    { day: 'th', opens: '08:00', closes: '12:00' },
    { day: 'th', opens: '14:00', closes: '18:00' },
    { day: 'fr', opens: '08:00', closes: '12:00' },
    { day: 'sa', opens: '09:00', closes: '12:00', appointmentOnly: true },
  ],
  exceptions: [
    { date: '2026-12-24', note: 'Heiligabend' },
    { date: '2026-12-31', slots: [{ opens: '08:00', closes: '10:00' }], note: 'Silvester' },
  ],
});

/** A Berlin wall-clock time as an instant (CET, UTC+1 in winter). */
const berlin = (isoLocal: string) => new Date(`${isoLocal}+01:00`);

describe('opening hours', () => {
  it('knows weekdays and calendar arithmetic', () => {
    expect(weekdayOf('2026-11-26')).to.equal('th');
    expect(addDays('2026-12-30', 3)).to.equal('2027-01-02');
    expect(localMoment(new Date('2026-11-26T07:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-11-26', time: '08:30', weekday: 'th' });
  });

  it('is open inside a slot and says until when', () => {
    const state = openingState(hours, berlin('2026-11-26T09:15:00'));
    expect(state.open).to.equal(true);
    expect(state.current).to.deep.equal({ opens: '08:00', closes: '12:00', appointmentOnly: false });
    expect(state.next!.slot.opens).to.equal('14:00');
    expect(state.next!.daysAhead).to.equal(0);
  });

  it('is closed at closing time and finds the afternoon slot', () => {
    const state = openingState(hours, berlin('2026-11-26T12:00:00'));
    expect(state.open).to.equal(false);
    expect(state.next).to.include({ date: '2026-11-26', daysAhead: 0 });
  });

  it('finds the next opening days ahead, with appointment-only slots marked', () => {
    const state = openingState(hours, berlin('2026-11-27T13:00:00')); // Friday afternoon
    expect(state.open).to.equal(false);
    expect(state.next).to.deep.include({ date: '2026-11-28', weekday: 'sa', daysAhead: 1 });
    expect(state.next!.slot.appointmentOnly).to.equal(true);
  });

  it('lets a dated exception close a regular day', () => {
    const state = openingState(hours, berlin('2026-12-24T09:00:00')); // Thursday, Heiligabend
    expect(state.open).to.equal(false);
    expect(state.todayNote).to.equal('Heiligabend');
    expect(state.next!.date).to.equal('2026-12-25'); // Friday the 25th: no exception in this list, so regular hours
  });

  it('uses shortened exception hours', () => {
    expect(openingState(hours, berlin('2026-12-31T09:30:00')).open).to.equal(true);
    expect(openingState(hours, berlin('2026-12-31T10:30:00')).open).to.equal(false);
  });

  it('converts from the time zone, across daylight saving time', () => {
    // 2026-03-30 is a Monday in summer time (UTC+2): 06:30Z is 08:30 local.
    expect(openingState(hours, new Date('2026-03-30T06:30:00Z')).open).to.equal(true);
    expect(openingState(hours, new Date('2026-03-30T05:30:00Z')).open).to.equal(false);
  });

  it('lists the exceptions of the coming days', () => {
    expect(upcomingExceptions(hours, berlin('2026-12-20T10:00:00')).map((e) => e.date)).to.deep.equal(['2026-12-24', '2026-12-31']);
    expect(upcomingExceptions(hours, berlin('2026-12-25T10:00:00'), 3)).to.deep.equal([]);
  });

  it('has no next opening when an office never opens', () => {
    const state = openingState(OpeningHours.parse({}), berlin('2026-11-26T09:00:00'));
    expect(state.open).to.equal(false);
    expect(state.next).to.equal(undefined);
  });
});
