// A small static file server for the end-to-end tests and the size
// benchmark: serves a folder on 127.0.0.1 with correct MIME types (wasm
// needs application/wasm), optional brotli/gzip like a real host, and the
// app shell for unknown paths.
//
// Usage: node tests/e2e/static-server.mjs [folder=dist] [port=4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, safe);
  if (!path.startsWith(root)) return null;
  try {
    const info = await stat(path);
    if (info.isDirectory()) path = join(path, 'index.html');
    await stat(path);
    return path;
  } catch {
    // Unknown paths get the app shell, as a single-page app host would.
    return extname(safe) ? null : join(root, 'index.html');
  }
}

// Compressed bodies by path, encoding and file time: a real host
// compresses once, and quality-11 brotli of every wasm bundle on every
// request would make the tests wait on this server.
const compressed = new Map();
async function encoded(path, body, encoding) {
  const key = `${path} ${encoding} ${(await stat(path)).mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}

createServer(async (request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  const path = await fileFor(url.pathname);
  if (!path) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return;
  }
  let body = await readFile(path);
  const headers = {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  };
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (body.length > 1024 && accepts.includes('br')) {
    body = await encoded(path, body, 'br');
    headers['content-encoding'] = 'br';
  } else if (body.length > 1024 && accepts.includes('gzip')) {
    body = await encoded(path, body, 'gzip');
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
});
