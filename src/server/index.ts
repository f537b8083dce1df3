// newslens HTTP API and web viewer (`newslens serve`).
export { createServer } from './app.js';
export { DEFAULTS as SERVER_DEFAULTS, type ServerOptions } from './options.js';
export { viewParts, reportStyle, type ViewParts } from './view.js';
