import { expect } from '@open-wc/testing';
import { PolitePoller, type PollerClock } from '../../src/status/polite-poller.js';

/** A clock the test moves by hand. */
class FakeClock implements PollerClock {
  time = 0;
  isVisible = true;
  timers: { at: number; callback: () => void; id: number }[] = [];
  listeners = new Set<() => void>();
  #id = 0;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = ++this.#id;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };
  visible = () => this.isVisible;
  onVisibilityChange = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  /** Moves time forward, running due timers and letting their promises settle. */
  async advance(ms: number) {
    const until = this.time + ms;
    for (let i = 0; i < 10; i++) await Promise.resolve();
    for (;;) {
      const next = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.time = next.at;
      this.timers = this.timers.filter((t) => t !== next);
      next.callback();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    this.time = until;
  }
  setVisible(visible: boolean) {
    this.isVisible = visible;
    for (const l of this.listeners) l();
  }
}

describe('PolitePoller', () => {
  it('checks after the interval and backs off while nothing changes', async () => {
    const clock = new FakeClock();
    const at: number[] = [];
    const poller = new PolitePoller({ intervalMs: 1000, maxIntervalMs: 3000, backoff: 2, clock, check: async () => (at.push(clock.time), false) });
    poller.start();
    await clock.advance(10_000);
    expect(at).to.deep.equal([1000, 3000, 6000, 9000]);
  });

  it('returns to the short interval after a change', async () => {
    const clock = new FakeClock();
    const at: number[] = [];
    const poller = new PolitePoller({ intervalMs: 1000, maxIntervalMs: 8000, backoff: 2, clock, check: async () => (at.push(clock.time), at.length === 2) });
    poller.start();
    await clock.advance(6000);
    expect(at).to.deep.equal([1000, 3000, 4000, 6000]);
  });

  it('does not poll while the page is hidden and catches up when it is shown again', async () => {
    const clock = new FakeClock();
    const at: number[] = [];
    const poller = new PolitePoller({ intervalMs: 1000, maxIntervalMs: 1000, clock, check: async () => (at.push(clock.time), false) });
    poller.start();
    await clock.advance(500);
    clock.setVisible(false);
    await clock.advance(10_000);
    expect(at).to.deep.equal([]);
    expect(clock.timers).to.deep.equal([]);
    clock.setVisible(true);
    await clock.advance(0);
    expect(at).to.deep.equal([10_500]);
  });

  it('stops for good', async () => {
    const clock = new FakeClock();
    let checks = 0;
    const poller = new PolitePoller({ intervalMs: 1000, maxIntervalMs: 1000, clock, check: async () => (checks++, false) });
    poller.start();
    await clock.advance(1000);
    poller.stop();
    await clock.advance(10_000);
    clock.setVisible(false);
    clock.setVisible(true);
    await clock.advance(10_000);
    expect(checks).to.equal(1);
    expect(poller.running).to.equal(false);
  });

  it('never runs two checks at once and keeps going after a failed check', async () => {
    const clock = new FakeClock();
    let concurrent = 0;
    let most = 0;
    let calls = 0;
    let release: () => void = () => {};
    const poller = new PolitePoller({
      intervalMs: 100,
      maxIntervalMs: 100,
      clock,
      check: async () => {
        calls++;
        concurrent++;
        most = Math.max(most, concurrent);
        if (calls === 1) await new Promise<void>((r) => (release = r));
        concurrent--;
        if (calls === 2) throw new Error('network');
        return false;
      },
    });
    poller.start();
    await clock.advance(1000);
    release();
    await clock.advance(0); // let the released check finish and schedule the next
    await clock.advance(1000);
    expect(most).to.equal(1);
    expect(calls).to.be.greaterThan(2);
  });
});
