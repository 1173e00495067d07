import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Descriptions, Steps, Table, Tag, Timeline } from 'antd';
import { useEffect, useRef } from 'react';
import { filePath, type Department, type JointCase } from './api';
import { type JointDictionary, useJointT } from './i18n';
import { LeadActions, SubCaseActions } from './joint-actions';
import { useJointCase } from './use-joint-case';
import './joint-case.css';

/** Calls `onChange` when `stage` changes from one known value to another (not on the first load). */
function useStageChange(stage: string | undefined, onChange: ((stage: string) => void) | undefined) {
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!stage) return;
    const before = seen.current;
    seen.current = stage;
    if (before !== undefined && before !== stage) onChange?.(stage);
  }, [stage, onChange]);
}

const textOf = (v: unknown) => (typeof v === 'string' ? v : '');

const statusColour: Record<string, string> = {
  waiting: 'default',
  notified: 'blue',
  in_review: 'processing',
  decided: 'green',
  removed: 'default',
};

function opinionText(t: JointDictionary, o: Department['opinion']) {
  if (!o) return '—';
  const deemed = o.deemed === 'absent' ? t.deemedAbsent : o.deemed === 'silent' ? t.deemedSilent : null;
  return `${t.positions[o.position] ?? o.position}${deemed ? `（${deemed}）` : o.text ? `：${o.text}` : ''}`;
}

function DepartmentTable({ joint, onDone }: { joint: JointCase; onDone: (j: JointCase) => void }) {
  const t = useJointT();
  return (
    <Table<Department>
      rowKey="subCaseId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={joint.departments}
      rowClassName={(d) => (d.status === 'removed' ? 'tb-joint__removed' : '')}
      onRow={(d) =>
        ({
          'data-testid': 'joint-department',
          'data-status': d.status,
          'data-name': d.departmentName,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t.department,
          render: (_, d) => (
            <div>
              <Tag>{t.co}</Tag>
              <strong>{d.departmentName}</strong>
              <div className="tb-joint__muted">{d.windowName}</div>
              {d.addedStage !== 'acceptance' && (
                <div className="tb-joint__muted">{t.added(t.stageNames[d.addedStage] ?? '')}</div>
              )}
              {d.removedStage && (
                <div className="tb-joint__muted">{t.removedAt(t.stageNames[d.removedStage] ?? '')}</div>
              )}
            </div>
          ),
        },
        {
          title: t.status,
          render: (_, d) => (
            <>
              <Tag color={statusColour[d.status]}>{t.statuses[d.status]}</Tag>
              {d.silentOverdue && <Tag color="red">{t.silentOverdue}</Tag>}
            </>
          ),
        },
        {
          title: t.due,
          render: (_, d) => (d.dueAt ? `${t.day(d.dueAt)}${d.startedAt ? `（${d.limitDays}）` : ''}` : '—'),
        },
        {
          title: t.opinion,
          render: (_, d) => (
            <span className="tb-joint__text" data-testid="joint-opinion">
              {opinionText(t, d.opinion)}
            </span>
          ),
        },
        {
          title: t.decision,
          render: (_, d) =>
            d.decision ? (
              <span className="tb-joint__text">
                <Tag color={d.decision.outcome === 'grant' ? 'green' : 'red'}>{t.outcomes[d.decision.outcome]}</Tag>
                {d.decision.deemed ? t.deemedSilent : d.decision.reasons}
              </span>
            ) : (
              '—'
            ),
        },
        {
          title: t.steps,
          render: (_, d) => {
            // A sub-case's own steps are its `step` entries in the history.
            const steps = joint.events.filter((e) => e.kind === 'step' && e.subCaseId === d.subCaseId);
            return steps.length ? (
              <ul className="tb-joint__list">
                {steps.map((e) => (
                  <li key={e.seq}>
                    {textOf(e.data.step)}：{textOf(e.data.opinion)}（{e.actorName}）
                  </li>
                ))}
              </ul>
            ) : (
              '—'
            );
          },
        },
        { key: 'actions', render: (_, d) => <SubCaseActions joint={joint} dept={d} onDone={onDone} /> },
      ]}
    />
  );
}

function Details({ joint }: { joint: JointCase }) {
  const t = useJointT();
  const items = [
    joint.inspection && {
      key: 'inspection',
      label: t.inspection,
      children: (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t.date}>{joint.inspection.date}</Descriptions.Item>
          <Descriptions.Item label={t.place}>{joint.inspection.place}</Descriptions.Item>
          <Descriptions.Item label={t.participants}>
            {joint.inspection.participants.map((p) => p.name).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t.findings}>{joint.inspection.findings}</Descriptions.Item>
          <Descriptions.Item label={t.photos}>
            {joint.inspection.photos.length
              ? joint.inspection.photos.map((p) => (
                  <a key={p.sha256} href={filePath(joint.id, p.sha256)} target="_blank" rel="noopener">
                    {p.fileName}{' '}
                  </a>
                ))
              : t.none}
          </Descriptions.Item>
        </Descriptions>
      ),
    },
    joint.meeting && {
      key: 'meeting',
      label: t.meeting,
      children: (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t.date}>{joint.meeting.heldAt}</Descriptions.Item>
          <Descriptions.Item label={t.place}>{joint.meeting.place}</Descriptions.Item>
          <Descriptions.Item label={`${joint.lead.departmentName}（${t.lead}）`}>
            {t.positions[joint.meeting.lead.position]} {joint.meeting.lead.text}
          </Descriptions.Item>
          {joint.meeting.attendance.map((a) => (
            <Descriptions.Item
              key={a.subCaseId}
              label={joint.departments.find((d) => d.subCaseId === a.subCaseId)?.departmentName}
            >
              {a.attended ? t.attended : t.absent} · {opinionText(t, a.opinion)}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t.conclusion}>{joint.meeting.conclusion}</Descriptions.Item>
        </Descriptions>
      ),
    },
    joint.extension && {
      key: 'extension',
      label: t.extension,
      children: `${joint.extension.days} · ${joint.extension.reason} · ${t.approvedBy}：${joint.extension.approvedBy} ${joint.extension.approvalRef ?? ''}`,
    },
    {
      key: 'materials',
      label: `${t.materials}（${joint.materials.filter((m) => m.state !== 'superseded').length}）`,
      children: (
        <ul className="tb-joint__list">
          {joint.materials.map((m) => (
            <li key={`${m.materialKey}-${m.fileName}`}>
              {m.name} ·{' '}
              <a href={filePath(joint.id, m.sha256)} target="_blank" rel="noopener">
                {m.fileName}
              </a>{' '}
              · <Tag>{t.materialStates[m.state] ?? m.state}</Tag>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'leadSteps',
      label: `${t.leadSteps}（${joint.lead.departmentName}）`,
      children: (
        <ul className="tb-joint__list">
          {joint.leadSteps.map((s) => (
            <li key={s.seq}>
              {s.name} · {s.status}
              {s.opinion ? ` · ${s.opinion}（${s.actorName ?? ''}）` : ''}
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'notices',
      label: `${t.notices}（${joint.notices.length}）`,
      children: (
        <ul className="tb-joint__list">
          {joint.notices.map((n) => (
            <li key={n.id}>
              <a href={filePath(joint.id, n.sha256)} target="_blank" rel="noopener">
                {n.docNo}
              </a>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'history',
      label: `${t.history}（${joint.events.length}）`,
      children: (
        <Timeline
          items={[...joint.events].reverse().map((e) => ({
            key: e.seq,
            content: `${t.dateTime(e.at)} ${e.actorName} · ${t.events[e.kind] ?? e.kind}${e.departmentName ? ` · ${e.departmentName}` : ''}`,
          }))}
        />
      ),
    },
  ].filter((x) => !!x);
  return <Collapse size="small" items={items} defaultActiveKey={['meeting']} />;
}

/**
 * 联办件: a joint case's four stages and each department's progress (R-APP-7), with every
 * opinion, step and material state (R-APP-8), updated live. Renders nothing for a case that is
 * not joint, so portal and workbench case pages can simply include it.
 */
export function JointCasePanel({
  caseId,
  caseVersion,
  className,
  onStageChange,
}: {
  caseId: string;
  /** The case's version as the page shows it: a new one (the page moved the case) reloads the panel. */
  caseVersion?: number;
  className?: string;
  /**
   * Called when the joint case moves to another stage after the page loaded (live or by this
   * user): a stage brings a notice (启动/办结通知书) and may free the lead case's decision, so the
   * page around reloads what it shows of them.
   */
  onStageChange?: (stage: string) => void;
}) {
  const t = useJointT();
  const { data, error, reload, notJoint, live } = useJointCase(caseId, caseVersion);
  useStageChange(data?.stage, onStageChange);
  // Nothing at all until it is known to be a joint case: most case pages are not.
  if (notJoint || (!data && !error)) return null;
  const onDone = () => reload();
  return (
    <section
      className={`tb-joint ${className ?? ''}`}
      data-testid="joint-case"
      data-stage={data?.stage}
      aria-labelledby={`tb-joint-${caseId}`}
    >
      <div className="tb-joint__head">
        <h2 id={`tb-joint-${caseId}`} className="tb-joint__title">
          {t.title}
        </h2>
        {data && (
          <Tag color={live ? 'green' : 'orange'} data-testid="joint-live" data-status={live ? 'live' : 'offline'}>
            {live ? t.live : t.offline}
          </Tag>
        )}
      </div>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error instanceof Error ? error.message : t.loadError}
          action={<Button size="small" icon={<ReloadOutlined />} onClick={reload} aria-label={t.retry} />}
        />
      ) : null}
      {data && (
        <>
          <Steps
            size="small"
            current={data.stageIndex}
            status={data.stage === 'closed' ? 'error' : data.stage === 'completed' ? 'finish' : 'process'}
            items={t.stages.map((title) => ({ title }))}
            data-testid="joint-stages"
          />
          <p className="tb-joint__clock" data-testid="joint-clock">
            {t.clock(data.clock.limitDays, data.clock.extensionDays)} ·{' '}
            {data.clock.dueAt ? `${t.dueAt} ${t.day(data.clock.dueAt)}` : t.notAccepted}
            {data.clock.overdue && <Tag color="red">{t.overdue}</Tag>}
          </p>
          <p className="tb-joint__muted">
            {t.lead}：{data.lead.departmentName} · {data.lead.windowName} · {t.stageNames[data.stage]}
          </p>
          {data.me.lead && <LeadActions joint={data} onDone={onDone} />}
          <p className="tb-joint__lead" data-testid="joint-lead">
            <Tag color="gold">{t.lead}</Tag>
            <strong>{data.lead.departmentName}</strong> · {t.caseStatuses[data.caseStatus] ?? data.caseStatus}
            {data.lead.decision && (
              <Tag color={data.lead.decision.outcome === 'grant' ? 'green' : 'red'}>
                {t.outcomes[data.lead.decision.outcome] ?? data.lead.decision.outcome}
              </Tag>
            )}
          </p>
          {data.stage !== 'completed' && data.stage !== 'closed' && !data.lead.decision && (
            <p className="tb-joint__muted" data-testid="joint-decision-waits">
              {t.decisionWaits}
            </p>
          )}
          <DepartmentTable joint={data} onDone={onDone} />
          <Details joint={data} />
        </>
      )}
    </section>
  );
}
