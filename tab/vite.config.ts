import { defineConfig } from 'vitest/config';

// The ASP.NET host serves dist/ at /tab/ and the API at /api/v1 on the same origin.
// For `npm run dev`, set API_URL to the running host (e.g. http://localhost:5080).
const apiUrl = process.env.API_URL ?? 'http://localhost:5080';

export default defineConfig({
  base: '/tab/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      onwarn(warning, warn) {
        // Fluent UI ships "use client" directives, meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        // Rollup then fails to map those directives' positions through Fluent's source maps and reports
        // "Error when using sourcemap for reporting an error" once per file: noise, not an error in our build.
        if (warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': { target: apiUrl, changeOrigin: true } },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
