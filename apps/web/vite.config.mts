import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The NGO portal. No @vitejs/plugin-react: Vite 8 transforms JSX itself (Oxc, the automatic runtime), and the
 * app needs no fast refresh. Built into <repo>/dist/web, which the API serves at `/` (WEB_ROOT).
 */
const root = import.meta.dirname;
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // A strict CSP (script-src 'self'): no inline module preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // scripts/web-budget.js reads it to find what the first page loads.
    manifest: true,
    target: 'es2022',
    // The real limit is scripts/web-budget.js (the first page's JavaScript, gzipped).
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Designsystemet's modules start with "use client" (a server-components hint, meaningless here).
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
