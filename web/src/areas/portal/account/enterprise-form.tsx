import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { apiPost } from '../../../api/client';
import { usePortalT } from '../i18n';
import { creditCodeProblem, isMobile, normalizeCode, normalizeMobile } from './id-checks';
import { placeServerError } from './server-errors';

type Values = {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  contactName: string;
  contactMobile: string;
};
const FIELDS = ['name', 'creditCode', 'legalRepresentative', 'contactName', 'contactMobile'];

/** 登记企业: the credit code's check character is verified before sending (GB 32100). */
export function EnterpriseForm({ onAdded }: { onAdded: () => void }) {
  const t = usePortalT();
  const a = t.account;
  const r = a.rules;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const required = (label: string) => ({ required: true, whitespace: true, message: r.required(label) });

  const creditRule = {
    validator: (_: unknown, v: string | undefined) => {
      if (!v) return Promise.resolve();
      const p = creditCodeProblem(v);
      if (!p) return Promise.resolve();
      const text =
        p.reason === 'charset'
          ? r.creditCharset(p.position)
          : { length: r.creditLength, format: r.creditFormat, check_digit: r.creditCheck }[p.reason];
      return Promise.reject(new Error(text));
    },
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await apiPost('/api/enterprises', {
        name: v.name.trim(),
        creditCode: normalizeCode(v.creditCode),
        legalRepresentative: v.legalRepresentative.trim(),
        contactName: v.contactName.trim(),
        contactMobile: normalizeMobile(v.contactMobile),
      });
      form.resetFields();
      void message.success(a.enterpriseAdded);
      onAdded();
    } catch (err) {
      setProblem(placeServerError(form, FIELDS, err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} className="tbp-form" name="enterprise">
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} className="tbp-gap" data-testid="enterprise-error" />
      )}
      <Form.Item name="name" label={a.enterpriseName} rules={[required(a.enterpriseName)]}>
        <Input maxLength={100} data-testid="enterprise-name" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={a.creditCode}
        validateTrigger="onBlur"
        rules={[required(a.creditCode), creditRule]}
      >
        <Input maxLength={20} autoComplete="off" data-testid="enterprise-credit-code" />
      </Form.Item>
      <Form.Item name="legalRepresentative" label={a.legalRepresentative} rules={[required(a.legalRepresentative)]}>
        <Input maxLength={50} data-testid="enterprise-legal-rep" />
      </Form.Item>
      <Form.Item name="contactName" label={a.contactName} rules={[required(a.contactName)]}>
        <Input maxLength={50} data-testid="enterprise-contact-name" />
      </Form.Item>
      <Form.Item
        name="contactMobile"
        label={a.contactMobile}
        validateTrigger="onBlur"
        rules={[
          required(a.contactMobile),
          {
            validator: (_: unknown, v: string | undefined) =>
              !v || isMobile(v) ? Promise.resolve() : Promise.reject(new Error(r.mobile)),
          },
        ]}
      >
        <Input inputMode="tel" maxLength={15} data-testid="enterprise-contact-mobile" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="enterprise-submit">
        {a.registerEnterprise}
      </Button>
    </Form>
  );
}
