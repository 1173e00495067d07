import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import type { Resident } from './types';

type Fields = { name: string; idNumber: string; mobile?: string };

/** 登记居民: name, ID number and mobile of a resident the agent will act for. */
export function ResidentForm({ onRecorded }: { onRecorded: (resident: Resident) => void }) {
  const t = useStaffT();
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Fields) {
    setBusy(true);
    setError(null);
    try {
      const resident = await apiPost<Resident>('/api/agent/residents', {
        name: values.name.trim(),
        idNumber: values.idNumber.trim().toUpperCase(),
        mobile: values.mobile?.trim() ? values.mobile.trim() : null,
      });
      form.resetFields();
      onRecorded(resident);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tb-staff-panel" aria-labelledby="tb-resident-title" data-testid="resident-section">
      <h2 id="tb-resident-title">{t.agent.residentTitle}</h2>
      <p className="tb-staff-lead">{t.agent.residentLead}</p>
      <Form<Fields>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(v) => void submit(v)}
        data-testid="resident-form"
      >
        <div className="tb-form-row">
          <Form.Item name="name" label={t.agent.name} rules={[{ required: true, whitespace: true, max: 50 }]}>
            <Input data-testid="resident-name" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t.agent.idNumber}
            rules={[{ required: true, pattern: /^\d{17}[\dXx]$/, message: t.agent.idNumberInvalid }]}
          >
            <Input data-testid="resident-id-number" autoComplete="off" maxLength={18} />
          </Form.Item>
          <Form.Item
            name="mobile"
            label={t.agent.mobile}
            rules={[{ pattern: /^1\d{10}$/, message: t.agent.mobileInvalid }]}
          >
            <Input data-testid="resident-mobile" inputMode="tel" autoComplete="off" maxLength={11} />
          </Form.Item>
        </div>
        {error !== null && (
          <div className="tb-staff-gap">
            <ErrorAlert error={error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="resident-submit">
          {t.agent.recordResident}
        </Button>
      </Form>
    </section>
  );
}
