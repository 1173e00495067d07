import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('platform HTTP behaviour', () => {
  it('[R-NEW-8] GET /api/health reports status, database mode and migration version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(['embedded', 'server']).toContain(body.database.mode);
    expect(body.database.mode).toBe(process.env.DATABASE_URL ? 'server' : 'embedded');
    expect(body.database.migration).toBe(body.database.latestMigration);
  });

  it('unknown /api routes answer 404 JSON in the error model, Chinese by default', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toEqual({
      error: { code: 'route.not_found', message: '接口不存在', details: { method: 'GET', path: '/api/no-such-route' } },
    });
  });

  it('error messages switch to English by Accept-Language', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/no-such-route',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(res.json().error.message).toBe('No such API route');
    const zhFirst = await t.app.inject({
      method: 'GET',
      url: '/api/x',
      headers: { 'accept-language': 'zh-CN,en;q=0.5' },
    });
    expect(zhFirst.json().error.message).toBe('接口不存在');
  });

  it('unknown query parameters are refused with the failing field named', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health?debug=1' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('request.invalid');
    expect(body.error.message).toBe('请求内容不符合要求');
    expect(JSON.stringify(body.error.details)).toContain('debug');
  });

  it('malformed JSON, oversize bodies and wrong content types get clear 4xx JSON and the server keeps serving', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('request.malformed_json');

    const big = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ x: 'a'.repeat(1024 * 1024 + 10) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('request.too_large');

    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('request.unsupported_media_type');

    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 42, password: ['x'] },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(
      wrongType
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['password', 'username']);

    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 'a', password: 'b', isAdmin: true },
    });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().error.details)).toContain('isAdmin');

    // Nothing was written by any of these: no session, no audit record.
    const { sql } = await import('kysely');
    const rows = await sql<{
      c: number;
    }>`SELECT (SELECT count(*) FROM user_session)::int + (SELECT count(*) FROM audit_record)::int AS c`.execute(
      t.ctx.database.db,
    );
    expect(rows.rows[0]!.c).toBe(0);

    const after = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(after.statusCode).toBe(200);
  });

  it('[R-OPS-2] every response carries strict security headers and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    expect(res.headers['cache-control']).toBe('no-store');
    // HSTS only in production (it would pin plain-HTTP development hosts).
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('[R-NEW-8] the OpenAPI document lists every API route, each with a summary and request and response schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    const apiRoutes = t.app.routeCatalogue.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json',
    );
    expect(apiRoutes.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const route of apiRoutes) {
      const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
      for (const method of methods) {
        const s = (route.schema ?? {}) as Record<string, unknown>;
        const where = `${method} ${route.url}`;
        if (!s.summary) missing.push(`${where}: summary`);
        if (!s.response) missing.push(`${where}: response`);
        if (['POST', 'PUT', 'PATCH'].includes(method) && !s.body && !s.consumes) missing.push(`${where}: body`);
        if (method === 'GET' && !s.querystring) missing.push(`${where}: querystring`);
        if (route.url.includes(':') && !s.params) missing.push(`${where}: params`);
        const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
        if (!doc.paths?.[openApiPath]?.[method.toLowerCase()]) missing.push(`${where}: not in OpenAPI`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves the API documentation page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(res.statusCode);
  });
});

describe('rate limits', () => {
  it('[R-OPS-2] login is rate-limited per address with a 429 in the error model', async () => {
    const limited = await buildTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/staff/login',
          payload: { username: 'x', password: 'y' },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().error.code).toBe('request.rate_limited');
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
