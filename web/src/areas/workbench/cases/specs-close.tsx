// Dialogs at the end of a case (certificate, conclusion, 容缺 follow-up) and the two moves an agent
// makes for the resident (supplement, withdraw).
import { Alert, Form, Input } from 'antd';
import type { CaseDetail } from '../../../api/cases';
import { useStaffT } from '../account/i18n';
import { MaterialUploads, type ListedMaterial, type UploadedMaterial } from '../intake/material-uploads';
import { defineAction, optionalText, text } from './action-spec';
import { dateTime } from './format';

function IssueFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const x = t.dialog.issueCertificate;
  return (
    <>
      {detail.clock.certificateDue && (
        <Alert type="info" showIcon className="tbc-gap" title={x.law(dateTime(detail.clock.certificateDue))} />
      )}
      <Form.Item name="certificateNo" label={x.number} extra={x.numberHelp}>
        <Input maxLength={50} data-testid="certificate-no-input" />
      </Form.Item>
    </>
  );
}

export const issueCertificate = defineAction<{ certificateNo?: string }>({
  Fields: IssueFields,
  build: (v, d) => ({
    action: 'issue_certificate',
    version: d.version,
    ...(optionalText(v.certificateNo) ? { certificateNo: optionalText(v.certificateNo) } : {}),
  }),
});

function NoteFields() {
  const t = useStaffT().cases;
  return (
    <Form.Item name="note" label={t.dialog.conclude.note}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="action-note" />
    </Form.Item>
  );
}

export const conclude = defineAction<{ note?: string }>({
  Fields: NoteFields,
  build: (v, d) => ({
    action: 'conclude',
    version: d.version,
    ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
  }),
});

/** Scans for some of the case's materials, blocking OK while a file is still going up. */
function UploadsItem({
  materials,
  required,
  highlight,
}: {
  materials: ListedMaterial[];
  required: boolean;
  highlight?: string[];
}) {
  const t = useStaffT();
  const form = Form.useFormInstance();
  return (
    <>
      <Form.Item name="uploading" hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="uploads"
        label={t.cases.dialog.uploads}
        rules={[
          {
            validator: async (_, value: UploadedMaterial[] | undefined) => {
              if (form.getFieldValue('uploading') === true) throw new Error(t.intake.uploads.wait);
              if (required && !value?.length) throw new Error(t.cases.dialog.supplement.needFiles);
            },
          },
        ]}
      >
        <MaterialUploads
          materials={materials}
          highlight={highlight ?? []}
          onBusyChange={(busy) => form.setFieldValue('uploading', busy)}
        />
      </Form.Item>
    </>
  );
}

const refs = (uploads: UploadedMaterial[] | undefined) =>
  (uploads ?? []).map((u) => ({ materialKey: u.materialKey, uploadId: u.uploadId }));

function ConfirmToleratedFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  const materials = detail.requiredMaterials.filter((m) => detail.tolerated.includes(m.key));
  return (
    <>
      <Alert type="info" showIcon className="tbc-gap" title={t.dialog.confirmTolerated.lead} />
      <UploadsItem materials={materials} required={false} />
    </>
  );
}

export const confirmTolerated = defineAction<{ uploads?: UploadedMaterial[] }>({
  Fields: ConfirmToleratedFields,
  wide: true,
  build: (v, d) => {
    const materials = refs(v.uploads);
    return { action: 'confirm_tolerated', version: d.version, ...(materials.length ? { materials } : {}) };
  },
});

function ReasonFields({ lead }: { lead: string }) {
  const t = useStaffT().cases;
  return (
    <>
      <Alert type="warning" showIcon className="tbc-gap" title={lead} />
      <Form.Item
        name="reason"
        label={t.dialog.reason}
        rules={[{ required: true, whitespace: true, message: t.dialog.required }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount data-testid="action-reason" />
      </Form.Item>
    </>
  );
}

function RevokeFields() {
  return <ReasonFields lead={useStaffT().cases.dialog.revokeAcceptance.lead} />;
}

export const revokeAcceptance = defineAction<{ reason: string }>({
  Fields: RevokeFields,
  danger: true,
  build: (v, d) => ({ action: 'revoke_acceptance', version: d.version, reason: text(v.reason) }),
});

function WithdrawFields() {
  return <ReasonFields lead={useStaffT().cases.dialog.withdraw.lead} />;
}

export const withdraw = defineAction<{ reason: string }>({
  Fields: WithdrawFields,
  danger: true,
  build: (v, d) => ({ action: 'withdraw', version: d.version, reason: text(v.reason) }),
});

/** The keys the last supplement notice asked for. */
function askedKeys(d: CaseDetail): string[] {
  const notice = [...d.events].reverse().find((e) => e.action === 'request_supplement');
  const items = Array.isArray(notice?.data.items) ? (notice.data.items as Array<{ materialKey?: unknown }>) : [];
  return items.flatMap((i) => (typeof i.materialKey === 'string' ? [i.materialKey] : []));
}

function SupplementFields({ detail }: { detail: CaseDetail }) {
  const t = useStaffT().cases;
  return (
    <>
      <Alert type="info" showIcon className="tbc-gap" title={t.dialog.supplement.lead} />
      <UploadsItem materials={detail.requiredMaterials} required highlight={askedKeys(detail)} />
      <Form.Item name="note" label={t.dialog.supplement.note}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="action-note" />
      </Form.Item>
    </>
  );
}

export const supplement = defineAction<{ uploads?: UploadedMaterial[]; note?: string }>({
  Fields: SupplementFields,
  wide: true,
  build: (v, d) => ({
    action: 'supplement',
    version: d.version,
    materials: refs(v.uploads),
    ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
  }),
});
