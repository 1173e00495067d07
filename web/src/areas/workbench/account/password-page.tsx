import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../api/client';
import { useSession } from '../../../session/session';
import { ErrorAlert } from './error-alert';
import { homePathFor, safeNext } from './gate';
import { useStaffT } from './i18n';

type Fields = { currentPassword: string; newPassword: string; repeat: string };

const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** The staff rule (GB/T 22239 level 3), checked as the user types; the server checks it again. */
function ruleState(pw: string, current: string, username: string) {
  const name = username.trim().toLowerCase();
  return {
    length: [...pw].length >= 8,
    classes: classes.filter((r) => r.test(pw)).length >= 3,
    username: pw.length > 0 && (name.length < 3 || !pw.toLowerCase().includes(name)),
    different: pw.length > 0 && pw !== current,
  };
}

/** 修改密码: forced when the password expired or was reset, or chosen from the user menu. */
export default function PasswordPage() {
  const t = useStaffT();
  const { message } = App.useApp();
  const { staff, refresh } = useSession();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const [form] = Form.useForm<Fields>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const currentPassword = Form.useWatch('currentPassword', form) ?? '';
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!staff) return null;

  const rules = ruleState(newPassword, currentPassword, staff.username);
  const ruleList: [boolean, string][] = [
    [rules.length, t.password.ruleLength],
    [rules.classes, t.password.ruleClasses],
    [rules.username, t.password.ruleUsername],
    [rules.different, t.password.ruleDifferent],
  ];

  async function submit(values: Fields) {
    setBusy(true);
    setError(null);
    try {
      await apiPost('/api/auth/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      void message.success(t.password.done);
      const me = await refresh();
      const acting = me.actor?.kind === 'staff' ? me.actor.acting : null;
      void navigate(next ?? (acting ? homePathFor(acting.role) : '/workbench'), { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tb-staff-page tb-staff-narrow" aria-labelledby="tb-password-title">
      <h1 id="tb-password-title" className="tb-page-title">
        {t.password.title}
      </h1>
      {staff.passwordExpired && <Alert type="warning" showIcon title={t.password.expiredLead} />}
      <div className="tb-staff-panel">
        {!staff.passwordExpired && <p className="tb-staff-lead">{t.password.lead}</p>}
        <Form<Fields> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
          {/* Lets password managers tie the new password to the account. */}
          <input type="text" name="username" value={staff.username} autoComplete="username" readOnly hidden />
          <Form.Item name="currentPassword" label={t.password.current} rules={[{ required: true }]}>
            <Input.Password data-testid="password-current" autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t.password.new}
            rules={[
              { required: true },
              {
                validator: async (_, value: string | undefined) => {
                  const current = form.getFieldValue('currentPassword') as string | undefined;
                  if (value && !Object.values(ruleState(value, current ?? '', staff.username)).every(Boolean))
                    throw new Error(t.password.rulesNotMet);
                },
              },
            ]}
          >
            <Input.Password data-testid="password-new" autoComplete="new-password" />
          </Form.Item>
          <div className="tb-staff-gap" aria-live="polite">
            <strong>{t.password.rulesTitle}</strong>
            <ul className="tb-rules" data-testid="password-rules">
              {ruleList.map(([ok, text]) => (
                <li key={text} className={ok ? 'tb-rule--ok' : 'tb-rule--no'}>
                  {ok ? <CheckCircleFilled aria-hidden /> : <MinusCircleOutlined aria-hidden />}
                  <span>{text}</span>
                </li>
              ))}
            </ul>
          </div>
          <Form.Item
            name="repeat"
            label={t.password.repeat}
            dependencies={['newPassword']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: async (_, value: string) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t.password.mismatch);
                },
              }),
            ]}
          >
            <Input.Password data-testid="password-repeat" autoComplete="new-password" />
          </Form.Item>
          {error !== null && (
            <div className="tb-staff-gap">
              <ErrorAlert error={error} />
            </div>
          )}
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="password-submit">
            {t.password.submit}
          </Button>
        </Form>
      </div>
    </section>
  );
}
