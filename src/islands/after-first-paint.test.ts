import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

type PaintCallback = (entries: { getEntriesByName(name: string): unknown[] }, observer: FakeObserver) => void;

/** A stand-in for the browser's PerformanceObserver: the test decides which paint entries arrive. */
class FakeObserver {
  static supportedEntryTypes: string[] = [];
  static made: FakeObserver[] = [];
  #connected = true;
  constructor(private callback: PaintCallback) {
    FakeObserver.made.push(this);
  }
  observe() {}
  disconnect() {
    this.#connected = false;
  }
  report(names: string[]) {
    if (this.#connected) this.callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, this);
  }
}

/** A document still loading (or already loaded), whose load event the test fires. */
function fakeDocument(readyState: 'loading' | 'complete') {
  const target = new EventTarget();
  vi.stubGlobal('document', { readyState });
  vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
  return { fireLoad: () => target.dispatchEvent(new Event('load')) };
}

function fakePaintObserver(supported: string[]) {
  FakeObserver.supportedEntryTypes = supported;
  FakeObserver.made = [];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return FakeObserver.made;
}

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, not the first paint, then runs once, in a task after it', () => {
    vi.useFakeTimers();
    fakeDocument('loading');
    const observers = fakePaintObserver(['paint', 'resource']);
    const then = vi.fn();
    afterFirstPaint(then);
    observers[0]!.report(['first-paint']);
    vi.runAllTimers();
    expect(then).not.toHaveBeenCalled();
    observers[0]!.report(['first-contentful-paint']);
    expect(then).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
    observers[0]!.report(['first-contentful-paint']);
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a browser that never reports the paint (Firefox, on a page that opens scrolled), runs shortly after the load event', () => {
    vi.useFakeTimers();
    const { fireLoad } = fakeDocument('loading');
    fakePaintObserver(['paint']);
    const then = vi.fn();
    afterFirstPaint(then, 300);
    vi.advanceTimersByTime(10_000);
    expect(then, 'nothing may start before the load event').not.toHaveBeenCalled();
    fireLoad();
    vi.advanceTimersByTime(299);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('called after the page has loaded (the search page), falls back without waiting for a load event', () => {
    vi.useFakeTimers();
    fakeDocument('complete');
    fakePaintObserver(['paint']);
    const then = vi.fn();
    afterFirstPaint(then);
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs once when the paint comes after the fallback started, and the fallback does not run it again', () => {
    vi.useFakeTimers();
    const { fireLoad } = fakeDocument('loading');
    const observers = fakePaintObserver(['paint']);
    const then = vi.fn();
    afterFirstPaint(then);
    fireLoad();
    observers[0]!.report(['first-contentful-paint']);
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('where paints are not reported, runs at once', () => {
    fakePaintObserver(['resource']);
    const then = vi.fn();
    afterFirstPaint(then);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
