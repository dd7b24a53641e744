import { forgetClient } from '../checklists/ticks';
import { tickStore } from '../checklists/tick-store';
import { forgetClientHistory } from '../quiz/history';
import { historyStore } from '../quiz/history-store';

/**
 * Everything the tools keep about one client, gone: its ticks and its quiz results. Loaded when a reader
 * deletes a client, so a page without checklists (the quiz) does not carry the checklists' code for it.
 */
export function forgetClientData(id: string): void {
  tickStore.set(forgetClient(tickStore.get(), id));
  historyStore.set(forgetClientHistory(historyStore.get(), id));
}
