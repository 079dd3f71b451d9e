/**
 * A recording HTTP proxy on 127.0.0.1 for the no-network tests (issue #8). A browser
 * launched with `proxyPort` sends every request through it, whoever makes it: pages,
 * extension pages, the extension's service worker or background page, the browser itself.
 * Requests for `origin` (the test's static server) are passed on; everything else is
 * refused, after being recorded. Nothing leaves the machine.
 */
import { createServer, request, type Server } from 'node:http';

export interface ProxiedRequest { method: string; url: string; at: number }

export interface RecordingProxy {
  port: number;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startProxy(origin: string): Promise<RecordingProxy> {
  const target = new URL(origin);
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push({ method: req.method ?? '', url, at: Date.now() });
    let parsed: URL | null = null;
    try { parsed = new URL(url); } catch { /* not an absolute URL: refused below */ }
    if (!parsed || parsed.host !== target.host) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('refused by the test proxy');
      return;
    }
    const upstream = request(origin + parsed.pathname + parsed.search, { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    upstream.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  // HTTPS goes through CONNECT: record the host and refuse the tunnel.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: `https://${req.url ?? ''}`, at: Date.now() });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
