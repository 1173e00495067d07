import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';

/**
 * A modal holding one form: OK submits it (Enter works too), the server's error shows inside,
 * and the form is rebuilt each time it opens.
 */
export function FormDialog<T extends object>({
  open,
  title,
  testId,
  okText,
  form,
  initialValues,
  onSubmit,
  onClose,
  onReload,
  children,
}: {
  open: boolean;
  title: ReactNode;
  /** Prefix of the data-testids: `${testId}-form`, `${testId}-submit`, `${testId}-cancel`. */
  testId: string;
  okText?: string;
  form: FormInstance<T>;
  initialValues?: Partial<T>;
  onSubmit: (values: T) => Promise<void>;
  onClose: () => void;
  onReload?: () => void;
  children: ReactNode;
}) {
  const t = useStaffT();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function finish(values: T) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      width={640}
      okText={okText ?? t.common.submit}
      cancelText={t.common.cancel}
      okButtonProps={{ htmlType: 'submit', loading: busy, ...{ 'data-testid': `${testId}-submit` } }}
      cancelButtonProps={{ ...{ 'data-testid': `${testId}-cancel` } }}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) setError(null);
      }}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<T>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={initialValues}
          clearOnDestroy
          onFinish={(values) => void finish(values)}
          data-testid={`${testId}-form`}
        >
          {dom}
        </Form>
      )}
    >
      {children}
      <ErrorAlert
        error={error}
        onReload={
          onReload
            ? () => {
                setError(null);
                onReload();
                onClose();
              }
            : undefined
        }
      />
    </Modal>
  );
}
