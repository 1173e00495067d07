import { Button, Empty, Form, Input, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { apiGet } from '../../../api/client';
import { useLang } from '../../../i18n';
import { roleLabels, type RoleName } from '../../../session/types';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { roleLabel, useStaffT } from '../../workbench/account/i18n';
import { PostHeading } from '../../workbench/home/post-heading';
import type { AuditFilters, AuditRecord } from './types';
import { VerifyChain } from './verify';

const pageSize = 50;
const outcomeColour: Record<string, string> = { success: 'green', denied: 'orange', failure: 'red' };

function query(filters: AuditFilters, beforeSeq?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  }
  if (beforeSeq !== undefined) params.set('beforeSeq', String(beforeSeq));
  params.set('limit', String(pageSize));
  return `/api/audit/records?${params.toString()}`;
}

function json(value: unknown): string {
  return value === undefined || value === null ? '—' : JSON.stringify(value, null, 2);
}

/** 审计记录 (audit administrator): filtered, newest first, older pages on request; chain check. */
export default function AuditPage({ embedded = false }: { embedded?: boolean }) {
  const t = useStaffT();
  const { lang } = useLang();
  const [form] = Form.useForm<AuditFilters>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [records, setRecords] = useState<AuditRecord[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (applied: AuditFilters, beforeSeq?: number) => {
    setLoading(true);
    setError(null);
    try {
      const { records: page } = await apiGet<{ records: AuditRecord[] }>(query(applied, beforeSeq));
      setRecords((old) => (beforeSeq === undefined ? page : [...old, ...page]));
      setMore(page.length === pageSize);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(filters);
  }, [filters, load]);

  const outcomeOptions = ['success', 'denied', 'failure'].map((o) => ({ value: o, label: t.audit.outcomes[o] ?? o }));
  const role = (r: string | null) => (r && r in roleLabels ? roleLabel(r as RoleName, lang) : (r ?? '—'));

  return (
    <section className="tb-staff-page" data-testid="audit-page">
      {!embedded && <PostHeading />}
      <div className="tb-staff-panel">
        <div className="tb-admin-section__bar">
          <h2 className="tb-staff-panel__title">{t.audit.title}</h2>
          <VerifyChain />
        </div>
        <p className="tb-staff-lead">{t.audit.lead}</p>
        <Form<AuditFilters>
          form={form}
          layout="inline"
          className="tb-audit-filters"
          onFinish={(v) => setFilters({ ...v })}
        >
          <Form.Item name="action" label={t.audit.action}>
            <Input data-testid="audit-filter-action" placeholder="auth.login" allowClear />
          </Form.Item>
          <Form.Item name="outcome" label={t.audit.outcome}>
            <Select
              data-testid="audit-filter-outcome"
              className="tb-audit-outcome"
              placeholder={t.audit.outcomeAll}
              options={outcomeOptions}
              allowClear
            />
          </Form.Item>
          <Form.Item name="entityType" label={t.audit.entityType}>
            <Input data-testid="audit-filter-entity-type" placeholder="staff" allowClear />
          </Form.Item>
          <Form.Item name="entityId" label={t.audit.entityId}>
            <Input data-testid="audit-filter-entity-id" allowClear />
          </Form.Item>
          <Form.Item>
            <span className="tb-staff-actions">
              <Button type="primary" htmlType="submit" data-testid="audit-search">
                {t.audit.search}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters({});
                }}
              >
                {t.audit.reset}
              </Button>
            </span>
          </Form.Item>
        </Form>
      </div>
      <ErrorAlert error={error} onReload={() => void load(filters)} />
      <div className="tb-staff-panel">
        <Table<AuditRecord>
          rowKey="seq"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={records}
          data-testid="audit-records"
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={t.empty.audit} /> }}
          expandable={{
            expandedRowRender: (r) => (
              <div className="tb-audit-detail">
                <div>
                  <strong>{t.audit.before}</strong>
                  <pre className="tb-json">{json(r.before)}</pre>
                </div>
                <div>
                  <strong>{t.audit.after}</strong>
                  <pre className="tb-json">{json(r.after)}</pre>
                </div>
                <p>
                  {t.common.labelled(t.audit.requestId, r.requestId ?? '—')}
                  {r.onBehalfOf && ` · ${t.common.labelled(t.audit.onBehalfOf, r.onBehalfOf)}`}
                </p>
              </div>
            ),
          }}
          columns={[
            { title: t.audit.seq, dataIndex: 'seq', width: 80 },
            {
              title: t.audit.at,
              dataIndex: 'at',
              width: 170,
              render: (at: string) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
            },
            { title: t.audit.actor, render: (_, r) => r.actorName ?? r.actorType },
            { title: t.audit.actingRole, dataIndex: 'actingRole', render: role },
            { title: t.audit.action, dataIndex: 'action', render: (a: string) => <code>{a}</code> },
            {
              title: t.audit.outcome,
              dataIndex: 'outcome',
              render: (o: string) => <Tag color={outcomeColour[o]}>{t.audit.outcomes[o] ?? o}</Tag>,
            },
            {
              title: t.audit.entityType,
              render: (_, r) =>
                r.entityType ? `${r.entityType}${r.entityId ? ` · ${r.entityId.slice(0, 8)}` : ''}` : '—',
            },
            { title: t.audit.ip, dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
          ]}
        />
        {more && (
          <Button
            className="tb-audit-more"
            loading={loading}
            data-testid="audit-more"
            onClick={() => void load(filters, records[records.length - 1]?.seq)}
          >
            {t.audit.more}
          </Button>
        )}
      </div>
    </section>
  );
}
