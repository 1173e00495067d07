import type { AddressInfo, Server } from 'node:net';
import smpp from 'smpp';
import { SMTPServer } from 'smtp-server';

/** One e-mail as the SMTP server received it, with the headers and text the tests look at. */
export type ReceivedMail = { messageId: string; to: string[]; subject: string; text: string; raw: string };

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g, (_, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const src = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < src.length; i += 1) {
    if (src[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(src.slice(i + 1, i + 3))) {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(src[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Enough MIME for nodemailer's single-part plain-text messages. */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { messageId: header('Message-ID'), to, subject: decodeWords(header('Subject')), text: text.trimEnd(), raw };
}

/**
 * A real SMTP server (smtp-server) on loopback. `failWith` makes it refuse every message with
 * that reply code (e.g. 451 for "try later", 550 for "no such mailbox").
 */
export async function startSmtpPeer(port = 0) {
  const received: ReceivedMail[] = [];
  let failWith: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    // Pooled clients keep idle connections open; closing should not wait 30 s for them.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failWith !== null) {
          const err = Object.assign(new Error(failWith >= 500 ? 'mailbox unavailable' : 'try again later'), {
            responseCode: failWith,
          });
          return callback(err);
        }
        received.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  // A client killed mid-conversation (the crash tests) resets its connection: not the server's problem.
  server.on('error', () => undefined);
  const listening: Server = await new Promise((resolve) => {
    const s: Server = server.listen(port, '127.0.0.1', () => resolve(s));
  });
  const address = listening.address() as AddressInfo;
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    setFailure(code: number | null) {
      failWith = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmppPart = {
  to: string;
  dataCoding: number;
  esmClass: number;
  udh: number[] | null;
  text: string;
};

/** A real SMPP 3.4 server (the `smpp` package's) on loopback: binds anyone, accepts every submit_sm. */
export async function startSmppPeer(port = 0) {
  const parts: SmppPart[] = [];
  let refuseWith: number | null = null;
  let next = 1;
  const server = smpp.createServer({}, (session) => {
    session.on('error', () => undefined);
    session.on('bind_transmitter', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: smpp.PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: smpp.PDU) => {
      if (refuseWith !== null) return session.send(pdu.response({ command_status: refuseWith }));
      const sm = pdu.short_message as { udh?: Buffer[]; message: string | Buffer };
      parts.push({
        to: String(pdu.destination_addr),
        dataCoding: Number(pdu.data_coding),
        esmClass: Number(pdu.esm_class),
        udh: sm.udh?.[0] ? [...sm.udh[0]] : null,
        text: typeof sm.message === 'string' ? sm.message : sm.message.toString('latin1'),
      });
      session.send(pdu.response({ message_id: `M${next++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    url: `smpp://tongban:secret@127.0.0.1:${address.port}?source=10690001`,
    parts,
    /** The texts as handsets show them: concatenated parts joined by their reference, in order. */
    messages(): Array<{ to: string; text: string; parts: number }> {
      const out: Array<{ to: string; text: string; parts: number }> = [];
      const groups = new Map<string, SmppPart[]>();
      for (const p of parts) {
        if (!p.udh) {
          out.push({ to: p.to, text: p.text, parts: 1 });
          continue;
        }
        const key = `${p.to}/${p.udh[2]}`;
        const g = groups.get(key) ?? [];
        g.push(p);
        groups.set(key, g);
        if (g.length === p.udh[3]) {
          g.sort((x, y) => x.udh![4]! - y.udh![4]!);
          out.push({ to: p.to, text: g.map((x) => x.text).join(''), parts: g.length });
          groups.delete(key);
        }
      }
      return out;
    },
    setRefusal(status: number | null) {
      refuseWith = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of (server as unknown as { sessions: smpp.Session[] }).sessions) s.destroy();
      }),
  };
}
