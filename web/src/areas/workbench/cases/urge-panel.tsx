import { Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { caseUrgesPath, type CaseUrges, type Urge } from '../../../api/urges';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { ReplyForm, UrgeForm } from '../urges/urge-forms';
import { UrgeDue, UrgeStatusTag } from '../urges/urge-tags';
import { dateTime } from './format';

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="tbc-kv__row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

function UrgeFacts({ urge: u, n }: { urge: Urge; n: number }) {
  const x = useStaffT().urges.panel;
  return (
    <div className="tbu-urge" data-testid="urge" data-status={u.status} data-overdue={u.overdue}>
      <h3>
        {x.nth(n)} <UrgeStatusTag urge={u} />
      </h3>
      <dl className="tbc-kv">
        <Row label={x.note} testId="urge-note-text">
          <span className="tbc-pre">{u.note}</span>
        </Row>
        <Row label={x.urgedBy}>
          {u.urgedBy} · {u.urgedByCentre}
        </Row>
        <Row label={x.urgedAt}>{dateTime(u.urgedAt)}</Row>
        <Row label={x.replyDue}>
          <UrgeDue urge={u} />
        </Row>
        {u.reply && (
          <Row label={x.reply} testId="urge-reply-text">
            <span className="tbc-pre">{u.reply}</span>
          </Row>
        )}
        {u.repliedAt && (
          <Row label={x.repliedAt}>
            {dateTime(u.repliedAt)}
            {u.repliedBy && ` · ${u.repliedBy}`}
            {u.repliedLate && (
              <Tag color="red" className="tbc-inline-tag">
                {x.repliedLate}
              </Tag>
            )}
          </Row>
        )}
      </dl>
    </div>
  );
}

/**
 * 督办 (R-SUP-1): the case's urges, oldest first; a supervisor over the deciding centre urges it
 * here, the window replies here (the server says who may). Hidden on a case nobody has urged and
 * the viewer may not urge, so the window's page gains nothing until there is something to answer.
 */
export function UrgePanel({ caseId }: { caseId: string }) {
  const x = useStaffT().urges.panel;
  const { data, error, loading, reload } = useLoad<CaseUrges>(caseUrgesPath(caseId));
  if (data && data.items.length === 0 && !data.canUrge) return null;
  const open = data?.items.find((u) => u.status === 'open');
  return (
    <section
      className="tb-staff-panel"
      aria-labelledby="tbc-urge-title"
      data-testid="case-urges"
      data-open={open ? 'true' : 'false'}
    >
      <h2 id="tbc-urge-title">{x.title}</h2>
      <ErrorAlert error={error} onReload={reload} />
      {loading && !data && <Spin />}
      {data?.items.map((u, i) => (
        <UrgeFacts key={u.id} urge={u} n={i + 1} />
      ))}
      {/* Keyed on the version: a reload after a change starts an empty form. */}
      {data?.canReply && open && <ReplyForm key={`${open.id}-${open.version}`} urge={open} onChanged={reload} />}
      {data?.canUrge && (
        <UrgeForm key={data.items.length} caseId={caseId} defaultDays={data.defaultReplyDays} onChanged={reload} />
      )}
    </section>
  );
}
