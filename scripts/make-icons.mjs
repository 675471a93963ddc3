// Renders the app icons (PNG) from static/icon.svg with the test browser.
// Run once after changing the icon: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('static/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();
// A maskable icon keeps its content inside the central 80 % safe zone and
// fills the whole square with the background.
const variants = [
  { file: 'static/icon-192.png', size: 192, maskable: false },
  { file: 'static/icon-512.png', size: 512, maskable: false },
  { file: 'static/icon-maskable-512.png', size: 512, maskable: true },
];
for (const { file, size, maskable } of variants) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? `<div style="position:absolute;inset:0;background:#0b6b3a"></div><div style="position:absolute;inset:15%">${svg}</div>` : svg;
  await page.setContent(`<html><body style="margin:0;width:${size}px;height:${size}px;position:relative;background:transparent">${inner.replace('<svg ', '<svg width="100%" height="100%" ')}</body></html>`);
  await page.screenshot({ path: file, omitBackground: true });
  console.log(file);
}
await browser.close();
