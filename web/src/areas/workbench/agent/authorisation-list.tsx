import { Button, Empty, Table, Tag } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useLang } from '../../../i18n';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import type { Loaded } from '../../../api/use-load';
import { RevealIdNumber } from './reveal-id';
import { RevokeDialog } from './revoke-dialog';
import type { Authorisation } from './types';

const statusColour = { valid: 'green', expired: 'default', revoked: 'red' } as const;

/** The centre's authorisations: status, scope, who acted, and revoke / reveal / reuse. */
export function AuthorisationList({
  list,
  onChoose,
  onRevoked,
}: {
  list: Loaded<Authorisation[]>;
  onChoose: (a: Authorisation) => void;
  onRevoked: () => void;
}) {
  const t = useStaffT();
  const { lang } = useLang();
  const [revoking, setRevoking] = useState<Authorisation | null>(null);

  return (
    <section className="tb-staff-panel" aria-labelledby="tb-auth-list-title">
      <h2 id="tb-auth-list-title">{t.agent.listTitle}</h2>
      <ErrorAlert error={list.error} onReload={list.reload} />
      <Table<Authorisation>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 860 }}
        data-testid="authorisation-list"
        onRow={(a) => ({ 'data-testid': 'authorisation-row', 'data-status': a.status }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={t.empty.authorisations} /> }}
        columns={[
          {
            title: t.agent.resident,
            render: (_, a) => (
              <div className="tb-auth-person">
                <strong>{a.personName}</strong>
                {a.status === 'valid' ? (
                  <RevealIdNumber personId={a.personId} masked={a.idNumberMasked} />
                ) : (
                  <span>{a.idNumberMasked}</span>
                )}
                {a.mobileMasked && <span>{a.mobileMasked}</span>}
              </div>
            ),
          },
          {
            title: t.agent.scope,
            render: (_, a) => (a.allItems ? t.agent.allItems : a.itemCodes.map((c) => <Tag key={c}>{c}</Tag>)),
          },
          { title: t.agent.validUntil, dataIndex: 'validUntil', width: 120 },
          {
            title: t.agent.statusLabel,
            width: 220,
            render: (_, a) => (
              <div className="tb-auth-status">
                <Tag color={statusColour[a.status]} data-testid="authorisation-status">
                  {t.agent.status[a.status]}
                </Tag>
                <span className="tb-auth-acted" data-testid="authorisation-acted-by">
                  {lang === 'zh' ? a.actedBy : t.agent.actedBy(a.agentName)}
                </span>
                {a.revokeReason && <span>{t.common.labelled(t.agent.revokeReason, a.revokeReason)}</span>}
              </div>
            ),
          },
          {
            title: t.agent.createdAt,
            dataIndex: 'createdAt',
            width: 110,
            render: (at: string) => new Date(at).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
          },
          {
            title: t.common.actions,
            width: 150,
            render: (_, a) => (
              <span className="tb-auth-actions">
                <Button size="small" onClick={() => onChoose(a)} data-testid="authorisation-reuse">
                  {t.agent.newForResident}
                </Button>
                {a.status === 'valid' && (
                  <Button size="small" danger onClick={() => setRevoking(a)} data-testid="authorisation-revoke">
                    {t.agent.revoke}
                  </Button>
                )}
              </span>
            ),
          },
        ]}
      />
      <RevokeDialog
        authorisation={revoking}
        onClose={() => setRevoking(null)}
        onReload={list.reload}
        onRevoked={() => {
          setRevoking(null);
          onRevoked();
        }}
      />
    </section>
  );
}
