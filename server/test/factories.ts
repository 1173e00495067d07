import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import * as OTPAuth from 'otpauth';
import { expect } from 'vitest';
import { ensurePerson, ensureStaff } from '../src/modules/identity/seed.js';
import { createCentreUnchecked, createDepartmentUnchecked, createWindowUnchecked } from '../src/modules/org/service.js';
import type { AppContext } from '../src/platform/app-context.js';
import { systemMeta } from '../src/platform/auth/actor.js';
import type { RoleName } from '../src/platform/db/schema.js';

export const PASSWORD = 'Tongban@2026';

/** A small three-level tree: city → county → township, each with one department and window. */
export async function buildTree(ctx: AppContext) {
  const city = await createCentreUnchecked(
    ctx,
    null,
    systemMeta,
    { parentId: null, level: 'city', divisionCode: '330900', name: '舟山市行政审批服务中心' },
    null,
  );
  const county = await createCentreUnchecked(
    ctx,
    null,
    systemMeta,
    { parentId: city.id, level: 'county', divisionCode: '330902', name: '定海区行政服务中心' },
    city,
  );
  const county2 = await createCentreUnchecked(
    ctx,
    null,
    systemMeta,
    { parentId: city.id, level: 'county', divisionCode: '330903', name: '普陀区行政服务中心' },
    city,
  );
  const township = await createCentreUnchecked(
    ctx,
    null,
    systemMeta,
    { parentId: county.id, level: 'township', divisionCode: '330902001', name: '解放街道便民服务中心' },
    county,
  );
  const dept = async (centreId: string, name: string, number: string) => {
    const d = await createDepartmentUnchecked(ctx, null, systemMeta, centreId, { name });
    const w = await createWindowUnchecked(ctx, null, systemMeta, centreId, {
      departmentId: d.id,
      number,
      name: `${name}窗口`,
      floor: 1,
      posX: 100,
      posY: 100,
    });
    return { department: d, window: w };
  };
  const citySCJG = await dept(city.id, '市场监督管理局', '08');
  const cityXF = await dept(city.id, '消防救援支队', '11');
  // A second window of the same department, so department scope spans windows.
  const citySCJG2 = await createWindowUnchecked(ctx, null, systemMeta, city.id, {
    departmentId: citySCJG.department.id,
    number: '09',
    name: '市场监督管理局二号窗口',
    floor: 1,
    posX: 300,
    posY: 100,
  });
  const countySCJG = await dept(county.id, '市场监督管理局', '01');
  const county2SCJG = await dept(county2.id, '市场监督管理局', '01');
  return { city, county, county2, township, citySCJG, cityXF, citySCJG2, countySCJG, county2SCJG };
}

export type Tree = Awaited<ReturnType<typeof buildTree>>;

export async function buildStaff(
  ctx: AppContext,
  roles: Array<{ role: RoleName; centre_id: string; department_id?: string | null; window_id?: string | null }>,
  username = `u${randomBytes(4).toString('hex')}`,
) {
  const id = await ensureStaff(ctx, {
    username,
    displayName: `测试${username.slice(-4)}`,
    password: PASSWORD,
    roles: roles.map((r) => ({ department_id: null, window_id: null, ...r })),
  });
  return { id, username };
}

export async function buildPerson(
  ctx: AppContext,
  idNumber = '330902199001011238',
  mobile = '13857001234',
  name = '林海',
) {
  const id = await ensurePerson(ctx, { name, idNumber, mobile, password: PASSWORD });
  return { id, account: mobile };
}

/** A logged-in browser-like client: carries the session cookie and the CSRF token. */
export type Client = {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  cookie: string;
  csrf: string;
  me: Record<string, unknown>;
};

function cookieFrom(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name.includes('tongban_sid'));
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `${c.name}=${c.value}`;
}

function clientOf(app: FastifyInstance, cookie: string, csrf: string, me: Record<string, unknown>): Client {
  return {
    cookie,
    csrf,
    me,
    request: (opts) =>
      app.inject({ ...opts, headers: { cookie, 'x-csrf-token': csrf, ...(opts.headers ?? {}) } } as InjectOptions),
  };
}

/** Logs a staff member in; administrators go through TOTP enrolment on first login, as in real life. */
export async function loginStaff(
  app: FastifyInstance,
  username: string,
  opts: { roleId?: string } = {},
): Promise<Client & { totpSecret?: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/staff/login',
    payload: { username, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  let client = clientOf(app, cookieFrom(res), body.csrfToken, body.actor);
  let totpSecret: string | undefined;
  if (body.actor.mfa.required && !body.actor.mfa.passed) {
    const setup = await client.request({ method: 'POST', url: '/api/auth/totp/setup', payload: {} });
    expect(setup.statusCode, setup.body).toBe(200);
    totpSecret = setup.json().secret as string;
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(totpSecret) }).generate();
    const confirm = await client.request({ method: 'POST', url: '/api/auth/totp/confirm', payload: { code } });
    expect(confirm.statusCode, confirm.body).toBe(200);
  }
  if (opts.roleId) {
    const pick = await client.request({
      method: 'POST',
      url: '/api/auth/acting-role',
      payload: { roleId: opts.roleId },
    });
    expect(pick.statusCode, pick.body).toBe(200);
  }
  const me = await client.request({ method: 'GET', url: '/api/auth/me' });
  client = clientOf(app, client.cookie, client.csrf, me.json().actor);
  return totpSecret ? { ...client, totpSecret } : client;
}

export async function loginPerson(app: FastifyInstance, account: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/applicant/login', payload: { account, password } });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return clientOf(app, cookieFrom(res), body.csrfToken, body.actor);
}

/** A minimal valid PDF, for uploads whose type is checked by content. */
export function tinyPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

export function multipart(filename: string, bytes: Buffer, mediaType = 'application/pdf') {
  const boundary = `----tongban${randomBytes(6).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mediaType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
