// ESLint flat config (npm run lint). Errors fail the lint; warnings are counted in its output and
// are debts to pay, not noise: each warning rule below says why it is not an error yet.
import { defineConfig } from 'eslint/config';
import importXPlugin from 'eslint-plugin-import-x';
import jsdoc from 'eslint-plugin-jsdoc';
import tseslint from 'typescript-eslint';
import vitest from '@vitest/eslint-plugin';

/**
 * The layering of src/: each part may import only from itself and the parts listed for it, so the
 * parts never form a cycle. `base` is the modules at the top of src/ (theme.ts, dom.ts and the small
 * UI helpers); main.ts wires everything together and nothing imports it.
 *
 * data (imports nothing of the app) <- geo <- base <- state <- layers <- map; i18n (the catalogue,
 * the current language and its date and number formats) sits just above data, so every part that
 * shows words may use it;
 * popups, panel and controls are the UI: they may use layer descriptors but never map/, and map/
 * never imports panel/ or controls/ (it is told what to do through the store); print (the printed
 * page) sits on top of the panel, whose parts it reuses, and is told how to draw the map by main.ts.
 *
 * @type {Record<string, string[]>}
 */
const LAYERS = {
  data: [],
  geo: ['data'],
  i18n: ['data'],
  base: ['data', 'geo', 'i18n'],
  state: ['data', 'geo', 'base', 'i18n'],
  layers: ['data', 'geo', 'base', 'state', 'i18n'],
  map: ['data', 'geo', 'base', 'state', 'layers', 'popups', 'i18n'],
  popups: ['data', 'geo', 'base', 'state', 'i18n'],
  export: ['data', 'geo', 'base'],
  timeline: ['data', 'geo', 'base', 'state', 'i18n'],
  panel: ['data', 'geo', 'base', 'state', 'layers', 'popups', 'export', 'i18n'],
  controls: ['data', 'geo', 'base', 'state', 'layers', 'popups', 'i18n'],
  print: ['data', 'geo', 'base', 'state', 'layers', 'popups', 'export', 'i18n', 'panel'],
};

// eslint-plugin-import-x stays at 4.6.1: later versions resolve through unrs-resolver, whose
// per-platform binaries the registry these machines use does not all have, so `npm ci` would refuse
// the lockfile. 4.6.1's types predate ESLint 9's Plugin type, which its rules do satisfy.
const importX = /** @type {import('eslint').ESLint.Plugin} */ (/** @type {unknown} */ (importXPlugin));

/** @param {string} part @returns {string} the files of a part, as no-restricted-paths reads them */
const filesOf = (part) => (part === 'base' ? 'src/!(main).ts' : `src/${part}`);

const importZones = Object.entries(LAYERS).flatMap(([part, allowed]) => [
  ...Object.keys(LAYERS)
    .filter((other) => other !== part && !allowed.includes(other))
    .map((other) => ({
      target: filesOf(part),
      from: filesOf(other),
      message: `${part === 'base' ? 'src/*.ts (but main.ts)' : `src/${part}`} may import only from ${allowed.join(', ') || 'itself'} (the layering in eslint.config.js).`,
    })),
  {
    target: filesOf(part),
    from: 'src/main.ts',
    message: 'main.ts only wires the parts together: import the part itself.',
  },
]);

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'tests/screenshots/', 'geodata/', 'coverage/'] },

  // Everywhere: typescript-eslint's recommended rules, without `!` or `any`.
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },

  // src/: the rules that need types (floating promises, unsafe `any` flows, misused promises...),
  // with the TypeScript project service finding tsconfig.app.json through tsconfig.json.
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {},
  },

  // src/: the layering above, checked on every import.
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.js'] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: importZones }],
    },
  },

  // src/: a doc comment (TSDoc) on every exported function and class.
  {
    files: ['src/**/*.ts'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: {
            FunctionDeclaration: true,
            ClassDeclaration: true,
            ArrowFunctionExpression: true,
            FunctionExpression: true,
          },
          checkConstructors: false,
          // --fix must not write empty comments: a doc comment says something or is not there.
          enableFixer: false,
        },
      ],
    },
  },

  // tests/: a focused or skipped test must never be committed (it silently runs less than all).
  {
    files: ['tests/**/*.ts'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
    },
  },
);
