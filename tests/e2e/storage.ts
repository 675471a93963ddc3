// What the app keeps in localStorage, written and read the way the app
// does, for tests that start from saved data or look at what was saved.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A payment as the ledger stores it. */
/** The most bytes the stored ledger may take (MAX_LEDGER_BYTES in the core). */
export const MAX_LEDGER_BYTES = 2_400_000;

export type Payment = { id: number; date: string; amount: string; note: string; refunds: unknown[] };

/** The stored ledger (`waika.ledger`) holding `payments`, with the next id to give out. */
export function storedLedger(payments: Payment[], nextId: number = payments.length) {
  return JSON.stringify({ version: 1, data: { next_id: nextId, payments, first_card_link: null } });
}

/** The calculator's stored settings (`waika.calculator`): a custom card whose markup "100%" cannot be read, and `extra`. */
export function storedSettings(extra: Record<string, unknown>) {
  return JSON.stringify({
    version: 1,
    data: { card: 'custom', custom_markup: '100%', home: 'Usd', typed_rates: [], rule_set: null, ...extra },
  });
}

/** The payments in the ledger the page has stored. */
export async function storedPayments(page: Page): Promise<Payment[]> {
  const raw = await page.evaluate(() => localStorage.getItem('waika.ledger'));
  expect(raw, 'a ledger is stored').not.toBeNull();
  return JSON.parse(raw!).data.payments;
}

/** Puts `values` in localStorage before the app's first look, then opens `path`. */
export async function openWithStorage(page: Page, path: string, values: Record<string, string>) {
  await page.goto('/manifest.webmanifest');
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, values);
  await page.goto(path);
}
