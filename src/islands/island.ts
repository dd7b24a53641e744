/**
 * The tools' islands. A page renders a tool's static fallback inside a custom element and loads that
 * island's module (src/islands/<island>.ts), which declares it with defineIsland: its element, when it
 * wakes, and how it starts (mount or hydrate its Preact view, see render.ts). Modules of islands that
 * wake late import their view with import(), so a page fetches it only when the island wakes.
 */

/** When an island starts: at once, when it scrolls into view, or when the browser is idle. */
export type Wake = 'load' | 'visible' | 'idle';

type Waiter = (host: HTMLElement, go: () => void) => void;

const waiters: Record<Wake, Waiter> = {
  load: (_host, go) => go(),
  visible: (host, go) => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      go();
    });
    observer.observe(host);
  },
  // As Astro's client:idle; Safari has no requestIdleCallback.
  idle: (_host, go) => void ('requestIdleCallback' in window ? requestIdleCallback(go) : setTimeout(go, 200)),
};

/**
 * Defines the island's element. Once its view is up, the element carries `data-awake`: stylesheets hold
 * a tool's place until then, so nothing below it jumps.
 */
export function defineIsland(tag: string, wake: Wake, start: (host: HTMLElement) => void | Promise<void>): void {
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        waiters[wake](this, () => {
          void Promise.resolve(start(this)).then(() => this.setAttribute('data-awake', ''));
        });
      }
    },
  );
}
