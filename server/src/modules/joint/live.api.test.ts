import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLiveApps, type LiveApp, openSse, sessionHeaders } from '../messaging/messaging.test-support.js';
import { acceptedJoint, buildJointCast, done, sub, type JointCast } from './joint.test-support.js';

let pair: Awaited<ReturnType<typeof buildLiveApps>>;
let a: LiveApp;
let cast: JointCast;
// One listening app: the LISTEN/NOTIFY fan-out across processes is the messaging module's, tested
// there with two; two apps in one process would also register the notices hook twice (it issues
// every notice once per registration), which case acceptance here would trip over.
beforeAll(async () => {
  pair = await buildLiveApps(1);
  [a] = pair.apps as [LiveApp];
  cast = await buildJointCast(a);
});
afterAll(async () => {
  await pair.close();
});

describe('live updates of a joint case (server-sent events)', () => {
  it('[R-APP-8] every participant’s open page hears of a change at once, through LISTEN/NOTIFY, and reloads what it may see', async () => {
    const v = await acceptedJoint(cast);
    const url = (app: LiveApp) => `${app.baseUrl}/api/joint-cases/${v.id}/stream`;
    const co = await openSse(url(a), sessionHeaders(cast.clerks.sthj));
    const applicant = await openSse(url(a), sessionHeaders(cast.citizen));
    try {
      expect(co.status).toBe(200);
      expect(co.headers.get('content-type')).toMatch(/^text\/event-stream/);
      await co.waitFor((e) => e.event === 'ready');
      await applicant.waitFor((e) => e.event === 'ready');
      const started = Date.now();
      const after = await done(cast.clerks.xf, v, `sub-cases/${sub(v, '消防救援支队').subCaseId}/opinion`, {
        position: 'agree',
        text: '同意',
      });
      const seen = await co.waitFor((e) => e.event === 'changed');
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(seen).toMatchObject({ id: String(after.lastSeq), data: { seq: after.lastSeq } });
      await applicant.waitFor((e) => e.event === 'changed' && e.id === String(after.lastSeq));
    } finally {
      await co.close();
      await applicant.close();
    }
    // A reconnecting page that missed changes hears at once that it is behind.
    const back = await openSse(url(a), { ...sessionHeaders(cast.clerks.sthj), 'last-event-id': '1' });
    try {
      await back.waitFor((e) => e.event === 'changed');
    } finally {
      await back.close();
    }
  });

  it('[R-APP-8] a stranger cannot open the stream of a joint case', async () => {
    const v = await acceptedJoint(cast);
    const res = await openSse(`${a.baseUrl}/api/joint-cases/${v.id}/stream`, sessionHeaders(cast.clerks.gaj));
    try {
      expect(res.status).toBe(404);
    } finally {
      await res.close();
    }
  });
});
