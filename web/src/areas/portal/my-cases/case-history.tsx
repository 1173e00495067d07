import { Timeline } from 'antd';
import type { CaseDetail, CaseEvent } from '../../../api/cases';
import type { PortalCasesDictionary } from '../../../i18n/portal-cases-zh';
import { dateTime } from './format';
import { useCasesT, useStatusText } from './i18n';
import { isCaseStatus } from './status-labels';

type X = PortalCasesDictionary['detail'];
type SupplementItem = { materialKey: string | null; problem: string };

/** The items of a 补正告知 (one-time notice): every material or other problem, at once. */
export function supplementItems(e: CaseEvent | undefined): SupplementItem[] {
  const raw = e?.data.items;
  if (!Array.isArray(raw)) return [];
  return (raw as Array<{ materialKey?: unknown; problem?: unknown }>).map((i) => ({
    materialKey: typeof i.materialKey === 'string' ? i.materialKey : null,
    problem: typeof i.problem === 'string' ? i.problem : '',
  }));
}

/** The lines an event's data adds to its note. */
function lines(e: CaseEvent, x: X, name: (key: string) => string): string[] {
  const d = e.data;
  const out: string[] = [];
  if (typeof d.competentOrgan === 'string' && d.competentOrgan) out.push(x.competentOrgan(d.competentOrgan));
  if (e.action === 'start_special' && typeof d.kind === 'string')
    out.push(`${x.specialKind[d.kind] ?? d.kind}：${x.special(Number(d.expectedDays))}`);
  if (e.action === 'approve_extension' && d.approve === true && typeof d.days === 'number')
    out.push(x.extensionLine(d.days));
  if (e.action === 'decide' && (d.outcome === 'grant' || d.outcome === 'deny')) out.push(x.outcome[d.outcome]);
  if (typeof d.remedies === 'string') out.push(d.remedies);
  if (typeof d.certificateNo === 'string') out.push(x.certificateLine(d.certificateNo));
  if (e.action === 'supplement' && Array.isArray(d.materials))
    out.push(x.supplemented((d.materials as unknown[]).map((k) => name(String(k))).join('、')));
  return out;
}

/** 办理记录: every move on the case, oldest first, with who made it and what they wrote. */
export function CaseHistory({ detail: c }: { detail: CaseDetail }) {
  const x = useCasesT().detail;
  const status = useStatusText();
  const name = (key: string) => c.requiredMaterials.find((m) => m.key === key)?.name ?? key;
  return (
    <section className="tbm-section" aria-labelledby="tbm-history-title" data-testid="case-history">
      <h2 id="tbm-history-title">{x.history}</h2>
      {c.events.length === 0 ? (
        <p>{x.noHistory}</p>
      ) : (
        <Timeline
          className="tbm-history"
          items={c.events.map((e) => {
            const items = e.action === 'request_supplement' ? supplementItems(e) : [];
            return {
              key: e.id,
              content: (
                <div className="tbm-event" data-testid="case-event" data-action={e.action}>
                  <div className="tbm-event__head">
                    <strong>{x.eventAction[e.action] ?? e.action}</strong>
                    {isCaseStatus(e.toStatus) && e.fromStatus !== e.toStatus && (
                      <span className="tbm-event__status">→ {status.label(e.toStatus)}</span>
                    )}
                  </div>
                  <div className="tbm-event__meta">
                    {dateTime(e.at)} · {e.actorName}
                  </div>
                  {e.note && <p className="tbm-event__note">{e.note}</p>}
                  {items.length > 0 && (
                    <div className="tbm-event__items">
                      <p>{x.supplementItems}</p>
                      <ol data-testid="supplement-items">
                        {items.map((i, n) => (
                          <li key={n}>
                            <strong>{i.materialKey ? name(i.materialKey) : x.other}</strong>
                            {i.problem && `：${i.problem}`}
                          </li>
                        ))}
                      </ol>
                    </div>
                  )}
                  {lines(e, x, name).map((l, n) => (
                    <p key={n} className="tbm-event__line">
                      {l}
                    </p>
                  ))}
                </div>
              ),
            };
          })}
        />
      )}
    </section>
  );
}
