/**
 * The data page: what the tools keep in this browser, per client, with delete, backup and restore.
 * A plain script over the page's built skeleton; the lists are written as text, never as markup, and
 * every change goes through the pure modules (summary.ts, backup.ts) and back into localStorage.
 */
import { translator, type KeysOf, type Strings } from '../i18n/translator';
import { readDataBlock } from '../islands/data-block';
import { localStore, storageKey } from '../storage/local-store';
import { backupFileName, backupStores, readBackup, restoreBackup, writeBackup, type Backup, type Stored } from './backup';
import { summarize, withoutClient, type ChecklistItems, type ClientData } from './summary';

export type DataKey = KeysOf<'data'>;

export interface DataPageProps {
  lang: string;
  strings: Strings<DataKey>;
  checklists: (ChecklistItems & { title: string })[];
  /** The letter languages, which the drafts are checked against. */
  languages: string[];
  /** Country names by code, in the page's language. */
  countries: Record<string, string>;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

export function startDataPage(island: HTMLElement): void {
  const props = readDataBlock<DataPageProps>(island);
  const t = translator(props.strings);
  const find = <E extends HTMLElement>(selector: string) => island.querySelector<E>(selector)!;
  const day = (iso: string) => new Intl.DateTimeFormat(props.lang, { dateStyle: 'long' }).format(new Date(iso));
  const stores = Object.fromEntries(backupStores.map((name) => [name, localStore(name)]));
  const status = find('.data-status');
  const problem = find('.data-problem');
  const dialog = find<HTMLDialogElement>('dialog');
  let chosen: Backup | undefined;

  const read = (): Stored => Object.fromEntries(backupStores.flatMap((name) => ((raw) => (raw ? [[name, raw]] : []))(stores[name]!.read())));
  const write = (next: Stored) => {
    for (const name of backupStores) {
      const raw = next[name];
      if (raw !== undefined) stores[name]!.write(raw);
      else
        try {
          localStorage.removeItem(storageKey(name));
        } catch {
          // Storage blocked: there was nothing kept to remove.
        }
    }
  };

  /** Asks with the page's <dialog>; resolves true only when the reader confirms. */
  const confirm = (question: string) =>
    new Promise<boolean>((resolve) => {
      find('.data-question').textContent = question;
      dialog.returnValue = '';
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
      dialog.showModal();
    });

  const clientItems = (client: ClientData) => {
    const lines = client.checklists.map((c) =>
      t('data.client.checklist', { title: props.checklists.find((list) => list.id === c.id)?.title ?? c.id, ticked: c.ticked, total: c.total }),
    );
    if (client.ticksChanged) lines.push(t('data.client.ticksChanged', { date: day(client.ticksChanged) }));
    if (client.quizResults.length) lines.push(t('data.client.quiz', { dates: client.quizResults.map(day).join(', ') }));
    return lines.length ? lines : [t('data.client.nothing')];
  };

  /** What a set of stores holds, as the lists the page shows (for the browser's data, and a backup's preview). */
  function describe(stored: Stored, into: HTMLElement, withDelete: boolean) {
    const summary = summarize(stored, props.checklists, props.languages);
    into.replaceChildren();
    if (summary.empty) {
      into.append(element('p', t('data.stored.empty')));
      return summary;
    }
    for (const client of summary.clients) {
      const block = element('div', '', { class: 'data-client', 'data-client': client.id });
      block.append(element('h3', client.name ?? t('data.client.unnamed')));
      const list = element('ul');
      list.append(...clientItems(client).map((line) => element('li', line)));
      block.append(list);
      if (withDelete) {
        const button = element('button', client.name ? t('data.client.delete', { name: client.name }) : t('data.client.deleteUnnamed'), {
          type: 'button',
          class: 'data-delete',
        });
        button.addEventListener('click', async () => {
          const question = client.name ? t('data.confirm.client', { name: client.name }) : t('data.confirm.unnamed');
          if (!(await confirm(question))) return;
          write(withoutClient(read(), client.id));
          render(t('data.deleted'));
        });
        block.append(button);
      }
      into.append(block);
    }
    const other = element('ul');
    const savedAs = (draft: { saved?: string; clientName?: string }) =>
      [draft.clientName && t('data.forClient', { name: draft.clientName }), draft.saved && t('data.saved', { date: day(draft.saved) })]
        .filter(Boolean)
        .join(', ');
    if (summary.letterDraft) other.append(element('li', [t('data.letterDraft'), savedAs(summary.letterDraft)].filter(Boolean).join(', ')));
    if (summary.paymentDraft)
      other.append(
        element(
          'li',
          [t('data.paymentDraft', { invoices: summary.paymentDraft.invoices }), savedAs(summary.paymentDraft)].filter(Boolean).join(', '),
        ),
      );
    if (summary.country) other.append(element('li', t('data.country', { country: props.countries[summary.country] ?? summary.country })));
    if (other.children.length) into.append(element('h3', t('data.drafts.title')), other);
    return summary;
  }

  function render(message = '') {
    const summary = describe(read(), find('.data-stored'), true);
    find<HTMLButtonElement>('.data-delete-all').hidden = summary.empty;
    status.textContent = message;
  }

  find('.data-delete-all').addEventListener('click', async () => {
    if (!(await confirm(t('data.confirm.all')))) return;
    write({});
    render(t('data.deleted'));
  });

  find('.data-download').addEventListener('click', () => {
    const name = backupFileName(new Date());
    const url = URL.createObjectURL(new Blob([writeBackup(read(), new Date())], { type: 'application/json' }));
    Object.assign(element('a'), { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = t('data.backup.done', { file: name });
  });

  const preview = find('.data-preview');
  find<HTMLInputElement>('.data-file').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    chosen = undefined;
    preview.hidden = true;
    problem.textContent = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      problem.textContent = t('data.problem.read');
      return;
    }
    const reading = readBackup(text, props.languages);
    if ('problem' in reading) {
      problem.textContent = t(`data.problem.${reading.problem}`, { part: reading.store ? t(`data.part.${reading.store}`) : '' });
      return;
    }
    chosen = reading.backup;
    find('.data-preview-date').textContent = t('data.restore.preview', { date: day(chosen.exported) });
    describe(
      Object.fromEntries(Object.entries(chosen.stores).map(([name, value]) => [name, JSON.stringify(value)])),
      find('.data-preview-list'),
      false,
    );
    preview.hidden = false;
  });

  for (const mode of ['merge', 'replace'] as const) {
    find(`.data-${mode}`).addEventListener('click', () => {
      if (!chosen) return;
      write(restoreBackup(read(), chosen, mode));
      chosen = undefined;
      preview.hidden = true;
      find<HTMLInputElement>('.data-file').value = '';
      render(t('data.restore.done'));
    });
  }

  // What the browser promises about keeping the data, and a way to ask it to.
  const keep = find('.data-keep');
  const ask = find<HTMLButtonElement>('.data-persist');
  const showKeep = async () => {
    const persisted = await navigator.storage?.persisted?.().catch(() => undefined);
    keep.textContent = t(persisted === true ? 'data.keep.persisted' : persisted === false ? 'data.keep.notPersisted' : 'data.keep.unknown');
    ask.hidden = persisted !== false;
  };
  ask.addEventListener('click', async () => {
    await navigator.storage?.persist?.().catch(() => false);
    await showKeep();
  });
  void showKeep();

  if (!stores.clients!.persistent) find('.data-blocked').textContent = t('data.storageBlocked');
  // Another tab changed something: show it.
  addEventListener('storage', (event) => {
    if (event.key?.startsWith(storageKey(''))) render();
  });
  render();
}
