import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Just enough of a browser for defineIsland: custom elements, the observer and the idle callback, all driven by the test. */
class FakeElement {
  attributes = new Map<string, string>();
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
}
let defined: Map<string, new () => FakeElement & { connectedCallback(): void }>;
let observers: { callback: IntersectionObserverCallback; observed: unknown[]; disconnected: boolean }[];
let idle: (() => void)[];

beforeEach(() => {
  defined = new Map();
  observers = [];
  idle = [];
  vi.stubGlobal('HTMLElement', FakeElement);
  vi.stubGlobal('customElements', { define: (tag: string, element: never) => defined.set(tag, element) });
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      record: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback) {
        this.record = { callback, observed: [], disconnected: false };
        observers.push(this.record);
      }
      observe(target: unknown) {
        this.record.observed.push(target);
      }
      disconnect() {
        this.record.disconnected = true;
      }
    },
  );
  const requestIdleCallback = (go: () => void) => idle.push(go);
  vi.stubGlobal('requestIdleCallback', requestIdleCallback);
  vi.stubGlobal('window', { requestIdleCallback });
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

async function connect(tag: string, wake: 'load' | 'visible' | 'idle', start = vi.fn()) {
  const { defineIsland } = await import('./island');
  defineIsland(tag, wake, start);
  const host = new (defined.get(tag)!)();
  host.connectedCallback();
  return { host, start };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const intersecting = (isIntersecting: boolean) => [{ isIntersecting }] as IntersectionObserverEntry[];

describe('defineIsland', () => {
  it('"load": starts as soon as the element is connected, then marks it awake', async () => {
    const { host, start } = await connect('quiz-island', 'load');
    expect(start).toHaveBeenCalledWith(host);
    await settled();
    expect(host.attributes.has('data-awake')).toBe(true);
  });

  it('"visible": waits until the element scrolls into view, once', async () => {
    const { host, start } = await connect('checklist-island', 'visible');
    const [observer] = observers;
    expect(observer!.observed).toEqual([host]);
    observer!.callback(intersecting(false), {} as IntersectionObserver);
    expect(start).not.toHaveBeenCalled();
    observer!.callback(intersecting(true), {} as IntersectionObserver);
    expect(start).toHaveBeenCalledOnce();
    expect(observer!.disconnected).toBe(true);
  });

  it('"idle": waits for the idle callback, or 200 ms where there is none (Safari)', async () => {
    const { start } = await connect('client-manager-island', 'idle');
    expect(start).not.toHaveBeenCalled();
    idle.shift()!();
    expect(start).toHaveBeenCalledOnce();

    vi.useFakeTimers();
    vi.stubGlobal('window', {});
    const safari = await connect('other-island', 'idle');
    vi.advanceTimersByTime(199);
    expect(safari.start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(safari.start).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('marks the element awake only after an asynchronous start has finished', async () => {
    let finish!: () => void;
    const { host } = await connect(
      'late-island',
      'load',
      vi.fn(() => new Promise<void>((resolve) => (finish = resolve))),
    );
    await settled();
    expect(host.attributes.has('data-awake')).toBe(false);
    finish();
    await settled();
    expect(host.attributes.has('data-awake')).toBe(true);
  });
});
