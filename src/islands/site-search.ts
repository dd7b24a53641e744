/**
 * The header's search: the link to the search page opens a dialog instead, and "/" opens it from
 * anywhere; Pagefind's UI loads on the first opening. Not a defineIsland island: the header's scripts
 * must be inline, so this module is imported by the header's script (header.ts) alone and imports nothing another script
 * shares (test/dist/inline-scripts.test.ts says why).
 */
import { mountSearch } from '../search/pagefind-ui';

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  static mount = mountSearch;
  #mounted: Promise<unknown> | undefined;

  connectedCallback() {
    const trigger = this.querySelector('a')!;
    const dialog = this.querySelector('dialog')!;
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // a new tab still gets the search page
      event.preventDefault();
      this.open();
    });
    trigger.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        this.open();
      }
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !dialog.open && !typingIn(event.target)) {
        event.preventDefault();
        this.open();
      }
    });
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }

  open() {
    const dialog = this.querySelector('dialog')!;
    const results = this.querySelector<HTMLElement>('.results')!;
    dialog.showModal();
    this.#mounted ??= mountSearch(results, this.dataset.bundle!).catch(() => {
      this.#mounted = undefined;
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent = this.dataset.failed ?? '';
      results.replaceChildren(message);
    });
    this.#mounted.then(() => results.querySelector('input')?.focus());
  }
}

customElements.define('site-search', SiteSearch);
