import { applyFor, foodLicenceWindow, windowClerk } from '../../../test/case-support.js';
import { buildPerson, type Client, loginPerson, type Tree } from '../../../test/factories.js';
import fs from 'node:fs/promises';
import { buildApp } from '../../app.js';
import { createAppContext } from '../../platform/create-context.js';
import { openDatabase } from '../../platform/db/connect.js';
import { freshDatabase, testConfig, type TestApp } from '../../../test/harness.js';

export type Cast = {
  tree: Tree;
  clerk: Client;
  otherClerk: Client;
  supervisor: Client;
  citizen: Client;
  stranger: Client;
  citizenId: string;
  itemId: string;
};

/**
 * The people of a conversation: the applicant (林海, mobile 13857001234), the deciding window's
 * clerk, a clerk of another window, a supervisor of the city centre, and a stranger.
 */
export async function buildCast(t: TestApp): Promise<Cast> {
  const { tree, clerk, supervisor, citizen, citizenId, itemId } = await foodLicenceWindow(t);
  const otherClerk = await windowClerk(t, tree.city.id, tree.cityXF);
  await buildPerson(t.ctx, '330902198502021230', '13957005678', '陈静');
  const stranger = await loginPerson(t.app, '13957005678');
  return { tree, clerk, otherClerk, supervisor, citizen, stranger, citizenId, itemId };
}

/** A new online case of the cast's applicant. */
export async function newCase(cast: Cast): Promise<{ id: string; version: number; caseNo: string }> {
  const c = (await applyFor(cast.citizen, cast.itemId)) as { id: string; version: number; caseNo: string };
  return c;
}

export async function post(client: Client, caseId: string, text: string, uploadIds: string[] = []) {
  return client.request({ method: 'POST', url: `/api/cases/${caseId}/messages`, payload: { text, uploadIds } });
}

export type SseEvent = { event: string; id: string | null; data: unknown };

/** A server-sent-events reader over fetch, as a browser's EventSource would see the stream. */
export async function openSse(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const events: SseEvent[] = [];
  const waiters: Array<() => void> = [];
  let ended = false;
  const done = (async () => {
    if (!res.body || res.status !== 200) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const value of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let event = 'message';
          let id: string | null = null;
          const data: string[] = [];
          for (const line of frame.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('id: ')) id = line.slice(4);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length) events.push({ event, id, data: JSON.parse(data.join('\n')) as unknown });
          for (const w of waiters.splice(0)) w();
        }
      }
    } catch {
      // aborted
    } finally {
      ended = true;
      for (const w of waiters.splice(0)) w();
    }
  })();
  return {
    status: res.status,
    headers: res.headers,
    events,
    get ended() {
      return ended;
    },
    /** Resolves with the first event matching `pred`, or rejects after `timeoutMs`. */
    async waitFor(pred: (e: SseEvent) => boolean, timeoutMs = 5_000): Promise<SseEvent> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = events.find(pred);
        if (hit) return hit;
        if (ended) throw new Error(`stream ended; events: ${JSON.stringify(events)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; events: ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async close() {
      controller.abort();
      await done;
    },
  };
}

export const sessionHeaders = (c: { cookie: string }) => ({ cookie: c.cookie });

export type LiveApp = TestApp & { baseUrl: string };

/**
 * `count` application instances on one fresh database, each listening on a loopback port — as
 * several server processes behind a load balancer. On PostgreSQL each has its own pool and its
 * own LISTEN connection; embedded, they share the one PGlite (one process can hold it).
 */
export async function buildLiveApps(count: number): Promise<{ apps: LiveApp[]; close(): Promise<void> }> {
  const first = await freshDatabase();
  const handles = [first];
  for (let i = 1; i < count; i += 1)
    handles.push(first.url ? { ...(await openDatabase({ mode: 'server', url: first.url })), url: first.url } : first);
  const apps: LiveApp[] = [];
  for (const database of handles) {
    const config = testConfig(database.url ? { DATABASE_URL: database.url } : {});
    const ctx = createAppContext(config, database);
    const app = await buildApp(ctx);
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    apps.push({
      app,
      ctx,
      baseUrl,
      close: async () => {
        await app.close();
        await fs.rm(config.dataDir, { recursive: true, force: true });
      },
    });
  }
  return {
    apps,
    async close() {
      for (const a of apps) await a.close();
      // The extra handles first; the first one drops the test database when it closes.
      for (const h of handles.slice(1)) if (h !== first) await h.close();
      await first.close();
    },
  };
}
