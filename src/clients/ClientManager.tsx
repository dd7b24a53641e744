/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { translator, type KeysOf, type Strings } from '../i18n/translator';
import { useSharedStore } from '../storage/use-shared-store';
import ClientSelect from './ClientSelect';
import { clientStore, newClientId } from './client-store';
import { addClient, maxNameLength, nameProblem, removeClient, renameClient } from './clients';

/** The client manager's words: the "clients" UI strings and the shared ones. */
export type ClientManagerKey = KeysOf<'clients'>;

/**
 * Add, rename and delete the reader's clients. Names are kept as typed and shown as text only; deleting
 * a client also forgets its checklist ticks and quiz results.
 */
export default function ClientManager({ strings }: { strings: Strings<ClientManagerKey> }) {
  const t = translator(strings);
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
      setProblem(issue === 'required' ? t('clients.nameRequired') : t('clients.nameTooLong', { max: maxNameLength }));
      input.current?.focus();
      return;
    }
    const now = new Date().toISOString();
    setClients(editing === 'rename' && current ? renameClient(clients, current.id, name, now) : addClient(clients, name, newClientId(), now));
    setEditing(undefined);
  };

  const remove = async () => {
    if (!current) return;
    const { forgetClientData } = await import('./forget-client');
    forgetClientData(current.id);
    setClients(removeClient(clients, current.id));
  };

  return (
    <div class="client-manager">
      <ClientSelect id="client-select" strings={strings} disabled={!live} />
      {!editing && (
        <p class="client-actions">
          <button type="button" onClick={() => open('add')} disabled={!live}>
            {t('clients.add')}
          </button>
          {current && (
            <>
              {' '}
              <button type="button" onClick={() => open('rename')} disabled={!live}>
                {t('clients.rename')}
              </button>{' '}
              <button type="button" onClick={() => confirm.current?.showModal()} disabled={!live}>
                {t('common.delete')}
              </button>
            </>
          )}
        </p>
      )}
      {editing && (
        <form class="client-form" onSubmit={submit} noValidate>
          <label for="client-name">{t('clients.nameLabel')}</label>
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
            <button type="submit">{t('clients.save')}</button>{' '}
            <button type="button" onClick={() => setEditing(undefined)}>
              {t('common.cancel')}
            </button>
          </p>
        </form>
      )}
      <p class="tool-note">{t('clients.privacy')}</p>
      <dialog ref={confirm} class="tool-dialog" aria-labelledby="client-delete-question">
        <form method="dialog">
          <p id="client-delete-question">{t('clients.deleteConfirm', { name: current?.name ?? '' })}</p>
          <button type="submit" value="cancel" autofocus>
            {t('common.cancel')}
          </button>{' '}
          <button type="submit" value="delete" onClick={remove}>
            {t('common.delete')}
          </button>
        </form>
      </dialog>
    </div>
  );
}
