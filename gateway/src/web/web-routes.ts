import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger, PlatformConfig } from '@support-graph/runtime';
import { readConsoleSettings } from './console-settings.js';
import { createConsoleStaticFiles } from './console-static-files.js';
import { createDevTokenEndpoint, devTokenEndpointEnabled, isLoopbackAddress } from './dev-token-endpoint.js';
import { applyHeaders, consoleSecurityHeaders } from './security-headers.js';

export interface WebRoutesOptions {
  readonly config: PlatformConfig;
  readonly logger: Logger;
  /** Where the built console is; default clients/web/dist. */
  readonly distDir?: string;
}

/**
 * Everything the gateway serves besides the API and its probes: the web console (with SPA fallback),
 * `GET /console-config.json` and, in the embedded dev mode only, `POST /dev/token`.
 * Returns false when the path is none of these, so the caller answers 404.
 */
export function createWebRoutes(options: WebRoutesOptions): (request: IncomingMessage, response: ServerResponse, path: string) => boolean {
  const consoleSettings = readConsoleSettings(options.config);
  const settings = JSON.stringify(consoleSettings);
  const securityHeaders = consoleSecurityHeaders(consoleSettings.oidc?.issuer);
  const issueDevToken = devTokenEndpointEnabled(options.config) ? createDevTokenEndpoint(options.config) : undefined;
  const serveConsole = createConsoleStaticFiles(options.distDir);
  return (request, response, path) => {
    if (path === '/dev/token') {
      // Dev tokens carry any role without credentials: only a browser on this machine may ask.
      if (!issueDevToken || !isLoopbackAddress(request.socket.remoteAddress)) return false;
      issueDevToken(request, response).catch((error: unknown) => {
        options.logger.error({ err: error }, 'dev token request failed');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'could not issue a dev token' }));
      });
      return true;
    }
    if (path === '/console-config.json' && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      response.end(settings);
      return true;
    }
    applyHeaders(response, securityHeaders);
    return serveConsole(request, response, path);
  };
}
