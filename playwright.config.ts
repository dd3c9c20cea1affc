import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${PORT}`;
/** A database of its own, recreated on every run; bin/serve.mjs ingests the demo corpus into it when empty. */
const E2E_DB = 'test-results/e2e.db';
/** A second server over 5,000 benchmark events, for the level-of-detail specs (large timelines). */
export const LARGE_PORT = PORT + 1;
const LARGE_DIR = 'test-results/e2e-large';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    },
  },
  webServer: [{
    // Playwright empties test-results before starting the server; reset-db makes the fresh database explicit anyway.
    command: `node e2e/support/reset-db.mjs ${E2E_DB} && node bin/serve.mjs`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(PORT), DATELINE_DB: E2E_DB, NEXT_TELEMETRY_DISABLED: '1' },
  }, {
    command: `npx tsx e2e/support/large-db.ts ${LARGE_DIR} && node bin/serve.mjs`,
    url: `http://127.0.0.1:${LARGE_PORT}`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(LARGE_PORT), DATELINE_DB: `${LARGE_DIR}/events-5000.db`, NEXT_TELEMETRY_DISABLED: '1' },
  }],
});
