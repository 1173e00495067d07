import { sql, type ColumnType, type Insertable, type JSONColumnType, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ItemDefinition } from '../catalogue/definition.js';
import type { NoticeTemplate, NoticeType } from './model.js';

/** The tables of migration 0008, declared here: only this store touches them. */
export interface NoticeTemplateTable {
  id: ColumnType<string, string | undefined, never>;
  centre_id: string;
  notice_type: NoticeType;
  version: number;
  template: JSONColumnType<NoticeTemplate, string, never>;
  created_at: ColumnType<Date, undefined, never>;
  created_by: string;
}
export interface CentreSealTable {
  centre_id: string;
  public_key: string;
  private_key_enc: string;
  created_at: ColumnType<Date, undefined, never>;
}
export interface NoticeTable {
  id: ColumnType<string, string | undefined, never>;
  case_id: string;
  centre_id: string;
  notice_type: NoticeType;
  doc_no: string;
  template_version: number;
  content: JSONColumnType<Record<string, unknown>, string, never>;
  pdf_sha256: string;
  sm3: string;
  signature: string;
  public_key: string;
  issued_at: ColumnType<Date, undefined, never>;
  issued_by: string;
  source_event: string;
}
export interface CertificateTable {
  id: ColumnType<string, string | undefined, never>;
  case_id: string;
  notice_id: string;
  certificate_no: string;
  verification_code: string;
  certificate_type: string;
  holder_name: string;
  holder_is_enterprise: boolean;
  item_name: string;
  issuer: string;
  valid_from: string;
  valid_until: string | null;
  status: ColumnType<'valid' | 'revoked', undefined, 'valid' | 'revoked'>;
  revoked_at: Date | null;
  revoke_reason: string | null;
  data_signature: string;
}
type NoticeTables = {
  notice_template: NoticeTemplateTable;
  centre_seal: CentreSealTable;
  notice: NoticeTable;
  certificate: CertificateTable;
};
type Db = Kysely<Database>;
const t = (db: Db) => db.withTables<NoticeTables>();

export const currentTemplate = (db: Db, centreId: string, type: NoticeType) =>
  t(db)
    .selectFrom('notice_template')
    .selectAll()
    .where('centre_id', '=', centreId)
    .where('notice_type', '=', type)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

export const templateHistory = (db: Db, centreId: string, type: NoticeType) =>
  t(db)
    .selectFrom('notice_template as nt')
    .leftJoin('staff as s', 's.id', 'nt.created_by')
    .select(['nt.version', 'nt.created_at', 's.display_name'])
    .where('nt.centre_id', '=', centreId)
    .where('nt.notice_type', '=', type)
    .orderBy('nt.version', 'desc')
    .execute();

export const insertTemplate = (db: Db, row: Insertable<NoticeTemplateTable>) =>
  t(db).insertInto('notice_template').values(row).returningAll().executeTakeFirstOrThrow();

export const findSeal = (db: Db, centreId: string) =>
  t(db).selectFrom('centre_seal').selectAll().where('centre_id', '=', centreId).executeTakeFirst();

/** First issue at a centre creates its key; two at once keep the first. */
export const insertSeal = (db: Db, row: Insertable<CentreSealTable>) =>
  t(db)
    .insertInto('centre_seal')
    .values(row)
    .onConflict((oc) => oc.column('centre_id').doNothing())
    .execute();

export const insertNotice = (db: Db, row: Insertable<NoticeTable>) =>
  t(db).insertInto('notice').values(row).returningAll().executeTakeFirstOrThrow();

export const noticesOfCase = (db: Db, caseId: string) =>
  t(db)
    .selectFrom('notice')
    .select(['id', 'notice_type', 'doc_no', 'issued_at', 'issued_by', 'sm3'])
    .where('case_id', '=', caseId)
    .orderBy('issued_at')
    .execute();

export const findNotice = (db: Db, id: string) =>
  t(db).selectFrom('notice').selectAll().where('id', '=', id).executeTakeFirst();

export const findNoticeBySm3 = (db: Db, sm3: string) =>
  t(db).selectFrom('notice').selectAll().where('sm3', '=', sm3).executeTakeFirst();

export const insertCertificate = (db: Db, row: Insertable<CertificateTable>) =>
  t(db).insertInto('certificate').values(row).returningAll().executeTakeFirstOrThrow();

export const findCertificateByCode = (db: Db, code: string) =>
  t(db)
    .selectFrom('certificate as c')
    .innerJoin('notice as n', 'n.id', 'c.notice_id')
    .selectAll('c')
    .select(['n.doc_no', 'n.sm3', 'n.signature', 'n.public_key', 'n.pdf_sha256', 'n.issued_at'])
    .where('c.verification_code', '=', code)
    .executeTakeFirst();

export type AnnouncementFilter = {
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

/** Grant decisions as the law publishes them (Art. 40): newest first, searchable. */
export async function announcements(db: Db, f: AnnouncementFilter) {
  let q = t(db).selectFrom('certificate as c').where('c.status', '=', 'valid');
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('c.item_name', 'like', like),
        eb.and([eb('c.holder_is_enterprise', '=', true), eb('c.holder_name', 'like', like)]),
      ]),
    );
  }
  if (f.from) q = q.where('c.valid_from', '>=', f.from);
  if (f.to) q = q.where('c.valid_from', '<=', f.to);
  const [{ total } = { total: 0 }] = await q.select((eb) => eb.fn.countAll<string>().as('total')).execute();
  const rows = await q
    .select([
      'c.certificate_no',
      'c.certificate_type',
      'c.holder_name',
      'c.holder_is_enterprise',
      'c.item_name',
      'c.issuer',
      'c.valid_from',
      'c.valid_until',
    ])
    .orderBy('c.valid_from', 'desc')
    .orderBy('c.certificate_no', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total), rows };
}

/** What the notices need of the centre and department, read inside the move's transaction. */
export const issuerOf = (db: Db, centreId: string, departmentId: string) =>
  db
    .selectFrom('centre as c')
    .innerJoin('department as d', (j) => j.on('d.id', '=', departmentId))
    .select(['c.name as centre_name', 'c.address', 'c.doc_prefix', 'c.division_code', 'd.name as department_name'])
    .where('c.id', '=', centreId)
    .executeTakeFirstOrThrow();

export const itemDefinition = async (db: Db, versionId: string) =>
  (
    await db
      .selectFrom('item_version')
      .select(sql<ItemDefinition>`definition`.as('definition'))
      .where('id', '=', versionId)
      .executeTakeFirstOrThrow()
  ).definition;
