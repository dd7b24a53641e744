/**
 * Loads Pagefind's own UI on demand: its script and stylesheet are fetched the first time a reader opens
 * search, so a page that is only read ships none of it. Pagefind picks the index and the UI language from
 * the page's <html lang>, which keeps results to the reader's language.
 */
export interface PagefindUI {
  triggerSearch(term: string): void;
}

interface PagefindUIOptions {
  element: HTMLElement;
  bundlePath: string;
  showSubResults?: boolean;
  showImages?: boolean;
  autofocus?: boolean;
  processTerm?: (term: string) => string;
  ranking?: { termSimilarity?: number };
}

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUI;
  }
}

let loading: Promise<void> | undefined;

function load(bundlePath: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundlePath}pagefind-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-ui.js`;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = undefined; // let a later attempt try again
      script.remove();
      reject(new Error('Pagefind UI failed to load'));
    };
    document.head.append(script);
  });
  return loading;
}

/** Puts a Pagefind search box with results into `element`. */
export async function mountSearch(element: HTMLElement, bundlePath: string, options: Partial<PagefindUIOptions> = {}): Promise<PagefindUI> {
  await load(bundlePath);
  if (!window.PagefindUI) throw new Error('Pagefind UI loaded without defining PagefindUI');
  element.replaceChildren();
  // Favour exact words over longer words that only start with them (Pagefind's default is 1): otherwise
  // a short query's common words ('te late' also matching 'laten', 'tegen') outrank the page that answers it.
  const ranking = { termSimilarity: 2 };
  return new window.PagefindUI({ element, bundlePath, showSubResults: true, showImages: false, ranking, ...options });
}
