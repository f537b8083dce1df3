// Response headers for every reply. The CSP is the second wall behind escaping: the viewer needs
// only its own script, styles and fetches, so nothing inline and nothing from elsewhere can run.
import type { FastifyInstance } from 'fastify';

export const VIEWER_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "form-action 'none'", "base-uri 'none'", "frame-ancestors 'none'",
].join('; ');

/** The standalone report (POST /v1/analyze with Accept: text/html) carries its own inline CSS. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'";

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', VIEWER_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    return payload;
  });
}
