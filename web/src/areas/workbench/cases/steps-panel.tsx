import { Tag } from 'antd';
import type { CaseDetail } from '../../../api/cases';
import { useLang } from '../../../i18n';
import { roleLabels } from '../../../session/types';
import { useStaffT } from '../account/i18n';
import { WarningCard } from './case-tags';
import { dateTime, limitText } from './format';

/** 办理环节: the item version's process as this case runs through it, with each step's own limit. */
export function StepsPanel({ detail: d }: { detail: CaseDetail }) {
  const c = useStaffT().cases;
  const s = c.steps;
  const { lang } = useLang();
  return (
    <section className="tb-staff-panel" aria-labelledby="tbc-steps-title" data-testid="case-steps">
      <h2 id="tbc-steps-title">{c.sections.steps}</h2>
      <ol className="tbc-steps">
        {d.steps.map((step) => (
          <li
            key={step.seq}
            className={`tbc-step tbc-step--${step.status}`}
            data-testid="case-step"
            data-status={step.status}
            data-key={step.key}
          >
            <span className="tbc-step__dot" aria-hidden>
              {step.seq}
            </span>
            <div className="tbc-step__body">
              <div className="tbc-step__head">
                <strong>{step.name}</strong>
                <span className="tbc-muted">{roleLabels[step.role][lang]}</span>
                <Tag
                  className="tbc-inline-tag"
                  color={step.status === 'active' ? 'processing' : step.status === 'done' ? 'green' : 'default'}
                >
                  {s.status[step.status]}
                </Tag>
                <WarningCard warning={step.warning} />
              </div>
              <div className="tbc-step__meta">
                <span>{c.labelled(s.limit, limitText(step.limit, c))}</span>
                {step.startedAt && <span>{c.labelled(s.started, dateTime(step.startedAt))}</span>}
                {step.deadline && step.status !== 'done' && (
                  <span>{c.labelled(s.deadline, dateTime(step.deadline))}</span>
                )}
                {step.completedAt && <span>{c.labelled(s.completed, dateTime(step.completedAt))}</span>}
                {step.actorName && <span>{c.labelled(s.actor, step.actorName)}</span>}
              </div>
              {step.opinion && <p className="tbc-step__opinion">{c.labelled(s.opinion, step.opinion)}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
