import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { buildStaff, buildTree, type Client, loginStaff, type Tree } from '../../../test/factories.js';
import { deadlineFor, type TimeLimit } from '../../platform/working-time/index.js';
import { RULES_TTL_MS } from './rules-cache.js';
import { caseRulesFor } from './service.js';

// One database for the file; tests run in order and each says which centres it changes:
// county (定海) gets its own calendar first, then city (舟山市); county2 (普陀) never does.
let t: TestApp;
let tree: Tree;
let citySupervisor: Client;
let countySupervisor: Client;
let county2Supervisor: Client;
let clerk: Client;

const url = (centreId: string, rest = '') => `/api/centres/${centreId}/work-calendar${rest}`;
const days20: TimeLimit = { value: 20, unit: 'working_days' };
/** `'2026-09-30 15:00'` Beijing time → the instant. */
const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const hours = (start: string, end: string) => ({ start, end });
const standardWeek = () => {
  const day = [hours('08:30', '12:00'), hours('13:30', '17:30')];
  return { mon: day, tue: day, wed: day, thu: day, fri: day };
};
const settings = (version: number, patch: Record<string, unknown> = {}) => ({
  workingHours: standardWeek(),
  adjustedWorkingDayHours: null,
  preReviewLimit: { value: 1, unit: 'working_days', explanation: '网上申请一个工作日内预审' },
  yellowRatio: 0.2,
  version,
  ...patch,
});

type CalendarJson = Record<string, unknown> & {
  days: { date: string; name: string }[];
  version: number;
  yellowRatio: number;
};

async function readCalendar(centreId: string, year = 2026): Promise<CalendarJson> {
  const res = await t.app.inject({ method: 'GET', url: url(centreId, `?year=${year}`) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CalendarJson>();
}

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.ctx);
  const supervisorOf = async (centreId: string) =>
    loginStaff(t.app, (await buildStaff(t.ctx, [{ role: 'supervisor', centre_id: centreId }])).username);
  citySupervisor = await supervisorOf(tree.city.id);
  countySupervisor = await supervisorOf(tree.county.id);
  county2Supervisor = await supervisorOf(tree.county2.id);
  const w = tree.citySCJG;
  clerk = await loginStaff(
    t.app,
    (
      await buildStaff(t.ctx, [
        { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
      ])
    ).username,
  );
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('national default and inheritance (R-LAW-1)', () => {
  it('[R-LAW-1] a fresh centre uses the national calendar: 2026 National Day Oct 1–7, adjusted Sep 20 and Oct 10', async () => {
    // chinese-days 1.5.7 encodes the 2026 notice: 国庆节 Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked.
    const cal = await readCalendar(tree.county.id);
    expect(cal).toMatchObject({
      centreId: tree.county.id,
      inheritedFrom: 'national',
      inheritedFromName: null,
      version: 0,
      yellowRatio: 0.2,
      preReviewLimit: { value: 1, unit: 'working_days' },
      workingHours: standardWeek(),
      adjustedWorkingDayHours: null,
      coverage: { to: '2026-12-31' },
    });
    const national = cal.days.filter((d: { name: string }) => d.name === '国庆节');
    expect(national).toEqual([
      { date: '2026-09-20', kind: 'adjusted_working_day', name: '国庆节', source: 'chinese-days' },
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
        date: `2026-10-${d}`,
        kind: 'holiday',
        name: '国庆节',
        source: 'chinese-days',
      })),
      { date: '2026-10-10', kind: 'adjusted_working_day', name: '国庆节', source: 'chinese-days' },
    ]);
    expect(cal.days.every((d: { date: string }) => d.date.startsWith('2026-'))).toBe(true);
    // The arithmetic agrees: 20 working days from Wed Sep 30 2026 15:00 end Tue Nov 3 17:30.
    const rules = await caseRulesFor(t.ctx, tree.county.id);
    expect(deadlineFor(rules.calendar, bj('2026-09-30 15:00'), days20)).toEqual(bj('2026-11-03 17:30'));
  });

  it('[R-LAW-1] reading is public, and an unknown centre is a 404', async () => {
    const missing = await t.app.inject({ method: 'GET', url: url('00000000-0000-4000-8000-000000000000') });
    expect(missing.statusCode).toBe(404);
    const badYear = await t.app.inject({ method: 'GET', url: url(tree.county.id, '?year=1999') });
    expect(badYear.statusCode).toBe(400);
  });

  it('[R-LAW-1] copy-on-first-edit: a centre-added holiday makes the centre its own calendar and moves deadlines', async () => {
    const before = await caseRulesFor(t.ctx, tree.county.id);
    const added = await countySupervisor.request({
      method: 'POST',
      url: url(tree.county.id, '/days'),
      payload: { date: '2026-10-08', kind: 'holiday', name: '防台风停止办公' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ inheritedFrom: null, version: 2 });
    expect(added.json().days).toContainEqual({
      date: '2026-10-08',
      kind: 'holiday',
      name: '防台风停止办公',
      source: 'centre',
    });
    // The copy holds everything inherited (all years of the seed), not only the edited year.
    const older = await readCalendar(tree.county.id, 2025);
    expect(older.days).toContainEqual({ date: '2025-10-01', kind: 'holiday', name: '国庆节', source: 'chinese-days' });

    // Cache invalidated by the edit: Oct 8 no longer counts, so the deadline is one working day later.
    const after = await caseRulesFor(t.ctx, tree.county.id);
    expect(after).not.toBe(before);
    expect(deadlineFor(after.calendar, bj('2026-09-30 15:00'), days20)).toEqual(bj('2026-11-04 17:30'));
    expect(deadlineFor(after.calendar, bj('2026-09-30 15:00'), after.preReviewLimit)).toEqual(bj('2026-10-09 17:30'));

    const audit = await t.ctx.database.db
      .selectFrom('audit_record')
      .select(['action', 'after', 'actor_id'])
      .where('action', '=', 'work_calendar.day_add')
      .where('entity_id', '=', tree.county.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ copiedFrom: 'national', version: 2 });
  });

  it('[R-LAW-1] a child centre inherits its nearest ancestor’s calendar; siblings and parents are unaffected', async () => {
    const township = await readCalendar(tree.township.id);
    expect(township).toMatchObject({
      inheritedFrom: tree.county.id,
      inheritedFromName: '定海区行政服务中心',
      version: 0,
    });
    expect(township.days).toContainEqual(expect.objectContaining({ date: '2026-10-08', source: 'centre' }));
    const rules = await caseRulesFor(t.ctx, tree.township.id);
    expect(deadlineFor(rules.calendar, bj('2026-09-30 15:00'), days20)).toEqual(bj('2026-11-04 17:30'));
    expect((await readCalendar(tree.city.id)).inheritedFrom).toBe('national');
    expect((await readCalendar(tree.county2.id)).days).not.toContainEqual(
      expect.objectContaining({ date: '2026-10-08' }),
    );
  });

  it('[R-SUP-6] a city supervisor’s settings reach every centre below that has no calendar of its own', async () => {
    const saved = await citySupervisor.request({
      method: 'PUT',
      url: url(tree.city.id),
      payload: settings(0, { yellowRatio: 0.25, preReviewLimit: { value: 4, unit: 'working_hours', explanation: '' } }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ inheritedFrom: null, yellowRatio: 0.25, version: 2 });
    expect(await readCalendar(tree.county2.id)).toMatchObject({
      inheritedFrom: tree.city.id,
      yellowRatio: 0.25,
      preReviewLimit: { value: 4, unit: 'working_hours' },
    });
    const county2Rules = await caseRulesFor(t.ctx, tree.county2.id);
    expect(county2Rules.yellowRatio).toBe(0.25);
    expect(deadlineFor(county2Rules.calendar, bj('2026-03-04 16:00'), county2Rules.preReviewLimit)).toEqual(
      bj('2026-03-05 11:00'), // 1.5 h on Wed, 2.5 h from 08:30 Thu
    );
    // 定海 has its own calendar since the previous test: the city's change does not reach it.
    expect((await readCalendar(tree.county.id)).yellowRatio).toBe(0.2);
  });
});

describe('who may edit, and how (R-SUP-6)', () => {
  it('[R-SUP-6] a window clerk and a supervisor of another branch are refused (403) and nothing changes', async () => {
    const before = await readCalendar(tree.county.id);
    const day = { date: '2026-12-24', kind: 'holiday', name: '不应出现' };
    const byClerk = await clerk.request({ method: 'POST', url: url(tree.county.id, '/days'), payload: day });
    expect(byClerk.statusCode).toBe(403);
    const bySibling = await county2Supervisor.request({
      method: 'POST',
      url: url(tree.county.id, '/days'),
      payload: day,
    });
    expect(bySibling.statusCode).toBe(403);
    const upwards = await countySupervisor.request({
      method: 'PUT',
      url: url(tree.city.id),
      payload: settings(2, { yellowRatio: 0.5 }),
    });
    expect(upwards.statusCode).toBe(403);
    const removal = await county2Supervisor.request({ method: 'DELETE', url: url(tree.county.id, '/days/2026-10-08') });
    expect(removal.statusCode).toBe(403);

    expect(await readCalendar(tree.county.id)).toEqual(before);
    expect((await readCalendar(tree.city.id)).yellowRatio).toBe(0.25);
    // A never-edited centre stays inheriting: a refused edit must not have made a copy.
    expect((await readCalendar(tree.county2.id)).inheritedFrom).toBe(tree.city.id);
    const denied = await t.ctx.database.db
      .selectFrom('audit_record')
      .select('entity_id')
      .where('action', '=', 'access.denied')
      .where('entity_type', '=', 'work_calendar')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(3);
  });

  it('[R-SUP-6] a stale version is a 409 and leaves the calendar as it was', async () => {
    const current = await readCalendar(tree.county.id);
    const stale = await countySupervisor.request({
      method: 'PUT',
      url: url(tree.county.id),
      payload: settings(current.version - 1, { yellowRatio: 0.3 }),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'resource.version_conflict', details: { currentVersion: 2 } });
    // Version 0 means "I saw it inherited": wrong once the centre has its own copy.
    const asInherited = await countySupervisor.request({
      method: 'PUT',
      url: url(tree.county.id),
      payload: settings(0, { yellowRatio: 0.3 }),
    });
    expect(asInherited.statusCode).toBe(409);
    expect(await readCalendar(tree.county.id)).toEqual(current);
  });

  it('[R-SUP-6] working periods outside 00:00–24:00, reversed or overlapping are a 400 naming the field', async () => {
    const week = standardWeek();
    const bad = {
      ...week,
      mon: [hours('08:30', '12:00'), hours('11:30', '17:30')],
      tue: [hours('13:00', '12:00')],
      wed: [hours('08:30', '25:00')],
    };
    const res = await countySupervisor.request({
      method: 'PUT',
      url: url(tree.county.id),
      payload: settings(2, { workingHours: bad }),
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().error.details as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['workingHours.mon.1.start', 'workingHours.tue.0.end', 'workingHours.wed.0.end']),
    );
    const empty = await countySupervisor.request({
      method: 'PUT',
      url: url(tree.county.id),
      payload: settings(2, { workingHours: { ...week, fri: [] } }),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('workingHours.fri');
    const unknown = await countySupervisor.request({
      method: 'PUT',
      url: url(tree.county.id),
      payload: { ...settings(2), saturday: [] },
    });
    expect(unknown.statusCode).toBe(400);
    expect((await readCalendar(tree.county.id)).version).toBe(2);
  });

  it('[R-LAW-1] days: real dates only, adjusted working days on weekends only, no silent replacement', async () => {
    const post = (payload: Record<string, string>) =>
      countySupervisor.request({ method: 'POST', url: url(tree.county.id, '/days'), payload });
    const notADate = await post({ date: '2026-02-30', kind: 'holiday', name: '错误' });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().error.details[0].field).toBe('date');
    const weekday = await post({ date: '2026-12-23', kind: 'adjusted_working_day', name: '调休' });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json().error.code).toBe('calendar.adjusted_day_not_weekend');
    const clash = await post({ date: '2026-10-10', kind: 'holiday', name: '重复' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('calendar.day_exists');
    expect((await readCalendar(tree.county.id)).version).toBe(2);

    // A Saturday made a working day counts; removing the centre's holiday restores the notice.
    const saturday = await post({ date: '2026-12-26', kind: 'adjusted_working_day', name: '年终集中办理' });
    expect(saturday.statusCode, saturday.body).toBe(201);
    const rules = await caseRulesFor(t.ctx, tree.county.id);
    expect(rules.calendar.isWorkingDay('2026-12-26')).toBe(true);
    const removed = await countySupervisor.request({ method: 'DELETE', url: url(tree.county.id, '/days/2026-10-08') });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().days).not.toContainEqual(expect.objectContaining({ date: '2026-10-08' }));
    const restored = await caseRulesFor(t.ctx, tree.county.id);
    expect(deadlineFor(restored.calendar, bj('2026-09-30 15:00'), days20)).toEqual(bj('2026-11-03 17:30'));
    const again = await countySupervisor.request({ method: 'DELETE', url: url(tree.county.id, '/days/2026-10-08') });
    expect(again.statusCode).toBe(404);
  });
});

describe('case rules cache (R-SUP-6)', () => {
  it('[R-SUP-6] rules are cached per centre, cleared by an edit here, and pick up another process’s edit within 60 s', async () => {
    const first = await caseRulesFor(t.ctx, tree.township.id);
    expect(await caseRulesFor(t.ctx, tree.township.id)).toBe(first);

    // An edit through this process is seen at once, also by centres inheriting from the edited one.
    const current = await readCalendar(tree.county.id);
    const saved = await countySupervisor.request({
      method: 'PUT',
      url: url(tree.county.id),
      payload: settings(current.version, { yellowRatio: 0.3 }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const edited = await caseRulesFor(t.ctx, tree.township.id);
    expect(edited).not.toBe(first);
    expect(edited.yellowRatio).toBe(0.3);

    // Another process writing to the same database: served from cache until the TTL runs out.
    vi.useFakeTimers({ toFake: ['Date'] });
    await sql`UPDATE work_calendar SET yellow_ratio = 0.4 WHERE centre_id = ${tree.county.id}`.execute(
      t.ctx.database.db,
    );
    expect((await caseRulesFor(t.ctx, tree.township.id)).yellowRatio).toBe(0.3);
    vi.setSystemTime(Date.now() + RULES_TTL_MS + 1);
    expect((await caseRulesFor(t.ctx, tree.township.id)).yellowRatio).toBe(0.4);
  });
});
