/**
 * What the reader's stores hold, told the way the data page lists it: per client, the ticks of each
 * checklist and the quiz results with their dates; then the drafts and the country. Also what deleting
 * one client, or everything, leaves. Pure, over the raw strings localStorage keeps (see backup.ts).
 */
import { forgetClient, parseTicks } from '../checklists/ticks';
import { defaultList, parseClients, removeClient } from '../clients/clients';
import { parseLadderDraft } from '../invoices/ladder-draft';
import { parseCountry } from '../law/country';
import { parseDraft } from '../letters/draft';
import { forgetClientHistory, parseHistory } from '../quiz/history';
import { parseStoredObject } from '../storage/parse-json';
import { backupStores, type Stored } from './backup';

export interface ChecklistItems {
  id: string;
  items: readonly string[];
}

export interface ClientData {
  /** The client's id, or `defaultList` for what belongs to no named client. */
  id: string;
  /** The reader's name for the client; none for the unnamed list. */
  name?: string;
  /** Each checklist with a tick, and when this client's ticks last changed. */
  checklists: { id: string; ticked: number; total: number }[];
  ticksChanged?: string;
  /** The dates of the quiz results kept, newest first. */
  quizResults: string[];
}

export interface DataSummary {
  clients: ClientData[];
  letterDraft?: { saved?: string; clientName?: string };
  paymentDraft?: { saved?: string; clientName?: string; invoices: number };
  country?: string;
  /** Nothing stored at all. */
  empty: boolean;
}

const savedOf = (raw: string | undefined) => {
  const saved = parseStoredObject(raw ?? null)?.saved;
  return typeof saved === 'string' && !Number.isNaN(Date.parse(saved)) ? { saved } : {};
};

const named = (clientName: string | undefined) => (clientName?.trim() ? { clientName: clientName.trim() } : {});

export function summarize(stored: Stored, checklists: readonly ChecklistItems[], languages: readonly string[]): DataSummary {
  const list = parseClients(stored.clients ?? null);
  const ticks = parseTicks(stored.checklists ?? null);
  const history = parseHistory(stored['quiz-history'] ?? null);
  const ids = [...list.clients.map((c) => c.id), ...new Set([...Object.keys(ticks.ticked), ...Object.keys(history.results)])];
  const clients = [...new Set(ids)]
    .map((id): ClientData => {
      const ticked = ticks.ticked[id] ?? [];
      const changed = ticks.changed?.[id];
      const client = list.clients.find((c) => c.id === id);
      return {
        id,
        ...(client ? { name: client.name } : {}),
        checklists: checklists
          .map((c) => ({ id: c.id, ticked: c.items.filter((item) => ticked.includes(item)).length, total: c.items.length }))
          .filter((c) => c.ticked > 0),
        ...(changed ? { ticksChanged: changed } : {}),
        quizResults: (history.results[id] ?? []).map((r) => r.date),
      };
    })
    // A client id that is neither named nor the unnamed list belongs to a deleted client: nothing to show.
    .filter((c) => c.name !== undefined || (c.id === defaultList && (c.checklists.length > 0 || c.quizResults.length > 0)));
  const letter = parseDraft(stored['letter-draft'] ?? null, languages);
  const ladder = parseLadderDraft(stored['payment-draft'] ?? null, languages);
  const country = parseCountry(stored.country ?? null);
  return {
    clients,
    ...(Object.keys(letter).length ? { letterDraft: { ...savedOf(stored['letter-draft']), ...named(letter.clientName) } } : {}),
    ...(Object.keys(ladder).length
      ? {
          paymentDraft: {
            ...savedOf(stored['payment-draft']),
            ...named(ladder.clientName),
            invoices: (ladder.invoices ?? []).filter((i) => i.number.trim()).length,
          },
        }
      : {}),
    ...(country ? { country } : {}),
    empty: backupStores.every((name) => !stored[name]),
  };
}

/** The stores once one client is deleted: its name, its ticks and its quiz results. The drafts are not per client. */
export function withoutClient(stored: Stored, id: string): Stored {
  return {
    ...stored,
    clients: JSON.stringify(removeClient(parseClients(stored.clients ?? null), id)),
    checklists: JSON.stringify(forgetClient(parseTicks(stored.checklists ?? null), id)),
    'quiz-history': JSON.stringify(forgetClientHistory(parseHistory(stored['quiz-history'] ?? null), id)),
  };
}
