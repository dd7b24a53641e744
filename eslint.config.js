// ESLint over the TypeScript, TSX and Astro sources: the recommended rules of ESLint, typescript-eslint
// and eslint-plugin-astro. Formatting is Prettier's job (.prettierrc.json); `npm test` runs both.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // `const { [id]: _gone, ...rest } = …` drops a key: the named sibling is unused on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
);
