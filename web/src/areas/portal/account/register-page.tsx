import { Alert, Button, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiPost } from '../../../api/client';
import { usePortalT } from '../i18n';
import { isMobile, normalizeCode, normalizeMobile, passwordProblems, residentIdProblem } from './id-checks';
import { placeServerError } from './server-errors';

type Values = { name: string; idNumber: string; mobile: string; password: string; confirm: string };
const FIELDS = ['name', 'idNumber', 'mobile', 'password', 'confirm'];

/** 个人注册. The server answers the same whether or not the person is already registered. */
export function RegisterPage() {
  const t = usePortalT();
  const a = t.account;
  const r = a.rules;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [doneMobile, setDoneMobile] = useState<string | null>(null);

  const idRule = {
    validator: (_: unknown, v: string | undefined) => {
      if (!v) return Promise.resolve();
      const p = residentIdProblem(v);
      const text = { length: r.idLength, format: r.idFormat, birth_date: r.idBirth, check_digit: r.idCheck };
      return p ? Promise.reject(new Error(text[p])) : Promise.resolve();
    },
  };
  const mobileRule = {
    validator: (_: unknown, v: string | undefined) =>
      !v || isMobile(v) ? Promise.resolve() : Promise.reject(new Error(r.mobile)),
  };
  const passwordRule = {
    validator: (_: unknown, v: string | undefined) => {
      if (!v) return Promise.resolve();
      const p = passwordProblems(v);
      return p.length ? Promise.reject(new Error(p[0] === 'min_length' ? r.pwLength : r.pwClasses)) : Promise.resolve();
    },
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    const mobile = normalizeMobile(v.mobile);
    try {
      await apiPost('/api/applicants/register', {
        name: v.name.trim(),
        idNumber: normalizeCode(v.idNumber),
        mobile,
        password: v.password,
      });
      setDoneMobile(mobile);
    } catch (err) {
      setProblem(placeServerError(form, FIELDS, err, t));
    } finally {
      setBusy(false);
    }
  };

  if (doneMobile !== null) {
    return (
      <div className="tbp-narrow">
        <Result
          status="success"
          title={<h1 className="tb-result-title">{a.registered}</h1>}
          subTitle={a.registeredHint}
          data-testid="register-done"
          extra={
            <Link
              to="/portal/login"
              state={{ account: doneMobile }}
              className="tb-button-link"
              data-testid="register-to-login"
            >
              {a.toLogin}
            </Link>
          }
        />
      </div>
    );
  }

  return (
    <div className="tbp-narrow tbp-card">
      <h1 className="tb-page-title">{a.registerTitle}</h1>
      <p>{a.registerLead}</p>
      {problem && <Alert type="error" showIcon role="alert" title={problem} data-testid="register-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark className="tbp-form">
        <Form.Item
          name="name"
          label={a.name}
          rules={[{ required: true, whitespace: true, message: r.required(a.name) }]}
        >
          <Input autoComplete="name" maxLength={50} data-testid="register-name" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={a.idNumber}
          validateTrigger="onBlur"
          rules={[{ required: true, message: r.required(a.idNumber) }, idRule]}
        >
          <Input autoComplete="off" maxLength={20} inputMode="text" data-testid="register-id-number" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={a.mobile}
          validateTrigger="onBlur"
          rules={[{ required: true, message: r.required(a.mobile) }, mobileRule]}
        >
          <Input autoComplete="tel" inputMode="tel" maxLength={15} data-testid="register-mobile" />
        </Form.Item>
        <Form.Item
          name="password"
          label={a.password}
          extra={a.passwordHint}
          rules={[{ required: true, message: r.required(a.password) }, passwordRule]}
        >
          <Input.Password autoComplete="new-password" data-testid="register-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={a.confirm}
          dependencies={['password']}
          rules={[
            { required: true, message: r.required(a.confirm) },
            ({ getFieldValue }) => ({
              validator: (_: unknown, v: string | undefined) =>
                !v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(r.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="register-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="register-submit">
          {a.registerButton}
        </Button>
      </Form>
      <p className="tbp-form-foot">
        {a.haveAccount} <Link to="/portal/login">{a.toLogin}</Link>
      </p>
    </div>
  );
}
