// HTTP requests from a chosen loopback address (127.0.0.0/8 is all loopback on Linux), so one test can be several
// clients of a server: fetch cannot pick the address it connects from.
import { request } from 'node:http';

export interface ClientResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface ClientRequest {
  method?: string;
  /** The address the request comes from; 127.0.0.1 by default. */
  from?: string;
  headers?: Record<string, string>;
  body?: string;
}

export function send(url: string, { method = 'GET', from = '127.0.0.1', headers = {}, body }: ClientRequest = {}): Promise<ClientResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, localAddress: from, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
