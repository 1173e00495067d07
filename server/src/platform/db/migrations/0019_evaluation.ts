import { type Kysely, sql } from 'kysely';

// 好差评 (R-NEW-1): one rating per case, and for a poor one its follow-up. The case's centre,
// department and window are copied in because a rating stays with the window that served: the
// supervisor's per-window counts and every scoped list read this table alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE case_evaluation (
      case_id uuid NOT NULL,
      centre_id uuid NOT NULL,
      department_id uuid NOT NULL,
      window_id uuid NOT NULL,
      level smallint NOT NULL,
      reasons text[] NOT NULL DEFAULT '{}',
      comment text NOT NULL DEFAULT '',
      channel text NOT NULL,
      rater_person_id uuid,
      rated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      follow_up text,
      follow_up_due timestamptz,
      answer text,
      answered_at timestamptz,
      answered_by_staff_id uuid,
      answered_by_name text,
      answered_late boolean NOT NULL DEFAULT false,
      review_note text,
      returns integer NOT NULL DEFAULT 0,
      closed_at timestamptz,
      closed_by_staff_id uuid,
      closed_by_name text,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT case_evaluation__pk PRIMARY KEY (case_id),
      CONSTRAINT case_evaluation__case_fk FOREIGN KEY (case_id) REFERENCES license_case (id),
      CONSTRAINT case_evaluation__window_fk FOREIGN KEY (window_id) REFERENCES service_window (id),
      CONSTRAINT case_evaluation__level_ck CHECK (level BETWEEN 1 AND 5),
      CONSTRAINT case_evaluation__channel_ck CHECK (channel IN ('web', 'kiosk')),
      CONSTRAINT case_evaluation__comment_ck CHECK (char_length(comment) <= 500),
      CONSTRAINT case_evaluation__follow_up_ck CHECK (follow_up IN ('open', 'answered', 'closed')),
      -- Only a poor rating has a follow-up, and every follow-up has its due time.
      CONSTRAINT case_evaluation__poor_ck CHECK ((level <= 2) = (follow_up IS NOT NULL)),
      CONSTRAINT case_evaluation__due_ck CHECK ((follow_up IS NULL) = (follow_up_due IS NULL)),
      CONSTRAINT case_evaluation__answer_ck CHECK (answer IS NULL OR char_length(answer) <= 2000)
    )`.execute(db);
  await sql`CREATE INDEX case_evaluation__window_idx ON case_evaluation (window_id, rated_at DESC)`.execute(db);
  await sql`CREATE INDEX case_evaluation__department_idx ON case_evaluation (department_id, rated_at DESC)`.execute(db);
  await sql`CREATE INDEX case_evaluation__centre_idx ON case_evaluation (centre_id, rated_at DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE case_evaluation`.execute(db);
}
