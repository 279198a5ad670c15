import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** `npm run build:web` (or `npm start`) writes the console here; the same path from gateway/src/web and gateway/dist/web. */
export const CONSOLE_DIST_DIR = fileURLToPath(new URL('../../../clients/web/dist/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);
/** Vite names everything under assets/ by content hash, so those never change; index.html must be revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

interface StaticFile {
  readonly body: Buffer;
  readonly gzipped: Buffer | undefined;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly etag: string;
}

/** Serves the built console: files from dist/, and index.html for every client-side route (SPA fallback). */
export function createConsoleStaticFiles(distDir: string = CONSOLE_DIST_DIR) {
  // Files are read (and gzipped) once per build: index.html's mtime changes with every build.
  const cache = new Map<string, StaticFile & { mtimeMs: number }>();

  function load(relativePath: string): StaticFile | undefined {
    const path = normalize(join(distDir, relativePath));
    if (!path.startsWith(distDir.endsWith(sep) ? distDir : distDir + sep)) return undefined;
    if (!existsSync(path) || !statSync(path).isFile()) return undefined;
    const { mtimeMs, size } = statSync(path);
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const extension = extname(path);
    const body = readFileSync(path);
    const file = {
      body,
      gzipped: COMPRESSIBLE.has(extension) && size > 1024 ? gzipSync(body) : undefined,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      cacheControl: relativePath.startsWith('assets/') ? IMMUTABLE : REVALIDATE,
      etag: `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`,
      mtimeMs,
    };
    cache.set(path, file);
    return file;
  }

  function send(request: IncomingMessage, response: ServerResponse, file: StaticFile): void {
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'cache-control': file.cacheControl,
      etag: file.etag,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
    };
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const gzip = file.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzipped! : file.body;
    response.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  /** True when it answered. A path with a file extension that is not in dist/ is a real 404; any other path is a route. */
  return function serveConsole(request: IncomingMessage, response: ServerResponse, path: string): boolean {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return false;
    }
    const relativePath = decoded.replace(/^\/+/, '');
    const file = relativePath ? load(relativePath) : undefined;
    if (file) {
      send(request, response, file);
      return true;
    }
    if (extname(relativePath)) return false;
    const index = load('index.html');
    if (!index) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end('The web console is not built yet: run `npm run build:web` (npm start builds it).\n');
      return true;
    }
    send(request, response, index);
    return true;
  };
}
