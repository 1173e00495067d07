import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import type { CaseAction, CaseDetail, TransitionInput } from '../../../api/cases';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { actionSpecs } from './action-specs';

/**
 * The dialog of one action: its fields, OK builds the TransitionInput at the loaded version and
 * sends it. A conflict closes the dialog (the page has reloaded the case and said so); any other
 * refusal stays in the dialog with the server's words.
 */
export function ActionDialog({
  action,
  detail,
  act,
  onClose,
}: {
  action: CaseAction | null;
  detail: CaseDetail;
  act: (input: TransitionInput) => Promise<CaseDetail | null>;
  onClose: () => void;
}) {
  const t = useStaffT().cases;
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const spec = action ? actionSpecs[action] : null;

  // Computed when a dialog opens only: a refreshed case must not wipe what the officer typed.
  const [initial, setInitial] = useState<Record<string, unknown> | undefined>(undefined);
  const [opened, setOpened] = useState<CaseAction | null>(null);
  if (action !== opened) {
    setOpened(action);
    setError(null);
    setInitial(action ? actionSpecs[action].initial?.(detail, t) : undefined);
  }

  async function submit(values: Record<string, unknown>) {
    if (!action || !spec) return;
    setBusy(true);
    setError(null);
    try {
      const next = await act(spec.build(values, detail));
      if (next) void message.success(t.done(t.action[action]));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const Fields = spec?.Fields;
  return (
    <Modal
      open={action !== null}
      title={action ? t.action[action] : ''}
      width={spec?.wide ? 760 : 600}
      okText={action ? t.confirmAction(t.action[action]) : t.dialog.ok}
      cancelText={t.dialog.cancel}
      okButtonProps={{
        htmlType: 'submit',
        loading: busy,
        danger: spec?.danger ?? false,
        ...{ 'data-testid': 'action-submit' },
      }}
      cancelButtonProps={{ ...{ 'data-testid': 'action-cancel' } }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form
          form={form}
          layout="vertical"
          requiredMark
          initialValues={initial}
          clearOnDestroy
          onFinish={(values) => void submit(values)}
          data-testid={action ? `action-form-${action}` : undefined}
        >
          {dom}
        </Form>
      )}
    >
      <p className="tbc-dialog-case">
        {detail.caseNo} · {detail.itemName}
      </p>
      {Fields && <Fields detail={detail} />}
      <ErrorAlert error={error} />
    </Modal>
  );
}
