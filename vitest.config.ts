import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts', 'bin/**/*.test.ts'],
    environment: 'node',
    // Dates in tests are pinned; the time zone too, so date-only values are checked where they could shift.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
