// Dialogs of the review stage: step opinions, the one extension (Art. 42), special procedures that
// stop the clock (Art. 45) and the decision (Art. 38 for a denial).
import { Alert, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { CaseDetail } from '../../../api/cases';
import { useStaffT } from '../account/i18n';
import { defineAction, optionalText, text } from './action-spec';
import { limitText } from './format';

const specialKinds = [
  'hearing',
  'inspection',
  'testing',
  'quarantine',
  'appraisal',
  'expert_review',
  'site_survey',
] as const;
type SpecialKind = (typeof specialKinds)[number];

function ReviewFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const x = t.dialog.review;
  const step = detail.steps.find((s) => s.status === 'active');
  return (
    <>
      {step && <p className="tbc-muted">{t.labelled(x.step, step.name)}</p>}
      <Form.Item name="outcome" label={x.outcome} rules={[{ required: true, message: t.dialog.required }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'agree', label: x.agree },
            { value: 'send_back', label: x.sendBack },
          ]}
          data-testid="review-outcome"
        />
      </Form.Item>
      <Form.Item
        name="opinion"
        label={x.opinion}
        rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid="action-opinion" />
      </Form.Item>
    </>
  );
}

export const review = defineAction<{ outcome: 'agree' | 'send_back'; opinion: string }>({
  Fields: ReviewFields,
  initial: () => ({ outcome: 'agree' }),
  build: (v, d) => ({ action: 'review', version: d.version, outcome: v.outcome, opinion: text(v.opinion) }),
});

function ExtensionFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const x = t.dialog.requestExtension;
  return (
    <>
      <Alert
        type="info"
        showIcon
        className="tbc-gap"
        title={x.law}
        description={t.labelled(t.header.legalLimit, limitText(detail.clock.legalLimit, t))}
      />
      <Form.Item name="days" label={x.days} rules={[{ required: true, message: t.dialog.required }]}>
        <InputNumber min={1} max={10} precision={0} suffix={t.workingDays} data-testid="extension-days" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={x.reason}
        extra={x.reasonHelp}
        rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount data-testid="action-reason" />
      </Form.Item>
    </>
  );
}

export const requestExtension = defineAction<{ days: number; reason: string }>({
  Fields: ExtensionFields,
  build: (v, d) => ({ action: 'request_extension', version: d.version, days: v.days, reason: text(v.reason) }),
});

function ApproveExtensionFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const x = t.dialog.approveExtension;
  const ext = detail.clock.extension;
  const asked = [...detail.events].reverse().find((e) => e.action === 'request_extension');
  return (
    <>
      {ext && (
        <Alert
          type="info"
          showIcon
          className="tbc-gap"
          title={x.asked(ext.days, asked?.actorName ?? '')}
          description={ext.reason}
        />
      )}
      <Form.Item name="approve" label={x.answer} rules={[{ required: true, message: t.dialog.required }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: x.approve },
            { value: false, label: x.refuse },
          ]}
          data-testid="extension-answer"
        />
      </Form.Item>
      <Form.Item name="note" label={x.note}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="action-note" />
      </Form.Item>
    </>
  );
}

export const approveExtension = defineAction<{ approve: boolean; note?: string }>({
  Fields: ApproveExtensionFields,
  initial: () => ({ approve: true }),
  build: (v, d) => ({
    action: 'approve_extension',
    version: d.version,
    approve: v.approve,
    ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
  }),
});

function StartSpecialFields() {
  const t = useStaffT().cases;
  const x = t.dialog.startSpecial;
  return (
    <>
      <Alert type="info" showIcon className="tbc-gap" title={x.law} />
      <Form.Item name="kind" label={x.kind} rules={[{ required: true, message: t.dialog.required }]}>
        <Select<SpecialKind>
          options={specialKinds.map((k) => ({ value: k, label: t.special[k] }))}
          placeholder={x.kind}
          data-testid="special-kind"
        />
      </Form.Item>
      <Form.Item
        name="expectedDays"
        label={x.expectedDays}
        extra={x.expectedDaysHelp}
        rules={[{ required: true, message: t.dialog.required }]}
      >
        <InputNumber min={1} max={365} precision={0} suffix={t.days} data-testid="special-days" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={x.reason}
        rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount data-testid="action-reason" />
      </Form.Item>
    </>
  );
}

export const startSpecial = defineAction<{ kind: SpecialKind; expectedDays: number; reason: string }>({
  Fields: StartSpecialFields,
  build: (v, d) => ({
    action: 'start_special',
    version: d.version,
    kind: v.kind,
    expectedDays: v.expectedDays,
    reason: text(v.reason),
  }),
});

function EndSpecialFields() {
  const t = useStaffT().cases;
  return (
    <Form.Item
      name="result"
      label={t.dialog.endSpecial.result}
      rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
    >
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid="action-result" />
    </Form.Item>
  );
}

export const endSpecial = defineAction<{ result: string }>({
  Fields: EndSpecialFields,
  build: (v, d) => ({ action: 'end_special', version: d.version, result: text(v.result) }),
});

function DecideFields() {
  const t = useStaffT().cases;
  const x = t.dialog.decide;
  const outcome = Form.useWatch<'grant' | 'deny' | undefined>('outcome');
  return (
    <>
      <Form.Item name="outcome" label={x.outcome} rules={[{ required: true, message: t.dialog.required }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'grant', label: t.decision.outcome.grant },
            { value: 'deny', label: t.decision.outcome.deny },
          ]}
          data-testid="decide-outcome"
        />
      </Form.Item>
      {outcome === 'deny' && (
        <Alert
          type="warning"
          showIcon
          className="tbc-gap"
          title={x.denyLaw}
          description={t.decision.remedies}
          data-testid="decide-remedies"
        />
      )}
      <Form.Item
        name="reasons"
        label={outcome === 'deny' ? x.denyReasons : x.reasons}
        rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={4000}
          showCount
          data-testid="action-reasons"
        />
      </Form.Item>
      {outcome === 'grant' && (
        <Form.Item name="validUntil" label={x.validUntil} extra={x.validUntilHelp}>
          <Input type="date" data-testid="decide-valid-until" />
        </Form.Item>
      )}
    </>
  );
}

export const decide = defineAction<{ outcome: 'grant' | 'deny'; reasons: string; validUntil?: string }>({
  Fields: DecideFields,
  build: (v, d) => ({
    action: 'decide',
    version: d.version,
    outcome: v.outcome,
    reasons: text(v.reasons),
    ...(v.outcome === 'grant' && optionalText(v.validUntil) ? { validUntil: optionalText(v.validUntil) } : {}),
  }),
});
