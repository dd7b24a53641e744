import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import WebDriver, { type Client } from 'webdriver';
import { engineBinaries, missingEngine, siteUrl, whenActionable, type Engine, type EnginePage, type Key } from './driver';

/** Debian's MiniBrowser, the WebKitGTK browser that WebKitWebDriver drives. */
const miniBrowser = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** W3C WebDriver key codes for the keys the flows press. */
const keyCodes: Record<Key, string> = { Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004', '/': '/' };

/** WebDriver's name for the element reference in its answers. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts Xvfb on a free display (it prints the number it chose on the descriptor we give it). */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    xvfb.on('error', () => reject(missingEngine('webkit', 'Xvfb (the display WebKit needs)')));
    xvfb.stdio[3]!.once('data', (data: Buffer) => resolve({ display: `:${data.toString().trim()}`, process: xvfb }));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
}

async function waitForDriver(port: number, driver: ChildProcess) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 15 s');
}

/** WebKit: Xvfb for its window, WebKitWebDriver for the protocol, one MiniBrowser session per page. */
export async function launchWebKit(): Promise<Engine> {
  const driverPath = engineBinaries.webkit.path;
  if (!existsSync(driverPath)) throw missingEngine('webkit');
  if (!existsSync(miniBrowser)) throw missingEngine('webkit', miniBrowser);
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } });
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    driver.kill();
    xvfb.process.kill();
    throw error;
  }
  return {
    name: 'webkit',
    async newPage() {
      // A new session is a new MiniBrowser with an ephemeral profile: no storage from other tests.
      const client = await WebDriver.newSession({
        hostname: '127.0.0.1',
        port,
        logLevel: 'warn',
        connectionRetryCount: 0,
        capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } } as WebdriverIO.Capabilities,
      });
      await client.setWindowRect(0, 0, 1280, 900);
      return pageOf(client);
    },
    async close() {
      driver.kill();
      xvfb.process.kill();
    },
  };
}

function pageOf(client: Client): EnginePage {
  const find = async (selector: string) => {
    const found = (await client.findElement('css selector', selector)) as Record<string, string>;
    if (!found[elementKey]) throw new Error(`webkit: no element matches ${selector}`);
    return found[elementKey];
  };
  return {
    engine: 'webkit',
    goto: (path) => client.navigateTo(new URL(path, siteUrl()).href),
    reload: () => client.refresh(),
    url: async () => new URL(await client.getUrl()),
    run: (fn, ...args) => client.executeScript(`return (${fn.toString()}).apply(null, arguments)`, args as unknown as never[]),
    click: (selector) => whenActionable('webkit', `click ${selector}`, async () => client.elementClick(await find(selector))),
    fill: (selector, text) =>
      whenActionable('webkit', `type into ${selector}`, async () => {
        const element = await find(selector);
        await client.elementClear(element);
        await client.elementSendKeys(element, text);
      }),
    async press(key) {
      const value = keyCodes[key];
      await client.performActions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ]);
      await client.releaseActions();
    },
    choose: (selector, value) =>
      whenActionable('webkit', `choose ${value} in ${selector}`, async () => client.elementClick(await find(`${selector} option[value="${value}"]`))),
    close: () => client.deleteSession(),
  };
}
