import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeServiceWorkers } from '../../src/integrations/offline';
import { badBackups, readerData, siteStorageInPage } from '../support/reader-data';
import { distDir, guideSlug, uiString } from '../support/site';
import { serveStatic } from '../support/static-server';
import { problems, textOf, until, useEngine, waitFor, type EngineName, type EnginePage } from './driver';
import { withCollector } from './global-setup';

const dataPath = (lang: string) => `/${lang}/${uiString(lang, 'data.slug')}/`;
const siteStorage = (page: EnginePage) => page.run(siteStorageInPage);

async function openWithData(page: EnginePage, lang: string) {
  await page.goto(dataPath(lang));
  await waitFor(page, 'data-page-island[data-awake]'); // a reload mid-load would cancel its imports
  await page.run((data) => Object.entries(data).forEach(([key, value]) => localStorage.setItem(key, value)), readerData);
  await page.reload();
  await waitFor(page, 'data-page-island[data-awake]');
}

/**
 * Gives the data page's file field a file, as choosing one does: WebDriver has no common way to pick a
 * file in every engine, so the page builds the file and the field gets it through DataTransfer, then
 * the change event a real choice fires.
 */
const chooseFile = (page: EnginePage, text: string) =>
  page.run((contents) => {
    const field = document.querySelector<HTMLInputElement>('#data-file')!;
    const files = new DataTransfer();
    files.items.add(new File([contents], 'backup.json', { type: 'application/json' }));
    field.files = files.files;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);

/** A host a flow can take off the network: it stops answering, as when the reader's connection drops. */
async function host(root: string) {
  const { url, server } = await serveStatic(root, 0, withCollector);
  hosts.push(server);
  return { url, offline: () => stop(server) };
}
const hosts: Server[] = [];
const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

const workerActive = (page: EnginePage) =>
  until(
    page,
    'the service worker to finish installing',
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
  );

/**
 * The reader's data and offline use, in one engine: a backup made, the site data cleared and the backup
 * restored, with every tool reading its data back; each bad file refused with nothing changed; a change
 * in one browsing context shown in another; the language working with the network off after one visit;
 * and a new deploy replacing the old one after the reader accepts it.
 */
export function describeReaderDataFlows(name: EngineName) {
  const engine = useEngine(name);
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((server) => (server.listening ? stop(server) : undefined)));
  });

  async function inPage(flow: (page: EnginePage) => Promise<void>) {
    const page = await engine().newPage();
    try {
      await flow(page);
    } finally {
      await page.close();
    }
  }

  describe(`${name}, the reader's data`, () => {
    it('survives a backup, clearing the site data and a restore: every tool gets its data back', () =>
      inPage(async (page) => {
        await openWithData(page, 'nl');
        const before = await siteStorage(page);
        // The file the download button makes, taken as the page hands it to the browser.
        await page.run(() => {
          const make = URL.createObjectURL;
          URL.createObjectURL = (blob: Blob | MediaSource) => {
            (window as unknown as { backup: Blob }).backup = blob as Blob;
            return make.call(URL, blob);
          };
        });
        await page.click('.data-download');
        const backup = await until(page, 'the backup file', async () => (window as unknown as { backup?: Blob }).backup?.text());

        await page.run(() => localStorage.clear());
        await page.reload();
        await waitFor(page, 'data-page-island[data-awake]');
        expect(await textOf(page, '.data-stored')).toBe(uiString('nl', 'data.stored.empty'));
        await chooseFile(page, backup);
        await waitFor(page, '.data-preview', true);
        expect(await siteStorage(page)).toEqual({}); // a preview changes nothing
        await page.click('.data-replace');
        await until(page, 'the restore', () => document.querySelector('.data-status')?.textContent);
        expect(await siteStorage(page)).toEqual(before);

        await page.goto(`/nl/${uiString('nl', 'letters.slug')}/`);
        await waitFor(page, 'letter-writer-island[data-awake]');
        expect(await page.run(() => document.querySelector<HTMLInputElement>('#letter-senderName')?.value)).toBe('Eva Kovács');
        await page.goto(`/nl/${uiString('nl', 'invoices.slug')}/`);
        await waitFor(page, 'payment-ladder-island[data-awake]');
        expect(await page.run(() => document.querySelector<HTMLInputElement>('#ladder-senderName')?.value)).toBe('Eva Kovács');
        await page.goto(`/nl/${uiString('nl', 'checklists.slug')}/`);
        // A checklist wakes when scrolled to.
        await page.run(() => document.querySelector('li[data-item="cool-off"]')?.scrollIntoView({ block: 'center' }));
        await until(page, 'the restored tick', () => document.querySelector<HTMLInputElement>('li[data-item="cool-off"] input')?.checked);
        expect(await problems(page)).toEqual([]);
      }));

    it('refuses each bad file with a clear message, and changes nothing', () =>
      inPage(async (page) => {
        await openWithData(page, 'fr');
        const before = await siteStorage(page);
        for (const [text, problem] of badBackups) {
          await page.run(() => document.querySelector('.data-problem')?.replaceChildren());
          await chooseFile(page, text);
          const expected = uiString('fr', `data.problem.${problem}`).split('{')[0]!.trim();
          await until(page, `the message for ${problem}`, (e) => document.querySelector('.data-problem')?.textContent?.includes(e), expected);
          expect(await page.run(() => document.querySelector<HTMLElement>('.data-preview')?.hidden)).toBe(true);
          expect(await siteStorage(page)).toEqual(before);
        }
        expect(await problems(page)).toEqual([]);
      }));

    it('shows at once a change made in another browsing context of the site', () =>
      inPage(async (page) => {
        await openWithData(page, 'hu');
        // A second document of the same site, with the same storage: a frame, which every driver can reach.
        await page.run((src) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          document.body.append(frame);
        }, dataPath('hu'));
        await until(page, 'the frame to load', () => document.querySelector('iframe')?.contentDocument?.readyState === 'complete');
        await page.run(() => document.querySelector('iframe')!.contentWindow!.localStorage.removeItem('client-exit:quiz-history'));
        await until(
          page,
          'the other context’s change',
          () => document.querySelectorAll('.data-stored .data-client[data-client="acme"] li').length === 2,
        );
      }));
  });

  describe(`${name}, offline`, () => {
    it('after one visit, works with the network off: reload, navigate, search and a tool', () =>
      inPage(async (page) => {
        const site = await host(distDir);
        await page.goto(`${site.url}/fr/`);
        await workerActive(page);
        await site.offline();

        await page.reload();
        expect(await textOf(page, 'h1')).not.toBe('');
        const guidePath = `/fr/${guideSlug('fr', 'warning-signs')}/`;
        await page.click(`main a[href="${guidePath}"]`);
        await until(page, guidePath, (p) => location.pathname === p && document.readyState === 'complete', guidePath);
        expect(await textOf(page, 'h1')).not.toBe('');
        await page.goto(`${site.url}/fr/${uiString('fr', 'search.slug')}/?q=facture`);
        await until(page, 'search results offline', () => document.querySelectorAll('search-page .pagefind-ui__result-link').length > 1);
        await page.goto(`${site.url}/fr/${uiString('fr', 'letters.slug')}/`);
        await waitFor(page, 'letter-writer-island[data-awake]');
        await page.fill('.letter-form [name="senderName"]', 'Eva Kovács');
        await until(page, 'the name in the letter', () =>
          document.querySelector('.letter-preview .letter-paper')?.textContent?.includes('Eva Kovács'),
        );
      }));

    it('tells the reader a new version is ready and shows it once they accept', () =>
      inPage(async (page) => {
        const root = mkdtempSync(join(tmpdir(), 'client-exit-deploy-'));
        cpSync(distDir, root, { recursive: true });
        try {
          const site = await host(root);
          await page.goto(`${site.url}/it/`);
          await workerActive(page);
          await page.reload();
          const oldTitle = await textOf(page, 'h1');
          const file = join(root, 'it/index.html');
          writeFileSync(file, readFileSync(file, 'utf8').replace(`>${oldTitle}<`, '>Nuova versione<'));
          await writeServiceWorkers(root, '/');

          await page.reload();
          await until(page, 'the prompt', () => document.querySelector('.update-ready button') !== null);
          expect(await textOf(page, '.update-ready')).toContain(uiString('it', 'offline.updateReady'));
          expect(await textOf(page, 'h1')).toBe(oldTitle);
          await page.click('.update-ready button');
          await until(page, 'the new version', () => document.querySelector('h1')?.textContent === 'Nuova versione');
        } finally {
          rmSync(root, { recursive: true });
        }
      }));
  });
}
