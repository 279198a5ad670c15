// Loader for child processes that run this package's TypeScript sources directly (no build step):
// `node --import ./typescript-hooks.mjs file.ts`. Resolves the `.js` specifiers our sources use to
// their `.ts` files and transpiles them with the same swc settings as jest and scripts/build.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

const swcConfigUrl = new URL('../../../../swc.config.json', import.meta.url);
const { $comment, ...swcOptions } = JSON.parse(readFileSync(swcConfigUrl, 'utf8'));

registerHooks({
  resolve(specifier, context, nextResolve) {
    if ((specifier.startsWith('.') || specifier.startsWith('/')) && specifier.endsWith('.js') && context.parentURL) {
      const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (!url.endsWith('.ts')) return nextLoad(url, context);
    const path = fileURLToPath(url);
    const { code } = transformSync(readFileSync(path, 'utf8'), { ...swcOptions, filename: path, sourceMaps: 'inline' });
    return { format: 'module', source: code, shortCircuit: true };
  },
});
