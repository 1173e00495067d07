import { type ColumnType, type JSONColumnType, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, Timestamp } from '../../platform/db/schema.js';
import type { WeeklyWorkingHours, WorkingPeriod } from '../../platform/working-time/index.js';
import type { CalendarDay, CalendarSettings, PreReviewLimit } from './model.js';

/**
 * The tables of migration 0006, declared here rather than in the shared schema.ts: only this
 * store touches them, and `withTables` adds them to the database type without any `any`.
 */
export interface WorkCalendarTable {
  centre_id: string;
  working_hours: JSONColumnType<WeeklyWorkingHours, string, string>;
  adjusted_day_hours: JSONColumnType<readonly WorkingPeriod[] | null, string | null, string | null>;
  pre_review_limit: JSONColumnType<PreReviewLimit, string | undefined, string>;
  /** numeric; connect.ts reads NUMERIC as a number. */
  yellow_ratio: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
  updated_by: string | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface WorkCalendarDayTable {
  centre_id: string;
  /** `YYYY-MM-DD`: connect.ts reads DATE columns as text. */
  date: string;
  kind: CalendarDay['kind'];
  name: string;
  source: CalendarDay['source'];
}

type CalendarTables = { work_calendar: WorkCalendarTable; work_calendar_day: WorkCalendarDayTable };
type CalendarDb = Kysely<Database & CalendarTables>;

/** The same connection or transaction, typed with the calendar tables. */
const tables = (db: Kysely<Database>): CalendarDb => db.withTables<CalendarTables>();

export type CalendarRow = Selectable<WorkCalendarTable>;

/** The calendars stored for any of `centreIds`, with the owning centre's name. */
export function findCalendars(
  db: Kysely<Database>,
  centreIds: readonly string[],
): Promise<(CalendarRow & { centre_name: string })[]> {
  if (centreIds.length === 0) return Promise.resolve([]);
  return tables(db)
    .selectFrom('work_calendar as w')
    .innerJoin('centre as c', 'c.id', 'w.centre_id')
    .selectAll('w')
    .select('c.name as centre_name')
    .where('w.centre_id', 'in', centreIds)
    .execute();
}

/** The centre's own calendar row, locked until the transaction ends (edits serialise on it). */
export function lockCalendar(db: Kysely<Database>, centreId: string): Promise<CalendarRow | undefined> {
  return tables(db)
    .selectFrom('work_calendar')
    .selectAll()
    .where('centre_id', '=', centreId)
    .forUpdate()
    .executeTakeFirst();
}

export function listDays(db: Kysely<Database>, centreId: string): Promise<CalendarDay[]> {
  return tables(db)
    .selectFrom('work_calendar_day')
    .select(['date', 'kind', 'name', 'source'])
    .where('centre_id', '=', centreId)
    .orderBy('date')
    .execute();
}

function settingsColumns(settings: CalendarSettings) {
  return {
    working_hours: JSON.stringify(settings.workingHours),
    adjusted_day_hours: settings.adjustedWorkingDayHours ? JSON.stringify(settings.adjustedWorkingDayHours) : null,
    pre_review_limit: JSON.stringify(settings.preReviewLimit),
    yellow_ratio: settings.yellowRatio,
  };
}

/**
 * Creates a centre's own calendar. A concurrent first edit of the same centre fails here on the
 * primary key, which the caller reports as a version conflict.
 */
export function insertCalendar(
  db: Kysely<Database>,
  centreId: string,
  settings: CalendarSettings,
  staffId: string,
): Promise<CalendarRow> {
  return tables(db)
    .insertInto('work_calendar')
    .values({ centre_id: centreId, ...settingsColumns(settings), updated_by: staffId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Bulk copy; chunked to stay far below PostgreSQL's 65 535 bind parameters per statement. */
export async function insertDays(db: Kysely<Database>, centreId: string, days: readonly CalendarDay[]): Promise<void> {
  for (let i = 0; i < days.length; i += 1000) {
    const chunk = days.slice(i, i + 1000).map((d) => ({ centre_id: centreId, ...d }));
    await tables(db).insertInto('work_calendar_day').values(chunk).execute();
  }
}

/** Updates when the version still matches; undefined means someone else changed it first. */
export function updateCalendar(
  db: Kysely<Database>,
  centreId: string,
  version: number,
  staffId: string,
  settings?: CalendarSettings,
): Promise<CalendarRow | undefined> {
  return tables(db)
    .updateTable('work_calendar')
    .set({
      ...(settings ? settingsColumns(settings) : {}),
      updated_at: new Date(),
      updated_by: staffId,
      version: version + 1,
    })
    .where('centre_id', '=', centreId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** False when the date is already in the calendar (nothing is replaced). */
export async function insertDay(db: Kysely<Database>, centreId: string, day: CalendarDay): Promise<boolean> {
  const inserted = await tables(db)
    .insertInto('work_calendar_day')
    .values({ centre_id: centreId, ...day })
    .onConflict((oc) => oc.columns(['centre_id', 'date']).doNothing())
    .returning('date')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function deleteDay(db: Kysely<Database>, centreId: string, date: string): Promise<CalendarDay | undefined> {
  return tables(db)
    .deleteFrom('work_calendar_day')
    .where('centre_id', '=', centreId)
    .where('date', '=', date)
    .returning(['date', 'kind', 'name', 'source'])
    .executeTakeFirst();
}

/**
 * The centre and every centre below it that takes its calendar from it: those with no calendar of
 * their own, none on the way up to it either (a centre uses its nearest ancestor's). Paths are
 * materialised (`/city/county/self/`), so "below" is a prefix.
 */
export async function centresUsingCalendarOf(
  db: Kysely<Database>,
  centre: { id: string; path: string },
): Promise<string[]> {
  const rows = await tables(db)
    .selectFrom('centre as ce')
    .select('ce.id')
    .where('ce.path', 'like', `${centre.path}%`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('work_calendar as w')
            .innerJoin('centre as own', 'own.id', 'w.centre_id')
            .select(sql`1`.as('one'))
            .where('own.id', '!=', centre.id)
            .where('own.path', 'like', `${centre.path}%`)
            .where(sql<boolean>`ce.path LIKE own.path || '%'`),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}
