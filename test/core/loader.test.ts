import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { Loader } from '../../src/ui/loader.js';

/** A load the test finishes by hand, and the signal it was given. */
interface Pending {
  args: readonly [string];
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
  /** Settles after the loader's own reaction to the load has run (reactions run in order). */
  settled: Promise<unknown>;
}

/** An element whose `key` property feeds a Loader; it renders the loader's status and value. */
class LoaderHost extends LitElement {
  static override properties = { key: {} };
  declare key: string;
  readonly pending: Pending[] = [];
  readonly errors: unknown[] = [];
  renders = 0;
  readonly data = new Loader(this, {
    task: (args: readonly [string], { signal }) => {
      let entry!: Omit<Pending, 'settled'>;
      const load = new Promise<string>((resolve, reject) => {
        entry = { args, signal, resolve, reject };
      });
      this.pending.push({ ...entry, settled: load.catch(() => undefined) });
      return load;
    },
    args: () => [this.key] as const,
    onError: (error) => this.errors.push(error),
  });

  constructor() {
    super();
    this.key = 'a';
  }

  override render() {
    this.renders++;
    return litHtml`${this.data.render({
      initial: () => 'initial',
      pending: () => `pending (${this.data.value ?? '-'})`,
      complete: (value) => `complete ${value}`,
      error: (error) => `error ${String(error)}`,
    })}`;
  }
}
customElements.define('test-loader-host', LoaderHost);

async function host(): Promise<LoaderHost> {
  const el = await fixture<LoaderHost>(html`<test-loader-host></test-loader-host>`);
  await waitUntil(() => el.pending.length === 1, 'no load started');
  return el;
}

const text = (el: LoaderHost) => el.shadowRoot!.textContent!.trim();

describe('Loader (the finder’s data loading)', () => {
  afterEach(() => fixtureCleanup());

  it('loads with the current arguments and renders pending, then the value', async () => {
    const el = await host();
    expect(el.pending[0]!.args).to.deep.equal(['a']);
    await el.updateComplete;
    expect(el.data.status).to.equal('pending');
    expect(text(el)).to.equal('pending (-)');
    el.pending[0]!.resolve('A');
    await waitUntil(() => text(el) === 'complete A');
    expect(el.data.value).to.equal('A');
  });

  it('loads again only when an argument changes', async () => {
    const el = await host();
    el.pending[0]!.resolve('A');
    await waitUntil(() => el.data.status === 'complete');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.pending).to.have.length(1);
    el.key = 'b';
    await waitUntil(() => el.pending.length === 2);
    expect(el.pending[1]!.args).to.deep.equal(['b']);
  });

  it('keeps the last value while the next load runs', async () => {
    const el = await host();
    el.pending[0]!.resolve('A');
    await waitUntil(() => text(el) === 'complete A');
    el.key = 'b';
    await waitUntil(() => text(el) === 'pending (A)');
    el.pending[1]!.resolve('B');
    await waitUntil(() => text(el) === 'complete B');
  });

  it('aborts a running load when the arguments change, and only the latest result counts', async () => {
    const el = await host();
    el.key = 'b';
    await waitUntil(() => el.pending.length === 2);
    expect(el.pending[0]!.signal.aborted).to.equal(true);
    expect(el.pending[1]!.signal.aborted).to.equal(false);
    el.pending[1]!.resolve('B');
    await waitUntil(() => text(el) === 'complete B');
    el.pending[0]!.resolve('A, too late');
    await el.pending[0]!.settled;
    await el.updateComplete;
    expect(text(el)).to.equal('complete B');
    expect(el.data.value).to.equal('B');
  });

  it('does not abort a finished load when the next one starts', async () => {
    const el = await host();
    el.pending[0]!.resolve('A');
    await waitUntil(() => el.data.status === 'complete');
    el.key = 'b';
    await waitUntil(() => el.pending.length === 2);
    expect(el.pending[0]!.signal.aborted).to.equal(false);
  });

  it('reports a failure to onError and renders it; run() tries again with the same arguments', async () => {
    const el = await host();
    el.pending[0]!.reject('boom');
    await waitUntil(() => text(el) === 'error boom');
    expect(el.errors).to.deep.equal(['boom']);
    expect(el.data.value).to.equal(undefined);
    void el.data.run();
    await waitUntil(() => el.pending.length === 2);
    expect(el.pending[1]!.args).to.deep.equal(['a']);
    el.pending[1]!.resolve('A');
    await waitUntil(() => text(el) === 'complete A');
    expect(el.data.error).to.equal(undefined);
  });

  it('ignores the failure of a load that was replaced', async () => {
    const el = await host();
    el.key = 'b';
    await waitUntil(() => el.pending.length === 2);
    el.pending[0]!.reject(el.pending[0]!.signal.reason);
    el.pending[1]!.resolve('B');
    await waitUntil(() => text(el) === 'complete B');
    expect(el.errors).to.deep.equal([]);
  });
});
