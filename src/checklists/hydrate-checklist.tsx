/** @jsxImportSource preact */
import { hydrate } from 'preact';
import { fetchLiveStrings } from '../i18n/live-strings';
import ChecklistView, { type ChecklistViewItem } from './ChecklistView';

/**
 * Brings a server-rendered checklist (<Checklist>) to life. Its words are already on the page, so they
 * are read back from the markup instead of being sent a second time as island props; the few the live
 * list adds (progress, reset…) are fetched.
 */
export async function hydrateChecklist(host: HTMLElement): Promise<void> {
  const strings = await fetchLiveStrings();
  const section = host.querySelector<HTMLElement>('[data-checklist]')!;
  const heading = section.querySelector('h2, h3')!;
  const items = [...section.querySelectorAll<HTMLElement>('li[data-item]')].map((li): ChecklistViewItem => {
    const more = li.querySelector<HTMLAnchorElement>('.checklist-more a');
    return {
      id: li.dataset.item!,
      text: li.querySelector('label')!.textContent!,
      why: li.querySelector('.checklist-why')?.textContent ?? undefined,
      more: more ? { href: more.getAttribute('href')!, label: more.textContent! } : undefined,
    };
  });
  hydrate(
    <ChecklistView
      id={section.dataset.checklist!}
      title={heading.textContent!}
      intro={heading.nextElementSibling!.textContent!}
      items={items}
      strings={strings}
      headingLevel={heading.tagName === 'H2' ? 2 : 3}
      clientPicker={host.hasAttribute('data-client-picker')}
    />,
    host,
  );
}
