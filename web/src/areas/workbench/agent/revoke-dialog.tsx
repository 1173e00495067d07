import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { testId, type Authorisation } from './types';

/** 撤销代办授权 with a reason; the version makes a concurrent change fail visibly. */
export function RevokeDialog({
  authorisation,
  onClose,
  onRevoked,
  onReload,
}: {
  authorisation: Authorisation | null;
  onClose: () => void;
  onRevoked: () => void;
  onReload: () => void;
}) {
  const t = useStaffT();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!authorisation) return;
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await apiPost(`/api/agent/authorisations/${authorisation.id}/revoke`, {
        version: authorisation.version,
        reason: reason.trim(),
      });
      form.resetFields();
      onRevoked();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={authorisation !== null}
      title={authorisation ? `${t.agent.revokeTitle} · ${authorisation.personName}` : t.agent.revokeTitle}
      okText={t.agent.revoke}
      cancelText={t.common.cancel}
      okButtonProps={{ danger: true, loading: busy, ...testId('revoke-confirm') }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t.agent.revokeReason}
          rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t.agent.revokeReasonHint }]}
        >
          <Input.TextArea rows={3} data-testid="revoke-reason" placeholder={t.agent.revokeReasonHint} />
        </Form.Item>
      </Form>
      <ErrorAlert
        error={error}
        onReload={() => {
          setError(null);
          onReload();
          onClose();
        }}
      />
    </Modal>
  );
}
