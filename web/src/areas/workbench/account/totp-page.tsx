import { Alert, Button, Form, Input, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../api/client';
import { useSession } from '../../../session/session';
import { ErrorAlert } from './error-alert';
import { safeNext } from './gate';
import { useStaffT } from './i18n';

type Setup = { secret: string; uri: string };

/** First login of an administrator: enrol TOTP, then see the ten recovery codes once. */
export default function TotpPage() {
  const t = useStaffT();
  const { staff, refresh, logout } = useSession();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next')) ?? '/workbench';
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);
  const needed = !!staff && staff.mfa.required && !staff.mfa.enrolled;

  useEffect(() => {
    // One secret per visit: a second setup call would silently replace the one on screen.
    if (!needed || started.current) return;
    started.current = true;
    apiPost<Setup>('/api/auth/totp/setup').then(setSetup, setError);
  }, [needed]);

  if (staff?.mfa.required && staff.mfa.enrolled && !staff.mfa.passed) {
    // Enrolled but this session never passed the second factor: only a fresh login can fix that.
    return (
      <section className="tb-staff-page tb-staff-narrow">
        <Alert
          type="warning"
          showIcon
          title={t.totp.reloginNeeded}
          action={
            <Button size="small" onClick={() => void logout().catch(() => undefined)}>
              {t.menu.logout}
            </Button>
          }
        />
      </section>
    );
  }
  if (!needed && !codes) return <Navigate to={next} replace />;

  async function confirm(values: { code: string }) {
    setBusy(true);
    setError(null);
    try {
      const answer = await apiPost<{ recoveryCodes: string[] }>('/api/auth/totp/confirm', { code: values.code.trim() });
      setCodes(answer.recoveryCodes);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function done() {
    try {
      await refresh();
    } finally {
      void navigate(next, { replace: true });
    }
  }

  if (codes) {
    return (
      <section className="tb-staff-page tb-staff-narrow" aria-labelledby="tb-recovery-title">
        <h1 id="tb-recovery-title" className="tb-page-title">
          {t.totp.recoveryTitle}
        </h1>
        <div className="tb-staff-panel">
          <Alert type="warning" showIcon title={t.totp.recoveryWarning} />
          <ol className="tb-recovery-codes" data-testid="recovery-codes">
            {codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ol>
          <Button type="primary" size="large" block data-testid="recovery-done" onClick={() => void done()}>
            {t.totp.recoveryDone}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section className="tb-staff-page tb-staff-narrow" aria-labelledby="tb-totp-title">
      <h1 id="tb-totp-title" className="tb-page-title">
        {t.totp.title}
      </h1>
      <div className="tb-staff-panel">
        <p className="tb-staff-lead">{t.totp.lead}</p>
        <p>{t.totp.step1}</p>
        <p>{t.totp.step2}</p>
        {setup ? (
          <dl className="tb-totp-secret">
            <dt>{t.totp.secret}</dt>
            <dd>
              <code className="tb-code" data-testid="totp-secret">
                {setup.secret}
              </code>
            </dd>
            <dt>{t.totp.uri}</dt>
            <dd>
              <code className="tb-code" data-testid="totp-uri">
                {setup.uri}
              </code>
            </dd>
          </dl>
        ) : (
          !error && (
            <p role="status">
              <Spin size="small" /> {t.totp.preparing}
            </p>
          )
        )}
        <p>{t.totp.step3}</p>
        <Form layout="vertical" requiredMark={false} onFinish={(v: { code: string }) => void confirm(v)}>
          <Form.Item
            name="code"
            label={t.totp.code}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t.login.totpInvalid }]}
          >
            <Input
              data-testid="totp-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t.login.totpPlaceholder}
              disabled={!setup}
            />
          </Form.Item>
          {error !== null && (
            <div className="tb-staff-gap">
              <ErrorAlert error={error} />
            </div>
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={busy}
            disabled={!setup}
            data-testid="totp-confirm"
          >
            {t.totp.confirm}
          </Button>
        </Form>
      </div>
    </section>
  );
}
