import type { Kysely, Selectable } from 'kysely';
import type { Database, WorkCalendarTable } from '../../platform/db/schema.js';
import type { CalendarDay, CalendarSettings } from './model.js';

export type CalendarRow = Selectable<WorkCalendarTable>;

/** The calendars stored for any of `centreIds`, with the owning centre's name. */
export function findCalendars(
  db: Kysely<Database>,
  centreIds: readonly string[],
): Promise<(CalendarRow & { centre_name: string })[]> {
  if (centreIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('work_calendar as w')
    .innerJoin('centre as c', 'c.id', 'w.centre_id')
    .selectAll('w')
    .select('c.name as centre_name')
    .where('w.centre_id', 'in', centreIds)
    .execute();
}

/** The centre's own calendar row, locked until the transaction ends (edits serialise on it). */
export function lockCalendar(db: Kysely<Database>, centreId: string): Promise<CalendarRow | undefined> {
  return db.selectFrom('work_calendar').selectAll().where('centre_id', '=', centreId).forUpdate().executeTakeFirst();
}

export function listDays(db: Kysely<Database>, centreId: string): Promise<CalendarDay[]> {
  return db
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
  return db
    .insertInto('work_calendar')
    .values({ centre_id: centreId, ...settingsColumns(settings), updated_by: staffId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Bulk copy; chunked to stay far below PostgreSQL's 65 535 bind parameters per statement. */
export async function insertDays(db: Kysely<Database>, centreId: string, days: readonly CalendarDay[]): Promise<void> {
  for (let i = 0; i < days.length; i += 1000) {
    const chunk = days.slice(i, i + 1000).map((d) => ({ centre_id: centreId, ...d }));
    await db.insertInto('work_calendar_day').values(chunk).execute();
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
  return db
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
  const inserted = await db
    .insertInto('work_calendar_day')
    .values({ centre_id: centreId, ...day })
    .onConflict((oc) => oc.columns(['centre_id', 'date']).doNothing())
    .returning('date')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function deleteDay(db: Kysely<Database>, centreId: string, date: string): Promise<CalendarDay | undefined> {
  return db
    .deleteFrom('work_calendar_day')
    .where('centre_id', '=', centreId)
    .where('date', '=', date)
    .returning(['date', 'kind', 'name', 'source'])
    .executeTakeFirst();
}
