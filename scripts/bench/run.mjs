#!/usr/bin/env node
// `npm run bench` (`--smoke` for a quick pass): what the widgets cost a host page, measured on
// production builds in headless Chromium. Prints render time against a hand-written DOM
// baseline, normalise time, gzip bytes per CDN entry, layout shift while loading and long
// tasks, with PASS/FAIL per budget; exits 1 when a budget fails. See docs/performance.md.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../chromium.mjs';
import { buildCdn, buildPages, entryCosts, gzipSizes } from './build.mjs';
import { HEAVY_FEEDS } from './heavy-feeds.mjs';
import { LATENCY_MS, openTab, writePages } from './round-trips.mjs';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '../..');
const smoke = process.argv.includes('--smoke');
/** `--heavy`: only the heavy feeds (`npm run bench -- --heavy`). */
const heavyOnly = process.argv.includes('--heavy');
/** `--round-trips`: only the sizes and round trips to first content (`npm run bench -- --round-trips`). */
const roundTripsOnly = process.argv.includes('--round-trips');
/** `--long-tasks`: only the ten-widget page's long tasks (`npm run bench -- --long-tasks`). */
const longTasksOnly = process.argv.includes('--long-tasks');
/** `--layout`: only the layout shift while loading (`npm run bench -- --layout`). */
const layoutOnly = process.argv.includes('--layout');

/** Budgets from issue 7, and the heavy feeds' from issue 18. */
export const BUDGETS = {
  renderRatio: 1.5, // <news-trending> with 1000 entries, against the baseline
  normaliseMs: 50, // normaliseFeed on 2000 items
  cls: 0.01, // card + trending + article, feed delayed 600 ms
  longTaskMs: 50, // ten widgets on one page
  heavyTaskMs: 200, // any feed under the 5 MiB size limit
  roundTrips: 4, // navigation to first content, each case of round-trips.mjs (issue 14)
};

const RUNS = smoke
  ? { renderIterations: 5, renderWarmup: 2, normaliseRuns: 7, longTaskLoads: 3, heavyLoads: 1, roundTripLoads: 1 }
  : { renderIterations: 15, renderWarmup: 3, normaliseRuns: 21, longTaskLoads: 5, heavyLoads: 3, roundTripLoads: 3 };

/** Lighthouse's desktop and mobile screens. */
const VIEWPORTS = [
  { name: 'desktop', width: 1350, height: 940 },
  { name: 'mobile', width: 412, height: 823 },
];

const results = [];
function verdict(name, ok, detail) {
  results.push({ name, ok });
  return `${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const pad = (value, width) => String(value).padStart(width);

/** `promise`, or an error naming `what` after `seconds`: a widget that never loads must not hang the run. */
function within(promise, seconds, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function openPage(browser, origin, path, viewport = VIEWPORTS[0]) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  return { page, errors, close: () => context.close() };
}

async function benchRender(browser, origin) {
  const { page, errors, close } = await openPage(browser, origin, '/render.html');
  try {
    await page.waitForFunction(() => window.bench);
    const render = await within(
      page.evaluate(
        ({ iterations, warmup }) => window.bench.render([10, 100, 1000], iterations, warmup),
        { iterations: RUNS.renderIterations, warmup: RUNS.renderWarmup },
      ),
      300,
      'render benchmark',
    );
    const normalise = await within(
      page.evaluate(({ runs }) => window.bench.normalise(2000, runs, 3), { runs: RUNS.normaliseRuns }),
      120,
      'normalise benchmark',
    );
    if (errors.length) throw new Error(`render page: ${errors.join('; ')}`);

    console.log(`\nRender <news-trending> vs hand-written DOM (median of ${RUNS.renderIterations}, interleaved; ratio: median of paired runs)`);
    console.log('  entries   component    baseline   ratio');
    let ratio1000;
    for (const { items, component, baseline } of render) {
      const c = median(component);
      const b = median(baseline);
      // Each component run is paired with the baseline run beside it, so load that comes and
      // goes on a shared machine weighs on both sides of a ratio.
      const ratio = median(component.map((time, i) => time / baseline[i]));
      if (items === 1000) ratio1000 = ratio;
      console.log(`  ${pad(items, 7)}  ${pad(ms(c), 10)}  ${pad(ms(b), 10)}  ${pad(ratio.toFixed(2), 6)}`);
    }
    console.log(verdict('render 1000 entries', ratio1000 <= BUDGETS.renderRatio, `${ratio1000.toFixed(2)}× the baseline (budget ≤ ${BUDGETS.renderRatio}×)`));

    const normaliseMs = median(normalise);
    console.log(`\nnormaliseFeed, 2000 items (median of ${RUNS.normaliseRuns}; fastest ${ms(Math.min(...normalise))})`);
    console.log(verdict('normalise 2000 items', normaliseMs <= BUDGETS.normaliseMs, `${ms(normaliseMs)} (budget ≤ ${BUDGETS.normaliseMs} ms)`));
  } finally {
    await close();
  }
}

async function benchLayout(browser, origin) {
  console.log('\nLayout shift while loading: card, trending (limit 5), article; feed delayed 600 ms');
  for (const viewport of VIEWPORTS) {
    const { page, errors, close } = await openPage(browser, origin, '/layout.html', viewport);
    try {
      const result = await within(page.evaluate(() => window.layoutResult), 60, 'layout-shift page');
      if (errors.length || result.errors.length) throw new Error(`layout page: ${[...errors, ...result.errors].join('; ')}`);
      const cls = result.shifts.reduce((sum, shift) => sum + shift.value, 0);
      const beforeFeed = result.shifts.filter((shift) => shift.time < result.feedShownAt);
      const clsBeforeFeed = beforeFeed.reduce((sum, shift) => sum + shift.value, 0);
      const heights = result.widgets
        .map((w) => `${w.tag} ${Math.round(w.skeleton)}→${Math.round(w.loaded)} px (${signed(w.loaded - w.skeleton)})`)
        .join(', ');
      console.log(`  ${viewport.name} ${viewport.width}×${viewport.height}: skeleton→loaded height: ${heights}`);
      for (const shift of result.shifts) {
        const moved = shift.sources
          .map((s) => `${s.node} y ${Math.round(s.from.y)}→${Math.round(s.to.y)}, h ${Math.round(s.from.height)}→${Math.round(s.to.height)}`)
          .join('; ');
        const phase = shift.time < result.feedShownAt ? 'before the feed arrived' : 'after the feed arrived';
        console.log(`    shift ${shift.value.toFixed(4)} at ${Math.round(shift.time)} ms (${phase}): ${moved}`);
      }
      // The budget covers the shift caused by loading the feed: from the skeletons to the
      // content. A shift before the feed arrived comes from the host page painting before the
      // widgets' script defined them (0 px tall until then): only the host page can reserve
      // that space, so it is reported, not judged.
      const clsFeed = cls - clsBeforeFeed;
      console.log(verdict(`CLS ${viewport.name}, feed loading`, clsFeed <= BUDGETS.cls, `${clsFeed.toFixed(4)} (budget ≤ ${BUDGETS.cls}); whole page ${cls.toFixed(4)}`));
      if (clsBeforeFeed > 0) {
        console.log(`      note: ${clsBeforeFeed.toFixed(4)} of it before the feed arrived (${Math.round(result.feedShownAt)} ms): the page painted before the widgets were defined`);
      }
    } finally {
      await close();
    }
  }
}

const signed = (px) => `${px > 0 ? '+' : ''}${Math.round(px)} px`;

async function benchLongTasks(browser, origin) {
  const loads = [];
  for (let i = 0; i < RUNS.longTaskLoads; i++) {
    const { page, errors, close } = await openPage(browser, origin, '/longtasks.html');
    try {
      const result = await within(page.evaluate(() => window.longTaskResult), 60, 'long-task page');
      if (errors.length || result.errors.length) throw new Error(`long-task page: ${[...errors, ...result.errors].join('; ')}`);
      loads.push(result);
    } finally {
      await close();
    }
  }
  const longest = (load) => Math.max(0, ...load.tasks.map((task) => task.duration));
  console.log(`\nLong tasks, ten widgets on one page (${loads.length} page load${loads.length > 1 ? 's' : ''}, until 1 s after the last loaded)`);
  for (const load of loads) {
    console.log(`  ${load.widgets} widgets loaded at ${Math.round(load.loadedAt)} ms; ${load.tasks.length} long task(s)`);
    for (const task of load.tasks) console.log(`    ${Math.round(task.duration)} ms at ${Math.round(task.start)} ms${explain(task, load.frames)}`);
  }
  // The median load, so one load slowed by the other work of a shared machine is not a verdict.
  const typical = median(loads.map(longest));
  console.log(verdict('long tasks, ten widgets', typical <= BUDGETS.longTaskMs, `longest ${Math.round(typical)} ms in the median load (budget: none over ${BUDGETS.longTaskMs} ms)`));
}

async function benchHeavy(browser, origin) {
  console.log(
    `\nHeavy feeds under the 5 MiB size limit, each on a page of its own (${RUNS.heavyLoads} page load${RUNS.heavyLoads > 1 ? 's' : ''} each, until 1 s after the widgets loaded)`,
  );
  for (const [name, { about, widgets }] of Object.entries(HEAVY_FEEDS)) {
    const loads = [];
    try {
      for (let i = 0; i < RUNS.heavyLoads; i++) {
        const { page, errors, close } = await openPage(browser, origin, `/heavy.html?feed=${name}&widgets=${widgets.join(',')}`);
        try {
          const result = await within(page.evaluate(() => window.heavyResult), 60, `heavy feed "${name}"`);
          if (errors.length) throw new Error(`heavy page "${name}": ${errors.join('; ')}`);
          loads.push(result);
        } finally {
          await close();
        }
      }
    } catch (error) {
      // A feed that freezes the page for a minute fails its budget; the others are still measured.
      console.log(`  ${name}: ${about}`);
      console.log(verdict(`heavy feed "${name}"`, false, error.message));
      continue;
    }
    const longest = (load) => Math.max(0, ...load.tasks.map((task) => task.duration));
    const typical = median(loads.map(longest));
    const [first] = loads;
    console.log(`  ${name}: ${about}, ${(first.feedBytes / 1024 / 1024).toFixed(2)} MiB; shown by ${first.shown.join(', ')}${first.errors.length ? `; ${first.errors.join(', ')}` : ''}`);
    for (const load of loads) {
      for (const task of load.tasks) console.log(`    ${Math.round(task.duration)} ms at ${Math.round(task.start)} ms${explain(task, load.frames)}`);
    }
    console.log(verdict(`heavy feed "${name}"`, typical <= BUDGETS.heavyTaskMs, `longest task ${Math.round(typical)} ms in the median load (budget: none over ${BUDGETS.heavyTaskMs} ms)`));
  }
}

/**
 * Round trips to first content, each case of round-trips.mjs, on the CDN build in `work`/cdn:
 * the time from navigation to the first story on screen with the latency on every request,
 * divided by the latency. The page's own work (parsing, rendering) counts too, as it does for a
 * reader; the same page loaded without the latency shows how much of the time that is.
 */
async function benchRoundTrips(browser, origin, work) {
  const cases = await writePages(join(work, 'round-trips'), '/round-trips');
  console.log(
    `\nRound trips to first content: ${LATENCY_MS} ms added to every request (Chromium network emulation), cache disabled, ` +
      `412 px wide; median of ${RUNS.roundTripLoads} load${RUNS.roundTripLoads > 1 ? 's' : ''}, each beside one without the latency`,
  );
  for (const c of cases) {
    const tab = await openTab(browser);
    const loads = [];
    try {
      // Not counted: the tab's first page pays for compiling what the others find compiled.
      await within(tab.load(origin + c.path, 0), 60, c.name);
      for (let i = 0; i < RUNS.roundTripLoads; i++) {
        const slow = await within(tab.load(origin + c.path), 60, c.name);
        const fast = await within(tab.load(origin + c.path, 0), 60, c.name);
        loads.push({ slow: slow.ms, fast: fast.ms, requests: slow.requests });
      }
    } finally {
      await tab.close();
    }
    const trips = median(loads.map((load) => load.slow)) / LATENCY_MS;
    const times = loads.map((load) => Math.round(load.slow)).join(', ');
    const local = Math.round(median(loads.map((load) => load.fast)));
    const detail = `${trips.toFixed(1)} round trips (${times} ms; ${local} ms without the latency; budget ≤ ${BUDGETS.roundTrips})`;
    console.log(verdict(`first content, ${c.name}`, trips <= BUDGETS.roundTrips, detail));
    console.log(`      requests: ${loads[0].requests.join(' ')}`);
  }
}

/** What filled a long task, from the long animation frame it belongs to. */
function explain(task, frames) {
  const frame = frames.find((f) => f.start <= task.start + 1 && task.start < f.start + f.duration);
  if (!frame) return '';
  const scripts = frame.scripts
    .filter((script) => script.duration >= 1)
    .map((script) => `${script.invoker} ${script.source} ${Math.round(script.duration)} ms`);
  return `: ${[...scripts, `style and layout ${Math.round(frame.styleAndLayout)} ms`].join(', ')}`;
}

async function reportSizes(outDir) {
  const { how, chunks } = await buildCdn({ projectRoot, outDir });
  const sizes = await gzipSizes(outDir);
  console.log(`\nGzip (level 9) per CDN entry, built with ${how}`);
  console.log('  gzip B  entry, with the chunks it imports statically');
  for (const { entry, gzip, files } of entryCosts(chunks, sizes)) {
    const imported = files.filter((file) => file !== entry);
    console.log(`  ${pad(gzip, 6)}  ${entry}${imported.length ? ` (+ ${imported.join(', ')})` : ''}`);
  }
  console.log('  every file:');
  console.log('  gzip B     raw B  file');
  for (const { file, bytes, gzip } of sizes) console.log(`  ${pad(gzip, 6)}  ${pad(bytes, 8)}  ${file}`);
}

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'news-widgets-bench-'));
  let browser;
  let server;
  try {
    const started = performance.now();
    await buildPages({ projectRoot, pagesDir: join(here, 'pages'), outDir: join(work, 'pages') });
    // The bench pages at /, the CDN build at /cdn/ and the round-trip pages at /round-trips/.
    server = await serve({ root: join(work, 'pages'), feeds: join(projectRoot, 'public/feeds'), extra: work });
    browser = await chromium.launch(launchOptions);
    console.log(
      `news-widgets benchmark (${smoke ? 'smoke' : 'full'}): Chromium ${browser.version()}, ` +
        `${availableParallelism()} CPUs, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 16)}Z`,
    );
    const [load] = loadavg();
    if (load > availableParallelism()) {
      console.log(`warning: load average ${load.toFixed(1)} on ${availableParallelism()} CPUs: other work inflates every timing below`);
    }
    if (longTasksOnly || layoutOnly) {
      if (layoutOnly) await benchLayout(browser, server.origin);
      if (longTasksOnly) await benchLongTasks(browser, server.origin);
    } else if (roundTripsOnly) {
      await reportSizes(join(work, 'cdn'));
      await benchRoundTrips(browser, server.origin, work);
    } else {
      if (!heavyOnly) {
        await benchRender(browser, server.origin);
        await reportSizes(join(work, 'cdn'));
        await benchRoundTrips(browser, server.origin, work);
        await benchLayout(browser, server.origin);
        await benchLongTasks(browser, server.origin);
      }
      await benchHeavy(browser, server.origin);
    }
    console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await browser?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok);
  if (failed.length) console.error(`\nOver budget: ${failed.map((r) => r.name).join(', ')}`);
  console.log(`bench: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log(`bench: ${results.filter((r) => r.ok).length} passed, 1 failed`);
    process.exit(2);
  },
);
