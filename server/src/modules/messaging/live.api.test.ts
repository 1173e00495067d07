import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { hubFor } from './live.js';
import { STREAM_LIMITS } from '../../platform/live/sse.js';
import {
  buildCast,
  buildLiveApps,
  type Cast,
  type LiveApp,
  newCase,
  openSse,
  post,
  sessionHeaders,
} from './messaging.test-support.js';

let pair: Awaited<ReturnType<typeof buildLiveApps>>;
let a: LiveApp;
let b: LiveApp;
let cast: Cast;
let caseId: string;
beforeAll(async () => {
  pair = await buildLiveApps(2);
  [a, b] = pair.apps as [LiveApp, LiveApp];
  cast = await buildCast(a);
  caseId = (await newCase(cast)).id;
});
afterAll(async () => {
  await pair.close();
});

const streamUrl = (app: LiveApp, id: string, query = '') => `${app.baseUrl}/api/cases/${id}/stream${query}`;

describe('live delivery (server-sent events)', () => {
  it('[R-APP-4][R-WEB-3] two clients on one case each receive the other’s message as it is posted, and read receipts', async () => {
    const citizen = await openSse(streamUrl(a, caseId), sessionHeaders(cast.citizen));
    const clerk = await openSse(streamUrl(a, caseId), sessionHeaders(cast.clerk));
    try {
      expect(citizen.status).toBe(200);
      expect(citizen.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(citizen.headers.get('x-content-type-options')).toBe('nosniff');
      await citizen.waitFor((e) => e.event === 'ready');
      await clerk.waitFor((e) => e.event === 'ready');

      const started = Date.now();
      const sent = await post(cast.clerk, caseId, '材料已收到，请稍候。');
      expect(sent.statusCode, sent.body).toBe(201);
      const got = await citizen.waitFor((e) => e.event === 'message' && (e.data as { seq: number }).seq === 1);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(got.id).toBe('1');
      expect(got.data).toMatchObject({ text: '材料已收到，请稍候。', side: 'office', mine: false });
      const echo = await clerk.waitFor((e) => e.event === 'message');
      expect(echo.data).toMatchObject({ seq: 1, mine: true });

      await post(cast.citizen, caseId, '<b>好的</b>，谢谢！');
      const reply = await clerk.waitFor((e) => e.event === 'message' && (e.data as { seq: number }).seq === 2);
      expect(reply.data).toMatchObject({ text: '<b>好的</b>，谢谢！', side: 'applicant', mine: false });

      await cast.citizen.request({ method: 'POST', url: `/api/cases/${caseId}/messages/read`, payload: { seq: 1 } });
      const receipt = await clerk.waitFor(
        (e) => e.event === 'read' && (e.data as { applicant?: number }).applicant === 1,
      );
      expect(receipt.data).toEqual({ applicant: 1 });
    } finally {
      await citizen.close();
      await clerk.close();
    }
  });

  it('[R-APP-4] a reconnecting browser resumes after Last-Event-ID; ?after= catches up from the page', async () => {
    const resumed = await openSse(streamUrl(a, caseId), { ...sessionHeaders(cast.citizen), 'last-event-id': '1' });
    const caughtUp = await openSse(streamUrl(a, caseId, '?after=0'), sessionHeaders(cast.clerk));
    try {
      const first = await resumed.waitFor((e) => e.event === 'message');
      expect(first.id).toBe('2');
      await caughtUp.waitFor((e) => e.event === 'message' && e.id === '2');
      expect(caughtUp.events.filter((e) => e.event === 'message').map((e) => e.id)).toEqual(['1', '2']);
      expect(resumed.events.find((e) => e.event === 'read')?.data).toEqual({ applicant: 2, office: 1 });
    } finally {
      await resumed.close();
      await caughtUp.close();
    }
  });

  it('[R-APP-4] streams: no stream for outsiders, a cap per user, and cleanup when the browser goes away', async () => {
    const stranger = await openSse(streamUrl(a, caseId), sessionHeaders(cast.stranger));
    expect(stranger.status).toBe(404);
    await stranger.close();
    const anonymous = await openSse(streamUrl(a, caseId));
    expect(anonymous.status).toBe(401);
    await anonymous.close();

    const hub = hubFor(a.ctx, a.app.log);
    const base = hub.streamCount;
    const open = [];
    for (let i = 0; i < STREAM_LIMITS.perUser; i += 1) {
      const s = await openSse(streamUrl(a, caseId), sessionHeaders(cast.citizen));
      expect(s.status).toBe(200);
      await s.waitFor((e) => e.event === 'ready');
      open.push(s);
    }
    const over = await openSse(streamUrl(a, caseId), sessionHeaders(cast.citizen));
    expect(over.status).toBe(429);
    await over.close();
    expect(hub.streamCount).toBe(base + STREAM_LIMITS.perUser);
    for (const s of open) await s.close();
    const deadline = Date.now() + 3_000;
    while (hub.streamCount > base && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(hub.streamCount).toBe(base);
  });

  it(`[R-APP-4] fan-out across two server instances through LISTEN/NOTIFY (${inject('testDb').mode})`, async () => {
    // The applicant's browser is served by instance B; the clerk posts through instance A.
    const onB = await openSse(streamUrl(b, caseId), sessionHeaders(cast.citizen));
    const onA = await openSse(streamUrl(a, caseId), sessionHeaders(cast.clerk));
    try {
      await onB.waitFor((e) => e.event === 'ready');
      await onA.waitFor((e) => e.event === 'ready');
      const res = await fetch(`${a.baseUrl}/api/cases/${caseId}/messages`, {
        method: 'POST',
        headers: { cookie: cast.clerk.cookie, 'x-csrf-token': cast.clerk.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ text: '跨实例消息', uploadIds: [] }),
      });
      expect(res.status).toBe(201);
      const seq = ((await res.json()) as { seq: number }).seq;
      const got = await onB.waitFor((e) => e.event === 'message' && (e.data as { seq: number }).seq === seq);
      expect(got.data).toMatchObject({ text: '跨实例消息', mine: false });
      await onA.waitFor((e) => e.event === 'message' && (e.data as { seq: number }).seq === seq);
      expect(hubFor(b.ctx, b.app.log).streamCount).toBe(1);
    } finally {
      await onB.close();
      await onA.close();
    }
  });

  it.skipIf(inject('testDb').mode === 'embedded')(
    '[R-APP-4] a listener that loses its database connection reconnects, and its streams catch up on what they missed',
    async () => {
      const s = await openSse(streamUrl(a, caseId), sessionHeaders(cast.citizen));
      try {
        await s.waitFor((e) => e.event === 'ready');
        const killed = await sql<{ n: number }>`
          SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
          WHERE application_name = 'tongban-live' AND pid <> pg_backend_pid()`.execute(a.ctx.database.db);
        expect(killed.rows[0]!.n).toBeGreaterThan(0);
        // Posted while no process listens: its NOTIFY reaches nobody; the reconnect's catch-up brings it.
        const missed = await post(cast.clerk, caseId, '断线期间的消息');
        expect(missed.statusCode, missed.body).toBe(201);
        const seq = missed.json<{ seq: number }>().seq;
        const got = await s.waitFor((e) => e.event === 'message' && (e.data as { seq: number }).seq === seq, 10_000);
        expect(got.data).toMatchObject({ text: '断线期间的消息' });
        // And live delivery works again afterwards.
        const after = (await post(cast.clerk, caseId, '恢复后的消息')).json<{ seq: number }>();
        await s.waitFor((e) => e.event === 'message' && (e.data as { seq: number }).seq === after.seq, 10_000);
      } finally {
        await s.close();
      }
    },
  );

  it('[R-APP-4] closing the server ends open streams instead of waiting for them', async () => {
    const extra = await buildLiveApps(1);
    const [app] = extra.apps as [LiveApp];
    const c = await buildCast(app);
    const id = (await newCase(c)).id;
    const s = await openSse(streamUrl(app, id), sessionHeaders(c.citizen));
    await s.waitFor((e) => e.event === 'ready');
    const started = Date.now();
    await extra.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    await s.close();
    expect(s.ended).toBe(true);
  });
});
