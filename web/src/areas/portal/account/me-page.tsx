import { Alert, App, Button, Empty, Switch, Tag } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { apiPost } from '../../../api/client';
import { PageLoading } from '../../../shell/page-states';
import type { Enterprise } from '../../../session/types';
import { useSession } from '../../../session/session';
import { errorText, LoadError } from '../catalogue/load-error';
import { useLoad } from '../../../api/use-load';
import { usePortalT } from '../i18n';
import { EnterpriseForm } from './enterprise-form';
import { NotificationPreferences } from './notification-preferences';

/** 个人中心: who I am (masked), my enterprises, whom I apply for, log out. */
export function MePage() {
  const t = usePortalT();
  const a = t.account;
  const { me, person, refresh, logout } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const enterprises = useLoad<Enterprise[]>(person ? '/api/enterprises' : null);
  const [switching, setSwitching] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (me === undefined) return <PageLoading />;
  if (!person) return <Navigate to="/portal/login?next=/portal/me" replace />;

  const acting = person.actingEnterpriseId;
  const actingName = enterprises.data?.find((e) => e.id === acting)?.name;

  const actFor = async (enterpriseId: string | null, key: string) => {
    setSwitching(key);
    setProblem(null);
    try {
      await apiPost('/api/auth/acting-enterprise', { enterpriseId });
      await refresh();
    } catch (err) {
      setProblem(errorText(err, t));
    } finally {
      setSwitching(null);
    }
  };

  const leave = async () => {
    await logout();
    void message.success(a.loggedOut);
    void navigate('/portal', { replace: true });
  };

  return (
    <div className="tbp-me">
      <h1 className="tb-page-title">{a.meTitle}</h1>
      <section className="tbp-card" aria-labelledby="tbp-me-profile">
        <div className="tbp-card__head">
          <h2 id="tbp-me-profile">{a.profile}</h2>
          <Button onClick={() => void leave()} data-testid="logout">
            {a.logout}
          </Button>
        </div>
        <dl className="tbp-dl">
          <div className="tbp-dl__row">
            <dt>{a.name}</dt>
            <dd data-testid="me-name">{person.name}</dd>
          </div>
          <div className="tbp-dl__row">
            <dt>{a.idNumber}</dt>
            <dd data-testid="me-id-number">{person.idNumberMasked}</dd>
          </div>
          <div className="tbp-dl__row">
            <dt>{a.mobile}</dt>
            <dd data-testid="me-mobile">{person.mobileMasked ?? '—'}</dd>
          </div>
        </dl>
      </section>

      <NotificationPreferences />

      <section className="tbp-card" aria-labelledby="tbp-me-enterprises">
        <h2 id="tbp-me-enterprises">{a.enterprises}</h2>
        <p role="status" className="tbp-acting" data-testid="acting-status">
          {acting && actingName ? `${a.actingNow}${t.common.colon}${actingName}` : a.actingSelf}
        </p>
        {problem && <Alert type="error" showIcon role="alert" title={problem} className="tbp-gap" />}
        {enterprises.error ? <LoadError error={enterprises.error} onRetry={enterprises.reload} /> : null}
        {enterprises.data && enterprises.data.length === 0 && <Empty description={a.noEnterprises} />}
        {enterprises.data && enterprises.data.length > 0 && (
          <ul className="tbp-enterprises" data-testid="enterprise-list">
            {enterprises.data.map((e) => (
              <li key={e.id} className="tbp-enterprise" data-testid="enterprise-row" data-credit-code={e.creditCode}>
                <div className="tbp-enterprise__main">
                  <strong>{e.name}</strong> <Tag>{a.relation[e.relation] ?? e.relation}</Tag>
                  <div className="tbp-enterprise__meta">
                    {a.creditCode}
                    {t.common.colon}
                    {e.creditCode} · {a.legalRepresentative}
                    {t.common.colon}
                    {e.legalRepresentative} · {a.contactName}
                    {t.common.colon}
                    {e.contactName} {e.contactMobileMasked}
                  </div>
                </div>
                <label className="tbp-enterprise__switch">
                  <Switch
                    checked={acting === e.id}
                    loading={switching === e.id}
                    disabled={switching !== null}
                    onChange={(on) => void actFor(on ? e.id : null, e.id)}
                    data-testid="act-as-enterprise"
                  />
                  <span>{a.actAs}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="tbp-card" aria-labelledby="tbp-me-register">
        <h2 id="tbp-me-register">{a.registerEnterprise}</h2>
        <EnterpriseForm
          onAdded={() => {
            enterprises.reload();
            void refresh().catch(() => undefined);
          }}
        />
      </section>
    </div>
  );
}
