import { fetchLiveStrings } from '../i18n/live-strings';
import { hydrateOver } from '../islands/render';
import ChecklistView, { checklistFromMarkup } from './ChecklistView';

/**
 * Brings a server-rendered checklist to life (islands/checklist.ts). Its words are already on the page,
 * so they are read back from the markup instead of being sent a second time; the few the live list adds
 * (progress, reset…) are fetched once per page.
 */
export async function hydrateChecklist(host: HTMLElement): Promise<void> {
  const strings = await fetchLiveStrings();
  hydrateOver(host, ChecklistView, { ...checklistFromMarkup(host), strings });
}
