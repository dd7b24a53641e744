/** @jsxImportSource preact */
import { useSharedStore } from '../storage/use-shared-store';
import { clientStore } from './client-store';
import { selectClient } from './clients';
import { translator, type Strings } from '../i18n/translator';

/** The words the picker needs. */
export type ClientSelectKey = 'clients.label' | 'clients.unnamed';

/**
 * Which client the reader is working on: the unnamed default list or one of their named clients. The
 * caller names the select's id: each list is hydrated on its own, so Preact's useId would give two
 * lists on one page the same id.
 */
export default function ClientSelect({ id, strings, disabled }: { id: string; strings: Strings<ClientSelectKey>; disabled?: boolean }) {
  const t = translator(strings);
  const [clients, setClients] = useSharedStore(clientStore);
  return (
    <p class="client-select">
      <label for={id}>{t('clients.label')}</label>{' '}
      <select
        id={id}
        value={clients.current ?? ''}
        disabled={disabled}
        onChange={(event) => setClients(selectClient(clients, (event.target as HTMLSelectElement).value || undefined))}
      >
        <option value="">{t('clients.unnamed')}</option>
        {clients.clients.map((client) => (
          <option key={client.id} value={client.id}>
            {client.name}
          </option>
        ))}
      </select>
    </p>
  );
}
