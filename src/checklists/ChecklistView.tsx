/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { clientStore } from '../clients/client-store';
import { defaultList } from '../clients/clients';
import { translator, type KeysOf, type Strings } from '../i18n/translator';
import { useSharedStore } from '../storage/use-shared-store';
import ClientSelect from '../clients/ClientSelect';
import { isTicked, progress, resetItems, setTick } from './ticks';
import { tickStore } from './tick-store';

export interface ChecklistViewItem {
  id: string;
  text: string;
  why?: string;
  /** A link to the guide page that explains the item; none when the list sits on that very page. */
  more?: { href: string; label: string };
}

/** A checklist's words: the "checklists" and "clients" UI strings and the shared ones. */
export type ChecklistKey = KeysOf<'checklists' | 'clients'>;

interface Props {
  id: string;
  title: string;
  intro: string;
  items: ChecklistViewItem[];
  strings: Strings<ChecklistKey>;
  headingLevel: 2 | 3;
  /** The checklists page has one client manager for all lists; elsewhere each list has a picker. */
  clientPicker: boolean;
}

/**
 * One checklist. The server renders it as a plain list (all a reader without JavaScript gets); once
 * hydrated (see hydrate-checklist.tsx), each item is a checkbox whose state is kept per client in this
 * browser.
 */
export default function ChecklistView({ id, title, intro, items, strings, headingLevel, clientPicker }: Props) {
  const t = translator(strings);
  const [live, setLive] = useState(false);
  const [clients] = useSharedStore(clientStore);
  const [ticks, setTicks] = useSharedStore(tickStore);
  const [saved, setSaved] = useState(true);
  const confirm = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    setLive(true);
    setSaved(tickStore.persistent);
  }, []);

  const client = clients.current ?? defaultList;
  const itemIds = items.map((item) => item.id);
  const { done, total } = progress(ticks, client, itemIds);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `checklist-${id}`;
  const save = (next: typeof ticks) => setSaved(setTicks(next));

  return (
    <section class={`checklist${live ? ' is-live' : ''}`} aria-labelledby={headingId} data-checklist={id}>
      <Heading id={headingId}>{title}</Heading>
      <p>{intro}</p>
      {!live && (
        <p class="checklist-note tool-note without-js" data-pagefind-ignore>
          {t('checklists.noscript')}
        </p>
      )}
      {live && clientPicker && <ClientSelect id={`${id}-client`} strings={strings} />}
      {live && (
        <p class="checklist-progress" role="status">
          {t('checklists.progress', { done, total })}
          {done === total && total > 0 ? ` ${t('checklists.allDone')}` : ''}
        </p>
      )}
      <ul class="checklist-items">
        {items.map((item) => {
          const inputId = `${id}-${item.id}`;
          return (
            <li key={item.id} data-item={item.id}>
              {live ? (
                <input
                  type="checkbox"
                  id={inputId}
                  checked={isTicked(ticks, client, item.id)}
                  onChange={(event) => save(setTick(ticks, client, item.id, (event.target as HTMLInputElement).checked))}
                />
              ) : (
                <span class="checklist-box" aria-hidden="true" />
              )}
              <div>
                <label for={live ? inputId : undefined}>{item.text}</label>
                {item.why && <p class="checklist-why">{item.why}</p>}
                {item.more && (
                  <p class="checklist-more">
                    <a href={item.more.href}>{item.more.label}</a>
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {live && (
        <p class="checklist-actions">
          <button type="button" onClick={() => confirm.current?.showModal()} disabled={done === 0}>
            {t('checklists.reset')}
          </button>
        </p>
      )}
      {live && !saved && (
        <p class="tool-warning" role="alert">
          {t('checklists.storageOff')}
        </p>
      )}
      {live && (
        <dialog ref={confirm} class="tool-dialog" aria-labelledby={`${headingId}-reset`}>
          <form method="dialog">
            <p id={`${headingId}-reset`}>{t('checklists.resetConfirm', { title })}</p>
            <button type="submit" value="cancel" autofocus>
              {t('common.cancel')}
            </button>{' '}
            <button type="submit" value="reset" onClick={() => save(resetItems(ticks, client, itemIds))}>
              {t('checklists.resetYes')}
            </button>
          </form>
        </dialog>
      )}
    </section>
  );
}
