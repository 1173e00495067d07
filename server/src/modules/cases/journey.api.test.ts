import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, applyFor, goodForm, ok, requiredMaterials, submit, upload } from '../../../test/case-support.js';
import {
  buildPerson,
  buildStaff,
  buildTree,
  type Client,
  loginPerson,
  loginStaff,
  multipart,
  tinyPdf,
  type Tree,
} from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { foodLicence } from '../../../test/item-fixture.js';
import { systemMeta } from '../../platform/auth/actor.js';
import { createDepartmentUnchecked, createWindowUnchecked } from '../org/service.js';
import type { ItemDefinition } from '../catalogue/definition.js';

let t: TestApp;
let tree: Tree;
let clerk: Client;
let approver: Client;
let head: Client;
let supervisor: Client;
let otherClerk: Client;
let citizen: Client;
let itemId: string;

async function publish(owner: Client, definition: ItemDefinition) {
  const created = (await owner.request({ method: 'POST', url: '/api/items', payload: { definition } })).json();
  const sub = (
    await owner.request({
      method: 'POST',
      url: `/api/items/${created.id}/submit`,
      payload: { version: created.version },
    })
  ).json();
  const pub = await supervisor.request({
    method: 'POST',
    url: `/api/items/${created.id}/publish`,
    payload: { version: sub.version },
  });
  expect(pub.statusCode, pub.body).toBe(200);
  return created.id as string;
}

const staff = async (roles: Parameters<typeof buildStaff>[1]) =>
  loginStaff(t.app, (await buildStaff(t.ctx, roles)).username);

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  const w = tree.citySCJG;
  clerk = await staff([
    { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
  ]);
  approver = await staff([{ role: 'approver', centre_id: tree.city.id, department_id: w.department.id }]);
  head = await staff([{ role: 'department_head', centre_id: tree.city.id, department_id: w.department.id }]);
  supervisor = await staff([{ role: 'supervisor', centre_id: tree.city.id }]);
  otherClerk = await staff([
    {
      role: 'window_clerk',
      centre_id: tree.city.id,
      window_id: tree.cityXF.window.id,
      department_id: tree.cityXF.department.id,
    },
  ]);
  await buildPerson(t.ctx);
  citizen = await loginPerson(t.app, '13857001234');
  itemId = await publish(clerk, foodLicence());
});
afterAll(async () => {
  await t.close();
});

const count = async (table: string) =>
  (await sql<{ c: number }>`SELECT count(*)::int AS c FROM ${sql.table(table)}`.execute(t.ctx.database.db)).rows[0]!.c;

describe('the whole journey', () => {
  it('[R-APP-2] [R-APP-3] apply → one-time supplement notice → supplement → accept → review → grant → certificate; every move in history, audit and outbox', async () => {
    let c = await applyFor(citizen, itemId);
    expect(c).toMatchObject({ status: 'submitted', channel: 'online', allowedActions: ['withdraw'] });
    expect(c.clock.preReviewDue).not.toBeNull();

    // The clerk sees it in the window's to-do queue.
    const queue = (await clerk.request({ method: 'GET', url: '/api/workbench/queue?view=todo' })).json();
    const row = queue.items.find((i: { id: string }) => i.id === c.id);
    expect(row).toMatchObject({ status: 'submitted', itemName: '食品经营许可', applicantName: '林*' });

    c = (await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(c.allowedActions).toEqual(['accept', 'reject', 'request_supplement']);
    c = await ok(clerk, c, {
      action: 'request_supplement',
      items: [
        { materialKey: 'licence_copy', problem: '营业执照复印件不清晰' },
        { materialKey: null, problem: '请补充法定代表人身份证复印件' },
      ],
      note: '请一次性补齐以下材料',
    });
    expect(c.status).toBe('supplement');
    expect(c.materials.find((m: { materialKey: string }) => m.materialKey === 'licence_copy').state).toBe('faulty');
    const notice = c.events.at(-1);
    expect(notice).toMatchObject({ action: 'request_supplement', toStatus: 'supplement' });
    expect(notice.data.items).toHaveLength(2);

    c = (await citizen.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(c.allowedActions).toEqual(['supplement', 'withdraw']);
    c = await ok(citizen, c, {
      action: 'supplement',
      materials: [{ materialKey: 'licence_copy', uploadId: await upload(citizen) }],
    });
    expect(c.status).toBe('submitted');
    expect(c.materials.map((m: { state: string }) => m.state).sort()).toEqual(['received', 'received', 'superseded']);

    c = (await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    c = await ok(clerk, c, { action: 'accept', note: '材料齐全，予以受理' });
    expect(c.status).toBe('in_review');
    expect(c.clock.acceptedAt).not.toBeNull();
    expect(c.clock.promisedDeadline).not.toBeNull();
    expect(c.steps.map((s: { status: string }) => s.status)).toEqual(['done', 'active', 'pending']);

    // The approver works remotely on the review step; the head cannot skip it.
    const early = await act(head, c, { action: 'decide', outcome: 'grant', reasons: '符合条件' });
    expect(early.json().error.code).toBe('case.steps_pending');
    expect((await act(clerk, c, { action: 'decide', outcome: 'grant', reasons: '符合条件' })).statusCode).toBe(403);
    c = (await approver.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(c.allowedActions).toContain('review');
    c = await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '经审查，材料真实有效，建议准予许可' });
    expect(c.steps[1]).toMatchObject({ status: 'done', opinion: '经审查，材料真实有效，建议准予许可' });
    c = await ok(head, c, {
      action: 'decide',
      outcome: 'grant',
      reasons: '符合《食品安全法》第三十五条规定的条件',
      validUntil: '2031-11-27',
    });
    expect(c.status).toBe('granted');
    expect(c.clock.certificateDue).not.toBeNull();
    c = await ok(clerk, c, { action: 'issue_certificate' });
    expect(c.status).toBe('concluded');
    expect(c.certificateNo).toMatch(/^3309002026\d{6}$|^330900\d{10}$/);

    const mine = (await citizen.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(mine.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'request_supplement',
      'supplement',
      'accept',
      'review',
      'decide',
      'issue_certificate',
    ]);
    const audit = await sql<{ action: string }>`
      SELECT action FROM audit_record WHERE entity_id = ${c.id} ORDER BY seq`.execute(t.ctx.database.db);
    expect(audit.rows.map((r) => r.action)).toContain('case.decide');
    const notes = (await citizen.request({ method: 'GET', url: '/api/my/notifications' })).json();
    const titles = notes.items
      .filter((n: { caseId: string }) => n.caseId === c.id)
      .map((n: { title: string }) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining(['您的申请已受理', '请补正材料（一次性告知）', '准予行政许可', '证照已制发，可领取']),
    );
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/case-status?caseNo=${c.caseNo}&queryCode=${c.queryCode}`,
    });
    expect(status.json()).toMatchObject({ status: 'concluded' });
    expect(status.json().concludedAt).not.toBeNull();
  });

  it('[R-LAW-5] a denial states reasons and the remedies (60 days reconsideration, 6 months litigation); denied then concluded', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    c = await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '经营场所不符合要求' });
    c = await ok(head, c, { action: 'decide', outcome: 'deny', reasons: '经营场所与污染源距离不足' });
    expect(c.status).toBe('denied');
    expect(c.events.at(-1).data.remedies).toContain('六十日内');
    expect(c.events.at(-1).data.remedies).toContain('六个月内');
    c = await ok(clerk, c, { action: 'conclude' });
    expect(c.status).toBe('concluded');
  });

  it('[R-LAW-2] rejection names the reasons and the competent organ; nothing else may follow', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, {
      action: 'reject',
      reasons: '不属于本机关职权范围',
      competentOrgan: '舟山市卫生健康委员会',
    });
    expect(c.status).toBe('rejected');
    expect(c.events.at(-1).data.competentOrgan).toBe('舟山市卫生健康委员会');
    expect((await act(clerk, c, { action: 'accept' })).json().error.code).toBe('case.invalid_transition');
  });

  it('[R-LAW-3] an extension needs the department head; at most 10 days, once; the legal deadline moves', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    const before = c.clock.legalDeadline;
    expect((await act(approver, c, { action: 'request_extension', days: 11, reason: '需要' })).statusCode).toBe(400);
    c = await ok(approver, c, { action: 'request_extension', days: 10, reason: '需组织现场核查' });
    expect(c.clock.extension).toMatchObject({ days: 10, approved: false });
    expect(c.clock.legalDeadline).toBe(before);
    expect((await act(approver, c, { action: 'approve_extension', approve: true })).statusCode).toBe(403);
    c = (await head.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    c = await ok(head, c, { action: 'approve_extension', approve: true, note: '同意延长10个工作日' });
    expect(c.clock.extension.approved).toBe(true);
    expect(new Date(c.clock.legalDeadline).getTime()).toBeGreaterThan(new Date(before).getTime());
    expect((await act(approver, c, { action: 'request_extension', days: 2, reason: '再延' })).json().error.code).toBe(
      'case.extension_exists',
    );
  });

  it('[R-LAW-4] a special procedure stops the clock and resumes it', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    c = await ok(approver, c, {
      action: 'start_special',
      kind: 'expert_review',
      expectedDays: 15,
      reason: '组织专家评审',
    });
    expect(c.status).toBe('special_procedure');
    expect(c.clock).toMatchObject({ paused: true, legalDeadline: null });
    expect((await act(approver, c, { action: 'review', outcome: 'agree', opinion: 'x' })).json().error.code).toBe(
      'case.invalid_transition',
    );
    c = await ok(approver, c, { action: 'end_special', result: '专家评审通过' });
    expect(c.status).toBe('in_review');
    expect(c.clock.paused).toBe(false);
    expect(c.clock.legalDeadline).not.toBeNull();
  });

  it('[R-APP-3] tolerant acceptance: only tolerable materials; certificate waits for them; revoking only after the deadline', async () => {
    let c = await applyFor(citizen, itemId);
    const bad = await act(clerk, c, { action: 'accept', tolerated: ['application'] });
    expect(bad.json().error.code).toBe('case.not_tolerable');
    c = await ok(clerk, c, { action: 'accept', tolerated: ['layout'], toleranceDays: 5 });
    expect(c.tolerated).toEqual(['layout']);
    expect(c.clock.toleranceDue).not.toBeNull();
    expect((await act(clerk, c, { action: 'revoke_acceptance', reason: '逾期' })).json().error.code).toBe(
      'case.tolerance_not_due',
    );
    c = await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '同意' });
    c = await ok(head, c, { action: 'decide', outcome: 'grant', reasons: '符合条件' });
    expect((await act(clerk, c, { action: 'issue_certificate' })).json().error.code).toBe('case.tolerance_open');
    c = await ok(clerk, c, {
      action: 'confirm_tolerated',
      materials: [{ materialKey: 'layout', uploadId: await upload(clerk) }],
    });
    expect(c.tolerated).toEqual([]);
    c = await ok(clerk, c, { action: 'issue_certificate' });
    expect(c.status).toBe('concluded');
  });

  it('[R-APP-3] tolerant acceptance is revoked once its deadline has passed', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept', tolerated: ['layout'], toleranceDays: 1 });
    await sql`UPDATE license_case SET tolerance_due = now() - interval '1 hour' WHERE id = ${c.id}`.execute(
      t.ctx.database.db,
    );
    c = (await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(c.allowedActions).toContain('revoke_acceptance');
    c = await ok(clerk, c, { action: 'revoke_acceptance', reason: '容缺材料逾期未补齐' });
    expect(c.status).toBe('revoked');
  });

  it('[R-LAW-2] an application unanswered for more than 5 working days counts as accepted from receipt', async () => {
    let c = await applyFor(citizen, itemId);
    // Received on Monday 2026-09-14 09:00 (China); now is well past five working days.
    await sql`UPDATE license_case SET received_at = '2026-09-14T01:00:00Z' WHERE id = ${c.id}`.execute(
      t.ctx.database.db,
    );
    const q = (await clerk.request({ method: 'GET', url: '/api/workbench/queue?view=all' })).json();
    expect(q.items.find((i: { id: string }) => i.id === c.id).flags).toEqual(
      expect.arrayContaining(['pre_review_overdue', 'deemed_accepted']),
    );
    c = (await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    c = await ok(clerk, c, { action: 'accept' });
    expect(c.clock).toMatchObject({ deemedAccepted: true, acceptedAt: '2026-09-14T01:00:00.000Z' });
  });

  it('[R-NEW-3] a step over its own limit is flagged in the queue even while the case is on time', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    const flags = async () =>
      (await approver.request({ method: 'GET', url: '/api/workbench/queue?view=todo' }))
        .json()
        .items.find((i: { id: string }) => i.id === c.id).flags as string[];
    expect(await flags()).not.toContain('step_overdue');
    await sql`UPDATE case_step SET started_at = now() - interval '30 days' WHERE case_id = ${c.id} AND status = 'active'`.execute(
      t.ctx.database.db,
    );
    expect(await flags()).toContain('step_overdue');
  });

  it('[R-SUP-6] a holiday the centre adds to its calendar moves the deadline of a running case', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    const before = new Date(c.clock.promisedDeadline as string);
    const day = new Date(before.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const added = await supervisor.request({
      method: 'POST',
      url: `/api/centres/${tree.city.id}/work-calendar/days`,
      payload: { date: day, kind: 'holiday', name: '台风停工' },
    });
    expect(added.statusCode, added.body).toBeLessThan(300);
    const after = (await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(new Date(after.clock.promisedDeadline as string).getTime()).toBeGreaterThan(before.getTime());
  });

  it('[R-APP-2] a step can be sent back with a reason; the first review step cannot', async () => {
    const def = foodLicence({
      basicCode: '330217002',
      implementationCode: '11330900MB0000000X0002',
      process: [
        {
          key: 'accept',
          name: '受理',
          role: 'window_clerk',
          parallelGroup: null,
          limit: { value: 1, unit: 'working_days', explanation: '' },
        },
        {
          key: 'review',
          name: '审查',
          role: 'approver',
          parallelGroup: null,
          limit: { value: 3, unit: 'working_days', explanation: '' },
        },
        {
          key: 'check',
          name: '复核',
          role: 'approver',
          parallelGroup: null,
          limit: { value: 2, unit: 'working_days', explanation: '' },
        },
        {
          key: 'decide',
          name: '决定',
          role: 'department_head',
          parallelGroup: null,
          limit: { value: 1, unit: 'working_days', explanation: '' },
        },
      ],
    });
    const id = await publish(clerk, def);
    let c = await applyFor(citizen, id);
    c = await ok(clerk, c, { action: 'accept' });
    expect(
      (await act(approver, c, { action: 'review', outcome: 'send_back', opinion: '退回' })).json().error.code,
    ).toBe('case.cannot_send_back');
    c = await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '初审同意' });
    expect(c.steps.map((s: { status: string }) => s.status)).toEqual(['done', 'done', 'active', 'pending']);
    c = await ok(approver, c, { action: 'review', outcome: 'send_back', opinion: '初审意见不充分，请补充' });
    expect(c.steps.map((s: { status: string }) => s.status)).toEqual(['done', 'active', 'pending', 'pending']);
    expect(c.events.at(-1)).toMatchObject({ note: '初审意见不充分，请补充', data: { outcome: 'send_back' } });
  });

  it('[R-APP-1] the applicant withdraws before a decision, not after', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    c = (await citizen.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    c = await ok(citizen, c, { action: 'withdraw', reason: '暂不经营' });
    expect(c.status).toBe('withdrawn');
    const d = await applyFor(citizen, itemId);
    let e = await ok(clerk, d, { action: 'accept' });
    e = await ok(approver, e, { action: 'review', outcome: 'agree', opinion: '同意' });
    e = await ok(head, e, { action: 'decide', outcome: 'grant', reasons: '符合' });
    expect((await act(citizen, e, { action: 'withdraw', reason: '晚了' })).json().error.code).toBe(
      'case.invalid_transition',
    );
  });
});

describe('data safety', () => {
  it('[R-APP-2] two officers acting at once: one wins, the other gets 409 and nothing is lost', async () => {
    const c = await applyFor(citizen, itemId);
    const clerk2 = await staff([
      {
        role: 'window_clerk',
        centre_id: tree.city.id,
        window_id: tree.citySCJG.window.id,
        department_id: tree.citySCJG.department.id,
      },
    ]);
    const [a, b] = await Promise.all([
      act(clerk, c, { action: 'accept' }),
      act(clerk2, c, { action: 'request_supplement', items: [{ materialKey: null, problem: '缺' }] }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toBe('case.version_conflict');
    const after = (await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(after.events).toHaveLength(2);
    expect(after.version).toBe(c.version + 1);
  });

  it('[R-APP-1] a double click or a retry with the same idempotency key creates one case; a different body is refused', async () => {
    const key = randomUUID();
    const materials = await requiredMaterials(citizen);
    const body = { itemId, formData: goodForm, materials };
    const cases = await count('license_case');
    const [a, b] = await Promise.all([submit(citizen, body, key), submit(citizen, body, key)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    const again = await submit(citizen, body, key);
    expect(again.json().id).toBe(a.json().id);
    expect(await count('license_case')).toBe(cases + 1);
    const other = await submit(citizen, { ...body, formData: { ...goodForm, businessArea: 81 } }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('case.idempotency_mismatch');
    const none = await citizen.request({ method: 'POST', url: '/api/cases', payload: body });
    expect(none.json().error.code).toBe('case.idempotency_key_required');
  });

  it('[R-APP-1] bad input changes nothing: missing required materials, unknown material, someone else’s upload, wrong file type', async () => {
    const before = await count('license_case');
    const missing = await submit(citizen, { itemId, formData: goodForm, materials: [] });
    expect(missing.json().error).toMatchObject({ code: 'case.materials_missing' });
    expect(missing.json().error.details.map((d: { materialKey: string }) => d.materialKey)).toEqual([
      'application',
      'licence_copy',
    ]);
    const unknown = await submit(citizen, {
      itemId,
      formData: goodForm,
      materials: [...(await requiredMaterials(citizen)), { materialKey: 'nope', uploadId: await upload(citizen) }],
    });
    expect(unknown.json().error.code).toBe('case.unknown_material');
    const foreign = await submit(citizen, {
      itemId,
      formData: goodForm,
      materials: [
        { materialKey: 'application', uploadId: await upload(clerk) },
        { materialKey: 'licence_copy', uploadId: await upload(citizen) },
      ],
    });
    expect(foreign.json().error.code).toBe('case.upload_not_found');
    const exe = await citizen.request({
      method: 'POST',
      url: '/api/uploads',
      ...multipart('营业执照.pdf', Buffer.from('MZ\x90\x00 not a pdf at all'), 'application/pdf'),
    });
    expect(exe.statusCode).toBe(415);
    const big = await citizen.request({
      method: 'POST',
      url: '/api/uploads',
      ...multipart('大.pdf', Buffer.concat([tinyPdf(), Buffer.alloc(11 * 1024 * 1024)])),
    });
    expect(big.statusCode).toBe(413);
    expect(await count('license_case')).toBe(before);
  });

  it('[R-ORG-3] officers outside the case’s window or department cannot act or read; materials download only for parties', async () => {
    const c = await applyFor(citizen, itemId);
    expect((await act(otherClerk, c, { action: 'accept' })).statusCode).toBe(404);
    expect((await otherClerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).statusCode).toBe(404);
    const url = c.materials[0].downloadUrl as string;
    expect((await citizen.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await clerk.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await supervisor.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await otherClerk.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    // A supervisor reads but does not act.
    const seen = (await supervisor.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(seen.allowedActions).toEqual([]);
    expect((await act(supervisor, c, { action: 'accept' })).statusCode).toBe(403);
  });

  it('[R-APP-1] a stale version is refused with 409 and nothing changes', async () => {
    const c = await applyFor(citizen, itemId);
    await ok(clerk, c, { action: 'accept' });
    const stale = await act(clerk, c, { action: 'reject', reasons: '重复' });
    expect(stale.statusCode).toBe(409);
    const now = (await clerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(now.status).toBe('in_review');
  });
});

describe('drafts', () => {
  it('[R-APP-1] save a draft, come back, update it at its version, submit it (the draft is gone)', async () => {
    const materials = await requiredMaterials(citizen);
    const created = await citizen.request({
      method: 'POST',
      url: '/api/case-drafts',
      payload: { itemId, formData: { businessName: '半' }, materials: materials.slice(0, 1) },
    });
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    const saved = await citizen.request({
      method: 'PUT',
      url: `/api/case-drafts/${d.id}`,
      payload: { formData: goodForm, materials, version: d.version },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await citizen.request({
      method: 'PUT',
      url: `/api/case-drafts/${d.id}`,
      payload: { formData: goodForm, materials, version: d.version },
    });
    expect(stale.statusCode).toBe(409);
    const list = (await citizen.request({ method: 'GET', url: '/api/case-drafts' })).json();
    expect(list.items.find((x: { id: string }) => x.id === d.id).materials).toHaveLength(2);
    expect((await clerk.request({ method: 'GET', url: `/api/case-drafts/${d.id}` })).statusCode).toBe(404);
    const res = await submit(citizen, { itemId, formData: goodForm, materials, draftId: d.id });
    expect(res.statusCode, res.body).toBe(201);
    expect((await citizen.request({ method: 'GET', url: `/api/case-drafts/${d.id}` })).statusCode).toBe(404);
  });
});

describe('three levels', () => {
  it('[R-ORG-5] a township takes in a county item, passes it up with its opinion; the county decides without asking again; the township sees the result', async () => {
    const countyClerk = await staff([
      {
        role: 'window_clerk',
        centre_id: tree.county.id,
        window_id: tree.countySCJG.window.id,
        department_id: tree.countySCJG.department.id,
      },
    ]);
    const countyHead = await staff([
      { role: 'department_head', centre_id: tree.county.id, department_id: tree.countySCJG.department.id },
    ]);
    const countyApprover = await staff([
      { role: 'approver', centre_id: tree.county.id, department_id: tree.countySCJG.department.id },
    ]);
    const countySupervisor = await staff([{ role: 'supervisor', centre_id: tree.county.id }]);
    const countyItem = await publish(
      countyClerk,
      foodLicence({
        basicCode: '330217003',
        implementationCode: '11330902MB0000000X0003',
        handlingLevel: 'county',
        intakeLevels: ['county', 'township'],
      }),
    );
    void countySupervisor;
    // A township clerk may take in the county item (township intake) but not a city-only item.
    const tw = await createDepartmentUnchecked(t.ctx, null, systemMeta, tree.township.id, { name: '综合窗口部门' });
    const twWindow = await createWindowUnchecked(t.ctx, null, systemMeta, tree.township.id, {
      departmentId: tw.id,
      number: '01',
      name: '综合受理窗口',
      floor: 1,
      posX: 100,
      posY: 100,
    });
    const townshipClerk = await staff([
      { role: 'window_clerk', centre_id: tree.township.id, window_id: twWindow.id, department_id: tw.id },
    ]);
    const takeable = (await townshipClerk.request({ method: 'GET', url: '/api/intake/items' })).json().items;
    expect(takeable.map((i: { id: string }) => i.id)).toContain(countyItem);
    expect(takeable.map((i: { id: string }) => i.id)).not.toContain(itemId);
    const walkIn = await townshipClerk.request({
      method: 'POST',
      url: '/api/intake',
      headers: { 'idempotency-key': randomUUID() },
      payload: { itemId: countyItem, applicant: { name: '林海', idNumber: '330902199001011238' }, formData: goodForm },
    });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    expect(walkIn.json()).toMatchObject({ status: 'township_review', channel: 'window' });
    const cityOnly = await townshipClerk.request({
      method: 'POST',
      url: '/api/intake',
      headers: { 'idempotency-key': randomUUID() },
      payload: { itemId, applicant: { name: '林海', idNumber: '330902199001011238' }, formData: goodForm },
    });
    expect(cityOnly.statusCode).toBe(403);

    const agent = await staff([{ role: 'agent', centre_id: tree.township.id }]);
    const resident = (
      await agent.request({
        method: 'POST',
        url: '/api/agent/residents',
        payload: { name: '王阿婆', idNumber: '33090219450315202X', mobile: '13957005678' },
      })
    ).json();
    const form = (
      await agent.request({ method: 'POST', url: '/api/files', ...multipart('授权委托书.pdf', tinyPdf()) })
    ).json();
    const auth = await agent.request({
      method: 'POST',
      url: '/api/agent/authorisations',
      payload: { personId: resident.id, allItems: true, validUntil: '2099-12-31', formFileSha256: form.sha256 },
    });
    expect(auth.statusCode, auth.body).toBe(201);

    // Without an authorisation for that person: refused.
    const stranger = await submit(agent, {
      itemId: countyItem,
      formData: goodForm,
      materials: await requiredMaterials(agent),
      forPersonId: (await citizen.request({ method: 'GET', url: '/api/auth/me' })).json().person?.id ?? randomUUID(),
    });
    expect(stranger.statusCode).toBe(403);

    let c = await applyFor(agent, countyItem, { forPersonId: resident.id });
    expect(c).toMatchObject({ status: 'township_review', channel: 'agent', intakeCentreName: '解放街道便民服务中心' });
    expect(c.clock.townshipDeadline).not.toBeNull();
    expect(c.allowedActions).toEqual(expect.arrayContaining(['pass_up', 'withdraw', 'request_supplement']));
    // The county cannot act before the township passes it up.
    expect((await act(countyClerk, c, { action: 'accept' })).json().error.code).toBe('case.invalid_transition');
    c = await ok(agent, c, { action: 'pass_up', opinion: '材料齐全，经初审符合条件，报请区中心审批' });
    expect(c.status).toBe('submitted');

    c = (await countyClerk.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(c.materials).toHaveLength(2);
    c = await ok(countyClerk, c, { action: 'accept' });
    c = await ok(countyApprover, c, { action: 'review', outcome: 'agree', opinion: '同意' });
    c = await ok(countyHead, c, { action: 'decide', outcome: 'grant', reasons: '符合条件' });
    c = await ok(countyClerk, c, { action: 'issue_certificate' });

    const seen = (await agent.request({ method: 'GET', url: `/api/cases/${c.id}` })).json();
    expect(seen).toMatchObject({ status: 'concluded', applicantName: '王阿婆' });
    expect(seen.events.find((e: { action: string }) => e.action === 'pass_up').note).toContain('报请区中心审批');
    const agentQueue = (await agent.request({ method: 'GET', url: '/api/workbench/queue?view=done' })).json();
    expect(agentQueue.items.map((i: { id: string }) => i.id)).toContain(c.id);
  });
});

describe('orphaned uploads', () => {
  it('[R-APP-1] uploads never attached are swept after a day with their bytes; attached and draft ones stay', async () => {
    const { sweepOrphanUploads } = await import('./upload-sweep.js');
    const unique = (n: number) => Buffer.concat([tinyPdf(), Buffer.from(`\n% orphan ${n} ${randomUUID()}`)]);
    const orphan = await upload(citizen, unique(1));
    const inDraft = await upload(citizen, unique(2));
    await citizen.request({
      method: 'POST',
      url: '/api/case-drafts',
      payload: { itemId, formData: {}, materials: [{ materialKey: 'application', uploadId: inDraft }] },
    });
    const db = t.ctx.database.db;
    const shaOf = async (id: string) =>
      (
        await sql<{ sha256: string }>`SELECT sha256 FROM case_upload WHERE id = ${id}`.execute(db)
      ).rows[0]!.sha256.trim();
    const orphanSha = await shaOf(orphan);
    await sql`UPDATE case_upload SET created_at = now() - interval '2 days'`.execute(db);
    expect(await sweepOrphanUploads(t.ctx)).toBeGreaterThanOrEqual(1);
    expect((await sql`SELECT 1 FROM case_upload WHERE id = ${orphan}`.execute(db)).rows).toHaveLength(0);
    expect((await sql`SELECT 1 FROM case_upload WHERE id = ${inDraft}`.execute(db)).rows).toHaveLength(1);
    expect((await sql`SELECT 1 FROM stored_file WHERE sha256 = ${orphanSha}`.execute(db)).rows).toHaveLength(0);
    await expect(t.ctx.files.read(orphanSha)).rejects.toThrow();
    // Case materials keep their bytes.
    const c = await applyFor(citizen, itemId);
    await sql`UPDATE case_upload SET created_at = now() - interval '2 days'`.execute(db);
    await sweepOrphanUploads(t.ctx);
    expect((await citizen.request({ method: 'GET', url: c.materials[0].downloadUrl })).statusCode).toBe(200);
  });
});
