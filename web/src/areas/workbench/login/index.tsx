import { Alert, Button, Form, Input, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { apiPost, ApiError } from '../../../api/client';
import { useLang } from '../../../i18n';
import { useSession } from '../../../session/session';
import type { Me } from '../../../session/types';
import { PageLoading } from '../../../shell/page-states';
import { ErrorAlert } from '../account/error-alert';
import { homePathFor, safeNext } from '../account/gate';
import { postTitle, useStaffT } from '../account/i18n';
import { DemoAccounts } from './demo-accounts';

type Fields = { username: string; password: string; totpCode?: string; recoveryCode?: string };
type SecondFactor = 'none' | 'totp' | 'recovery';

/** 工作人员登录: password, then (administrators) a one-time or recovery code. */
export default function LoginPage() {
  const t = useStaffT();
  const { lang } = useLang();
  const { me, staff, person, accept, logout } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const passwordRef = useRef<InputRef>(null);
  const [factor, setFactor] = useState<SecondFactor>('none');
  const [prompt, setPrompt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (me === undefined) return <PageLoading />;

  async function submit(values: Fields) {
    setBusy(true);
    setError(null);
    try {
      const body = {
        username: values.username.trim(),
        password: values.password,
        ...(factor === 'totp' && values.totpCode ? { totpCode: values.totpCode.trim() } : {}),
        ...(factor === 'recovery' && values.recoveryCode ? { recoveryCode: values.recoveryCode.trim() } : {}),
      };
      const answer = await apiPost<Me>('/api/auth/staff/login', body);
      accept(answer);
      const acting = answer.actor?.kind === 'staff' ? answer.actor.acting : null;
      void navigate(next ?? (acting ? homePathFor(acting.role) : '/workbench'), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'auth.mfa_required') {
        setFactor('totp');
        setPrompt(err.message);
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  function pick(account: string) {
    form.setFieldsValue({ username: account, totpCode: '', recoveryCode: '' });
    setFactor('none');
    setPrompt(null);
    setError(null);
    passwordRef.current?.focus();
  }

  if (staff) {
    const dest = next ?? (staff.acting ? homePathFor(staff.acting.role) : '/workbench');
    return (
      <section className="tb-login" aria-labelledby="tb-login-title">
        <h1 id="tb-login-title" className="tb-page-title">
          {t.login.title}
        </h1>
        <Alert
          type="info"
          showIcon
          data-testid="login-signed-in"
          title={t.login.signedInAs(staff.acting ? `${staff.name}（${postTitle(staff.acting, lang)}）` : staff.name)}
          action={
            <span className="tb-staff-actions">
              <Button type="primary" size="small" onClick={() => void navigate(dest)}>
                {t.login.continue}
              </Button>
              <Button size="small" onClick={() => void logout().catch(() => undefined)}>
                {t.login.logout}
              </Button>
            </span>
          }
        />
      </section>
    );
  }

  return (
    <section className="tb-login" aria-labelledby="tb-login-title">
      <div>
        <h1 id="tb-login-title" className="tb-page-title">
          {t.login.title}
        </h1>
        <p className="tb-staff-lead">{t.login.lead}</p>
      </div>
      {person && (
        <Alert
          type="warning"
          showIcon
          title={t.login.personSignedIn}
          action={
            <Button size="small" onClick={() => void logout().catch(() => undefined)}>
              {t.login.logout}
            </Button>
          }
        />
      )}
      <div className="tb-staff-panel">
        <Form<Fields>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => void submit(v)}
          data-testid="login-form"
        >
          <Form.Item
            name="username"
            label={t.login.username}
            rules={[{ required: true, whitespace: true, message: t.login.usernamePlaceholder }]}
          >
            <Input
              data-testid="login-username"
              autoComplete="username"
              placeholder={t.login.usernamePlaceholder}
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t.login.password}
            rules={[{ required: true, message: t.login.passwordPlaceholder }]}
          >
            <Input.Password
              ref={passwordRef}
              data-testid="login-password"
              autoComplete="current-password"
              placeholder={t.login.passwordPlaceholder}
            />
          </Form.Item>
          {factor !== 'none' && prompt && <Alert type="info" showIcon title={prompt} className="tb-staff-gap" />}
          {factor === 'totp' && (
            <Form.Item
              name="totpCode"
              label={t.login.totp}
              extra={t.login.totpHint}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t.login.totpInvalid }]}
            >
              <Input
                data-testid="login-totp"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                placeholder={t.login.totpPlaceholder}
                autoFocus
              />
            </Form.Item>
          )}
          {factor === 'recovery' && (
            <Form.Item
              name="recoveryCode"
              label={t.login.recovery}
              extra={t.login.recoveryHint}
              rules={[{ required: true, min: 4, max: 40, whitespace: true }]}
            >
              <Input data-testid="login-recovery" autoComplete="off" autoFocus />
            </Form.Item>
          )}
          {factor !== 'none' && (
            <p>
              <Button
                type="link"
                className="tb-inline-link"
                data-testid={factor === 'totp' ? 'login-use-recovery' : 'login-use-totp'}
                onClick={() => setFactor(factor === 'totp' ? 'recovery' : 'totp')}
              >
                {factor === 'totp' ? t.login.useRecovery : t.login.useTotp}
              </Button>
            </p>
          )}
          {error !== null && (
            <div className="tb-staff-gap">
              <ErrorAlert error={error} />
            </div>
          )}
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">
            {t.login.submit}
          </Button>
        </Form>
      </div>
      <DemoAccounts onPick={pick} />
    </section>
  );
}
