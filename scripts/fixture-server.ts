/** A local HTTP server that answers for many host names: gov.cn fixture pages are served under their real hosts. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response the fixture server sends. */
export interface FixtureResponse {
  status?: number;
  type?: string;
  body: string | Buffer;
}

/** Answers a request for host + path, or null for 404. */
export type FixtureRoute = (host: string, path: string) => FixtureResponse | null;

/** A running fixture server: its port, the request log and a stop function. */
export interface FixtureServer {
  port: number;
  requests: string[];
  url(host: string, path: string): string;
  close(): Promise<void>;
}

/** Start the server on a free port of 127.0.0.1. */
export async function startFixtureServer(route: FixtureRoute): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0];
    requests.push(`${host}${req.url ?? ''}`);
    const hit = route(host, path);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(hit.status ?? 200, { 'content-type': hit.type ?? 'text/html; charset=utf-8' }).end(hit.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (host, path) => `http://${host}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
