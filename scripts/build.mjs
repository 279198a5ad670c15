// Transpiles every workspace's src/ (and scripts/, bench/) from TypeScript to ESM JavaScript in dist/ with swc.
// Type checking is `npm run typecheck`; this only emits, so it is fast enough to run before every start.
import { transformFile } from '@swc/core';
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const swcOptions = JSON.parse(readFileSync(join(root, 'swc.config.json'), 'utf8'));
delete swcOptions.$comment;
swcOptions.sourceMaps = true;

/** Source folder → output folder. Every workspace package compiles src/ to dist/. */
function buildTargets() {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = [
    { src: join(root, 'scripts'), out: join(root, 'scripts', 'dist') },
    { src: join(root, 'bench'), out: join(root, 'bench', 'dist') },
  ];
  for (const pattern of rootPkg.workspaces) {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => join(root, pattern.slice(0, -2), d.name))
      : [join(root, pattern)];
    for (const dir of dirs) {
      // A Vite app (clients/web) is bundled by buildWebConsole below, not transpiled file by file.
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src')) && !existsSync(join(dir, 'vite.config.ts'))) {
        targets.push({ src: join(dir, 'src'), out: join(dir, 'dist') });
      }
    }
  }
  return targets;
}

function* typescriptFiles(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules' && entry.name !== 'test') yield* typescriptFiles(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts')) {
      yield path;
    }
  }
}

let built = 0;
const jobs = [];
for (const { src, out } of buildTargets()) {
  for (const file of typescriptFiles(src)) {
    const target = join(out, relative(src, file)).replace(/\.ts$/, '.js');
    if (existsSync(target) && statSync(target).mtimeMs >= statSync(file).mtimeMs) continue;
    jobs.push(
      transformFile(file, { ...swcOptions, filename: file, sourceFileName: relative(dirname(target), file) }).then(
        (result) => {
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, `${result.code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
          writeFileSync(`${target}.map`, result.map ?? '');
          built += 1;
        },
      ),
    );
  }
}
await Promise.all(jobs);
if (!process.argv.includes('--quiet') && built > 0) process.stderr.write(`build: ${built} file(s) transpiled\n`);

/** Newest modification time under a path (a file or a folder), 0 when it does not exist. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The web console (clients/web) with Vite, only when dist/ is missing or older than its sources: a no-op when nothing changed. */
async function buildWebConsole() {
  const web = join(root, 'clients', 'web');
  if (!existsSync(join(web, 'vite.config.ts'))) return;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((name) => newestMtime(join(web, name)));
  const builtAt = newestMtime(join(web, 'dist', 'index.html'));
  if (builtAt > 0 && builtAt >= Math.max(...sources)) return;
  const { build } = await import('vite');
  await build({ root: web, configFile: join(web, 'vite.config.ts'), logLevel: process.argv.includes('--quiet') ? 'error' : 'warn' });
  if (!process.argv.includes('--quiet')) process.stderr.write('build: web console bundled (clients/web/dist)\n');
}
await buildWebConsole();
