// HTTP on loopback with keep-alive for the load generators: node:http costs the two shared cores
// less than fetch (undici), so more of the machine goes to the server being measured.
import http from 'node:http';

export type Session = { cookie: string; csrf: string };
export type Reply = { status: number; body: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function request(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, agent, headers: { ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.setHeader('content-length', Buffer.byteLength(body));
    req.end(body);
  });
}

export const json = (
  port: number,
  method: string,
  urlPath: string,
  body: unknown,
  headers: Record<string, string> = {},
) => request(port, method, urlPath, { 'content-type': 'application/json', ...headers }, JSON.stringify(body));

export function expectStatus(r: Reply, status: number, what: string): unknown {
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${r.body.slice(0, 500)}`);
  return JSON.parse(r.body) as unknown;
}

export async function login(port: number, urlPath: string, body: object): Promise<Session> {
  const res = await new Promise<http.IncomingMessage & { text: string }>((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: urlPath,
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => resolve(Object.assign(r, { text })));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
  if (res.statusCode !== 200) throw new Error(`login ${urlPath}: ${res.statusCode} ${res.text}`);
  const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.includes('tongban_sid'))?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrf: (JSON.parse(res.text) as { csrfToken: string }).csrfToken };
}
