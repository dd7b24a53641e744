/**
 * Which checklist items a reader has ticked, per client. Items have ids shared by every language, so
 * ticks survive a change of language. Pure functions over a versioned value; `parseTicks` migrates the
 * first stored format and turns anything unreadable into an empty state instead of throwing.
 */
import { defaultList } from '../clients/clients';
import { parseStoredObject } from '../storage/parse-json';

export interface TickState {
  version: 2;
  /** Per client id (or `defaultList`), the ids of ticked items. */
  ticked: Record<string, string[]>;
}

/** The first format: one list for everyone, before clients existed. */
interface TickStateV1 {
  version: 1;
  done: string[];
}

export const emptyTicks = (): TickState => ({ version: 2, ticked: {} });

const stringsOnly = (value: unknown): string[] => (Array.isArray(value) ? [...new Set(value.filter((v) => typeof v === 'string'))] : []);

export function parseTicks(raw: string | null): TickState {
  const data = parseStoredObject(raw);
  if (!data) return emptyTicks();
  if (data.version === 1) {
    const done = stringsOnly((data as Partial<TickStateV1>).done);
    return { version: 2, ticked: done.length ? { [defaultList]: done } : {} };
  }
  if (data.version === 2 && typeof data.ticked === 'object' && data.ticked !== null) {
    const ticked = Object.fromEntries(
      Object.entries(data.ticked)
        .map(([client, ids]) => [client, stringsOnly(ids)] as const)
        .filter(([, ids]) => ids.length > 0),
    );
    return { version: 2, ticked };
  }
  return emptyTicks();
}

export function isTicked(state: TickState, client: string, item: string): boolean {
  return state.ticked[client]?.includes(item) ?? false;
}

export function setTick(state: TickState, client: string, item: string, ticked: boolean): TickState {
  const current = new Set(state.ticked[client] ?? []);
  if (ticked) current.add(item);
  else current.delete(item);
  return { ...state, ticked: { ...state.ticked, [client]: [...current] } };
}

/** Unticks the given items (one checklist) for one client; other lists and clients keep their ticks. */
export function resetItems(state: TickState, client: string, items: readonly string[]): TickState {
  return { ...state, ticked: { ...state.ticked, [client]: (state.ticked[client] ?? []).filter((id) => !items.includes(id)) } };
}

export function forgetClient(state: TickState, client: string): TickState {
  const { [client]: _gone, ...ticked } = state.ticked;
  return { ...state, ticked };
}

export function progress(state: TickState, client: string, items: readonly string[]): { done: number; total: number } {
  return { done: items.filter((id) => isTicked(state, client, id)).length, total: items.length };
}
