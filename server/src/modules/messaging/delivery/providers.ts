import type { AppConfig } from '../../../platform/config.js';

/** One SMS to one mobile number; `deliveryId` is stable across retries. */
export type OutgoingSms = { deliveryId: string; to: string; text: string };

/** One plain-text e-mail; the Message-ID is derived from `deliveryId`, so a re-send carries the same one. */
export type OutgoingEmail = { deliveryId: string; to: string; subject: string; text: string };

export type SendResult = { provider: string; providerMessageId: string | null };

/** A failed send; `permanent` when trying again cannot help (a refused address), so it goes straight to dead letters. */
export class DeliveryFailure extends Error {
  override name = 'DeliveryFailure';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface SmsProvider {
  readonly name: string;
  send(message: OutgoingSms): Promise<SendResult>;
  close(): Promise<void>;
}

export interface EmailProvider {
  readonly name: string;
  send(message: OutgoingEmail): Promise<SendResult>;
  close(): Promise<void>;
}

export type Providers = { sms: SmsProvider; email: EmailProvider };

/**
 * The demo's "gateway": nothing leaves the machine; the delivery rows themselves are what the
 * supervision outbox page lists as "would have been sent".
 */
export const outboxSms: SmsProvider = {
  name: 'outbox',
  send: () => Promise.resolve({ provider: 'outbox', providerMessageId: null }),
  close: () => Promise.resolve(),
};

export const outboxEmail: EmailProvider = {
  name: 'outbox',
  send: () => Promise.resolve({ provider: 'outbox', providerMessageId: null }),
  close: () => Promise.resolve(),
};

/** The providers the configuration names: SMPP and SMTP when configured, else the visible outbox. */
export async function providersFor(config: AppConfig): Promise<Providers> {
  let sms: SmsProvider = outboxSms;
  let email: EmailProvider = outboxEmail;
  if (config.smsProvider === 'smpp' && config.smppUrl) {
    const { SmppProvider } = await import('./smpp-provider.js');
    sms = new SmppProvider(config.smppUrl);
  }
  if (config.smtpUrl) {
    const { SmtpProvider } = await import('./smtp-provider.js');
    email = new SmtpProvider(config.smtpUrl, config.mailFrom);
  }
  return { sms, email };
}
