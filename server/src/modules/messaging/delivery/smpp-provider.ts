import { createHash } from 'node:crypto';
import type smpp from 'smpp';
import { lazyRequire } from '../../../platform/lazy-require.js';
import { DeliveryFailure, type OutgoingSms, type SendResult, type SmsProvider } from './providers.js';
import { segmentSms } from './sms-segments.js';

const smppClient = lazyRequire<typeof smpp>('smpp');
const PDU_TIMEOUT_MS = 10_000;

type SmppTarget = { url: string; systemId: string; password: string; source: string };

/** smpp://system_id:password@host:port?source=106… — the sender number the gateway assigned. */
export function parseSmppUrl(raw: string): SmppTarget {
  const u = new URL(raw);
  return {
    url: `${u.protocol}//${u.hostname}:${u.port || (u.protocol === 'smpps:' ? 3550 : 2775)}`,
    systemId: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    source: u.searchParams.get('source') ?? '10690000',
  };
}

/** Statuses that will not change on a retry: a bad number or a message the gateway refuses. */
const permanentStatuses = new Set([0x0a, 0x0b, 0x0c, 0x33, 0x45, 0x61, 0x62, 0x63]);

/**
 * SMS over SMPP 3.4 as a transmitter: one bound session, reconnected on demand. Chinese goes as
 * UCS-2 (data_coding 8); long texts as concatenated parts with a user data header whose reference
 * is derived from the delivery id, so a re-sent message reassembles the same way. SMPP has no
 * idempotency key: a message whose submit_sm_resp was lost may reach the handset twice.
 */
export class SmppProvider implements SmsProvider {
  readonly name = 'smpp';
  private readonly target: SmppTarget;
  private session: Promise<smpp.Session> | null = null;

  constructor(url: string) {
    this.target = parseSmppUrl(url);
  }

  private connect(): Promise<smpp.Session> {
    // Handlers forget only their own session: a late 'close' of an old one leaves a new one alone.
    const forget = () => {
      if (this.session === pending) this.session = null;
    };
    const pending = new Promise<smpp.Session>((resolve, reject) => {
      const session = smppClient().connect({ url: this.target.url, auto_enquire_link_period: 30_000 });
      const fail = (err: unknown) => {
        forget();
        session.destroy();
        reject(new DeliveryFailure(`smpp: ${err instanceof Error ? err.message : String(err)}`, false));
      };
      const timer = setTimeout(() => fail(new Error('bind timed out')), PDU_TIMEOUT_MS);
      session.once('error', (err: unknown) => {
        clearTimeout(timer);
        fail(err);
      });
      session.on('close', forget);
      session.on('connect', () => {
        session.bind_transmitter({ system_id: this.target.systemId, password: this.target.password }, (pdu) => {
          clearTimeout(timer);
          if (pdu.command_status !== 0) return fail(new Error(`bind refused (status ${pdu.command_status})`));
          // After binding, an error closes the session; the next send binds again.
          session.removeAllListeners('error');
          session.on('error', () => {
            forget();
            session.destroy();
          });
          resolve(session);
        });
      });
    });
    return pending;
  }

  private submit(session: smpp.Session, fields: Record<string, unknown>): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A lost response leaves the outcome unknown; the session is dropped and the send retried.
        session.destroy();
        reject(new DeliveryFailure('smpp: submit_sm timed out', false));
      }, PDU_TIMEOUT_MS);
      const sent = session.submit_sm(fields, (pdu) => {
        clearTimeout(timer);
        if (pdu.command_status === 0) return resolve(typeof pdu.message_id === 'string' ? pdu.message_id : '');
        reject(
          new DeliveryFailure(
            `smpp: submit_sm refused (status 0x${pdu.command_status.toString(16)})`,
            permanentStatuses.has(pdu.command_status),
          ),
        );
      });
      if (!sent) {
        clearTimeout(timer);
        session.destroy();
        reject(new DeliveryFailure('smpp: connection closed', false));
      }
    });
  }

  async send(m: OutgoingSms): Promise<SendResult> {
    let parts;
    try {
      parts = segmentSms(m.text, createHash('sha256').update(m.deliveryId).digest()[0]!);
    } catch (err) {
      throw new DeliveryFailure(`smpp: ${err instanceof Error ? err.message : String(err)}`, true);
    }
    this.session ??= this.connect();
    const session = await this.session;
    const ids: string[] = [];
    for (const part of parts) {
      ids.push(
        await this.submit(session, {
          source_addr_ton: 0,
          source_addr_npi: 0,
          source_addr: this.target.source,
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          destination_addr: m.to.replace(/^\+/, ''),
          data_coding: part.dataCoding,
          esm_class: part.udh ? 0x40 : 0,
          registered_delivery: 0,
          short_message: part.udh ? { udh: part.udh, message: part.payload } : part.payload,
        }),
      );
    }
    return { provider: this.name, providerMessageId: ids.join(',') };
  }

  async close(): Promise<void> {
    const pending = this.session;
    this.session = null;
    if (!pending) return;
    const session = await pending.catch(() => null);
    if (!session) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        session.destroy();
        resolve();
      }, 2_000);
      session.unbind({}, () => {
        clearTimeout(timer);
        session.close(() => resolve());
      });
    });
  }
}
