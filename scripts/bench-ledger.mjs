// The tracker at scale, in real Chromium against the release build served
// by nginx with deploy/nginx.conf: a ledger of 20,000 payments, 5,000 of
// them in the month shown. Measures, as a user waits for them: opening the
// tracker until its list is on screen, adding a payment, deleting one and
// undoing the delete, each until the page shows the result. Median of runs.
// Usage: node scripts/bench-ledger.mjs [port] (a server must be running,
// e.g. bash scripts/nginx.sh dist PORT); prints JSON.
import { chromium } from '@playwright/test';

const port = Number(process.argv[2] ?? 4173);
const base = `http://127.0.0.1:${port}`;
const RUNS = 5;
const TARGET_MS = 100;

// 15,000 payments before November 2026, then 5,000 in November.
function ledger() {
  const payments = [];
  let id = 0;
  const push = (date) => {
    payments.push({ id, date, amount: String(10 + (id % 90)), note: `payment ${id}`, refunds: [] });
    id += 1;
  };
  for (let n = 0; n < 15000; n += 1) {
    const month = 1 + (n % 10);
    const day = 1 + (n % 28);
    push(`2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let n = 0; n < 5000; n += 1) push(`2026-11-${String(1 + (n % 28)).padStart(2, '0')}`);
  return JSON.stringify({ version: 1, data: { next_id: id, payments, first_card_link: null } });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const stored = ledger();
const times = { load: [], add: [], delete: [], undo: [] };
for (let run = 0; run < RUNS; run += 1) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // The date only: the page's timers run as they do for a user.
  await page.clock.setFixedTime(new Date('2026-11-29T04:00:00Z'));
  await page.goto(`${base}/en/`);
  await page.evaluate((raw) => localStorage.setItem('waika.ledger', raw), stored);
  // Opening the tracker: from navigation to the first payment row drawn by the app.
  const started = Date.now();
  await page.goto(`${base}/en/tracker/`);
  await page.waitForFunction(() => document.querySelectorAll('.payments .payment').length > 0, null, { timeout: 120_000 });
  times.load.push(Date.now() - started);
  // From the click to the frame that shows its result. The page's
  // Content-Security-Policy forbids building code from strings, so each
  // step is a function of its own, run in the page.
  const timed = (click, done) =>
    page.evaluate(
      async ([click, done]) => {
        const find = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
        const clicks = {
          add: () => find('Add payment').click(),
          delete: () => document.querySelector('.payments .payment button.danger').click(),
          undo: () => find('Undo').click(),
        };
        const shown = {
          added: () => /Added/.test(document.querySelector('.tracker').textContent),
          undo: () => find('Undo') !== undefined,
          restored: () => /Payment restored/.test(document.querySelector('.tracker').textContent),
        };
        const start = performance.now();
        clicks[click]();
        await new Promise((resolve) => {
          const check = () => (shown[done]() ? resolve() : setTimeout(check, 1));
          check();
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      },
      [click, done],
    );
  await page.locator('#payment-amount').fill('12');
  times.add.push(await timed('add', 'added'));
  times.delete.push(await timed('delete', 'undo'));
  times.undo.push(await timed('undo', 'restored'));
  await context.close();
}
await browser.close();
const result = Object.fromEntries(
  Object.entries(times).map(([name, values]) => [name, { median_ms: Math.round(median(values)), runs: values.map(Math.round), target_ms: name === 'load' ? null : TARGET_MS }]),
);
console.log(JSON.stringify({ payments: 20000, in_month: 5000, ...result }, null, 2));
