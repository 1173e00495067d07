import { Alert, Button, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { transition, type CaseDetail } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { errorText } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { useCasesT } from './i18n';

/** 撤回申请: with a reason, after a confirmation that it cannot be undone. */
export function WithdrawButton({
  detail: c,
  onDone,
  onConflict,
}: {
  detail: CaseDetail;
  onDone: (next: CaseDetail) => void;
  onConflict: () => void;
}) {
  const w = useCasesT().withdraw;
  const pt = usePortalT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);
  const missing = reason.trim() === '';

  async function send() {
    setTouched(true);
    if (missing || busy.current) return;
    busy.current = true;
    setSending(true);
    setProblem(null);
    try {
      const next = await transition(c.id, { action: 'withdraw', version: c.version, reason: reason.trim() });
      setOpen(false);
      onDone(next);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setOpen(false);
        onConflict();
      } else setProblem(errorText(err, pt));
    } finally {
      busy.current = false;
      setSending(false);
    }
  }

  return (
    <>
      <Button danger size="large" onClick={() => setOpen(true)} data-testid="withdraw-open">
        {w.button}
      </Button>
      <Modal
        open={open}
        title={w.title}
        onCancel={() => {
          if (!sending) setOpen(false);
        }}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)} disabled={sending}>
            {w.cancel}
          </Button>,
          <Button
            key="ok"
            type="primary"
            danger
            loading={sending}
            onClick={() => void send()}
            data-testid="withdraw-confirm"
          >
            {w.confirm}
          </Button>,
        ]}
      >
        <Alert type="warning" showIcon title={w.lead} className="tbm-gap" />
        <label className="tbm-field">
          <span>{w.reason}</span>
          <Input.TextArea
            value={reason}
            maxLength={1000}
            autoSize={{ minRows: 3, maxRows: 6 }}
            status={touched && missing ? 'error' : undefined}
            aria-invalid={touched && missing}
            onChange={(e) => setReason(e.target.value)}
            data-testid="withdraw-reason"
          />
        </label>
        {touched && missing && (
          <p className="tbm-error" role="alert">
            {w.reasonRequired}
          </p>
        )}
        {problem && <Alert type="error" showIcon role="alert" title={problem} />}
      </Modal>
    </>
  );
}
