import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../api/client';
import type { Me } from '../../../session/types';
import { useSession } from '../../../session/session';
import { errorText } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { normalizeCode } from './id-checks';

type Values = { account: string; password: string };

/** Only a page of the portal itself is a place to return to after login (no open redirect). */
export function safeNext(next: string | null): string {
  return next && /^\/portal(\/|$|\?)/.test(next) && !next.startsWith('//') ? next : '/portal/me';
}

/** 个人登录 with the mobile number or the resident ID number. */
export function LoginPage() {
  const t = usePortalT();
  const a = t.account;
  const { staff, accept } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const prefill = (useLocation().state as { account?: string } | null)?.account ?? '';
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const me = await apiPost<Me>('/api/auth/applicant/login', {
        account: normalizeCode(v.account),
        password: v.password,
      });
      accept(me);
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setProblem(errorText(err, t));
      setBusy(false);
    }
  };

  return (
    <div className="tbp-narrow tbp-card">
      <h1 className="tb-page-title">{a.loginTitle}</h1>
      <p>{a.loginLead}</p>
      {staff && <Alert type="warning" showIcon title={a.staffSignedIn} className="tbp-gap" />}
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} data-testid="login-error" className="tbp-gap" />
      )}
      <Form
        layout="vertical"
        onFinish={(v: Values) => void submit(v)}
        initialValues={{ account: prefill }}
        className="tbp-form"
      >
        <Form.Item
          name="account"
          label={a.account}
          rules={[{ required: true, whitespace: true, message: a.rules.required(a.account) }]}
        >
          <Input autoComplete="username" maxLength={32} data-testid="login-account" />
        </Form.Item>
        <Form.Item
          name="password"
          label={a.password}
          rules={[{ required: true, message: a.rules.required(a.password) }]}
        >
          <Input.Password autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="login-submit">
          {a.loginButton}
        </Button>
      </Form>
      <p className="tbp-form-foot">
        {a.noAccount} <Link to="/portal/register">{a.toRegister}</Link>
      </p>
    </div>
  );
}
