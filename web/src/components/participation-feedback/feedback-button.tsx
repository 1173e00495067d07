import { BugOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { submitMessage } from '../../api/participation';
import { useLoad } from '../../api/use-load';
import { useParticipationT } from '../../areas/portal/participation/texts';
import { useSession } from '../../session/session';

type Values = { centreId?: string; subject: string; body: string };
type CentreOption = { id: string; parentId: string | null; name: string };

/**
 * 问题反馈 (R-OPS-5, seed "鼓励他们在使用中发现问题.提出问题"): a logged-in user — staff in the
 * workbench and supervision header, an applicant in the portal — reports a problem or a request
 * about the system. Staff report to their own centre's administrators; an applicant picks a centre.
 * Loaded lazily, only once someone is logged in.
 */
export default function FeedbackButton({ className }: { className?: string }) {
  const t = useParticipationT();
  const { message } = App.useApp();
  const { staff, person } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<Values>();
  const centres = useLoad<CentreOption[]>(open && person ? '/api/org/centres' : null);
  const staffCentre = staff?.acting?.centreId;
  if (!person && !staffCentre) return null;
  const defaultCentre = centres.data?.find((c) => c.parentId === null)?.id;

  async function send(v: Values) {
    const centreId = staffCentre ?? v.centreId ?? defaultCentre;
    if (!centreId) return;
    setBusy(true);
    setError(null);
    try {
      const done = await submitMessage({
        kind: 'feedback',
        centreId,
        subject: v.subject.trim(),
        body: v.body.trim(),
        publishConsent: false,
      });
      void message.success(t.feedback.done(done.messageNo), 8);
      form.resetFields();
      setOpen(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        ghost={!!staff}
        type={staff ? 'default' : 'link'}
        className={className}
        icon={<BugOutlined />}
        onClick={() => setOpen(true)}
        data-testid="feedback-open"
      >
        {t.feedback.button}
      </Button>
      <Modal
        open={open}
        title={t.feedback.title}
        onCancel={() => setOpen(false)}
        okText={t.feedback.submit}
        cancelText={t.feedback.cancel}
        confirmLoading={busy}
        onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'feedback-submit' }}
        destroyOnHidden
      >
        <p>{t.feedback.lead}</p>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => void send(v)}
          data-testid="feedback-form"
        >
          {person && !staffCentre && (
            <Form.Item name="centreId" label={t.feedback.centre}>
              <Select
                placeholder={centres.data?.find((c) => c.id === defaultCentre)?.name}
                loading={centres.loading}
                options={(centres.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="subject"
            label={t.feedback.subject}
            rules={[{ required: true, whitespace: true, message: t.form.subjectRequired }]}
          >
            <Input maxLength={100} data-testid="feedback-subject" />
          </Form.Item>
          <Form.Item
            name="body"
            label={t.feedback.body}
            rules={[{ required: true, whitespace: true, message: t.form.bodyRequired }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 10 }}
              maxLength={2000}
              showCount
              data-testid="feedback-body"
            />
          </Form.Item>
        </Form>
        {error ? (
          <Alert type="error" showIcon role="alert" title={error instanceof ApiError ? error.message : t.loadFailed} />
        ) : null}
      </Modal>
    </>
  );
}
