import { type Kysely, sql } from 'kysely';

// 督办 (R-SUP-1): a supervisor urges an open case and its window replies within a few working
// days. The case's centre, department and window are copied in, as case_evaluation's are, so that
// the window's, the department's and the supervisor's lists and the per-window counts read this
// table alone. A case has at most one open urge: a second one while the window has not replied
// would only repeat it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_urge (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid NOT NULL,
      note text NOT NULL,
      reply_days smallint NOT NULL,
      urged_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      urged_by_staff_id uuid NOT NULL,
      urged_by_name text NOT NULL,
      urged_by_centre_name text NOT NULL,
      reply_due timestamptz NOT NULL,
      reply text,
      replied_at timestamptz,
      replied_by_staff_id uuid,
      replied_by_name text,
      replied_late boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT case_urge__pk PRIMARY KEY (id),
      CONSTRAINT case_urge__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT case_urge__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT case_urge__note_ck CHECK (char_length(note) BETWEEN 1 AND 500),
      CONSTRAINT case_urge__reply_days_ck CHECK (reply_days BETWEEN 1 AND 5),
      CONSTRAINT case_urge__reply_ck CHECK (reply IS NULL OR char_length(reply) BETWEEN 1 AND 1000),
      -- A reply comes with its time and author, or not at all.
      CONSTRAINT case_urge__replied_ck CHECK ((reply IS NULL) = (replied_at IS NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX case_urge__one_open_uq ON case_urge (case_id) WHERE replied_at IS NULL`.execute(db);
  await sql`CREATE INDEX case_urge__case_idx ON case_urge (case_id, urged_at)`.execute(db);
  // The lists of a window, a department and the centres below a supervisor, newest first; the
  // per-window counts of open urges read the window's index.
  await sql`CREATE INDEX case_urge__window_idx ON case_urge (window_id, urged_at DESC)`.execute(db);
  await sql`CREATE INDEX case_urge__department_idx ON case_urge (department_id, urged_at DESC)`.execute(db);
  await sql`CREATE INDEX case_urge__centre_idx ON case_urge (centre_id, urged_at DESC)`.execute(db);
  await sql`
    CREATE INDEX case_urge__window_open_idx ON case_urge (window_id, reply_due)
    WHERE replied_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE case_urge`.execute(db);
}
