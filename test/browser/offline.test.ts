import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeServiceWorkers } from '../../src/integrations/offline';
import { openPage, useChromium } from '../support/browser';
import { distDir, guideSlug, locales, subpathBase, subpathDistDir, uiString } from '../support/site';
import { serveStatic } from '../support/static-server';

const browser = useChromium();

/** A host this test can take off the network: it stops answering, as when the reader's connection drops. */
async function host(root: string) {
  const { url, server } = await serveStatic(root);
  hosts.push(server);
  return { url, offline: () => stop(server) };
}
const hosts: Server[] = [];
const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((server) => (server.listening ? stop(server) : undefined)));
});

/** Opens a page with service workers allowed and waits until the language's worker has precached everything. */
async function firstVisit(url: string): ReturnType<typeof openPage> {
  const page = await openPage(browser(), { serviceWorkers: 'allow' });
  await page.goto(url);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  return page;
}

describe('offline', () => {
  it.each(locales)('after one visit, %s works with the network off: reload, navigate, search, a tool', async (lang) => {
    const site = await host(distDir);
    const page = await firstVisit(`${site.url}/${lang}/`);
    await site.offline();

    await page.reload();
    expect(await page.locator('h1').textContent()).not.toBe('');

    // Navigate by a link, as a reader would: the guide's first page from the home page.
    const guidePath = `/${lang}/${guideSlug(lang, 'warning-signs')}/`;
    await page.locator(`main a[href="${guidePath}"]`).first().click();
    await page.waitForURL(`**${guidePath}`);
    expect(await page.locator('h1').textContent()).not.toBe('');

    const word = { nl: 'factuur', hu: 'számla', it: 'fattura', fr: 'facture' }[lang]!;
    await page.goto(`${site.url}/${lang}/${uiString(lang, 'search.slug')}/?q=${encodeURIComponent(word)}`);
    await page.locator('search-page .pagefind-ui__result-link').first().waitFor();
    expect(await page.locator('search-page .pagefind-ui__result-link').count()).toBeGreaterThan(1);

    // A tool, with the state it reads from its address: the letter generator fills in the reader's name.
    await page.goto(`${site.url}/${lang}/${uiString(lang, 'letters.slug')}/`);
    await page.locator('letter-writer-island[data-awake]').waitFor({ state: 'attached' });
    await page.locator('.letter-form [name="senderName"]').fill('Eva Kovács');
    await expect.poll(() => page.locator('.letter-preview .letter-paper').innerText()).toContain('Eva Kovács');
    expect(page.errors.filter((error) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(error))).toEqual([]);
  });

  it('works under a sub-path too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'client-exit-subpath-'));
    symlinkSync(subpathDistDir, join(root, subpathBase.replaceAll('/', '')));
    try {
      const site = await host(root);
      const page = await firstVisit(`${site.url}${subpathBase}nl/`);
      await site.offline();
      await page.goto(`${site.url}${subpathBase}nl/${guideSlug('nl', 'handover')}/`);
      expect(await page.locator('h1').textContent()).not.toBe('');
    } finally {
      rmSync(root, { recursive: true });
    }
  });

  it('tells the reader a new version is ready, and switches every tab to it at once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'client-exit-deploy-'));
    cpSync(distDir, root, { recursive: true });
    try {
      const site = await host(root);
      const home = `${site.url}/nl/`;
      const page = await firstVisit(home);
      await page.reload(); // now under the worker's control
      const oldTitle = await page.locator('h1').textContent();

      // A new deploy: the home page changed, and the build wrote new workers.
      const file = join(root, 'nl/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace(`>${oldTitle}<`, '>Nieuwe versie<'));
      await writeServiceWorkers(root, '/');

      const other = await page.context().newPage();
      await other.goto(`${site.url}/nl/${guideSlug('nl', 'handover')}/`);
      await page.reload(); // the browser looks for a new worker on each visit
      const prompt = page.locator('.update-ready');
      await expect.poll(() => prompt.textContent(), { timeout: 15_000 }).toContain(uiString('nl', 'offline.updateReady'));
      // Until the reader accepts, every page is the old version.
      expect(await page.locator('h1').textContent()).toBe(oldTitle);

      const otherReloaded = other.waitForEvent('load');
      await prompt.getByRole('button', { name: uiString('nl', 'offline.reload') }).click();
      await page.waitForEvent('load');
      await otherReloaded;
      expect(await page.locator('h1').textContent()).toBe('Nieuwe versie');
      expect(await page.locator('.update-ready').count()).toBe(0);
    } finally {
      rmSync(root, { recursive: true });
    }
  });
});
