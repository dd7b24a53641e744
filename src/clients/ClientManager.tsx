/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetClient } from '../checklists/ticks';
import { tickStore } from '../checklists/tick-store';
import { forgetClientHistory } from '../quiz/history';
import { historyStore } from '../quiz/history-store';
import { fill } from '../i18n/fill';
import { useSharedStore } from '../storage/use-shared-store';
import ClientSelect, { type ClientSelectStrings } from './ClientSelect';
import { clientStore, newClientId } from './client-store';
import { addClient, maxNameLength, nameProblem, removeClient, renameClient } from './clients';

export interface ClientManagerStrings extends ClientSelectStrings {
  add: string;
  nameLabel: string;
  save: string;
  cancel: string;
  rename: string;
  delete: string;
  deleteConfirm: string;
  nameRequired: string;
  nameTooLong: string;
  privacy: string;
}

/**
 * Add, rename and delete the reader's clients. Names are kept as typed and shown as text only; deleting
 * a client also forgets its checklist ticks and quiz results.
 */
export default function ClientManager({ strings }: { strings: ClientManagerStrings }) {
  const [clients, setClients] = useSharedStore(clientStore);
  const [editing, setEditing] = useState<'add' | 'rename' | undefined>();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const confirm = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Rendered on the server too: its controls stay disabled until this browser has brought them to life.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const current = clients.clients.find((c) => c.id === clients.current);

  const open = (mode: 'add' | 'rename') => {
    setEditing(mode);
    setName(mode === 'rename' ? (current?.name ?? '') : '');
    setProblem(undefined);
    queueMicrotask(() => input.current?.focus());
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const issue = nameProblem(name);
    if (issue) {
      setProblem(issue === 'required' ? strings.nameRequired : fill(strings.nameTooLong, { max: maxNameLength }));
      input.current?.focus();
      return;
    }
    setClients(editing === 'rename' && current ? renameClient(clients, current.id, name) : addClient(clients, name, newClientId()));
    setEditing(undefined);
  };

  const remove = () => {
    if (!current) return;
    tickStore.set(forgetClient(tickStore.get(), current.id));
    historyStore.set(forgetClientHistory(historyStore.get(), current.id));
    setClients(removeClient(clients, current.id));
  };

  return (
    <div class="client-manager">
      <ClientSelect id="client-select" strings={strings} disabled={!live} />
      {!editing && (
        <p class="client-actions">
          <button type="button" onClick={() => open('add')} disabled={!live}>
            {strings.add}
          </button>
          {current && (
            <>
              {' '}
              <button type="button" onClick={() => open('rename')} disabled={!live}>
                {strings.rename}
              </button>{' '}
              <button type="button" onClick={() => confirm.current?.showModal()} disabled={!live}>
                {strings.delete}
              </button>
            </>
          )}
        </p>
      )}
      {editing && (
        <form class="client-form" onSubmit={submit} noValidate>
          <label for="client-name">{strings.nameLabel}</label>
          <input
            id="client-name"
            ref={input}
            value={name}
            maxLength={maxNameLength * 2}
            autocomplete="off"
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'client-name-problem' : undefined}
            onInput={(event) => setName((event.target as HTMLInputElement).value)}
          />
          {problem && (
            <p id="client-name-problem" class="tool-warning" role="alert">
              {problem}
            </p>
          )}
          <p>
            <button type="submit">{strings.save}</button>{' '}
            <button type="button" onClick={() => setEditing(undefined)}>
              {strings.cancel}
            </button>
          </p>
        </form>
      )}
      <p class="tool-note">{strings.privacy}</p>
      <dialog ref={confirm} class="tool-dialog" aria-labelledby="client-delete-question">
        <form method="dialog">
          <p id="client-delete-question">{fill(strings.deleteConfirm, { name: current?.name ?? '' })}</p>
          <button type="submit" value="cancel" autofocus>
            {strings.cancel}
          </button>{' '}
          <button type="submit" value="delete" onClick={remove}>
            {strings.delete}
          </button>
        </form>
      </dialog>
    </div>
  );
}
