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

  it('where paints are not reported, runs at once', () => {
    fakePaintObserver(['resource']);
    const then = vi.fn();
    afterFirstPaint(then);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
