import type { AppContext } from '../../platform/app-context.js';
import type { Actor } from '../../platform/auth/actor.js';
import { DomainError } from '../../platform/errors.js';
import type { guide } from '../catalogue/service.js';
import { partiesFor } from './access.js';
import { heldActions } from './action-holds.js';
import type { CaseParty } from './model.js';
import { allowedActions } from './model.js';
import type { rulesFor } from './rules-source.js';
import * as store from './store.js';
import type { Created } from './submission.js';
import { caseDetailView, factsOf, type DetailParts } from './views.js';

type Parts = Pick<DetailParts, 'row' | 'steps' | 'events' | 'materials' | 'pauses'> & {
  guide: Awaited<ReturnType<typeof guide>>;
  intake: { name: string } | null;
  parties: CaseParty[];
  rules: Awaited<ReturnType<typeof rulesFor>>;
};

/** The case view from its rows: the names it shows are read here, the rest comes from the caller. */
export async function assembleDetail(ctx: AppContext, p: Parts) {
  const db = ctx.database.db;
  const now = new Date();
  const names = await store.applicantNames(db, p.row.applicant_person_id, p.row.applicant_enterprise_id);
  const agent = p.row.agent_staff_id ? await store.staffName(db, p.row.agent_staff_id) : undefined;
  const offered = allowedActions(factsOf(p.row, p.steps, now), p.parties);
  const held = await heldActions(db, p.row.id, offered);
  return caseDetailView({
    row: p.row,
    steps: p.steps,
    events: p.events,
    materials: p.materials,
    pauses: p.pauses,
    definition: p.guide.definition,
    departmentName: p.guide.departmentName,
    centreName: p.guide.centreName,
    departmentNameEn: p.guide.departmentNameEn,
    centreNameEn: p.guide.centreNameEn,
    intakeCentreName: p.intake?.name ?? null,
    applicantName: names.enterprise_name ?? names.person_name,
    agentName: agent?.display_name ?? null,
    queryCode: ctx.cipher.decrypt(p.row.query_code_enc),
    allowedActions: offered.filter((a) => !held.some((h) => h.action === a)),
    heldActions: held,
    rules: p.rules,
    now,
  });
}

/**
 * The answer to a submission: the case as its transaction wrote it (row, steps, materials, the
 * submit entry), not read back — five statements fewer on the busiest write. A replay has no
 * fresh rows and is read like any other case. The rows are put in the order the reads use, so the
 * answer is the one GET /api/cases/:id gives (a test holds the two equal).
 */
export async function createdCaseDetail(ctx: AppContext, actor: Actor | null, created: Created) {
  const f = created.fresh;
  if (!f) return null;
  const intake = f.row.intake_centre_id ? await store.centrePath(ctx.database.db, f.row.intake_centre_id) : null;
  const access = partiesFor(actor, f.row, { deciding: f.decidingPath, intake: intake?.path ?? null });
  if (!access.canRead) throw new DomainError('resource.not_found');
  return assembleDetail(ctx, {
    row: f.row,
    steps: [...f.steps].sort((a, b) => a.seq - b.seq),
    events: f.events,
    materials: [...f.materials].sort(
      (a, b) => a.uploaded_at.getTime() - b.uploaded_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    pauses: [],
    guide: f.guide,
    intake,
    parties: access.parties,
    rules: f.rules,
  });
}
