import net from 'node:net';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';

/**
 * Pooled transport options from smtp[s]://user:pass@host:port?ignoreTLS=true&requireTLS=true.
 * (nodemailer's own `url` option drops every other option, pooling included, so it is parsed here.)
 * Sockets are opened with TCP_NODELAY: nodemailer writes a message's body and its final dot
 * separately, and with Nagle's algorithm each message would wait ~40 ms for a delayed ACK.
 */
export function smtpTransportOptions(raw: string): SMTPPool.Options {
  const u = new URL(raw);
  const secure = u.protocol === 'smtps:';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = Number(u.port || (secure ? 465 : 587));
  const flag = (name: string) => u.searchParams.get(name) === 'true';
  return {
    pool: true,
    host,
    port,
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    ignoreTLS: flag('ignoreTLS'),
    requireTLS: flag('requireTLS'),
    maxConnections: 8,
    maxMessages: Infinity,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    getSocket(_options, callback) {
      const socket = net.connect({ host, port });
      socket.setNoDelay(true);
      const fail = (err: Error) => {
        socket.destroy();
        callback(err, null);
      };
      socket.setTimeout(10_000, () => fail(new Error('SMTP connect timed out')));
      socket.once('error', fail);
      socket.once('connect', () => {
        socket.setTimeout(0);
        socket.off('error', fail);
        callback(null, { connection: socket });
      });
    },
  };
}
