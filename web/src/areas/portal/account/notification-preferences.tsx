import { Alert, App, Button, Checkbox, Input, Radio, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, apiPut } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { useLang } from '../../../i18n';
import './notification-preferences.css';

/** GET/PUT /api/my/notification-preferences (server: modules/messaging/notification-service.ts). */
type Preferences = {
  sms: boolean;
  email: boolean;
  emailAddressMasked: string | null;
  mobileMasked: string | null;
  lang: 'zh' | 'en';
  messages: boolean;
  version: number | null;
};

const text = {
  zh: {
    title: '通知设置',
    intro: '办件受理、补正、决定、发证等进展，除在“消息”中提示外，还可以短信和电子邮件通知您。',
    sms: (m: string | null) => (m ? `短信（发送到 ${m}）` : '短信（未登记手机号）'),
    email: '电子邮件',
    address: '邮箱地址',
    addressKept: (m: string) => `当前：${m}（留空则不变）`,
    messages: '窗口在“在线沟通”中给我发消息时也通知我',
    lang: '通知语言',
    save: '保存设置',
    saved: '通知设置已保存',
    conflict: '设置已在别处修改，已重新载入',
  },
  en: {
    title: 'Notifications',
    intro:
      'Besides the in-app messages, we can tell you by SMS and e-mail when your case is accepted, needs more materials, is decided or its certificate is ready.',
    sms: (m: string | null) => (m ? `SMS (to ${m})` : 'SMS (no mobile number on record)'),
    email: 'E-mail',
    address: 'E-mail address',
    addressKept: (m: string) => `Now: ${m} (leave empty to keep)`,
    messages: 'Also when the window sends me a message in the conversation',
    lang: 'Language of notifications',
    save: 'Save',
    saved: 'Notification settings saved',
    conflict: 'The settings were changed elsewhere and have been reloaded',
  },
};

/** 个人中心 › 通知设置: SMS and e-mail per the person's choice, and the language of the texts. */
export function NotificationPreferences() {
  const { lang } = useLang();
  const t = text[lang];
  const { message } = App.useApp();
  const loaded = useLoad<Preferences>('/api/my/notification-preferences');
  const [form, setForm] = useState<Preferences | null>(null);
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (loaded.data) setForm(loaded.data);
  }, [loaded.data]);

  const save = async () => {
    if (!form) return;
    setSaving(true);
    setProblem(null);
    try {
      const next = await apiPut<Preferences>('/api/my/notification-preferences', {
        sms: form.sms,
        email: form.email,
        ...(address.trim() ? { emailAddress: address.trim() } : {}),
        lang: form.lang,
        messages: form.messages,
        version: form.version,
      });
      setForm(next);
      setAddress('');
      void message.success(t.saved);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        void message.warning(t.conflict);
        loaded.reload();
      } else setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="tbp-card" aria-labelledby="tbp-me-notifications" data-testid="notification-preferences">
      <h2 id="tbp-me-notifications">{t.title}</h2>
      <p>{t.intro}</p>
      {loaded.error ? <Alert type="error" showIcon title={String((loaded.error as Error).message)} /> : null}
      {!form && !loaded.error && <Spin />}
      {form && (
        <div className="tbp-prefs">
          <Checkbox
            checked={form.sms}
            disabled={!form.mobileMasked}
            onChange={(e) => setForm({ ...form, sms: e.target.checked })}
            data-testid="pref-sms"
          >
            {t.sms(form.mobileMasked)}
          </Checkbox>
          <Checkbox
            checked={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.checked })}
            data-testid="pref-email"
          >
            {t.email}
          </Checkbox>
          {form.email && (
            <label className="tbp-prefs__address">
              <span>{t.address}</span>
              <Input
                type="email"
                value={address}
                autoComplete="email"
                maxLength={254}
                placeholder={form.emailAddressMasked ? t.addressKept(form.emailAddressMasked) : 'name@example.com'}
                onChange={(e) => setAddress(e.target.value)}
                data-testid="pref-email-address"
              />
            </label>
          )}
          <Checkbox
            checked={form.messages}
            onChange={(e) => setForm({ ...form, messages: e.target.checked })}
            data-testid="pref-messages"
          >
            {t.messages}
          </Checkbox>
          <div>
            <span id="tbp-pref-lang">{t.lang}</span>{' '}
            <Radio.Group
              aria-labelledby="tbp-pref-lang"
              value={form.lang}
              onChange={(e) => setForm({ ...form, lang: e.target.value as 'zh' | 'en' })}
              options={[
                { value: 'zh', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </div>
          {problem && <Alert type="error" showIcon role="alert" title={problem} />}
          <div>
            <Button type="primary" loading={saving} onClick={() => void save()} data-testid="pref-save">
              {t.save}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
