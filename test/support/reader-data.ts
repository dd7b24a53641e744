import { emptyTicks, setTick } from '../../src/checklists/ticks';
import { addClient, emptyClientList } from '../../src/clients/clients';
import { maxBackupBytes } from '../../src/data/backup';
import { newLadderDraft, serializeLadderDraft } from '../../src/invoices/ladder-draft';
import { newDraft, serializeDraft } from '../../src/letters/draft';
import { addResult, emptyHistory } from '../../src/quiz/history';

export const monday = '2026-11-30T09:00:00.000Z';

/** What a reader who used every tool leaves in storage, as the tools write it (a client named with markup). */
export const readerData: Record<string, string> = {
  'client-exit:clients': JSON.stringify(addClient(emptyClientList(), 'Acme <img src=x onerror=alert(1)>', 'acme', monday)),
  'client-exit:checklists': JSON.stringify(setTick(emptyTicks(), 'acme', 'cool-off', true, monday)),
  'client-exit:quiz-history': JSON.stringify(addResult(emptyHistory(), 'acme', { date: monday, answers: 'x' })),
  'client-exit:letter-draft': serializeDraft({ ...newDraft('nl', 'payment-problems'), senderName: 'Eva Kovács' }, monday),
  'client-exit:payment-draft': serializeLadderDraft({ ...newLadderDraft('nl', '2026-11-30'), senderName: 'Eva Kovács' }, monday),
  'client-exit:country': JSON.stringify('be'),
};

/** The site's stores in a page's localStorage (the remembered language aside), sorted by key. Runs in the page. */
export function siteStorageInPage(): Record<string, string | null> {
  return Object.fromEntries(
    Object.keys(localStorage)
      .filter((key) => key.startsWith('client-exit:') && key !== 'client-exit:language')
      .sort()
      .map((key) => [key, localStorage.getItem(key)]),
  );
}

const valid = { site: 'client-exit', version: 1, exported: monday, stores: {} };

/** Files the data page must refuse, each with the problem it names (data.problem.<id>). */
export const badBackups: [text: string, problem: string][] = [
  [' '.repeat(maxBackupBytes + 1), 'tooLarge'],
  ['<html>not json', 'notJson'],
  ['{"hello":"world"}', 'notBackup'],
  [JSON.stringify({ ...valid, version: 99 }), 'newerVersion'],
  ['{"site":"client-exit","version":1,"exported":"2026-11-30T09:00:00.000Z","stores":{"clients":{"__proto__":{"x":1}}}}', 'forbiddenKey'],
  [JSON.stringify({ ...valid, stores: { clients: { version: 1, clients: [{ id: 3 }] } } }), 'unreadable'],
];
