import { type Kysely, sql } from 'kysely';

// The working-time calendar of a centre (R-LAW-1, R-SUP-6): opening hours, pre-review limit and
// yellow-card ratio, and the holidays and adjusted working days. A centre without rows inherits
// its nearest ancestor's, and the national calendar (the chinese-days seed) where none has one;
// rows appear when a supervisor first edits (copy-on-first-edit, modules/calendar).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE work_calendar (
      centre_id uuid NOT NULL,
      working_hours jsonb NOT NULL,
      adjusted_day_hours jsonb,
      pre_review_limit jsonb NOT NULL
        DEFAULT '{"value":1,"unit":"working_days","explanation":"网上申请一个工作日内预审"}',
      yellow_ratio numeric NOT NULL DEFAULT 0.2,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT work_calendar__pk PRIMARY KEY (centre_id),
      CONSTRAINT work_calendar__centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id),
      CONSTRAINT work_calendar__updated_by_fk FOREIGN KEY (updated_by) REFERENCES staff (id),
      CONSTRAINT work_calendar__yellow_ratio_ck CHECK (yellow_ratio >= 0 AND yellow_ratio <= 1)
    )`.execute(db);

  // One row per date: a day is either a holiday or an adjusted working day, never both.
  await sql`
    CREATE TABLE work_calendar_day (
      centre_id uuid NOT NULL,
      date date NOT NULL,
      kind text NOT NULL,
      name text NOT NULL,
      source text NOT NULL,
      CONSTRAINT work_calendar_day__pk PRIMARY KEY (centre_id, date),
      CONSTRAINT work_calendar_day__calendar_fk FOREIGN KEY (centre_id) REFERENCES work_calendar (centre_id),
      CONSTRAINT work_calendar_day__kind_ck CHECK (kind IN ('holiday', 'adjusted_working_day')),
      CONSTRAINT work_calendar_day__source_ck CHECK (source IN ('chinese-days', 'centre')),
      CONSTRAINT work_calendar_day__name_ck CHECK (length(name) BETWEEN 1 AND 40)
    )`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0006_work_calendar is not reversible; restore a backup instead');
}
