import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFor, ok, publishFoodLicence } from '../../../test/case-support.js';
import { buildPerson, buildStaff, buildTree, type Client, loginPerson, loginStaff } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/harness.js';
import { backfillWarnAt } from '../../platform/db/migrations/0016_case_queue_warn_at.js';
import { rederiveDeadlines } from './rederive.js';
import { rulesFor } from './rules-source.js';
import * as store from './store.js';
import { clockOf, pausesOf } from './views.js';

// The queue's cards (R-NEW-3) as the case page shows them: the step's and the case's clocks stop
// with the case's pauses (R-LAW-4), and the red and yellow filters are exact over every page.

let t: TestApp;
let clerk: Client;
let approver: Client;
let citizen: Client;
let itemId: string;

type Item = { id: string; warning: 'none' | 'yellow' | 'red'; flags: string[]; deadline: string | null };
type Queue = { items: Item[]; total: number };

const staff = async (roles: Parameters<typeof buildStaff>[1]) =>
  loginStaff(t.app, (await buildStaff(t.ctx, roles)).username);

async function queue(client: Client, query: string): Promise<Queue> {
  const res = await client.request({ method: 'GET', url: `/api/workbench/queue?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Every page of a filter, one case a page: each page must hold exactly one case. */
async function pageThrough(client: Client, query: string) {
  const first = await queue(client, `${query}&pageSize=1&page=1`);
  const items = [...first.items];
  for (let page = 2; page <= first.total; page += 1) {
    const next = await queue(client, `${query}&pageSize=1&page=${page}`);
    expect(next.total).toBe(first.total);
    expect(next.items).toHaveLength(1);
    items.push(...next.items);
  }
  return { total: first.total, items };
}

/**
 * After a test moved a clock's inputs back in time, derive due_at and warn_at again as a calendar
 * edit does (rederive.ts: the case's row and pauses on the centre's calendar).
 */
async function rederive(id: string) {
  const row = (await store.findCase(t.ctx.database.db, id))!;
  await rederiveDeadlines(t.ctx, [row.centre_id]);
}

beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.ctx);
  const w = tree.citySCJG;
  clerk = await staff([
    { role: 'window_clerk', centre_id: tree.city.id, window_id: w.window.id, department_id: w.department.id },
  ]);
  approver = await staff([{ role: 'approver', centre_id: tree.city.id, department_id: w.department.id }]);
  const supervisor = await staff([{ role: 'supervisor', centre_id: tree.city.id }]);
  itemId = await publishFoodLicence(clerk, supervisor);
  await buildPerson(t.ctx);
  citizen = await loginPerson(t.app, '13857001234');
});
afterAll(async () => {
  await t.close();
});

const run = (q: ReturnType<typeof sql>) => q.execute(t.ctx.database.db);

describe('the queue’s step and case cards stop with the clock', () => {
  it('[R-LAW-4] a step stopped by a special procedure shows no 环节超时 and no red card; once the clock runs again it does', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    c = await ok(approver, c, {
      action: 'start_special',
      kind: 'expert_review',
      expectedDays: 60,
      reason: '组织专家评审',
    });
    // Accepted and under review 40 days ago; the expert review has stopped the clock since the next day.
    await run(sql`UPDATE license_case SET accepted_at = now() - interval '40 days' WHERE id = ${c.id}`);
    await run(
      sql`UPDATE case_step SET started_at = now() - interval '40 days' WHERE case_id = ${c.id} AND status = 'active'`,
    );
    await run(sql`UPDATE case_pause SET started_at = now() - interval '39 days' WHERE case_id = ${c.id}`);
    await rederive(c.id);
    const stopped = (await queue(clerk, 'view=all')).items.find((i) => i.id === c.id)!;
    expect(stopped.flags).not.toContain('step_overdue');
    expect(stopped).toMatchObject({ warning: 'none', deadline: null });
    expect((await pageThrough(clerk, 'view=all&warning=red')).items.map((i) => i.id)).not.toContain(c.id);

    // The same case had its review ended 38 days ago: the step's clock has run out since.
    await run(sql`UPDATE case_pause SET ended_at = now() - interval '38 days' WHERE case_id = ${c.id}`);
    await rederive(c.id);
    const running = (await queue(clerk, 'view=all')).items.find((i) => i.id === c.id)!;
    expect(running.flags).toContain('step_overdue');
    expect(running.warning).toBe('red');
  });
});

describe('warn_at is derived with due_at', () => {
  const derived = async (id: string) => {
    const db = t.ctx.database.db;
    const row = (await store.findCase(db, id))!;
    const clock = clockOf(
      await rulesFor(t.ctx, row.centre_id),
      row,
      pausesOf(await store.listPauses(db, id)),
      new Date(),
    );
    return { stored: { dueAt: row.due_at, warnAt: row.warn_at }, clock: { dueAt: clock.dueAt, warnAt: clock.warnAt } };
  };

  /** What the move stored is what the clock says now (warn_at to the millisecond minutes round to). */
  const expectSame = (d: Awaited<ReturnType<typeof derived>>) => {
    expect(d.stored.dueAt).toEqual(d.clock.dueAt);
    expect(Math.abs(d.stored.warnAt!.getTime() - d.clock.warnAt!.getTime())).toBeLessThanOrEqual(1);
  };

  it('[R-NEW-3] every move writes warn_at with due_at: on acceptance, cleared while a special procedure stops the clock, again after', async () => {
    let c = await applyFor(citizen, itemId);
    c = await ok(clerk, c, { action: 'accept' });
    // Five working days ahead: yellow from one working day before the deadline, not yet now.
    const accepted = await derived(c.id);
    expect(accepted.stored.warnAt!.getTime()).toBeGreaterThan(Date.now());
    expectSame(accepted);
    c = await ok(approver, c, { action: 'start_special', kind: 'testing', expectedDays: 10, reason: '送检' });
    expect((await derived(c.id)).stored).toEqual({ dueAt: null, warnAt: null });
    c = await ok(approver, c, { action: 'end_special', result: '检测合格' });
    const resumed = await derived(c.id);
    expect(resumed.stored.warnAt).not.toBeNull();
    expectSame(resumed);
  });
});

describe('the card filters over every page', () => {
  const cards = ['yellow', 'red', 'none'] as const;

  /** Each filter lists, page by page, exactly the cases whose card the unfiltered list shows. */
  async function expectExactFilters() {
    const all = await pageThrough(clerk, 'view=all');
    for (const card of cards) {
      const want = all.items.filter((i) => i.warning === card).map((i) => i.id);
      const got = await pageThrough(clerk, `view=all&warning=${card}`);
      expect(got.total, card).toBe(want.length);
      expect(
        got.items.map((i) => i.id),
        card,
      ).toEqual(want);
      expect(got.items.every((i) => i.warning === card)).toBe(true);
    }
    return all.items;
  }

  it('[R-NEW-3] 临近超时 and 已超时 are filtered before paging: every page full, the total exact, none missed', async () => {
    // Promised 5 working days, accepted 0..13 days ago: deadlines from last week to next week,
    // so whatever the day (a holiday week too) some are yellow, some red and some neither.
    for (let days = 0; days < 14; days += 1) {
      let c = await applyFor(citizen, itemId);
      c = await ok(clerk, c, { action: 'accept' });
      await run(sql`UPDATE license_case SET accepted_at = now() - make_interval(days => ${days}) WHERE id = ${c.id}`);
      await rederive(c.id);
    }
    const items = await expectExactFilters();
    for (const card of cards)
      expect(
        items.some((i) => i.warning === card),
        card,
      ).toBe(true);
  });

  it('[R-NEW-3] migration 0016 backfills warn_at of the open cases, so the yellow filter is exact at once', async () => {
    await run(sql`UPDATE license_case SET warn_at = NULL`);
    expect((await queue(clerk, 'view=all&warning=yellow')).total).toBe(0);
    await backfillWarnAt(t.ctx.database.db, new Date());
    const items = await expectExactFilters();
    expect(items.some((i) => i.warning === 'yellow')).toBe(true);
  });
});
