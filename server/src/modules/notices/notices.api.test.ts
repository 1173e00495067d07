import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, applyFor, ok } from '../../../test/case-support.js';
import {
  buildPerson,
  buildStaff,
  buildTree,
  type Client,
  loginPerson,
  loginStaff,
  multipart,
  type Tree,
} from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { foodLicence } from '../../../test/item-fixture.js';
import { defaultTemplates } from './default-templates.js';

let t: TestApp;
let tree: Tree;
let clerk: Client;
let approver: Client;
let head: Client;
let supervisor: Client;
let citizen: Client;
let other: Client;
let itemId: string;

const staff = async (roles: Parameters<typeof buildStaff>[1]) =>
  loginStaff(t.app, (await buildStaff(t.ctx, roles)).username);

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  await sql`UPDATE centre SET doc_prefix = '舟审' WHERE id = ${tree.city.id}`.execute(t.ctx.database.db);
  const w = tree.citySCJG;
  clerk = await staff([
    { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
  ]);
  approver = await staff([{ role: 'approver', centre_id: tree.city.id, department_id: w.department.id }]);
  head = await staff([{ role: 'department_head', centre_id: tree.city.id, department_id: w.department.id }]);
  supervisor = await staff([{ role: 'supervisor', centre_id: tree.city.id }]);
  await buildPerson(t.ctx, '330902199001011238', '13857001234', '龘䶮');
  citizen = await loginPerson(t.app, '13857001234');
  await buildPerson(t.ctx, '330922198307144122', '13600001111', '周七');
  other = await loginPerson(t.app, '13600001111');
  const created = (
    await clerk.request({ method: 'POST', url: '/api/items', payload: { definition: foodLicence() } })
  ).json();
  const sub = (
    await clerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/submit`,
      payload: { version: created.version },
    })
  ).json();
  await supervisor.request({
    method: 'POST',
    url: `/api/items/${created.id}/publish`,
    payload: { version: sub.version },
  });
  itemId = created.id;
});
afterAll(async () => {
  await t.close();
});

const noticesOf = async (client: Client, caseId: string) =>
  (await client.request({ method: 'GET', url: `/api/cases/${caseId}/notices` })).json().items as Array<{
    id: string;
    type: string;
    docNo: string;
    downloadUrl: string;
  }>;

async function granted() {
  let c = await applyFor(citizen, itemId);
  c = await ok(clerk, c, { action: 'accept' });
  c = await ok(approver, c, { action: 'review', outcome: 'agree', opinion: '同意' });
  c = await ok(head, c, { action: 'decide', outcome: 'grant', reasons: '符合条件', validUntil: '2031-11-27' });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- a case as the API returns it
  return ok(clerk, c, { action: 'issue_certificate' });
}

describe('notices issued at their moves', () => {
  it('[R-LAW-2] a process that builds a second app still issues one notice per move', async () => {
    const second = await buildTestApp();
    try {
      let c = await applyFor(citizen, itemId);
      c = await ok(clerk, c, { action: 'accept' });
      expect((await noticesOf(citizen, c.id)).map((n) => n.type)).toEqual(['acceptance_notice']);
    } finally {
      await second.close();
    }
  });

  it('[R-LAW-2] acceptance issues a numbered, signed 受理通知书 the applicant downloads; strangers cannot', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    const list = await noticesOf(citizen, c.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ type: 'acceptance_notice' });
    expect(list[0]!.docNo).toMatch(/^舟审受〔20\d\d〕\d{4}号$/);
    const pdf = await citizen.request({ method: 'GET', url: list[0]!.downloadUrl });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await clerk.request({ method: 'GET', url: list[0]!.downloadUrl })).statusCode).toBe(200);
    expect((await other.request({ method: 'GET', url: list[0]!.downloadUrl })).statusCode).toBe(404);
    // The document verifies as ours; one changed byte does not.
    const good = await t.app.inject({
      method: 'POST',
      url: '/api/verify/documents',
      ...multipart('n.pdf', pdf.rawPayload),
    });
    expect(good.json()).toMatchObject({ authentic: true, docNo: list[0]!.docNo });
    const tampered = Buffer.from(pdf.rawPayload);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20]! + 1) % 256;
    const bad = await t.app.inject({ method: 'POST', url: '/api/verify/documents', ...multipart('n.pdf', tampered) });
    expect(bad.json().authentic).toBe(false);
  });

  it('[R-APP-3] the supplement notice lists every item at once; rejection and denial notices name the remedies', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, {
      action: 'request_supplement',
      items: [
        { materialKey: 'licence_copy', problem: '复印件不清晰' },
        { materialKey: null, problem: '补充身份证复印件' },
      ],
    });
    const [notice] = await noticesOf(citizen, c.id);
    expect(notice).toMatchObject({ type: 'supplement_notice' });
    const content = await sql<{ content: { blocks: Array<{ kind: string; rows?: string[][] }> } }>`
      SELECT content FROM notice WHERE id = ${notice!.id}`.execute(t.ctx.database.db);
    const table = content.rows[0]!.content.blocks.find((b) => b.kind === 'table');
    expect(table?.rows).toEqual([
      ['营业执照复印件', '复印件不清晰'],
      ['其他', '补充身份证复印件'],
    ]);
    let d = await applyFor(citizen, itemId);
    d = await ok(clerk, d, { action: 'accept' });
    d = await ok(approver, d, { action: 'review', outcome: 'agree', opinion: '场所不符合' });
    d = await ok(head, d, { action: 'decide', outcome: 'deny', reasons: '经营场所不符合要求' });
    const denial = (await noticesOf(citizen, d.id)).find((n) => n.type === 'denial_decision');
    expect(denial?.docNo).toMatch(/^舟审不准〔/);
  });

  it('[R-NEW-2] a certificate carries a verification code; the public page says valid and authentic; unknown codes are 404', async () => {
    const c = await granted();
    const list = await noticesOf(citizen, c.id);
    expect(list.map((n) => n.type)).toEqual(['acceptance_notice', 'grant_decision', 'certificate']);
    const { rows } = await sql<{ verification_code: string }>`
      SELECT verification_code FROM certificate WHERE case_id = ${c.id}`.execute(t.ctx.database.db);
    const code = rows[0]!.verification_code;
    const v = await t.app.inject({ method: 'GET', url: `/api/verify/certificates/${code}` });
    expect(v.statusCode).toBe(200);
    expect(v.json()).toMatchObject({ status: 'valid', authentic: true, holderName: '龘*', itemName: '食品经营许可' });
    expect((await t.app.inject({ method: 'GET', url: '/api/verify/certificates/ZZZZZZZZZZZZ' })).statusCode).toBe(404);
    // A tampered record (someone edits the holder in the database) no longer verifies.
    await sql`UPDATE certificate SET holder_name = '冒名' WHERE verification_code = ${code}`.execute(t.ctx.database.db);
    expect((await t.app.inject({ method: 'GET', url: `/api/verify/certificates/${code}` })).json().authentic).toBe(
      false,
    );
    await sql`UPDATE certificate SET status = 'revoked' WHERE verification_code = ${code}`.execute(t.ctx.database.db);
    expect((await t.app.inject({ method: 'GET', url: `/api/verify/certificates/${code}` })).json().status).toBe(
      'revoked',
    );
  });

  it('[R-LAW-7][R-WEB-1] grants appear in the public announcement list, searchable by item; persons are masked', async () => {
    await granted();
    const res = await t.app.inject({ method: 'GET', url: `/api/announcements?q=${encodeURIComponent('食品经营')}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBeGreaterThanOrEqual(1);
    expect(res.json().items[0]).toMatchObject({ itemName: '食品经营许可', holderName: '龘*' });
    expect(res.body).not.toContain('330902199001011238');
  });

  it('[R-LAW-2] 100 concurrent issues of one series get 100 distinct consecutive numbers', async () => {
    const cases = [];
    for (let i = 0; i < 100; i += 1) cases.push(await applyFor(citizen, itemId));
    const results = await Promise.all(cases.map((c) => act(clerk, c, { action: 'accept' })));
    expect(results.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    const { rows } = await sql<{ doc_no: string }>`
      SELECT doc_no FROM notice WHERE notice_type = 'acceptance_notice'`.execute(t.ctx.database.db);
    const serials = rows.map((r) => Number(/〕(\d+)号/.exec(r.doc_no)![1])).sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(serials.length);
    expect(serials.at(-1)! - serials[0]! + 1).toBe(serials.length);
  }, 120_000);
});

describe('templates', () => {
  const url = () => `/api/centres/${tree.city.id}/notice-templates/acceptance_notice`;

  it('[R-APP-5] a supervisor saves a new version; an unknown field or a script is refused with the place named; issued notices never change', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    const [before] = await noticesOf(citizen, c.id);
    const pdfBefore = (await citizen.request({ method: 'GET', url: before!.downloadUrl })).rawPayload;

    const current = (await supervisor.request({ method: 'GET', url: url() })).json();
    expect(current).toMatchObject({ version: 0, isDefault: true });
    const bad = await supervisor.request({
      method: 'PUT',
      url: url(),
      payload: {
        version: 0,
        template: {
          ...defaultTemplates.acceptance_notice,
          blocks: [{ kind: 'paragraph', text: '{{case.nope}}<script>x</script>' }],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { field: 'blocks.0.text', code: 'markup' },
      { field: 'blocks.0.text', code: 'unknown_field', name: 'case.nope' },
    ]);
    expect(
      (
        await clerk.request({
          method: 'PUT',
          url: url(),
          payload: { version: 0, template: defaultTemplates.acceptance_notice },
        })
      ).statusCode,
    ).toBe(403);
    const template = {
      ...defaultTemplates.acceptance_notice,
      blocks: [{ kind: 'paragraph', text: '经审查，你（单位）的“{{case.itemName}}”申请予以受理（新模板）。' }],
    };
    const saved = await supervisor.request({ method: 'PUT', url: url(), payload: { version: 0, template } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false });
    expect(
      (await supervisor.request({ method: 'PUT', url: url(), payload: { version: 0, template } })).statusCode,
    ).toBe(409);

    const preview = await supervisor.request({
      method: 'POST',
      url: `${url()}/preview`,
      payload: { template, caseId: c.id },
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const pdfAfter = (await citizen.request({ method: 'GET', url: before!.downloadUrl })).rawPayload;
    expect(pdfAfter.equals(pdfBefore)).toBe(true);
    let d = await applyFor(citizen, itemId);
    d = await ok(clerk, d, { action: 'accept' });
    const { rows } = await sql<{ template_version: number }>`
      SELECT template_version FROM notice WHERE case_id = ${d.id}`.execute(t.ctx.database.db);
    expect(rows[0]!.template_version).toBe(1);
  });
});
