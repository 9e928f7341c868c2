import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM fixture generator without types
import { GENERATED } from '../fixtures/generate.mjs';

const ROOT = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.pdf': 'application/pdf', '.png': 'image/png' };

export interface FixtureServer {
  origin: string;
  /** Every path requested, in order: tests read it to prove what the extension did or did not fetch. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The demo sponsor site: tests/fixtures/pages served on 127.0.0.1 only (never a public
 * interface), with the generated large pages under /generated/.
 */
export async function serveFixtures(port = 0): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    void respond(path).then(
      ({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      },
      () => {
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(path: string): Promise<{ status: number; type: string; body: string | Buffer }> {
  const generated = path.startsWith('/generated/') ? (GENERATED as Record<string, () => string>)[path.slice('/generated/'.length)] : undefined;
  if (generated) return { status: 200, type: TYPES['.html']!, body: generated() };
  const file = normalize(join(ROOT, path === '/' ? 'index.html' : path));
  if (!file.startsWith(ROOT)) return { status: 403, type: 'text/plain', body: 'forbidden' };
  try {
    return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return { status: 404, type: 'text/html', body: '<!doctype html><title>Not found</title><h1>Not found</h1>' };
  }
}
