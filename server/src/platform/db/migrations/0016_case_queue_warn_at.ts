import { type Kysely, sql } from 'kysely';
import {
  type CalendarDay,
  type CalendarSettings,
  DEFAULT_SETTINGS,
  ancestorIds,
  calendarOf,
  coverageOf,
  nationalCalendarDays,
} from '../../../modules/calendar/model.js';
import { type ClockInput, type ClockRules, governingLimit, yellowFrom } from '../../../modules/cases/clock.js';

// The queue's yellow card (临近超时, R-NEW-3) is filtered in SQL like the red one: warn_at is the
// instant from which a case's governing deadline shows yellow, derived with due_at (a move writes
// both). The threshold is working time on the centre's calendar, so no SQL expression can derive
// it: existing open cases are backfilled here with the clock's own pure rules (the calendar and
// cases models, no I/O), so the backfill agrees with what a move would write. warn_at joins the
// covering indexes of 0013, so the yellow count stays an index-only range like the others.
const open = sql.raw(`status NOT IN ('rejected', 'concluded', 'withdrawn', 'revoked')`);
const BATCH = 5000;

type CaseRow = {
  id: string;
  centre_id: string;
  status: ClockInput['status'];
  channel: ClockInput['channel'];
  promised_limit: ClockInput['promisedLimit'];
  extension: ClockInput['extension'];
  due_at: Date;
};

type CalendarRow = {
  centre_id: string;
  working_hours: CalendarSettings['workingHours'];
  adjusted_day_hours: CalendarSettings['adjustedWorkingDayHours'];
  pre_review_limit: CalendarSettings['preReviewLimit'];
  yellow_ratio: number;
};

/** The centre's effective rules as modules/calendar resolves them: its own, an ancestor's, or the national. */
async function rulesOf<DB>(db: Kysely<DB>, centreId: string): Promise<ClockRules> {
  const centre = await sql<{ path: string }>`SELECT path FROM centre WHERE id = ${centreId}`.execute(db);
  const chain = [centreId, ...ancestorIds(centre.rows[0]?.path ?? '', centreId)];
  const stored = await sql<CalendarRow>`
    SELECT centre_id::text, working_hours, adjusted_day_hours, pre_review_limit, yellow_ratio::float8 AS yellow_ratio
      FROM work_calendar WHERE centre_id = ANY(${chain}::uuid[])`.execute(db);
  const nearest = chain.map((id) => stored.rows.find((r) => r.centre_id === id)).find((r) => r !== undefined);
  if (!nearest) {
    const national = nationalCalendarDays();
    return {
      calendar: calendarOf(DEFAULT_SETTINGS, national.days, national.coverage),
      preReviewLimit: DEFAULT_SETTINGS.preReviewLimit,
      yellowRatio: DEFAULT_SETTINGS.yellowRatio,
    };
  }
  const days = await sql<CalendarDay>`
    SELECT date::text AS date, kind, name, source FROM work_calendar_day
     WHERE centre_id = ${nearest.centre_id} ORDER BY date`.execute(db);
  const settings: CalendarSettings = {
    workingHours: nearest.working_hours,
    adjustedWorkingDayHours: nearest.adjusted_day_hours,
    preReviewLimit: nearest.pre_review_limit,
    yellowRatio: nearest.yellow_ratio,
  };
  return {
    calendar: calendarOf(settings, days.rows, coverageOf(days.rows)),
    preReviewLimit: settings.preReviewLimit,
    yellowRatio: settings.yellowRatio,
  };
}

/** Open cases with a carded deadline (not supplementing), in id order, a batch at a time. */
export async function backfillWarnAt<DB>(db: Kysely<DB>, now: Date): Promise<number> {
  const rules = new Map<string, ClockRules>();
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const batch = await sql<CaseRow>`
      SELECT id::text, centre_id::text, status, channel, promised_limit, extension, due_at
        FROM license_case
       WHERE id > ${after}::uuid AND due_at IS NOT NULL AND ${open} AND status <> 'supplement'
       ORDER BY id LIMIT ${BATCH}`.execute(db);
    if (!batch.rows.length) return done;
    const ids: string[] = [];
    const warnAts: string[] = [];
    for (const row of batch.rows) {
      let r = rules.get(row.centre_id);
      if (!r) rules.set(row.centre_id, (r = await rulesOf(db, row.centre_id)));
      const limit = governingLimit(r, {
        status: row.status,
        channel: row.channel,
        promisedLimit: row.promised_limit,
        extension: row.extension,
      });
      ids.push(row.id);
      warnAts.push(yellowFrom(r, now, new Date(row.due_at), limit).toISOString());
    }
    await sql`
      UPDATE license_case AS c SET warn_at = u.warn_at
        FROM unnest(${ids}::uuid[], ${warnAts}::timestamptz[]) AS u(id, warn_at)
       WHERE c.id = u.id`.execute(db);
    done += ids.length;
    after = ids.at(-1) ?? after;
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE license_case ADD COLUMN warn_at timestamptz`.execute(db);
  // Before the indexes name the column, so the backfill's updates touch no index entry.
  await backfillWarnAt(db, new Date());
  await sql`DROP INDEX license_case__window_open_idx`.execute(db);
  await sql`DROP INDEX license_case__department_open_idx`.execute(db);
  await sql`DROP INDEX license_case__intake_open_idx`.execute(db);
  await sql`DROP INDEX license_case__agent_open_idx`.execute(db);
  await sql`
    CREATE INDEX license_case__window_open_idx ON license_case (window_id, due_at, id)
    INCLUDE (waiting_roles, status, warn_at) WHERE ${open}`.execute(db);
  await sql`
    CREATE INDEX license_case__department_open_idx ON license_case (department_id, due_at, id)
    INCLUDE (waiting_roles, status, warn_at) WHERE ${open}`.execute(db);
  await sql`
    CREATE INDEX license_case__intake_open_idx ON license_case (intake_centre_id, due_at, id)
    INCLUDE (waiting_roles, status, window_id, agent_staff_id, warn_at)
    WHERE ${open} AND intake_centre_id IS NOT NULL`.execute(db);
  await sql`
    CREATE INDEX license_case__agent_open_idx ON license_case (agent_staff_id, due_at, id)
    INCLUDE (waiting_roles, status, warn_at) WHERE ${open} AND agent_staff_id IS NOT NULL`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0016_case_queue_warn_at is not reversible; restore a backup instead');
}
