import type nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import { lazyRequire } from '../../../platform/lazy-require.js';
import { smtpTransportOptions } from './smtp-options.js';
import { DeliveryFailure, type EmailProvider, type OutgoingEmail, type SendResult } from './providers.js';

const mailer = lazyRequire<typeof nodemailer>('nodemailer');

/** The domain of the From address, for Message-IDs (`<delivery-id@domain>`). */
function domainOf(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'tongban.local';
}

/** The SMTP server's code, if the error carries one (nodemailer sets `responseCode`). */
function responseCode(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && 'responseCode' in err) {
    const code = (err as { responseCode?: unknown }).responseCode;
    return typeof code === 'number' ? code : undefined;
  }
  return undefined;
}

/**
 * E-mail through SMTP (nodemailer, pooled connections). Plain text only: nothing in a
 * notification is markup. Every message carries `Message-ID: <delivery-id@domain>`, the same on
 * every attempt, so a receiver that deduplicates by Message-ID (most large mailbox providers do)
 * shows a message re-sent after a crash once. SMTP itself has no idempotency: see README of the
 * module (docs) for what is guaranteed.
 */
export class SmtpProvider implements EmailProvider {
  readonly name = 'smtp';
  private readonly transport: nodemailer.Transporter<SMTPPool.SentMessageInfo>;
  private readonly domain: string;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.domain = domainOf(from);
    this.transport = mailer().createTransport(smtpTransportOptions(url));
  }

  async send(m: OutgoingEmail): Promise<SendResult> {
    const messageId = `<${m.deliveryId}@${this.domain}>`;
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId,
        headers: { 'X-Tongban-Delivery': m.deliveryId },
      });
      return { provider: this.name, providerMessageId: info.messageId || messageId };
    } catch (err) {
      const code = responseCode(err);
      const reason = err instanceof Error ? err.message : String(err);
      // 5xx is the server's final "no" (unknown mailbox, refused sender); 4xx and network errors pass.
      throw new DeliveryFailure(`smtp: ${reason}`.slice(0, 500), code !== undefined && code >= 500);
    }
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }
}
