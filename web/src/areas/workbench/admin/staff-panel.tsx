import { App, Button, Empty, Modal, Popconfirm, Table, Tag } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { apiDelete, apiPatch, apiPost } from '../../../api/client';
import { useLang } from '../../../i18n';
import type { RoleBinding } from '../../../session/types';
import { ErrorAlert } from '../account/error-alert';
import { useActing } from '../account/gate';
import { postTitle, useStaffT } from '../account/i18n';
import { useLoad } from '../../../api/use-load';
import { testId } from '../agent/types';
import { CreateStaffDialog } from './create-staff-dialog';
import { GrantRoleDialog } from './grant-role-dialog';
import type { StaffAccount } from './org-types';

/**
 * Staff of the administrator's centre and below. The system administrator creates accounts,
 * resets passwords and (de)activates; the security administrator grants and revokes roles and
 * unlocks — 三权分立, each sees only their own buttons.
 */
export function StaffPanel({ mode }: { mode: 'system' | 'security' }) {
  const t = useStaffT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const { acting, staff: me } = useActing();
  const list = useLoad<StaffAccount[]>('/api/staff');
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<StaffAccount | null>(null);
  const [temporary, setTemporary] = useState<{ account: StaffAccount; password: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await action();
      void message.success(done);
      list.reload();
    } catch (err) {
      setError(err);
    }
  }

  async function reset(account: StaffAccount) {
    setError(null);
    try {
      const { temporaryPassword } = await apiPost<{ temporaryPassword: string }>(
        `/api/staff/${account.id}/reset-password`,
      );
      setTemporary({ account, password: temporaryPassword });
      list.reload();
    } catch (err) {
      setError(err);
    }
  }

  const roleTag = (account: StaffAccount, r: RoleBinding) => (
    <span key={r.id} className="tb-role-tag" data-testid="staff-role" data-role={r.role}>
      <Tag color="geekblue">{postTitle(r, lang)}</Tag>
      {mode === 'security' && account.id !== me.id && (
        <Popconfirm
          title={t.admin.revokeRoleConfirm}
          okText={t.common.confirm}
          cancelText={t.common.cancel}
          okButtonProps={testId('role-revoke-confirm')}
          onConfirm={() => run(() => apiDelete(`/api/staff/${account.id}/roles/${r.id}`), t.common.saved)}
        >
          <Button type="link" size="small" danger data-testid="role-revoke">
            {t.admin.revokeRole}
          </Button>
        </Popconfirm>
      )}
    </span>
  );

  return (
    <section className="tb-staff-panel" aria-labelledby="tb-staff-title" data-testid="staff-panel">
      <div className="tb-admin-section__bar">
        <h2 id="tb-staff-title" className="tb-staff-panel__title">
          {t.admin.staffList}
        </h2>
        {mode === 'system' && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="create-staff-open">
            {t.admin.addStaff}
          </Button>
        )}
      </div>
      <ErrorAlert
        error={list.error ?? error}
        onReload={() => {
          setError(null);
          list.reload();
        }}
      />
      <Table<StaffAccount>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        data-testid="staff-list"
        onRow={(a) => ({ 'data-testid': 'staff-row', 'data-username': a.username }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={t.empty.staff} /> }}
        columns={[
          { title: t.admin.username, dataIndex: 'username', width: 120 },
          { title: t.admin.displayName, dataIndex: 'displayName', width: 110 },
          {
            title: t.admin.roles,
            render: (_, a) => (
              <div className="tb-role-tags">{a.roles.length ? a.roles.map((r) => roleTag(a, r)) : t.empty.roles}</div>
            ),
          },
          {
            title: t.admin.state,
            width: 150,
            render: (_, a) => (
              <div className="tb-role-tags">
                <Tag color={a.active ? 'green' : 'default'}>{a.active ? t.admin.active : t.admin.inactive}</Tag>
                {a.locked && <Tag color="red">{t.admin.locked}</Tag>}
                {a.mustChangePassword && <Tag color="orange">{t.admin.mustChange}</Tag>}
                {a.totpEnabled && <Tag color="blue">{t.admin.totpOn}</Tag>}
              </div>
            ),
          },
          {
            title: t.common.actions,
            width: 200,
            render: (_, a) =>
              a.id === me.id ? null : mode === 'system' ? (
                <span className="tb-staff-actions">
                  <Popconfirm
                    title={t.admin.resetConfirm}
                    okText={t.common.confirm}
                    cancelText={t.common.cancel}
                    okButtonProps={testId('reset-password-confirm')}
                    onConfirm={() => reset(a)}
                  >
                    <Button size="small" data-testid="reset-password">
                      {t.admin.resetPassword}
                    </Button>
                  </Popconfirm>
                  <Button
                    size="small"
                    danger={a.active}
                    data-testid="toggle-active"
                    onClick={() =>
                      void run(
                        () => apiPatch(`/api/staff/${a.id}`, { version: a.version, active: !a.active }),
                        t.common.saved,
                      )
                    }
                  >
                    {a.active ? t.admin.deactivate : t.admin.activate}
                  </Button>
                </span>
              ) : (
                <span className="tb-staff-actions">
                  <Button size="small" onClick={() => setGranting(a)} data-testid="grant-role-open">
                    {t.admin.grantRole}
                  </Button>
                  {a.locked && (
                    <Button
                      size="small"
                      data-testid="unlock"
                      onClick={() => void run(() => apiPost(`/api/staff/${a.id}/unlock`), t.admin.unlocked)}
                    >
                      {t.admin.unlock}
                    </Button>
                  )}
                </span>
              ),
          },
        ]}
      />
      <CreateStaffDialog
        open={creating}
        centreId={acting.centreId}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void message.success(t.common.created);
          list.reload();
        }}
      />
      <GrantRoleDialog
        account={granting}
        centreId={acting.centreId}
        onClose={() => setGranting(null)}
        onGranted={() => {
          setGranting(null);
          void message.success(t.common.saved);
          list.reload();
        }}
      />
      <Modal
        open={temporary !== null}
        title={temporary ? `${t.admin.tempPasswordTitle} · ${temporary.account.displayName}` : ''}
        onCancel={() => setTemporary(null)}
        footer={<Button onClick={() => setTemporary(null)}>{t.common.close}</Button>}
      >
        <p>{t.admin.tempPasswordLead}</p>
        <code className="tb-code" data-testid="temp-password">
          {temporary?.password}
        </code>
      </Modal>
    </section>
  );
}
