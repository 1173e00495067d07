import { Timeline } from 'antd';
import type { CaseDetail, CaseEvent, CaseStatus } from '../../../api/cases';
import type { StaffDictionary } from '../../../i18n/staff-zh';
import { useStaffT } from '../account/i18n';
import { dateTime } from './format';

type T = StaffDictionary['cases'];

const isStatus = (s: string | null, t: T): s is CaseStatus => s !== null && s in t.status;

/** The lines an event's data adds: the supplement list, the special procedure, the extension … */
function details(e: CaseEvent, t: T, materialName: (key: string) => string): string[] {
  const d = e.data;
  const lines: string[] = [];
  const h = t.history;
  if (Array.isArray(d.items)) {
    for (const item of d.items as Array<{ materialKey?: unknown; problem?: unknown }>) {
      const name = typeof item.materialKey === 'string' ? materialName(item.materialKey) : h.otherProblem;
      lines.push(`${name}：${typeof item.problem === 'string' ? item.problem : ''}`);
    }
  }
  if (typeof d.kind === 'string' && d.kind in t.special)
    lines.push(h.special(t.special[d.kind as keyof T['special']], Number(d.expectedDays)));
  if (e.action === 'request_extension' && typeof d.days === 'number')
    lines.push(h.extension(d.days, d.approved === true));
  if (e.action === 'approve_extension' && typeof d.days === 'number')
    lines.push(h.extensionAnswer(d.days, d.approve === true));
  if (typeof d.competentOrgan === 'string' && d.competentOrgan) lines.push(h.competentOrgan(d.competentOrgan));
  if (Array.isArray(d.tolerated) && d.tolerated.length && e.action === 'accept')
    lines.push(h.tolerated((d.tolerated as string[]).map(materialName).join('、')));
  if (d.deemed === true) lines.push(h.deemed);
  if (e.action === 'review' && (d.outcome === 'agree' || d.outcome === 'send_back'))
    lines.push(h.reviewOutcome[d.outcome]);
  if (e.action === 'decide' && (d.outcome === 'grant' || d.outcome === 'deny'))
    lines.push(t.decision.outcome[d.outcome]);
  if (typeof d.remedies === 'string') lines.push(d.remedies);
  if (typeof d.certificateNo === 'string') lines.push(h.certificateNo(d.certificateNo));
  if (Array.isArray(d.materials) && e.action === 'supplement')
    lines.push(h.supplemented((d.materials as string[]).map(materialName).join('、')));
  return lines;
}

/** 办理记录: every move on the case, oldest first, with who made it and what they wrote. */
export function HistoryPanel({ detail: d }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const materialName = (key: string) => d.requiredMaterials.find((m) => m.key === key)?.name ?? key;
  return (
    <section className="tb-staff-panel" aria-labelledby="tbc-history-title" data-testid="case-history">
      <h2 id="tbc-history-title">{t.sections.history}</h2>
      {d.events.length === 0 ? (
        <p className="tbc-muted">{t.history.empty}</p>
      ) : (
        <Timeline
          className="tbc-history"
          items={d.events.map((e) => ({
            key: e.id,
            content: (
              <div className="tbc-event" data-testid="case-event" data-action={e.action}>
                <div className="tbc-event__head">
                  <strong>{t.eventAction[e.action as keyof T['eventAction']] ?? e.action}</strong>
                  <span className="tbc-muted">
                    {dateTime(e.at)} · {e.actorName}
                  </span>
                  {isStatus(e.toStatus, t) && e.fromStatus !== e.toStatus && (
                    <span className="tbc-muted">
                      {isStatus(e.fromStatus, t) ? `${t.status[e.fromStatus]} → ` : ''}
                      {t.status[e.toStatus]}
                    </span>
                  )}
                </div>
                {e.note && <p className="tbc-event__note">{e.note}</p>}
                {details(e, t, materialName).map((line, i) => (
                  <p key={i} className="tbc-event__line">
                    {line}
                  </p>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}
