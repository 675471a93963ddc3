import { chromium } from '@playwright/test';
const [,, base, lang, ...hashes] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ locale: lang, viewport: { width: 390, height: 844 } });
const page = await context.newPage();
page.on('pageerror', e => console.log('pageerror:', e.message));
page.on('console', m => { if (m.type() === 'error') console.log('console error:', m.text()); });
for (const hash of hashes) {
  await page.goto(base + hash);
  await page.waitForSelector('h1');
  if (process.env.SEARCH) { await page.fill('#help-search', process.env.SEARCH); await page.waitForTimeout(100); }
  const name = `/tmp/shots/${lang}-${hash.replace(/[#\/]+/g, '_') || 'home'}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
}
await browser.close();
