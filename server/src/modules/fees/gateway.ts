import { canonicalJson } from '../../platform/audit/canonical-json.js';
import { hmacSm3Hex } from '../../platform/crypto/sm3.js';
import type { AppContext } from '../../platform/app-context.js';
import { DomainError } from '../../platform/errors.js';
import type { BankSplit } from '../../platform/db/schema.js';

/**
 * The bank/treasury payment gateway, behind one small interface: create an order (the treasury
 * splits by finance code), and the key both sides sign callbacks with (HMAC-SM3).
 */
export type GatewaySettings = {
  /** Base URL of the gateway's API; orders are POSTed to `${url}/orders`. */
  url: string;
  /** Shared HMAC-SM3 key for requests to and callbacks from the gateway. */
  key: string;
  /** Where the gateway sends its asynchronous callbacks. */
  notifyUrl: string;
};

export type GatewayOrder = { orderNo: string; amountFen: number; splits: BankSplit[]; subject: string };

const settings = new WeakMap<AppContext, GatewaySettings>();

/** Tests and deployments point a running app at its gateway. */
export function configureGateway(ctx: AppContext, s: GatewaySettings): void {
  settings.set(ctx, s);
}

/**
 * From the configuration (BANK_GATEWAY_URL, BANK_GATEWAY_KEY) unless a test configured it. Without
 * a gateway, ordering fails as unavailable and every callback fails its signature check.
 */
export function gatewayOf(ctx: AppContext): GatewaySettings {
  const s = settings.get(ctx);
  if (s) return s;
  const fromEnv = {
    url: ctx.config.bankGatewayUrl ?? 'http://127.0.0.1:9',
    key: ctx.config.bankGatewayKey ?? '',
    notifyUrl: `${ctx.config.publicBaseUrl}/api/payments/bank/callback`,
  };
  settings.set(ctx, fromEnv);
  return fromEnv;
}

/** Registers the order with the gateway; the answer is where the payer goes to pay. */
export async function createGatewayOrder(ctx: AppContext, order: GatewayOrder): Promise<{ payUrl: string }> {
  const s = gatewayOf(ctx);
  const body = { ...order, notifyUrl: s.notifyUrl };
  try {
    const res = await fetch(`${s.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': hmacSm3Hex(s.key, canonicalJson(body)) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) throw new Error(`gateway answered ${res.status}`);
    const json = (await res.json()) as { payUrl?: unknown };
    if (typeof json.payUrl !== 'string') throw new Error('gateway answer without payUrl');
    return { payUrl: json.payUrl };
  } catch (err) {
    throw new DomainError('service.unavailable', { reason: err instanceof Error ? err.message : 'gateway' });
  }
}
