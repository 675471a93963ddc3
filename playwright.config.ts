import { defineConfig } from '@playwright/test';

// The test command picks free ports; 4173 when run by hand.
const port = Number(process.env.E2E_PORT ?? 4173);
// The build under test: dist/, or a copy of it named by E2E_DIST.
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 390, height: 844 },
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The release build (dist/ unless E2E_DIST names a copy), served by Debian's nginx with the
  // project's deploy/nginx.conf, as a real host serves it.
  webServer: {
    command: `bash scripts/nginx.sh ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
