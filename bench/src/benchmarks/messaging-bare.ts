// The baseline for the messaging benchmark (messaging.ts), run as its own process: plain node:http
// with server-sent events and an in-memory room per case. POST /send?room=R broadcasts the body to
// the room's streams at once: no sessions, no access check, no database, no NOTIFY — what holding
// the streams and writing to them alone costs on this machine.
import http from 'node:http';

const rooms = new Map<string, Set<http.ServerResponse>>();

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const room = url.searchParams.get('room') ?? '';
  if (req.method === 'GET' && url.pathname === '/api/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (req.method === 'GET' && url.pathname === '/stream') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write('event: ready\ndata: {}\n\n');
    let set = rooms.get(room);
    if (!set) rooms.set(room, (set = new Set()));
    set.add(res);
    req.on('close', () => set.delete(res));
    return;
  }
  if (req.method === 'POST' && url.pathname === '/send') {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { text } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text: string };
      const frame = `event: message\ndata: ${JSON.stringify({ text })}\n\n`;
      for (const r of rooms.get(room) ?? []) r.write(frame);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
    return;
  }
  res.writeHead(404).end();
});

const shutdown = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
server.listen(Number(process.env.PORT ?? 3998), '127.0.0.1');
