import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import {
  buildStaff,
  buildTree,
  type Client,
  loginStaff,
  multipart,
  tinyPdf,
  type Tree,
} from '../../../test/factories.js';
import { foodLicence } from '../../../test/item-fixture.js';

let t: TestApp;
let tree: Tree;
let clerk: Client;
let otherClerk: Client;
let supervisor: Client;
let countySupervisor: Client;
beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  const w = tree.citySCJG;
  clerk = await loginStaff(
    t.app,
    (
      await buildStaff(t.ctx, [
        { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
      ])
    ).username,
  );
  otherClerk = await loginStaff(
    t.app,
    (
      await buildStaff(t.ctx, [
        {
          role: 'window_clerk',
          centre_id: tree.city.id,
          window_id: tree.cityXF.window.id,
          department_id: tree.cityXF.department.id,
        },
      ])
    ).username,
  );
  supervisor = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.city.id }])).username,
  );
  countySupervisor = await loginStaff(
    t.app,
    (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: tree.county.id }])).username,
  );
});
afterAll(async () => {
  await t.close();
});

async function publish(definition = foodLicence()): Promise<{ id: string; version: number; status: string }> {
  const created = await clerk.request({ method: 'POST', url: '/api/items', payload: { definition } });
  expect(created.statusCode, created.body).toBe(201);
  const item = created.json();
  const submitted = await clerk.request({
    method: 'POST',
    url: `/api/items/${item.id}/submit`,
    payload: { version: item.version },
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const published = await supervisor.request({
    method: 'POST',
    url: `/api/items/${item.id}/publish`,
    payload: { version: submitted.json().version },
  });
  expect(published.statusCode, published.body).toBe(200);
  return published.json();
}

describe('maintaining items (R-SUP-5)', () => {
  it('[R-SUP-5] a window maintains its item, a supervisor publishes it, and the public guide shows it', async () => {
    const item = await publish();
    expect(item.status).toBe('published');
    const guide = await t.app.inject({ method: 'GET', url: `/api/catalogue/items/${item.id}` });
    expect(guide.statusCode).toBe(200);
    expect(guide.json()).toMatchObject({
      versionNo: 1,
      departmentName: '市场监督管理局',
      definition: { name: '食品经营许可' },
    });
  });

  it('[R-LAW-9] publishing a change makes a new version; the old version stays readable; history says who changed what', async () => {
    const item = await publish(foodLicence({ name: '公共场所卫生许可', basicCode: '330218001', keywords: ['卫生'] }));
    const def = foodLicence({ name: '公共场所卫生许可', basicCode: '330218001', keywords: ['卫生'] });
    def.materials.push({
      key: 'health_cert',
      name: '从业人员健康证明',
      requirement: 'required',
      originals: 0,
      copies: 1,
      notes: '',
    });
    const saved = await clerk.request({
      method: 'PUT',
      url: `/api/items/${item.id}/draft`,
      payload: { version: item.version, definition: def },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().status).toBe('draft');
    // The public still sees version 1 until publication.
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/catalogue/items/${item.id}` })).json().definition.materials,
    ).toHaveLength(3);
    const sub = await clerk.request({
      method: 'POST',
      url: `/api/items/${item.id}/submit`,
      payload: { version: saved.json().version },
    });
    const pub = await supervisor.request({
      method: 'POST',
      url: `/api/items/${item.id}/publish`,
      payload: { version: sub.json().version },
    });
    expect(pub.statusCode).toBe(200);
    const guide = (await t.app.inject({ method: 'GET', url: `/api/catalogue/items/${item.id}` })).json();
    expect(guide.versionNo).toBe(2);
    expect(guide.definition.materials.map((m: { name: string }) => m.name)).toContain('从业人员健康证明');
    const history = (await clerk.request({ method: 'GET', url: `/api/items/${item.id}/history` })).json();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      versionNo: 2,
      current: true,
      changedFields: ['materials'],
      publishedBy: supervisor.me.name,
    });
    const v1 = await t.app.inject({ method: 'GET', url: `/api/catalogue/versions/${history[1].versionId}` });
    expect(v1.json().definition.materials).toHaveLength(3);
  });

  it('[R-SUP-5] a supervisor can return a draft with a note; only the supervisor publishes; another window cannot edit', async () => {
    const created = (
      await clerk.request({
        method: 'POST',
        url: '/api/items',
        payload: { definition: foodLicence({ name: '小餐饮登记', basicCode: '330219001' }) },
      })
    ).json();
    const selfPublish = await clerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/publish`,
      payload: { version: created.version },
    });
    expect(selfPublish.statusCode).toBe(403);
    const other = await otherClerk.request({
      method: 'PUT',
      url: `/api/items/${created.id}/draft`,
      payload: { version: created.version, definition: foodLicence({ name: '篡改' }) },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('catalogue.not_item_owner');
    const otherRead = await otherClerk.request({ method: 'GET', url: `/api/items/${created.id}` });
    expect(otherRead.statusCode).toBe(404);
    const notInReview = await supervisor.request({
      method: 'POST',
      url: `/api/items/${created.id}/publish`,
      payload: { version: created.version },
    });
    expect(notInReview.statusCode).toBe(409);
    expect(notInReview.json().error.code).toBe('catalogue.invalid_transition');
    const sub = (
      await clerk.request({
        method: 'POST',
        url: `/api/items/${created.id}/submit`,
        payload: { version: created.version },
      })
    ).json();
    const outOfReach = await countySupervisor.request({
      method: 'POST',
      url: `/api/items/${created.id}/publish`,
      payload: { version: sub.version },
    });
    expect(outOfReach.statusCode).toBe(403);
    const ret = await supervisor.request({
      method: 'POST',
      url: `/api/items/${created.id}/return`,
      payload: { version: sub.version, note: '请补充收费依据' },
    });
    expect(ret.json()).toMatchObject({ status: 'draft', reviewNote: '请补充收费依据' });
    const stale = await clerk.request({
      method: 'PUT',
      url: `/api/items/${created.id}/draft`,
      payload: { version: sub.version, definition: foodLicence({ name: '小餐饮登记' }) },
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('bad definitions are refused with the field named, nothing half-saved', () => {
  it('[R-LAW-9] promised limit above legal, a fee without legal basis or finance code, a step with no role, an invalid JSON Schema', async () => {
    const count = async () =>
      (await sql<{ c: number }>`SELECT count(*)::int AS c FROM item`.execute(t.ctx.database.db)).rows[0]!.c;
    const before = await count();
    const promised = await clerk.request({
      method: 'POST',
      url: '/api/items',
      payload: { definition: foodLicence({ promisedLimit: { value: 25, unit: 'working_days', explanation: '' } }) },
    });
    expect(promised.statusCode).toBe(400);
    expect(promised.json().error).toMatchObject({
      code: 'catalogue.invalid_definition',
      details: [{ field: 'promisedLimit.value', code: 'promised_above_legal' }],
    });

    const fee = {
      key: 'fee',
      name: '证照工本费',
      standard: '10元/本',
      pricing: { rule: 'fixed', amountFen: 1000 },
      paymentMode: 'invoice_book',
    };
    const noBasis = await clerk.request({
      method: 'POST',
      url: '/api/items',
      payload: { definition: { ...foodLicence(), fees: [{ ...fee, financeCode: '103010210' }] } },
    });
    expect(noBasis.statusCode).toBe(400);
    expect(JSON.stringify(noBasis.json().error.details)).toContain('definition.fees.0.legalBasis');
    const noCode = await clerk.request({
      method: 'POST',
      url: '/api/items',
      payload: { definition: { ...foodLicence(), fees: [{ ...fee, legalBasis: '《某法》' }] } },
    });
    expect(JSON.stringify(noCode.json().error.details)).toContain('definition.fees.0.financeCode');

    const def = foodLicence();
    const noRole = {
      ...def,
      process: [{ key: 'accept', name: '受理', limit: { value: 1, unit: 'working_days', explanation: '' } }],
    };
    const stepRes = await clerk.request({ method: 'POST', url: '/api/items', payload: { definition: noRole } });
    expect(JSON.stringify(stepRes.json().error.details)).toContain('definition.process.0.role');

    const badSchema = await clerk.request({
      method: 'POST',
      url: '/api/items',
      payload: { definition: foodLicence({ formSchema: { type: 'object', properties: { a: { type: 'strnig' } } } }) },
    });
    expect(badSchema.statusCode).toBe(400);
    expect(badSchema.json().error.details[0].field).toBe('formSchema');
    expect(await count()).toBe(before);
  });

  it('[R-LAW-9] form files: a wrong type (by content) or an oversize file is refused', async () => {
    const created = (
      await clerk.request({
        method: 'POST',
        url: '/api/items',
        payload: { definition: foodLicence({ name: '附件测试', basicCode: '330220001' }) },
      })
    ).json();
    const exe = await clerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/files`,
      ...multipart('申请书.pdf', Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf'),
    });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('file.type_not_allowed');
    const huge = Buffer.concat([tinyPdf(), Buffer.alloc(6 * 1024 * 1024)]);
    const big = await clerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/files`,
      ...multipart('大文件.pdf', huge),
    });
    expect(big.statusCode).toBe(413);
    const ok = await clerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/files`,
      ...multipart('申请书.pdf', tinyPdf()),
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const notOwner = await otherClerk.request({
      method: 'POST',
      url: `/api/items/${created.id}/files`,
      ...multipart('申请书.pdf', tinyPdf()),
    });
    expect(notOwner.statusCode).toBe(403);
  });
});

describe('the public catalogue (R-WEB-2)', () => {
  it('[R-WEB-2] searching 餐饮 finds 食品经营许可; pinyin initials work; filters by department, audience, theme and level', async () => {
    const food = (await t.app.inject({ method: 'GET', url: '/api/catalogue?q=餐饮' })).json();
    expect(food.items.map((i: { name: string }) => i.name)).toContain('食品经营许可');
    const initials = (await t.app.inject({ method: 'GET', url: `/api/catalogue?q=spjy` })).json();
    expect(initials.items.map((i: { name: string }) => i.name)).toContain('食品经营许可');
    const byDept = (
      await t.app.inject({ method: 'GET', url: `/api/catalogue?department=${encodeURIComponent('市场监督管理局')}` })
    ).json();
    expect(byDept.total).toBeGreaterThanOrEqual(2);
    const byTheme = (
      await t.app.inject({
        method: 'GET',
        url: `/api/catalogue?theme=${encodeURIComponent('开办餐饮店')}&audience=enterprise&level=city`,
      })
    ).json();
    expect(byTheme.total).toBeGreaterThanOrEqual(1);
    const none = (await t.app.inject({ method: 'GET', url: `/api/catalogue?q=${encodeURIComponent('%')}` })).json();
    expect(none.total).toBe(0);
    const facets = (await t.app.inject({ method: 'GET', url: '/api/catalogue/facets' })).json();
    expect(facets.themes.map((x: { name: string }) => x.name)).toContain('开办餐饮店');
  });

  it('[R-WEB-2] the English pages get English names: the item’s, its department’s and its centre’s, in search, facets and the guide', async () => {
    const db = t.ctx.database.db;
    await sql`UPDATE department SET name_en = 'Administration for Market Regulation' WHERE id = ${tree.citySCJG.department.id}`.execute(
      db,
    );
    await sql`UPDATE centre SET name_en = 'Zhoushan Administrative Approval Service Centre' WHERE id = ${tree.city.id}`.execute(
      db,
    );
    const item = await publish(
      foodLicence({ name: '渔业船舶登记', nameEn: 'Fishing vessel registration', basicCode: '330222009' }),
    );
    const found = (
      await t.app.inject({ method: 'GET', url: `/api/catalogue?q=${encodeURIComponent('渔业船舶')}` })
    ).json();
    expect(found.items).toEqual([
      expect.objectContaining({
        name: '渔业船舶登记',
        nameEn: 'Fishing vessel registration',
        departmentName: '市场监督管理局',
        departmentNameEn: 'Administration for Market Regulation',
        centreNameEn: 'Zhoushan Administrative Approval Service Centre',
      }),
    ]);
    const facets = (await t.app.inject({ method: 'GET', url: '/api/catalogue/facets' })).json();
    expect(facets.departments).toContainEqual(
      expect.objectContaining({ name: '市场监督管理局', nameEn: 'Administration for Market Regulation' }),
    );
    const guide = (await t.app.inject({ method: 'GET', url: `/api/catalogue/items/${item.id}` })).json();
    expect(guide).toMatchObject({
      departmentName: '市场监督管理局',
      departmentNameEn: 'Administration for Market Regulation',
      centreNameEn: 'Zhoushan Administrative Approval Service Centre',
    });
  });

  it('[R-WEB-2] a publication shows in search at once, although results are cached', async () => {
    const q = `/api/catalogue?q=${encodeURIComponent('港口经营许可')}`;
    expect((await t.app.inject({ method: 'GET', url: q })).json().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: q })).json().total).toBe(0);
    await publish(foodLicence({ name: '港口经营许可', basicCode: '330222001', keywords: ['港口'] }));
    expect((await t.app.inject({ method: 'GET', url: q })).json().total).toBe(1);
  });

  it('[R-LAW-9] a published form file downloads; an unpublished one does not', async () => {
    const created = (
      await clerk.request({
        method: 'POST',
        url: '/api/items',
        payload: { definition: foodLicence({ name: '带表格事项', basicCode: '330221001' }) },
      })
    ).json();
    const file = (
      await clerk.request({
        method: 'POST',
        url: `/api/items/${created.id}/files`,
        ...multipart('申请书.pdf', Buffer.concat([tinyPdf(), Buffer.from('%unique')])),
      })
    ).json();
    const hidden = await t.app.inject({ method: 'GET', url: `/api/catalogue/files/${file.sha256}` });
    expect(hidden.statusCode).toBe(404);
    const def = foodLicence({ name: '带表格事项', basicCode: '330221001' });
    def.materials[0] = { ...def.materials[0]!, formTemplate: file };
    const saved = (
      await clerk.request({
        method: 'PUT',
        url: `/api/items/${created.id}/draft`,
        payload: { version: created.version, definition: def },
      })
    ).json();
    const sub = (
      await clerk.request({
        method: 'POST',
        url: `/api/items/${created.id}/submit`,
        payload: { version: saved.version },
      })
    ).json();
    await supervisor.request({
      method: 'POST',
      url: `/api/items/${created.id}/publish`,
      payload: { version: sub.version },
    });
    const dl = await t.app.inject({
      method: 'GET',
      url: `/api/catalogue/files/${file.sha256}?filename=${encodeURIComponent('申请书.pdf')}`,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(String(dl.headers['content-disposition'])).toContain(encodeURIComponent('申请书.pdf'));
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
