/**
 * A loopback proxy that is Firefox's whole network: it serves https://portal.nhs.net/... from
 * test/fixtures (TLS terminated with a throwaway self-signed certificate made by openssl in a temp
 * folder at test time) and refuses everything else, recording it. Unlike request interception it
 * also sees what the browser itself, the extension's background and its pages, and tabs the
 * extension opens ask for, so a test can prove nothing left the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PORTAL_HOST, fixtureHtml, type FixtureRoute } from './journeys.ts';

export interface ProxiedRequest {
  /** `CONNECT host:port` for a tunnel, otherwise the method and the full URL. */
  what: string;
  /** served: a fixture answered; refused: not a portal fixture; favicon: the browser's own icon probe. */
  outcome: 'served' | 'refused' | 'favicon';
}

export interface PortalProxy {
  port: number;
  /** Every request, in order. */
  requests: ProxiedRequest[];
  /** Requests for anything but a portal fixture (other hosts, plain http, unrouted portal paths). */
  stray(): string[];
  /** Adds routes; later routes win over earlier ones for the same address. */
  route(routes: FixtureRoute[]): void;
  /** Portal addresses that were served, in order (path and query, no fragment). */
  served(): string[];
  close(): Promise<void>;
}

/** A self-signed certificate for the portal's host name, valid for two days. */
function throwawayCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'nhsc-ff-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        `/CN=${PORTAL_HOST}`,
        '-addext',
        `subjectAltName=DNS:${PORTAL_HOST}`,
      ],
      { stdio: 'pipe' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function matches(route: FixtureRoute, url: string): boolean {
  return typeof route.url === 'string' ? withoutFragment(route.url) === url : route.url.test(url);
}

export async function startPortalProxy(initial: FixtureRoute[] = []): Promise<PortalProxy> {
  const routes: FixtureRoute[] = [...initial];
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();

  const portal = https.createServer(throwawayCertificate(), (req, res) => {
    const url = `https://${PORTAL_HOST}${req.url ?? '/'}`;
    const route = [...routes].reverse().find((r) => matches(r, url));
    if (route) {
      requests.push({ what: `${req.method} ${url}`, outcome: 'served' });
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      });
      res.end(route.html ?? fixtureHtml(route.fixture ?? ''));
      return;
    }
    const favicon = req.method === 'GET' && req.url === '/favicon.ico';
    requests.push({ what: `${req.method} ${url}`, outcome: favicon ? 'favicon' : 'refused' });
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not a fixture');
  });

  const proxy = http.createServer((req, res) => {
    // A plain-http request through the proxy (absolute URL): never served.
    requests.push({ what: `${req.method} ${req.url}`, outcome: 'refused' });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('Refused by the test proxy');
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req, socket: Socket) => {
    const target = req.url ?? '';
    socket.on('error', () => undefined);
    if (target === `${PORTAL_HOST}:443`) {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      // The TLS server takes the raw tunnel as if a client had connected to it directly.
      portal.emit('connection', socket);
      return;
    }
    requests.push({ what: `CONNECT ${target}`, outcome: 'refused' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    stray: () => requests.filter((r) => r.outcome === 'refused').map((r) => r.what),
    served: () => requests.filter((r) => r.outcome === 'served').map((r) => r.what.replace(/^\S+ https:\/\/[^/]+/, '')),
    route(more) {
      routes.push(...more);
    },
    async close() {
      for (const s of sockets) s.destroy();
      portal.close();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
