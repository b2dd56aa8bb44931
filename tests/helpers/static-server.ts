/** A small static file server for a built site, mounted under a base path, listening on 127.0.0.1. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.md': 'text/markdown; charset=utf-8', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** A running server: its origin, the site's root URL (origin + base) and a way to stop it. */
export interface StaticSite {
  origin: string;
  root: string;
  close: () => Promise<void>;
  /** Every path asked for, in order (tests of offline use check that nothing reached the server). */
  requests: string[];
  /** Serves another build folder from now on, at the same origin (a new deploy). */
  swap: (dir: string) => void;
  /** While on, every request is recorded and then cut (a network error), as when the device is offline. */
  setOffline: (on: boolean) => void;
  /**
   * Holds back every answer to a path that starts with `prefix` until `release` is called, as a slow
   * network would (a new worker stays "installing" while its precache waits). `reached` settles at the first such request.
   */
  hold: (prefix: string) => { reached: Promise<void>; release: () => void };
}

/** How the server answers: `immutableAssets` marks Astro's content-hashed files (`_astro/`) cacheable for a year, as static hosts do. */
export interface ServeOptions { immutableAssets?: boolean }

/** Serves `dir` at `base` (e.g. "/" or "/atlas/") on a free port of 127.0.0.1, like a static host would. */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  let dir = root;
  let offline = false;
  const requests: string[] = [];
  const holds: { prefix: string; arrived: () => void; released: Promise<void> }[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    if (offline) return void req.socket.destroy();
    const held = holds.find((h) => path.startsWith(h.prefix));
    if (held) {
      held.arrived();
      await held.released;
    }
    const notFound = async () => {
      const page = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(page);
    };
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) return res.writeHead(301, { Location: `${path}/` }).end();
      file = join(file, 'index.html');
    }
    const body = await readFile(file).catch(() => null);
    if (!body) return notFound();
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (options.immutableAssets && path.startsWith(`${base}_astro/`)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: `${origin}${base}`,
    close: () => new Promise((r) => server.close(() => r())),
    requests,
    swap: (next) => {
      dir = next;
    },
    setOffline: (on) => {
      offline = on;
    },
    hold: (prefix) => {
      let arrived = () => {};
      let release = () => {};
      const reached = new Promise<void>((r) => (arrived = r));
      const released = new Promise<void>((r) => (release = r));
      const entry = { prefix, arrived, released };
      holds.push(entry);
      return { reached, release: () => (holds.splice(holds.indexOf(entry), 1), release()) };
    },
  };
}
