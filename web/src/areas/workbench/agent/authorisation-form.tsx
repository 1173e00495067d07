import { Button, Form, Input, Radio, Select, Tag } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { ScanUpload } from './scan-upload';
import type { Authorisation, ChosenResident } from './types';

type Fields = { allItems: boolean; itemCodes?: string[]; validUntil: string; formFileSha256: string };

/** Today in China (UTC+8), as the server counts validity. */
function chinaDate(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** 登记代办授权 for the chosen resident: scope, validity and the signed form's scan. */
export function AuthorisationForm({
  resident,
  onRecorded,
}: {
  resident: ChosenResident | null;
  onRecorded: (authorisation: Authorisation) => void;
}) {
  const t = useStaffT();
  const [form] = Form.useForm<Fields>();
  const allItems = Form.useWatch('allItems', form) ?? true;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Fields) {
    if (!resident) return;
    setBusy(true);
    setError(null);
    try {
      const created = await apiPost<Authorisation>('/api/agent/authorisations', {
        personId: resident.id,
        allItems: values.allItems,
        itemCodes: values.allItems ? [] : (values.itemCodes ?? []).map((c) => c.trim()).filter(Boolean),
        validUntil: values.validUntil,
        formFileSha256: values.formFileSha256,
      });
      form.resetFields();
      onRecorded(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tb-staff-panel" aria-labelledby="tb-auth-title" data-testid="authorisation-section">
      <h2 id="tb-auth-title">{t.agent.authTitle}</h2>
      <p className="tb-staff-lead">{t.agent.authLead}</p>
      {resident ? (
        <p className="tb-resident-chosen" data-testid="auth-resident" data-person-id={resident.id}>
          <span className="tb-resident-chosen__label">{t.agent.resident}</span>
          <strong>{resident.name}</strong>
          <span>{resident.idNumberMasked}</span>
          {resident.mobileMasked && <span>{resident.mobileMasked}</span>}
          {resident.registered !== undefined && (
            <Tag color={resident.registered ? 'blue' : 'default'}>
              {resident.registered ? t.agent.registered : t.agent.notRegistered}
            </Tag>
          )}
        </p>
      ) : (
        <p className="tb-staff-lead" data-testid="auth-no-resident">
          {t.agent.chooseResidentFirst}
        </p>
      )}
      <Form<Fields>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={!resident}
        initialValues={{ allItems: true, validUntil: chinaDate(365) }}
        onFinish={(v) => void submit(v)}
        data-testid="authorisation-form"
      >
        <Form.Item name="allItems" label={t.agent.scope}>
          <Radio.Group
            data-testid="auth-scope"
            options={[
              { value: true, label: <span data-testid="auth-scope-all">{t.agent.allItems}</span> },
              { value: false, label: <span data-testid="auth-scope-some">{t.agent.someItems}</span> },
            ]}
          />
        </Form.Item>
        {!allItems && (
          <Form.Item
            name="itemCodes"
            label={t.agent.itemCodes}
            extra={t.agent.itemCodesHint}
            rules={[{ required: true, type: 'array', min: 1, message: t.agent.itemCodesHint }]}
          >
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              data-testid="auth-item-codes"
              tokenSeparators={[',', '，', ' ']}
            />
          </Form.Item>
        )}
        <Form.Item name="validUntil" label={t.agent.validUntil} rules={[{ required: true }]}>
          <Input type="date" min={chinaDate()} data-testid="auth-valid-until" className="tb-date-input" />
        </Form.Item>
        <Form.Item
          name="formFileSha256"
          label={t.agent.form}
          extra={t.agent.formHint}
          rules={[{ required: true, message: t.agent.fileRequired }]}
        >
          <ScanUpload />
        </Form.Item>
        {error !== null && (
          <div className="tb-staff-gap">
            <ErrorAlert error={error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="auth-submit">
          {t.agent.recordAuth}
        </Button>
      </Form>
    </section>
  );
}
