import { Alert, Button, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { submitMessage, type CentreContacts, type PublicKind, type Submitted } from '../../../api/participation';
import { errorText } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { SubmittedCard } from './submitted-card';
import { useParticipationT } from './texts';

type Values = {
  windowId?: string;
  caseNo?: string;
  subject: string;
  body: string;
  name?: string;
  phone?: string;
  publishConsent?: boolean;
};

const needsPhone = (kind: PublicKind) => kind === 'complaint' || kind === 'mailbox';

/**
 * One kind of message to the chosen centre (R-WEB-4). A consultation may name a window (or come
 * from an item's guide with its item); complaints and the director's mailbox ask for a telephone.
 * After sending, the number and query code replace the form until the writer asks for another.
 */
export function MessageForm({
  kind,
  centreId,
  contacts,
  itemId,
}: {
  kind: PublicKind;
  centreId: string;
  contacts: CentreContacts | undefined;
  itemId: string | null;
}) {
  const t = useParticipationT();
  const pt = usePortalT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Submitted | null>(null);
  const phoneNeeded = needsPhone(kind);

  async function send(v: Values) {
    setBusy(true);
    setError(null);
    try {
      const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
      const forItem = kind === 'consult' && itemId && !v.windowId;
      setDone(
        await submitMessage({
          kind,
          centreId,
          ...(kind === 'consult' && v.windowId ? { windowId: v.windowId } : {}),
          ...(forItem ? { itemId } : {}),
          ...(opt(v.caseNo) ? { caseNo: opt(v.caseNo) } : {}),
          subject: v.subject.trim(),
          body: v.body.trim(),
          ...(opt(v.name) ? { name: opt(v.name) } : {}),
          ...(opt(v.phone) ? { phone: opt(v.phone) } : {}),
          publishConsent: v.publishConsent === true,
        }),
      );
      form.resetFields();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (done) return <SubmittedCard done={done} onAnother={() => setDone(null)} />;

  const problem =
    error instanceof ApiError && error.status === 429 ? t.lookup.tooMany : error ? errorText(error, pt) : null;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void send(v)}
      data-testid={`participation-form-${kind}`}
    >
      <p className="tbq-intro">{t.intro[kind]}</p>
      {kind === 'consult' && (
        <Form.Item name="windowId" label={t.form.window}>
          <Select
            allowClear
            placeholder={t.form.windowNone}
            data-testid="participation-window"
            options={(contacts?.windows ?? []).map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
          />
        </Form.Item>
      )}
      {kind === 'consult' && itemId && (
        <p className="tbq-intro" data-testid="participation-item-note">
          {t.form.item}
        </p>
      )}
      <Form.Item
        name="subject"
        label={t.form.subject}
        rules={[{ required: true, whitespace: true, message: t.form.subjectRequired }]}
      >
        <Input maxLength={100} data-testid="participation-subject" />
      </Form.Item>
      <Form.Item
        name="body"
        label={t.form.body}
        rules={[{ required: true, whitespace: true, message: t.form.bodyRequired }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={2000}
          showCount
          data-testid="participation-body"
        />
      </Form.Item>
      {(kind === 'complaint' || kind === 'consult') && (
        <Form.Item name="caseNo" label={t.form.caseNo}>
          <Input maxLength={50} autoComplete="off" data-testid="participation-case-no" />
        </Form.Item>
      )}
      <Form.Item name="name" label={t.form.name}>
        <Input maxLength={50} autoComplete="name" data-testid="participation-name" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={phoneNeeded ? t.form.phone : t.form.phoneOptional}
        extra={t.form.phoneHint}
        rules={phoneNeeded ? [{ required: true, whitespace: true, message: t.form.phoneRequired }] : []}
      >
        <Input maxLength={30} inputMode="tel" autoComplete="tel" data-testid="participation-phone" />
      </Form.Item>
      <Form.Item name="publishConsent" valuePropName="checked">
        <Checkbox data-testid="participation-consent">{t.form.consent}</Checkbox>
      </Form.Item>
      {problem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problem}
          className="tbq-gap"
          data-testid="participation-error"
        />
      )}
      <Button type="primary" size="large" htmlType="submit" block loading={busy} data-testid="participation-submit">
        {busy ? t.form.submitting : t.form.submit}
      </Button>
    </Form>
  );
}
