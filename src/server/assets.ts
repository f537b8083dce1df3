// The viewer's static files: hand-written HTML, CSS and JS in ./public (copied into dist by the
// build), read once at start-up and served from memory. Only the names listed here are served.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { reportStyle } from './view.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

const PAGES: Record<string, string> = { '/': 'index.html', '/corpus': 'corpus.html' };
const ASSETS = ['viewer.css', 'viewer.js', 'corpus.js', 'favicon.svg'];

export function installAssets(app: FastifyInstance, opts: { corpus: boolean }): void {
  const dir = new URL('./public/', import.meta.url);
  const files = new Map<string, string>();
  for (const name of [...Object.values(PAGES), ...ASSETS]) files.set(name, readFileSync(new URL(name, dir), 'utf8'));
  files.set('report.css', reportStyle());

  const send = (name: string) => async (_req: unknown, reply: import('fastify').FastifyReply) => {
    const ext = name.slice(name.lastIndexOf('.') + 1);
    return reply.type(TYPES[ext]).header('cache-control', 'no-cache').send(files.get(name));
  };
  for (const [path, name] of Object.entries(PAGES)) {
    if (path === '/corpus' && !opts.corpus) continue;
    app.get(path, send(name));
  }
  for (const name of [...ASSETS, 'report.css']) app.get(`/assets/${name}`, send(name));
}
