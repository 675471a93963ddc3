// Measures the release app against a minimal Yew counter built the same
// way: first-load bytes, Lighthouse (mobile) scores, keystroke-to-result
// latency in the fee calculator, and offline reload time from the service
// worker. Prints a table and writes bench/results.json.
//
// Run through scripts/bench.sh, which builds both first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { firstLoads, offlineTotal } from './first-load.mjs';
import { chromium } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PORT = 4180;
const URL_BASE = `http://127.0.0.1:${PORT}/`;
const TARGETS = {
  firstLoadRatio: 2.0,
  performance: 0.98,
  accessibility: 1.0,
  keystrokeMedianMs: 2,
  offlineReloadMs: 300,
};
const LAUNCH = {
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Lighthouse varies from run to run: the median of several runs, by performance score. */
function lighthouse(runs = 3) {
  const results = Array.from({ length: runs }, (_, i) => lighthouseOnce(i));
  results.sort((a, b) => a.performance - b.performance);
  return { ...results[Math.floor(runs / 2)], runs: results.map((r) => r.performance) };
}

function lighthouseOnce(index) {
  mkdirSync('bench/lighthouse', { recursive: true });
  const output = `bench/lighthouse/report-${index}.json`;
  const run = spawnSync('npx', [
    'lighthouse', URL_BASE, '--quiet', '--output=json', `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking',
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('lighthouse failed');
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (id) => report.audits[id].numericValue;
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    bestPractices: report.categories['best-practices'].score,
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
  };
}

async function keystrokeLatency(browser, count = 200) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${URL_BASE}#/fees`);
  await page.locator('#amount').waitFor();
  await page.evaluate(() => {
    window.__latencies = [];
    let started = 0;
    document.addEventListener('input', () => {
      performance.mark('keystroke-input');
      started = performance.now();
    }, true);
    new MutationObserver(() => {
      if (!started) return;
      performance.mark('keystroke-dom');
      performance.measure('keystroke', 'keystroke-input', 'keystroke-dom');
      window.__latencies.push(performance.now() - started);
      started = 0;
    }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.locator('#amount').focus();
  const keys = ['1', '2', '0', '5', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => window.__latencies.length);
    await page.keyboard.press(keys[i % keys.length]);
    await page.waitForFunction((n) => window.__latencies.length > n, before);
  }
  const latencies = await page.evaluate(() => window.__latencies);
  await context.close();
  return { samples: latencies.length, medianMs: +median(latencies).toFixed(2), p95Ms: +percentile(latencies, 95).toFixed(2) };
}

async function offlineReload(browser, runs = 5) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(URL_BASE);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.locator('h1').waitFor();
    times.push(await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return paint ? paint.startTime : performance.now();
    }));
  }
  await context.close();
  return { runs, medianMs: Math.round(median(times)), allMs: times.map(Math.round) };
}

// The app's first load is that of its start page (the address people and
// the installed app open); every other entry address is listed too.
const appLoads = firstLoads('dist');
const app = appLoads.start;
const baseline = firstLoads('bench/baseline/dist').app;
const offlineBrotli = offlineTotal('dist').brotli;
const server = spawn('node', ['tests/e2e/static-server.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
let results;
try {
  const browser = await chromium.launch(LAUNCH);
  const keystrokes = await keystrokeLatency(browser);
  const offline = await offlineReload(browser);
  await browser.close();
  const scores = lighthouse();
  const entries = Object.fromEntries(Object.entries(appLoads).map(([bundle, load]) => [bundle, load.total]));
  results = { date: new Date().toISOString().slice(0, 10), app, baseline, entries, offlineBrotli, lighthouse: scores, keystrokes, offline };
} finally {
  server.kill();
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log('\nFirst load, start page (KB)  app raw   gzip  brotli | baseline raw  gzip  brotli | ratio (brotli)');
for (const kind of ['wasm', 'js', 'css', 'html', 'total']) {
  const a = app[kind], b = baseline[kind];
  const ratio = b.brotli ? (a.brotli / b.brotli).toFixed(2) : '-';
  console.log(`${kind.padEnd(26)} ${kb(a.raw).padStart(8)} ${kb(a.gzip).padStart(6)} ${kb(a.brotli).padStart(7)} | ${kb(b.raw).padStart(12)} ${kb(b.gzip).padStart(5)} ${kb(b.brotli).padStart(7)} | ${ratio.padStart(6)}`);
}
console.log('\nFirst load when the app is opened at another view (brotli KB, ratio to the baseline):');
for (const [bundle, load] of Object.entries(appLoads)) {
  if (bundle === 'start') continue;
  console.log(`  ${bundle.padEnd(12)} ${kb(load.total.brotli).padStart(7)}  ${(load.total.brotli / baseline.total.brotli).toFixed(2)}`);
}
console.log(`Everything the service worker keeps for offline use: ${kb(offlineBrotli)} KB brotli`);
const l = results.lighthouse;
console.log(`\nLighthouse (mobile, median of ${l.runs.length} runs: ${l.runs.join(', ')}): performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.bestPractices}; FCP ${l.fcpMs} ms, LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms`);
console.log(`Keystroke to result: median ${results.keystrokes.medianMs} ms, p95 ${results.keystrokes.p95Ms} ms over ${results.keystrokes.samples} keystrokes`);
console.log(`Offline reload to first content: median ${results.offline.medianMs} ms (${results.offline.allMs.join(', ')})`);

const ratio = app.total.brotli / baseline.total.brotli;
const checks = [
  ['first load of the start page ≤ 2.0 × baseline (brotli)', ratio <= TARGETS.firstLoadRatio, ratio.toFixed(2)],
  ['Lighthouse performance ≥ 0.98', l.performance >= TARGETS.performance, l.performance],
  ['Lighthouse accessibility = 1.0', l.accessibility >= TARGETS.accessibility, l.accessibility],
  ['keystroke median ≤ 2 ms', results.keystrokes.medianMs <= TARGETS.keystrokeMedianMs, results.keystrokes.medianMs],
  ['offline reload ≤ 300 ms', results.offline.medianMs <= TARGETS.offlineReloadMs, results.offline.medianMs],
];
console.log('\nTargets:');
for (const [name, met, value] of checks) console.log(`  ${met ? 'met   ' : 'MISSED'} ${name} (${value})`);
results.targets = Object.fromEntries(checks.map(([name, met, value]) => [name, { met, value }]));
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nWrote bench/results.json');
