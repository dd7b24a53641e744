import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** Text is sent gzipped, as static hosts do (and as the byte budgets count it: level 9, like pageWeight). */
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves a built site the way a plain static host does: files as they are (text gzipped when the
 * browser accepts it), index.html for folders, and the language's 404 page (or the root one) with
 * status 404 for anything missing. `transformHtml`, where given, rewrites each HTML page as it is sent.
 */
export async function serveStatic(root: string, port = 0, transformHtml?: (html: string) => string): Promise<{ url: string; server: Server }> {
  const send = async (response: ServerResponse, status: number, file: string, acceptEncoding: string) => {
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = type === types['.html'] && transformHtml ? Buffer.from(transformHtml(await readFile(file, 'utf8'))) : undefined;
    if (compressible.test(type) && /\bgzip\b/.test(acceptEncoding)) {
      response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipSync(body ?? (await readFile(file)), { level: 9 }));
    } else {
      response.writeHead(status, { 'content-type': type });
      if (body) response.end(body);
      else createReadStream(file).pipe(response);
    }
  };
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const acceptEncoding = request.headers['accept-encoding'] ?? '';
    const file = await fileFor(root, pathname);
    if (file) return send(response, 200, file, acceptEncoding);
    const lang = /^\/([a-z]{2})\//.exec(pathname)?.[1];
    const notFound = (lang && (await fileFor(root, `/${lang}/404/`))) || (await fileFor(root, '/404.html'));
    if (notFound) return send(response, 404, notFound, acceptEncoding);
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}`, server };
}
