// Build step after tsc: copies the web viewer's hand-written static files into dist/.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/server/public/', import.meta.url), new URL('../dist/server/public/', import.meta.url), { recursive: true });
