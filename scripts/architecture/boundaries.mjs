// @ts-check
/**
 * ESLint import boundaries between the lifecycle stages, built from scripts/architecture/stages.json (the same data
 * the metrics script measures with): each stage may import only itself and the stages below it. Used by
 * eslint.config.mjs (the stages marked `lint: true` — all of them — as errors in `npm run lint`). eslint-plugin-boundaries resolves relative imports to files; imports
 * through the `@app/*` aliases (between libs) are left to `npm run arch:metrics`.
 */
import boundaries from 'eslint-plugin-boundaries';
import { readFileSync } from 'node:fs';

/** @type {{ composition: string[], stages: { name: string, title: string, paths: string[], lint: boolean }[] }} */
const model = JSON.parse(readFileSync(new URL('./stages.json', import.meta.url), 'utf8'));

export const stages = model.stages;

/** The element type of a stage in the plugin's settings. */
const typeOf = (/** @type {string} */ name) => `stage:${name}`;

/** Element descriptors: one per folder of a stage, the longest (most specific) folders first. */
function elements() {
  const descriptors = model.stages.flatMap((stage) =>
    stage.paths.map((path) => {
      if (!path.endsWith('/')) {
        throw new Error(`stages.json: the lint rules take folders (ending in /), not files: ${path}`);
      }
      return { type: typeOf(stage.name), pattern: path.slice(0, -1), partialMatch: false };
    }),
  );
  return descriptors.sort((a, b) => b.pattern.length - a.pattern.length);
}

/**
 * The flat-config entry: the plugin, its settings, and `boundaries/dependencies` with one policy per stage that
 * `which` selects, forbidding imports of the stages above it.
 * @param {(stage: { name: string, lint: boolean }) => boolean} which
 * @param {'error' | 'warn'} severity
 */
export function stageBoundaries(which, severity) {
  const policies = model.stages.flatMap((stage, index) => {
    const above = model.stages.slice(index + 1).map((s) => typeOf(s.name));
    if (!which(stage) || above.length === 0) return [];
    return [
      {
        from: { element: { type: typeOf(stage.name) } },
        disallow: { to: { element: { types: { anyOf: above } } } },
        message: `The ${stage.name} stage may import only the stages below it (docs/architecture.md); {{to.element.type}} is above it.`,
      },
    ];
  });
  return {
    files: ['libs/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
      'boundaries/elements': elements(),
      'boundaries/include': ['libs/**/*.ts'],
    },
    rules: {
      'boundaries/dependencies': [severity, { default: 'allow', policies }],
    },
  };
}
