import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The NGO portal. No @vitejs/plugin-react: Vite 8 transforms JSX itself (Oxc, the automatic runtime), and the
 * app needs no fast refresh. Built into <repo>/dist/web, which the API serves at `/` (WEB_ROOT).
 */
const root = import.meta.dirname;
const DS = String.raw`designsystemet-react[\/]dist[\/]esm[\/]components[\/]`;
/**
 * Designsystemet's form components (they import designsystemet-web) and the app's own components but the page frame
 * (Layout, Page): the forms, error summaries, review lists and autosave alerts all lead to the form components.
 */
const FORM_PARTS = new RegExp(
  String.raw`${DS}(field|fieldset|input|textfield|textarea|radio|checkbox|label|validation-message|error-summary|select|switch|details|tabs|dialog|popover|tooltip|dropdown|search|suggestion|Combobox|chip)[\/]|src[\/](components[\/](?!(Layout|Page)\.)|pages[\/]apply[\/]fields)`,
);
/** The rest the pages share (the page frame, formatting); not what the layout of every page uses (in the entry). */
const SHARED_PARTS = new RegExp(
  String.raw`${DS}(?!(button|link|paragraph|skip-link|spinner)[\/])|src[\/](components[\/]Page\.|format\.ts)`,
);
/**
 * The server-side build (`vite build --ssr`, scripts in package.json): src/entry-server.tsx and everything it
 * imports in one CommonJS file, dist/web/.ssr/entry-server.js, which the API loads to render a page's first view
 * (apps/api/src/web/server-render.ts). Hidden directories are never served.
 */
const ssrBuild = defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic' } },
  // Every dependency in the bundle: the API's own require() (and Jest's, in the browser tests) loads one CommonJS
  // file with no ES-module-only package left to resolve.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: resolve(root, '../../dist/web/.ssr'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'node24',
    rolldownOptions: {
      output: { format: 'cjs', entryFileNames: 'entry-server.js', codeSplitting: false },
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});

const clientBuild = defineConfig({
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
      // Designsystemet React's modules declare no side effects but have none (bar importing designsystemet-web, which
      // keeps its own): without this, its barrel file brings every component (Combobox, Suggestion, floating-ui,
      // TanStack Virtual, the web components) into the first page's bundle, about 60 KB gzipped. main.tsx loads
      // designsystemet-web on every page, after the first render; the pages that render its elements import it.
      treeshake: {
        moduleSideEffects: [
          { test: /node_modules[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false },
          { test: /./, sideEffects: true },
        ],
      },
      output: {
        // Fewer files on a page's critical path: over HTTP/1.1 the browser opens six connections and each request
        // waits a round trip, so a dozen chunks of a few hundred bytes cost more than their bytes. What the pages
        // share goes in two chunks: the form parts (they need designsystemet-web, which the call list does not) and
        // the rest (layout pieces, formatting). The first page's own components stay in the entry.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'forms', priority: 2, test: FORM_PARTS },
            { name: 'shared', priority: 1, test: SHARED_PARTS },
          ],
        },
      },
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

export default defineConfig((env) => (env.isSsrBuild ? ssrBuild : clientBuild));
