import type { ChecklistKey } from '../checklists/ChecklistView';
import { withBase } from './paths';
import type { Strings } from './translator';

/** What the checklists and the client manager say, in one language (see pages/[lang]/live-strings.json.ts). */
export type LiveStrings = Strings<ChecklistKey>;

let loading: Promise<LiveStrings> | undefined;

/**
 * The page language's live strings, fetched once per page when the first checklist or client manager
 * comes alive. They are not in the page itself: a reader who never scrolls to a checklist never needs
 * them, and every byte of a guide page counts against its first round trip.
 */
export function fetchLiveStrings(): Promise<LiveStrings> {
  loading ??= fetch(withBase(`/${document.documentElement.lang}/live-strings.json`, import.meta.env.BASE_URL))
    .then((response) => {
      if (!response.ok) throw new Error(`live strings: HTTP ${response.status}`);
      return response.json() as Promise<LiveStrings>;
    })
    .catch((error: unknown) => {
      loading = undefined; // the lists stay plain; the next one to come into view tries again
      throw error;
    });
  return loading;
}
