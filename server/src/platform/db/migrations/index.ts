import type { Migration } from 'kysely';
import * as m0001 from './0001_platform.js';
import * as m0002 from './0002_org_identity.js';
import * as m0003 from './0003_catalogue.js';
import * as m0004 from './0004_cases.js';
import * as m0005 from './0005_case_lifecycle.js';
import * as m0006 from './0006_work_calendar.js';
import * as m0008 from './0008_notices.js';
import * as m0009 from './0009_case_queue_indexes.js';
import * as m0010 from './0010_messaging.js';
import * as m0011 from './0011_fees.js';
import * as m0012 from './0012_joint_cases.js';
import * as m0013 from './0013_case_queue_covering.js';
import * as m0014 from './0014_audit_chains.js';
import * as m0015 from './0015_fees_reorder_statement_centre.js';
import * as m0016 from './0016_case_queue_warn_at.js';
import * as m0017 from './0017_audit_chain_head.js';
import * as m0018 from './0018_case_centre_open.js';
import * as m0019 from './0019_evaluation.js';
import * as m0020 from './0020_case_urge.js';
import * as m0021 from './0021_content.js';
import * as m0022 from './0022_participation.js';
import * as m0023 from './0023_case_exchange.js';

/**
 * Every migration, in order. Names sort lexically; a landed migration is never edited —
 * a change is a new file appended here.
 */
export const migrations: Record<string, Migration> = {
  '0001_platform': m0001,
  '0002_org_identity': m0002,
  '0003_catalogue': m0003,
  '0004_cases': m0004,
  '0005_case_lifecycle': m0005,
  '0006_work_calendar': m0006,
  '0008_notices': m0008,
  '0009_case_queue_indexes': m0009,
  '0010_messaging': m0010,
  '0011_fees': m0011,
  '0012_joint_cases': m0012,
  '0013_case_queue_covering': m0013,
  '0014_audit_chains': m0014,
  '0015_fees_reorder_statement_centre': m0015,
  '0016_case_queue_warn_at': m0016,
  '0017_audit_chain_head': m0017,
  '0018_case_centre_open': m0018,
  '0019_evaluation': m0019,
  '0020_case_urge': m0020,
  '0021_content': m0021,
  '0022_participation': m0022,
  '0023_case_exchange': m0023,
};

export const latestMigration = Object.keys(migrations).sort().at(-1) ?? '';
