import { Alert, Button, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { uploadFile } from '../../api/cases';
import { useLoad } from '../../api/use-load';
import { postJoint, type Department, type JointCase } from './api';
import { useJointT } from './i18n';

type Props = { joint: JointCase; onDone: (j: JointCase) => void };

/** A form in a dialog; the server answers with the updated view, or a 4xx shown in place. */
function ActionDialog({
  title,
  open,
  onClose,
  submit,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  submit: (values: Record<string, unknown>) => Promise<void>;
  children: React.ReactNode;
}) {
  const t = useJointT();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      okText={t.form.submit}
      cancelText={t.form.cancel}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'joint-dialog-ok' }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values: Record<string, unknown>) => {
          setBusy(true);
          setError(null);
          submit(values).then(
            () => {
              setBusy(false);
              onClose();
            },
            (err: unknown) => {
              setBusy(false);
              setError(err instanceof Error ? err.message : String(err));
            },
          );
        }}
      >
        {children}
      </Form>
    </Modal>
  );
}

const lines = (s: unknown) =>
  String(typeof s === 'string' ? s : '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** The lead window's actions (R-APP-7 stages 2–4, R-APP-8), offered as the server allows. */
export function LeadActions({ joint, onDone }: Props) {
  const t = useJointT();
  const [open, setOpen] = useState<string | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const windows = useLoad<Array<{ id: string; number: string; name: string; departmentId: string }>>(
    open === 'add_window' ? `/api/org/centres/${joint.centreId}/windows` : null,
  );
  const can = (a: string) => joint.abilities.lead.includes(a);
  const run = (path: string, body: Record<string, unknown> = {}) => postJoint(joint, path, body).then(onDone);
  const active = joint.departments.filter((d) => d.status !== 'removed');
  const taken = new Set([joint.lead.departmentId, ...active.map((d) => d.departmentId)]);
  const close = () => setOpen(null);
  const confirm = (text: string, path: string) =>
    Modal.confirm({ title: text, onOk: () => run(path), okText: t.form.submit, cancelText: t.form.cancel });

  return (
    <Space wrap data-testid="joint-lead-actions">
      {can('record_inspection') && <Button onClick={() => setOpen('inspection')}>{t.actions.record_inspection}</Button>}
      {can('record_meeting') && (
        <Button onClick={() => setOpen('meeting')} data-testid="joint-record-meeting">
          {t.actions.record_meeting}
        </Button>
      )}
      {can('start') && (
        <Button type="primary" onClick={() => confirm(t.form.confirmStart, 'start')} data-testid="joint-start">
          {t.actions.start}
        </Button>
      )}
      {can('complete') && (
        <Button type="primary" onClick={() => confirm(t.form.confirmComplete, 'complete')} data-testid="joint-complete">
          {t.actions.complete}
        </Button>
      )}
      {can('extend') && !joint.extension && <Button onClick={() => setOpen('extend')}>{t.actions.extend}</Button>}
      {can('add_window') && (
        <Button onClick={() => setOpen('add_window')} data-testid="joint-add-window">
          {t.actions.add_window}
        </Button>
      )}
      {can('remove_window') && active.length > 0 && (
        <Button danger onClick={() => setOpen('remove_window')}>
          {t.actions.remove_window}
        </Button>
      )}

      <ActionDialog
        title={t.actions.record_inspection}
        open={open === 'inspection'}
        onClose={close}
        submit={async (v) => {
          const ids: string[] = [];
          for (const f of photos) ids.push((await uploadFile(f)).uploadId);
          await run('inspection', {
            date: v.date,
            place: v.place,
            findings: v.findings,
            participants: lines(v.participants).map((name) => ({ name })),
            photoUploadIds: ids,
          });
          setPhotos([]);
        }}
      >
        <Form.Item name="date" label={t.date} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="place" label={t.place} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t.participants}
          extra={t.form.participantsHint}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="findings" label={t.findings} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label={t.form.photoHint}>
          <input
            type="file"
            accept="image/jpeg,image/png"
            multiple
            onChange={(e) => setPhotos([...(e.target.files ?? [])])}
          />
        </Form.Item>
      </ActionDialog>

      <ActionDialog
        title={t.actions.record_meeting}
        open={open === 'meeting'}
        onClose={close}
        submit={(v) =>
          run('meeting', {
            heldAt: v.heldAt,
            place: v.place,
            conclusion: v.conclusion,
            lead: { position: v.leadPosition, text: v.leadText ?? '' },
            attendance: active.map((d) => ({
              subCaseId: d.subCaseId,
              attended: v[`att_${d.subCaseId}`] !== false,
              ...(v[`att_${d.subCaseId}`] !== false
                ? {
                    position: v[`pos_${d.subCaseId}`] ?? d.opinion?.position ?? 'agree',
                    text: v[`txt_${d.subCaseId}`] ?? '',
                  }
                : {}),
            })),
          })
        }
      >
        <Form.Item name="heldAt" label={t.date} rules={[{ required: true }]}>
          <Input type="date" data-testid="joint-meeting-date" />
        </Form.Item>
        <Form.Item name="place" label={t.place} rules={[{ required: true }]}>
          <Input data-testid="joint-meeting-place" />
        </Form.Item>
        <Form.Item name="leadPosition" label={t.form.leadOpinion} initialValue="agree">
          <Radio.Group options={['agree', 'disagree'].map((p) => ({ value: p, label: t.positions[p] }))} />
        </Form.Item>
        <Form.Item name="leadText">
          <Input placeholder={t.form.text} />
        </Form.Item>
        {active.map((d) => (
          <Space key={d.subCaseId} align="baseline" wrap>
            <strong>{d.departmentName}</strong>
            <Form.Item name={`att_${d.subCaseId}`} valuePropName="checked" initialValue>
              <Switch
                checkedChildren={t.attended}
                unCheckedChildren={t.absent}
                data-testid={`joint-attend-${d.departmentName}`}
              />
            </Form.Item>
            <Form.Item name={`pos_${d.subCaseId}`} initialValue={d.opinion?.position ?? 'agree'}>
              <Select
                style={{ width: 100 }}
                options={['agree', 'disagree'].map((p) => ({ value: p, label: t.positions[p] }))}
              />
            </Form.Item>
            <Form.Item name={`txt_${d.subCaseId}`} initialValue={d.opinion?.text ?? ''}>
              <Input placeholder={t.form.text} />
            </Form.Item>
          </Space>
        ))}
        <Form.Item name="conclusion" label={t.conclusion} rules={[{ required: true }]}>
          <Input.TextArea rows={2} data-testid="joint-meeting-conclusion" />
        </Form.Item>
      </ActionDialog>

      <ActionDialog
        title={t.actions.extend}
        open={open === 'extend'}
        onClose={close}
        submit={(v) =>
          run('extension', {
            days: v.days,
            reason: v.reason,
            approvedBy: v.approvedBy,
            approvalRef: v.approvalRef || undefined,
          })
        }
      >
        <Form.Item name="days" label={t.form.days} initialValue={15} rules={[{ required: true }]}>
          <InputNumber min={1} max={15} />
        </Form.Item>
        <Form.Item name="reason" label={t.reason} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="approvedBy" label={t.approvedBy} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="approvalRef" label={t.form.approvalRef}>
          <Input />
        </Form.Item>
      </ActionDialog>

      <ActionDialog
        title={t.actions.add_window}
        open={open === 'add_window'}
        onClose={close}
        submit={(v) => run('windows', { windowId: v.windowId, ...(v.limitDays ? { limitDays: v.limitDays } : {}) })}
      >
        <Form.Item name="windowId" label={t.form.windowPick} rules={[{ required: true }]}>
          <Select
            loading={windows.loading}
            options={(windows.data ?? [])
              .filter((w) => !taken.has(w.departmentId))
              .map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
          />
        </Form.Item>
        {joint.stage === 'started' && (
          <Form.Item name="limitDays" label={t.form.limitDays}>
            <InputNumber min={1} max={45} />
          </Form.Item>
        )}
      </ActionDialog>

      <ActionDialog
        title={t.actions.remove_window}
        open={open === 'remove_window'}
        onClose={close}
        submit={(v) => run('windows/remove', { windowId: v.windowId, reason: v.reason })}
      >
        <Form.Item name="windowId" label={t.form.windowPick} rules={[{ required: true }]}>
          <Select
            options={active
              .filter((d) => d.windowId)
              .map((d) => ({ value: d.windowId, label: `${d.departmentName} ${d.windowName}` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t.form.removeReason} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </ActionDialog>
    </Space>
  );
}

/** A co-window's moves on its own sub-case, and the lead's deemed agreement for a silent one. */
export function SubCaseActions({ joint, dept, onDone }: Props & { dept: Department }) {
  const t = useJointT();
  const [open, setOpen] = useState<string | null>(null);
  const mine = joint.abilities.bySubCase[dept.subCaseId] ?? [];
  const run = (path: string, body: Record<string, unknown> = {}) =>
    postJoint(joint, `sub-cases/${dept.subCaseId}/${path}`, body).then(onDone);
  const close = () => setOpen(null);
  const deem = joint.me.lead && dept.deemable;
  if (!mine.length && !deem) return null;
  return (
    <Space wrap size="small">
      {mine.includes('opinion') && (
        <Button size="small" onClick={() => setOpen('opinion')} data-testid="joint-sub-opinion">
          {t.actions.opinion}
        </Button>
      )}
      {mine.includes('review') && (
        <Button size="small" onClick={() => setOpen('review')}>
          {t.actions.review}
        </Button>
      )}
      {mine.includes('decide') && (
        <Button size="small" type="primary" onClick={() => setOpen('decide')} data-testid="joint-sub-decide">
          {t.actions.decide}
        </Button>
      )}
      {deem && (
        <Button
          size="small"
          onClick={() =>
            Modal.confirm({
              title: t.form.confirmDeem,
              onOk: () => run('deem'),
              okText: t.form.submit,
              cancelText: t.form.cancel,
            })
          }
        >
          {t.actions.deem}
        </Button>
      )}
      <ActionDialog
        title={t.actions.opinion}
        open={open === 'opinion'}
        onClose={close}
        submit={(v) => run('opinion', { position: v.position, text: v.text })}
      >
        <Form.Item name="position" label={t.form.position} initialValue="agree">
          <Radio.Group options={['agree', 'disagree'].map((p) => ({ value: p, label: t.positions[p] }))} />
        </Form.Item>
        <Form.Item name="text" label={t.form.text} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="joint-opinion-text" />
        </Form.Item>
      </ActionDialog>
      <ActionDialog
        title={t.actions.review}
        open={open === 'review'}
        onClose={close}
        submit={(v) => run('steps', { step: v.step, opinion: v.opinion })}
      >
        <Form.Item name="step" label={t.form.stepName} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="opinion" label={t.opinion} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </ActionDialog>
      <ActionDialog
        title={t.actions.decide}
        open={open === 'decide'}
        onClose={close}
        submit={(v) => run('decision', { outcome: v.outcome, reasons: v.reasons })}
      >
        <Form.Item name="outcome" label={t.form.outcome} initialValue="grant">
          <Radio.Group options={['grant', 'deny'].map((p) => ({ value: p, label: t.outcomes[p] }))} />
        </Form.Item>
        <Form.Item name="reasons" label={t.reason} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="joint-decision-reasons" />
        </Form.Item>
      </ActionDialog>
    </Space>
  );
}
