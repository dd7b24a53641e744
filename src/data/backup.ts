/**
 * The reader's data as one file: written from what the tools keep in this browser, read back only when
 * every part of it reads whole through the tools' own parsers, and restored by replacing or merging.
 * Pure: the stores come in and go out as the raw strings localStorage holds, so the same functions serve
 * the data page, its tests and any future tool.
 */
import { parseTicks, stampsOf, type TickState } from '../checklists/ticks';
import { parseClients, type Client, type ClientList } from '../clients/clients';
import { parseLadderDraft } from '../invoices/ladder-draft';
import { parseCountry } from '../law/country';
import { parseDraft } from '../letters/draft';
import { parseHistory, type QuizHistory } from '../quiz/history';
import { parseStoredObject } from '../storage/parse-json';

/** The stores a backup holds, by their localStorage name (storageKey adds the site's prefix). */
export const backupStores = ['clients', 'checklists', 'quiz-history', 'letter-draft', 'payment-draft', 'country'] as const;
export type StoreName = (typeof backupStores)[number];

/** What the stores hold: the raw stored string of each, or nothing. */
export type Stored = Partial<Record<StoreName, string>>;

export const backupVersion = 1;
/** A backup of a busy reader is a few kilobytes; anything near this is not ours. */
export const maxBackupBytes = 1_000_000;
const site = 'client-exit';

export interface Backup {
  site: typeof site;
  version: typeof backupVersion;
  /** When it was written (ISO 8601). */
  exported: string;
  stores: Partial<Record<StoreName, unknown>>;
}

export type BackupProblem = 'tooLarge' | 'notJson' | 'notBackup' | 'newerVersion' | 'forbiddenKey' | 'unreadable';
export type BackupReading = { backup: Backup } | { problem: BackupProblem; store?: StoreName };

/** The file's name: the site and the day, so backups sort by date in a folder. */
export const backupFileName = (now: Date) => `${site}-backup-${now.toISOString().slice(0, 10)}.json`;

/** Every store that holds something, parsed, in one versioned file (indented: a reader may look inside). */
export function writeBackup(stored: Stored, now: Date): string {
  const stores = Object.fromEntries(
    backupStores.flatMap((name) => {
      const raw = stored[name];
      if (!raw) return [];
      try {
        return [[name, JSON.parse(raw) as unknown]];
      } catch {
        return []; // junk in storage is not the reader's data
      }
    }),
  );
  const backup: Backup = { site, version: backupVersion, exported: now.toISOString(), stores };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could reach an object's prototype when the file is read, anywhere in it. */
function hasForbiddenKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((key) => forbidden.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key]));
}

/** JSON with its keys sorted, so two values compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * Whether a store's value reads whole through the tool's own parser: nothing dropped, nothing changed.
 * An older format of a store (the first checklist format) is accepted when its parser migrates it to
 * something; a draft is compared without its save stamp, which the parser does not return.
 */
function readsWhole(name: StoreName, value: unknown, languages: readonly string[]): boolean {
  const raw = JSON.stringify(value);
  switch (name) {
    case 'clients':
      return canonical(parseClients(raw)) === canonical(value);
    case 'checklists': {
      const parsed = parseTicks(raw);
      const version = (value as { version?: unknown } | null)?.version;
      return version === 1 ? Object.keys(parsed.ticked).length > 0 : canonical(withEmptyLists(parsed, value)) === canonical(value);
    }
    case 'quiz-history':
      return canonical(parseHistory(raw)) === canonical(value);
    case 'letter-draft':
      return sameDraft(parseDraft(raw, languages), value);
    case 'payment-draft':
      return sameDraft(parseLadderDraft(raw, languages), value);
    case 'country':
      return typeof value === 'string' && parseCountry(raw) === value;
  }
}

/** A client whose ticks were all undone is stored with an empty list, which the parser leaves out. */
function withEmptyLists(parsed: TickState, value: unknown): TickState {
  const stored = (value as { ticked?: Record<string, unknown> }).ticked ?? {};
  const empty = Object.keys(stored).filter((client) => Array.isArray(stored[client]) && (stored[client] as unknown[]).length === 0);
  return { ...parsed, ticked: { ...parsed.ticked, ...Object.fromEntries(empty.map((client) => [client, []])) } };
}

function sameDraft(parsed: object, value: unknown): boolean {
  const { draft, saved } = (value ?? {}) as { draft?: unknown; saved?: unknown };
  const savedOk = saved === undefined || (typeof saved === 'string' && !Number.isNaN(Date.parse(saved)));
  return savedOk && canonical(parsed) === canonical(draft);
}

/**
 * Reads a file the reader chose. Refused, with the reason, and nothing read: a file too large, not JSON,
 * not a backup of this site, from a newer version of the site, with a key that reaches for an object's
 * prototype, or with a store that the tool it belongs to cannot read whole.
 */
export function readBackup(text: string, languages: readonly string[]): BackupReading {
  if (new TextEncoder().encode(text).length > maxBackupBytes) return { problem: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'notJson' };
  }
  if (hasForbiddenKey(data)) return { problem: 'forbiddenKey' };
  const file = data as Partial<Backup> | null;
  if (typeof file !== 'object' || file === null || file.site !== site || typeof file.version !== 'number') return { problem: 'notBackup' };
  if (file.version > backupVersion) return { problem: 'newerVersion' };
  if (file.version < 1 || typeof file.exported !== 'string' || Number.isNaN(Date.parse(file.exported))) return { problem: 'notBackup' };
  const stores = file.stores;
  if (typeof stores !== 'object' || stores === null || Array.isArray(stores)) return { problem: 'notBackup' };
  for (const [name, value] of Object.entries(stores)) {
    if (!(backupStores as readonly string[]).includes(name)) return { problem: 'notBackup' };
    if (!readsWhole(name as StoreName, value, languages)) return { problem: 'unreadable', store: name as StoreName };
  }
  return { backup: { site, version: backupVersion, exported: file.exported, stores } };
}

/** The backup's stores as the raw strings localStorage keeps. */
const rawStores = (backup: Backup): Stored => Object.fromEntries(Object.entries(backup.stores).map(([name, value]) => [name, JSON.stringify(value)]));

const savedAt = (raw: string | undefined) => {
  const saved = parseStoredObject(raw ?? null)?.saved;
  return typeof saved === 'string' ? saved : '';
};

/**
 * What the stores hold after a restore. `replace`: exactly the backup, stores it lacks emptied (undefined).
 * `merge`: keep both, and where both hold the same item the newer wins: a client's name, a client's
 * ticks, a draft; quiz results are kept from both; the country here stays unless none is set.
 */
export function restoreBackup(current: Stored, backup: Backup, mode: 'replace' | 'merge'): Stored {
  const incoming = rawStores(backup);
  if (mode === 'replace') return Object.fromEntries(backupStores.map((name) => [name, incoming[name]]));
  const merged: Stored = { ...current };
  const both = (name: StoreName) => current[name] !== undefined && incoming[name] !== undefined;
  for (const name of backupStores) if (!current[name] && incoming[name]) merged[name] = incoming[name];
  if (both('clients')) merged.clients = JSON.stringify(mergeClients(parseClients(current.clients!), parseClients(incoming.clients!)));
  if (both('checklists')) merged.checklists = JSON.stringify(mergeTicks(parseTicks(current.checklists!), parseTicks(incoming.checklists!)));
  if (both('quiz-history'))
    merged['quiz-history'] = JSON.stringify(mergeHistory(parseHistory(current['quiz-history']!), parseHistory(incoming['quiz-history']!)));
  for (const name of ['letter-draft', 'payment-draft'] as const)
    if (both(name) && savedAt(incoming[name]) > savedAt(current[name])) merged[name] = incoming[name];
  return merged;
}

const newer = (a: Client, b: Client) => ((b.changed ?? '') > (a.changed ?? '') ? b : a);

function mergeClients(here: ClientList, there: ClientList): ClientList {
  const byId = new Map(here.clients.map((c) => [c.id, c]));
  for (const client of there.clients) byId.set(client.id, byId.has(client.id) ? newer(byId.get(client.id)!, client) : client);
  return { ...here, clients: [...byId.values()] };
}

function mergeTicks(here: TickState, there: TickState): TickState {
  const ticked = { ...here.ticked };
  const changed = { ...stampsOf(here.changed) };
  for (const client of new Set([...Object.keys(there.ticked), ...Object.keys(there.changed ?? {})])) {
    const ours = changed[client] ?? '';
    const theirs = there.changed?.[client] ?? '';
    if (theirs > ours || (!ours && !(client in ticked))) {
      ticked[client] = there.ticked[client] ?? [];
    } else if (theirs === ours) {
      // Neither side knows when (ticks from before stamps): keep every tick of both.
      ticked[client] = [...new Set([...(ticked[client] ?? []), ...(there.ticked[client] ?? [])])];
    }
    if (theirs > ours) changed[client] = theirs;
  }
  // A stamp without ticks (all undone) keeps its empty list, so the stamp reads back with it.
  for (const client of Object.keys(changed)) ticked[client] ??= [];
  return { version: 2, ticked, ...(Object.keys(changed).length ? { changed } : {}) };
}

/** Results from both, once each; the history's own parser sorts them and keeps the newest it allows. */
function mergeHistory(here: QuizHistory, there: QuizHistory): QuizHistory {
  const results = { ...here.results };
  for (const [client, list] of Object.entries(there.results)) {
    const seen = new Set((results[client] ?? []).map((r) => r.date));
    results[client] = [...(results[client] ?? []), ...list.filter((r) => !seen.has(r.date))];
  }
  return parseHistory(JSON.stringify({ version: 1, results }));
}
