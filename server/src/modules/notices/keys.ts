import type { Kysely } from 'kysely';
import type { AppContext } from '../../platform/app-context.js';
import { generateSm2KeyPair } from '../../platform/crypto/sm2.js';
import type { Database } from '../../platform/db/schema.js';
import * as store from './store.js';

/**
 * The centre's electronic seal key (SM2, GB/T 32918). Created at the first issue, the private
 * half kept SM4-encrypted under the field key like other secrets; the public half is printed into
 * every notice record so a verifier needs nothing else. A production deployment would hold it in
 * a certified signing device (a 电子印章 system); this is the seam where that plugs in.
 */
export async function centreSealKey(ctx: AppContext, trx: Kysely<Database>, centreId: string) {
  let seal = await store.findSeal(trx, centreId);
  if (!seal) {
    const pair = generateSm2KeyPair();
    await store.insertSeal(trx, {
      centre_id: centreId,
      public_key: pair.publicKey,
      private_key_enc: ctx.cipher.encrypt(pair.privateKey),
    });
    seal = await store.findSeal(trx, centreId);
  }
  if (!seal) throw new Error('centre seal key missing after insert');
  return { publicKey: seal.public_key, privateKey: ctx.cipher.decrypt(seal.private_key_enc) };
}
