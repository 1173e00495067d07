import { expect } from 'vitest';
import { systemMeta } from '../../platform/auth/actor.js';
import { createDepartmentUnchecked, createWindowUnchecked } from '../org/service.js';
import { applyFor, ok } from '../../../test/case-support.js';
import { buildPerson, buildStaff, buildTree, type Client, loginPerson, loginStaff } from '../../../test/factories.js';
import type { TestApp } from '../../../test/harness.js';
import { foodLicence } from '../../../test/item-fixture.js';

type Post = { department: { id: string }; window: { id: string } };

/**
 * The people of a joint case at the city centre: 市场监督管理局 leads; 消防救援支队, 生态环境局
 * and 综合行政执法局 help (开办餐饮店, DOMAIN.md); 公安局 is there to be added later. Each
 * department has a window clerk and an approver; a supervisor; the applicant 林海.
 */
export async function buildJointCast(t: TestApp) {
  const tree = await buildTree(t.ctx);
  const city = tree.city.id;
  const dept = async (name: string, number: string): Promise<Post> => {
    const d = await createDepartmentUnchecked(t.ctx, null, systemMeta, city, { name });
    const w = await createWindowUnchecked(t.ctx, null, systemMeta, city, {
      departmentId: d.id,
      number,
      name: `${name}窗口`,
      floor: 1,
      posX: 200,
      posY: 200,
    });
    return { department: d, window: w };
  };
  const posts = {
    scjg: tree.citySCJG as Post,
    xf: tree.cityXF as Post,
    sthj: await dept('生态环境局', '12'),
    zhzf: await dept('综合行政执法局', '13'),
    gaj: await dept('公安局', '14'),
  };
  const clerkOf = async (p: Post) =>
    loginStaff(
      t.app,
      (
        await buildStaff(t.ctx, [
          { role: 'window_clerk', centre_id: city, window_id: p.window.id, department_id: p.department.id },
        ])
      ).username,
    );
  const approverOf = async (p: Post, role: 'approver' | 'department_head' = 'approver') =>
    loginStaff(t.app, (await buildStaff(t.ctx, [{ role, centre_id: city, department_id: p.department.id }])).username);
  const clerks = {
    scjg: await clerkOf(posts.scjg),
    xf: await clerkOf(posts.xf),
    sthj: await clerkOf(posts.sthj),
    zhzf: await clerkOf(posts.zhzf),
    gaj: await clerkOf(posts.gaj),
  };
  const approvers = {
    // The lead department reviews and decides the lead case itself (its own steps).
    scjg: await approverOf(posts.scjg),
    scjgHead: await approverOf(posts.scjg, 'department_head'),
    xf: await approverOf(posts.xf),
    sthj: await approverOf(posts.sthj),
    zhzf: await approverOf(posts.zhzf),
    gaj: await approverOf(posts.gaj),
  };
  const supervisor = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: city }])).username,
  );
  const person = await buildPerson(t.ctx);
  const citizen = await loginPerson(t.app, person.account);
  const definition = foodLicence({
    name: '开办餐饮店“一件事”联办',
    joint: {
      leadDepartmentId: posts.scjg.department.id,
      coDepartmentIds: [posts.xf.department.id, posts.sthj.department.id, posts.zhzf.department.id],
    },
    legalLimit: { value: 45, unit: 'working_days', explanation: '《行政许可法》第四十二条' },
  });
  const created = await clerks.scjg.request({ method: 'POST', url: '/api/items', payload: { definition } });
  expect(created.statusCode, created.body).toBe(201);
  const item = created.json<{ id: string; version: number }>();
  const sub = await clerks.scjg.request({
    method: 'POST',
    url: `/api/items/${item.id}/submit`,
    payload: { version: item.version },
  });
  const pub = await supervisor.request({
    method: 'POST',
    url: `/api/items/${item.id}/publish`,
    payload: { version: sub.json<{ version: number }>().version },
  });
  expect(pub.statusCode, pub.body).toBe(200);
  return { tree, posts, clerks, approvers, supervisor, citizen, itemId: item.id, centreId: city };
}
export type JointCast = Awaited<ReturnType<typeof buildJointCast>>;

export type Dept = { subCaseId: string; departmentName: string; windowId: string | null; status: string } & Record<
  string,
  unknown
>;
export type View = {
  id: string;
  caseId: string;
  version: number;
  stage: string;
  departments: Dept[];
  events: Array<{ kind: string; subCaseId: string | null; data: Record<string, unknown> }>;
  notices: Array<{ type: string; docNo: string }>;
} & Record<string, unknown>;

/** The applicant applies for the joint item; returns the lead case. */
export async function applyJoint(cast: JointCast): Promise<{ id: string; version: number }> {
  return (await applyFor(cast.citizen, cast.itemId)) as { id: string; version: number };
}

export async function jointOf(client: Client, caseId: string): Promise<View> {
  const res = await client.request({ method: 'GET', url: `/api/cases/${caseId}/joint` });
  expect(res.statusCode, res.body).toBe(200);
  const { joint } = res.json<{ joint: View | null }>();
  if (!joint) throw new Error(`case ${caseId} is not joint`);
  return joint;
}

export async function view(client: Client, id: string): Promise<View> {
  const res = await client.request({ method: 'GET', url: `/api/joint-cases/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<View>();
}

/** POSTs a joint action at the view's version (unless the body says otherwise). */
export function act(
  client: Client,
  v: { id: string; version: number },
  path: string,
  body: Record<string, unknown> = {},
) {
  return client.request({
    method: 'POST',
    url: `/api/joint-cases/${v.id}/${path}`,
    payload: { version: v.version, ...body },
  });
}

export async function done(
  client: Client,
  v: { id: string; version: number },
  path: string,
  body: Record<string, unknown> = {},
) {
  const res = await act(client, v, path, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<View>();
}

export const sub = (v: View, name: string): Dept => {
  const d = v.departments.find((x) => x.departmentName === name && x.status !== 'removed');
  if (!d) throw new Error(`no active sub-case of ${name}`);
  return d;
};

/** Each named department's approver grants its sub-case, in turn; the joint case as it then is. */
export async function grantSubCases(v: View, deciders: ReadonlyArray<readonly [string, Client]>): Promise<View> {
  let now = v;
  for (const [name, approver] of deciders)
    now = await done(approver, now, `sub-cases/${sub(now, name).subCaseId}/decision`, {
      outcome: 'grant',
      reasons: '符合',
    });
  return now;
}

/** Applies, accepts at the lead window: a joint case at stage 2 with every co-window notified. */
export async function acceptedJoint(cast: JointCast): Promise<View> {
  const c = await applyJoint(cast);
  await ok(cast.clerks.scjg, c, { action: 'accept' });
  return jointOf(cast.clerks.scjg, c.id);
}

export const inspection = {
  date: '2026-12-01',
  place: '舟山市定海区解放西路 88 号',
  participants: [{ name: '王海东' }, { name: '李静' }],
  findings: '厨房布局符合要求，排烟口距离居民窗户 12 米。',
};

export const meetingOf = (v: View, absent: string[] = []) => ({
  heldAt: '2026-12-02',
  place: '市行政服务中心三楼会议室',
  conclusion: '同意联合办理，各部门并联审查。',
  lead: { position: 'agree', text: '符合食品经营许可条件' },
  attendance: v.departments
    .filter((d) => d.status !== 'removed')
    .map((d) =>
      absent.includes(d.departmentName)
        ? { subCaseId: d.subCaseId, attended: false }
        : { subCaseId: d.subCaseId, attended: true, position: 'agree', text: `${d.departmentName}同意` },
    ),
});

/** Through stage 2 into stage 3: accepted, meeting held, formally started. */
export async function startedJoint(cast: JointCast): Promise<View> {
  const v = await acceptedJoint(cast);
  const met = await done(cast.clerks.scjg, v, 'meeting', meetingOf(v));
  return done(cast.clerks.scjg, met, 'start');
}
