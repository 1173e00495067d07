import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFor, foodLicenceWindow, ok, publishFoodLicence, windowClerk } from '../../../test/case-support.js';
import type { Client, Tree } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { addWorkingDays, type WorkCalendar } from '../../platform/working-time/index.js';
import { onCalendarEdit } from '../calendar/edit-hooks.js';
import { calendarOf } from '../calendar/model.js';
import { getWorkCalendar } from '../calendar/service.js';
import { setDeadlines } from './list-store.js';
import { rederiveDeadlines } from './rederive.js';
import { rulesFor } from './rules-source.js';
import * as store from './store.js';
import { clockOf, pausesOf } from './views.js';

// A calendar edit re-derives the stored due_at and warn_at of the open cases that use the edited
// calendar (R-LAW-1, R-NEW-3, R-SUP-6): the city's own cases and those of 定海 (no calendar of its
// own: it inherits the city's), never those of 普陀 (a calendar of its own). Tests run in order.

let t: TestApp;
let tree: Tree;
let supervisor: Client;
let citizen: Client;
type Centre = 'city' | 'county' | 'county2';
const clerks = {} as Record<Centre, Client>;
const items = {} as Record<Centre, string>;

type Card = { id: string; warning: 'none' | 'yellow' | 'red' };

/** The Beijing date of an instant, and the date `n` days after a date. */
const bjDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** The nearest working day strictly after (step 1) or before (step -1) `date`. */
function workingDayFrom(cal: WorkCalendar, date: string, step: 1 | -1): string {
  let d = plusDays(date, step);
  while (!cal.isWorkingDay(d)) d = plusDays(d, step);
  return d;
}

const row = async (id: string) => (await store.findCase(t.ctx.database.db, id))!;

/** What a move would store now: the clock on the centre's current rules, with the case's pauses. */
async function derivedNow(id: string) {
  const r = await row(id);
  const pauses = pausesOf(await store.listPauses(t.ctx.database.db, id));
  return clockOf(await rulesFor(t.ctx, r.centre_id), r, pauses, new Date());
}

async function acceptedCase(at: Centre): Promise<{ id: string }> {
  const c = await applyFor(citizen, items[at]);
  return (await ok(clerks[at], c, { action: 'accept' })) as { id: string };
}

async function addHoliday(centreId: string, date: string) {
  const res = await supervisor.request({
    method: 'POST',
    url: `/api/centres/${centreId}/work-calendar/days`,
    payload: { date, kind: 'holiday', name: '防台风停止办公' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res;
}

/** The audit record of the re-derivation the edit request ran. */
async function rederiveAudit(requestId: string) {
  return t.ctx.database.db
    .selectFrom('audit_record')
    .select(['outcome', 'entity_id', 'after'])
    .where('action', '=', 'work_calendar.rederive')
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow();
}

async function queueIds(client: Client, warning: Card['warning']): Promise<string[]> {
  const res = await client.request({ method: 'GET', url: `/api/workbench/queue?view=all&warning=${warning}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Card[] }>().items.map((i) => i.id);
}

beforeAll(async () => {
  t = await buildTestApp();
  const city = await foodLicenceWindow(t);
  ({ tree, supervisor, citizen } = city);
  clerks.city = city.clerk;
  items.city = city.itemId;
  clerks.county = await windowClerk(t, tree.county.id, tree.countySCJG);
  clerks.county2 = await windowClerk(t, tree.county2.id, tree.county2SCJG);
  items.county = await publishFoodLicence(clerks.county, supervisor);
  items.county2 = await publishFoodLicence(clerks.county2, supervisor);
  // 普陀 saves what it inherited unchanged: from then on it keeps a calendar of its own.
  const inherited = await getWorkCalendar(t.ctx, tree.county2.id);
  const own = await supervisor.request({
    method: 'PUT',
    url: `/api/centres/${tree.county2.id}/work-calendar`,
    payload: { ...inherited.settings, version: 0 },
  });
  expect(own.statusCode, own.body).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe('a calendar edit re-derives the stored deadlines of running cases', () => {
  it('[R-LAW-1] a holiday added by the city moves due_at and warn_at of its open cases and of 定海’s by one working day, not 普陀’s', async () => {
    const city = await acceptedCase('city');
    const county = await acceptedCase('county');
    const county2 = await acceptedCase('county2');
    // 普陀's row marked so a rewrite would show: warn_at at the deadline itself is no clock's answer.
    await sql`UPDATE license_case SET warn_at = due_at WHERE id = ${county2.id}`.execute(t.ctx.database.db);
    const before = { city: await row(city.id), county: await row(county.id), county2: await row(county2.id) };
    const oldCal = (await rulesFor(t.ctx, tree.city.id)).calendar;

    // The first working day after today lies inside the remaining five working days.
    const holiday = workingDayFrom(oldCal, bjDate(new Date()), 1);
    expect(holiday < bjDate(before.city.warn_at!)).toBe(true);
    const res = await addHoliday(tree.city.id, holiday);

    for (const [id, was] of [
      [city.id, before.city],
      [county.id, before.county],
    ] as const) {
      const now = await row(id);
      // Deadlines in working days end at close of business: the next working day's, exactly.
      expect(now.due_at).toEqual(addWorkingDays(oldCal, was.due_at!, 1));
      expect(bjDate(now.due_at!)).toBe(workingDayFrom(oldCal, bjDate(was.due_at!), 1));
      expect(now.due_at!.getTime() - was.due_at!.getTime()).toBeGreaterThanOrEqual(86_400_000);
      // Yellow from one working day before it: that instant moved by a working day too.
      expect(Math.abs(+now.warn_at! - +addWorkingDays(oldCal, was.warn_at!, 1))).toBeLessThanOrEqual(1);
      expect(bjDate(now.warn_at!)).toBe(workingDayFrom(oldCal, bjDate(was.warn_at!), 1));
      // What a move would write now, on the new calendar.
      const clock = await derivedNow(id);
      expect(now.due_at).toEqual(clock.dueAt);
      expect(Math.abs(+now.warn_at! - +clock.warnAt!)).toBeLessThanOrEqual(1);
      expect(now.version).toBe(was.version);
    }
    const untouched = await row(county2.id);
    expect({ due: untouched.due_at, warn: untouched.warn_at }).toEqual({
      due: before.county2.due_at,
      warn: before.county2.due_at,
    });

    const audit = await rederiveAudit(res.headers['x-request-id'] as string);
    expect(audit).toMatchObject({
      outcome: 'success',
      entity_id: tree.city.id,
      after: { cases: { examined: 2, updated: 2 } },
    });
  });

  it('[R-NEW-3] a holiday declared after the fact turns an overdue case yellow in the queue’s filters at once', async () => {
    const c = await acceptedCase('city');
    const today = bjDate(new Date());
    const effective = await getWorkCalendar(t.ctx, tree.city.id);
    const oldRules = await rulesFor(t.ctx, tree.city.id);
    // Yesterday's working day closed after the fact (a typhoon): one working day fewer has elapsed.
    const closed = workingDayFrom(oldRules.calendar, today, -1);
    const newRules = {
      ...oldRules,
      calendar: calendarOf(
        effective.settings,
        [...effective.days, { date: closed, kind: 'holiday', name: '防台风停止办公', source: 'centre' }],
        effective.coverage,
      ),
    };
    // An acceptance time whose deadline passed under the old calendar and is near under the new one.
    const base = await row(c.id);
    const now = new Date();
    let acceptedAt: Date | null = null;
    for (let k = 1; k < 24 * 30 && !acceptedAt; k += 1) {
      const at = new Date(now.getTime() - k * 3_600_000);
      const probe = { ...base, accepted_at: at };
      if (clockOf(oldRules, probe, [], now).warning === 'red' && clockOf(newRules, probe, [], now).warning === 'yellow')
        acceptedAt = at;
    }
    expect(acceptedAt).not.toBeNull();
    // Stored as a move would have stored it then: red.
    const old = clockOf(oldRules, { ...base, accepted_at: acceptedAt }, [], now);
    await t.ctx.database.db
      .updateTable('license_case')
      .set({ accepted_at: acceptedAt, due_at: old.dueAt, warn_at: old.warnAt })
      .where('id', '=', c.id)
      .execute();
    expect(await queueIds(clerks.city, 'red')).toContain(c.id);
    expect(await queueIds(clerks.city, 'yellow')).not.toContain(c.id);

    await addHoliday(tree.city.id, closed);

    expect(await queueIds(clerks.city, 'red')).not.toContain(c.id);
    expect(await queueIds(clerks.city, 'yellow')).toContain(c.id);
    const after = await row(c.id);
    const clock = await derivedNow(c.id);
    expect(clock.warning).toBe('yellow');
    expect(after.due_at).toEqual(clock.dueAt);
    expect(after.due_at).toEqual(addWorkingDays(oldRules.calendar, old.dueAt!, 1));
    // Yellow already: from the moment of the re-derivation, which was before this read.
    expect(+after.warn_at!).toBeLessThanOrEqual(Date.now());
  });

  it('[R-SUP-6] changing the yellow ratio re-derives warn_at of the cases inheriting the calendar; due_at stays', async () => {
    const county = await acceptedCase('county');
    const was = await row(county.id);
    const current = await getWorkCalendar(t.ctx, tree.city.id);
    const res = await supervisor.request({
      method: 'PUT',
      url: `/api/centres/${tree.city.id}/work-calendar`,
      payload: { ...current.settings, yellowRatio: 0.6, version: current.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    const now = await row(county.id);
    expect(now.due_at).toEqual(was.due_at);
    // Yellow for 60 % of five working days instead of one day: three working days earlier.
    expect(+now.warn_at!).toBeLessThan(+was.warn_at!);
    const clock = await derivedNow(county.id);
    expect(Math.abs(+now.warn_at! - +clock.warnAt!)).toBeLessThanOrEqual(1);
    // The city's and 定海's open cases: all but the one already yellow (test 2) warn from a new instant.
    expect((await rederiveAudit(res.headers['x-request-id'] as string)).after).toMatchObject({
      cases: { examined: 4, updated: 3 },
    });
  });

  it('[R-NEW-3] re-derivation runs in batches keyed on id and skips a case moved in between', async () => {
    const db = t.ctx.database.db;
    const cases = [await acceptedCase('city'), await acceptedCase('city'), await acceptedCase('city')];
    const ids = cases.map((c) => c.id);
    const stale = new Date('2030-01-01T00:00:00Z');
    await db.updateTable('license_case').set({ due_at: stale, warn_at: stale }).where('id', 'in', ids).execute();
    const open = await db
      .selectFrom('license_case')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('centre_id', '=', tree.city.id)
      .where('status', 'not in', ['rejected', 'concluded', 'withdrawn', 'revoked'])
      .executeTakeFirstOrThrow();
    const summary = await rederiveDeadlines(t.ctx, [tree.city.id], 1);
    expect(summary).toEqual({ examined: Number(open.n), updated: 3 });
    for (const id of ids) expect((await row(id)).due_at).toEqual((await derivedNow(id)).dueAt);

    // A move in between bumps the version: values derived from the row before it are not written.
    const moved = await row(ids[0]!);
    expect(await setDeadlines(db, [{ id: moved.id, version: moved.version - 1, due_at: stale, warn_at: stale }])).toBe(
      0,
    );
    expect((await row(moved.id)).due_at).toEqual(moved.due_at);
  });

  it('[R-SUP-6] a re-derivation that fails is not lost silently: the edit stands, the request fails, the audit says so', async () => {
    onCalendarEdit('failing', () => Promise.reject(new Error('database went away')));
    try {
      const res = await supervisor.request({
        method: 'POST',
        url: `/api/centres/${tree.county.id}/work-calendar/days`,
        payload: { date: '2026-12-30', kind: 'holiday', name: '防台风停止办公' },
      });
      expect(res.statusCode).toBe(500);
      const saved = await getWorkCalendar(t.ctx, tree.county.id);
      expect(saved.days).toContainEqual(expect.objectContaining({ date: '2026-12-30', kind: 'holiday' }));
      const records = await t.ctx.database.db
        .selectFrom('audit_record')
        .select(['outcome', 'after'])
        .where('action', '=', 'work_calendar.rederive')
        .where('request_id', '=', res.headers['x-request-id'] as string)
        .orderBy('seq')
        .execute();
      expect(records).toEqual([
        { outcome: 'success', after: { centres: 2, cases: { examined: 2, updated: expect.any(Number) } } },
        { outcome: 'failure', after: { centres: 2, failing: { error: 'database went away' } } },
      ]);
    } finally {
      onCalendarEdit('failing', () => Promise.resolve({}));
    }
  });
});
