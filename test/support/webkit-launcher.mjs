// A @web/test-runner browser launcher for WebKitGTK through W3C WebDriver (WebKitWebDriver), with
// no client library: the runner only needs each test page opened; results come back over the
// runner's own web socket. WebKitWebDriver holds one session at a time, so each concurrent test
// file has its own driver and MiniBrowser, all on one private Xvfb display. A browser runs one
// file after another, and its storage is cleared between them.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { driverPath, env, capabilities } from '../../scripts/webkit.mjs';
import { clearPageStorage } from './between-files.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A private X display: Xvfb picks a free number and writes it to fd 3. */
export async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (chunk) => (stderr += chunk));
  const display = await new Promise((resolve, reject) => {
    xvfb.stdio[3].on('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    xvfb.on('error', (error) => reject(new Error(`Xvfb: ${error.message} (is the xvfb package installed?)`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return { xvfb, display };
}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.message ?? response.status}`);
  return json.value;
}

/** One WebKitWebDriver and its session: { driver, base, id, go(url), close() }. */
export async function startBrowser(display) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const driver = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, ...env, DISPLAY: display } });
  const failed = new Promise((_, reject) =>
    driver.on('error', (error) => reject(new Error(`WebKitWebDriver: ${error.message} (is webkit2gtk-driver installed?)`))),
  );
  const ready = (async () => {
    for (let tries = 0; tries < 100; tries += 1) {
      if (await call(base, 'GET', '/status').then((value) => value?.ready, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`WebKitWebDriver did not start at ${base}`);
  })();
  await Promise.race([ready, failed]);
  const { sessionId } = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
  return {
    go: (url) => call(base, 'POST', `/session/${sessionId}/url`, { url }),
    /** Runs a function's source in the page with one JSON argument; resolves to its JSON result. */
    evaluate: (fn, arg) =>
      call(base, 'POST', `/session/${sessionId}/execute/async`, {
        script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn})(arguments[0])).then(done, (error) => done({ __error: String(error) }));`,
        args: [arg ?? null],
      }).then((value) => {
        if (value?.__error) throw new Error(value.__error);
        return value;
      }),
    async close() {
      await call(base, 'DELETE', `/session/${sessionId}`).catch(() => {});
      if (driver.exitCode === null) {
        driver.kill();
        await once(driver, 'exit');
      }
    },
  };
}

export function webkitLauncher({ concurrency = 1 } = {}) {
  let screen;
  /** Browsers, each { browser, testSession?, url? }; at most `concurrency` of them. */
  const slots = [];
  const waiting = [];

  /** An idle browser, a new one while under the concurrency, or the next one freed. */
  async function acquire() {
    screen ??= startXvfb();
    const { display } = await screen;
    const idle = slots.find((slot) => !slot.busy);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    if (slots.length < concurrency) {
      const slot = { busy: true };
      slots.push(slot);
      slot.browser = await startBrowser(display);
      return slot;
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(slot) {
    slot.testSession = undefined;
    slot.url = undefined;
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  const slotOf = (testSession) => slots.find((slot) => slot.testSession === testSession);

  return {
    name: 'WebKit',
    type: 'webdriver',
    concurrency,

    async startSession(testSession, url) {
      const slot = await acquire();
      slot.testSession = testSession;
      slot.url = url;
      await slot.browser.go(url);
    },

    isActive: (testSession) => Boolean(slotOf(testSession)),

    getBrowserUrl: (testSession) => slotOf(testSession)?.url,

    async stopSession(testSession) {
      const slot = slotOf(testSession);
      if (slot) {
        // The next file in this browser starts with empty storage, as each file does in a context
        // of its own in Chromium and Firefox: a stored copy one file left must not stand in for
        // another's feed. (Two browsers side by side share nothing.)
        await slot.browser.evaluate(clearPageStorage).catch(() => {});
        // Leave the test page, so nothing of it runs on while the next file starts.
        await slot.browser.go('about:blank').catch(() => {});
        release(slot);
      }
      return {};
    },

    async startDebugSession() {
      throw new Error('No debugging in WebKit here: run `npm start` and open the page in a browser.');
    },

    async stop() {
      await Promise.all(slots.map((slot) => slot.browser?.close()));
      const { xvfb } = (await screen?.catch(() => undefined)) ?? {};
      if (xvfb && xvfb.exitCode === null) {
        xvfb.kill();
        await once(xvfb, 'exit');
      }
    },
  };
}
