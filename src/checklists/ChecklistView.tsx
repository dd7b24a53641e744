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

export interface ChecklistProps {
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
 * hydrated (see hydrate-checklist.ts), each item is a checkbox whose state is kept per client in this
 * browser.
 */
export default function ChecklistView({ id, title, intro, items, strings, headingLevel, clientPicker }: ChecklistProps) {
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
                  onChange={(event) => save(setTick(ticks, client, item.id, (event.target as HTMLInputElement).checked, new Date().toISOString()))}
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
            <button type="submit" value="reset" onClick={() => save(resetItems(ticks, client, itemIds, new Date().toISOString()))}>
              {t('checklists.resetYes')}
            </button>
          </form>
        </dialog>
      )}
    </section>
  );
}

/** The little of an element that reading props back needs: the DOM's Element, or node-html-parser's in tests. */
interface MarkupElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly nextElementSibling: MarkupElement | null;
  getAttribute(name: string): string | null | undefined;
  querySelector(selectors: string): MarkupElement | null;
  querySelectorAll(selectors: string): Iterable<MarkupElement>;
}

/**
 * A checklist's props, but its strings, read back from the markup this view rendered on the server inside
 * <checklist-island> (`host`), so a list's words are not sent twice. Keep it beside the view: a change to
 * the markup above must change this too, and ChecklistView.test.ts renders and reads back to prove it.
 */
export function checklistFromMarkup(host: MarkupElement): Omit<ChecklistProps, 'strings'> {
  const section = host.querySelector('[data-checklist]')!;
  const heading = section.querySelector('h2, h3')!;
  const items = [...section.querySelectorAll('li[data-item]')].map((li): ChecklistViewItem => {
    const why = li.querySelector('.checklist-why');
    const more = li.querySelector('.checklist-more a');
    return {
      id: li.getAttribute('data-item')!,
      text: li.querySelector('label')!.textContent!,
      ...(why && { why: why.textContent! }),
      ...(more && { more: { href: more.getAttribute('href')!, label: more.textContent! } }),
    };
  });
  return {
    id: section.getAttribute('data-checklist')!,
    title: heading.textContent!,
    intro: heading.nextElementSibling!.textContent!,
    items,
    headingLevel: heading.tagName.toUpperCase() === 'H2' ? 2 : 3,
    clientPicker: host.getAttribute('data-client-picker') != null,
  };
}
