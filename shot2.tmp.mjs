import { chromium } from '@playwright/test';
const [,, url, lang, selector, out] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ locale: lang, viewport: { width: 390, height: 844 } });
const page = await context.newPage();
await page.goto(url);
await page.waitForSelector(selector);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
