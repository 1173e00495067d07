import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Input, Modal, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { apiGet, apiPost } from '../../api/client';
import { useLoad } from '../../api/use-load';
import type { CaseFees, PricingPreview } from './api';
import './case-fees.css';
import { useCaseFeesT, yuan } from './i18n';

type Props = { caseId: string; caseVersion?: number; className?: string; onChange?: () => void };

/**
 * 收费与缴款 of one case: the payment notice and its fees, the payments, and what the actor may do —
 * the clerk prices and records counter payments, the applicant pays online. Amounts are never
 * typed here: they come from pricing (R-APP-10).
 */
export function CaseFeesPanel({ caseId, caseVersion, className, onChange }: Props) {
  const t = useCaseFeesT();
  const base = `/api/cases/${encodeURIComponent(caseId)}/fees`;
  const { data, error, loading, reload } = useLoad<CaseFees>(base);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [preview, setPreview] = useState<PricingPreview | null>(null);
  const [adjust, setAdjust] = useState<{ paymentId: string; kind: 'void' | 'refund' } | null>(null);
  const [reason, setReason] = useState('');

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await fn();
      reload();
      onChange?.();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const notice = data?.notice ?? null;
  const modesDue = notice
    ? [...new Set(notice.fees.filter((f) => !f.paid && f.amountFen > 0).map((f) => f.paymentMode))]
    : [];
  // A refunded bank payment leaves the fee owed: the applicant is told why paying online is offered again.
  const payAgain =
    data?.abilities.payOnline === true &&
    data.payments.some((p) => p.paymentMode === 'bank' && p.status !== 'paid') &&
    !data.payments.some((p) => p.paymentMode === 'bank' && p.status === 'paid');
  const err = error ?? failure;
  if (data && !data.hasFees && !notice) return null;

  return (
    <section
      className={`tb-case-fees ${className ?? ''}`}
      data-testid="case-fees"
      aria-labelledby={`tb-fees-${caseId}`}
    >
      <h2 id={`tb-fees-${caseId}`} className="tb-case-fees__title">
        {t.title}
      </h2>
      {err ? (
        <Alert type="error" showIcon role="alert" title={err instanceof Error ? err.message : t.loadFailed} />
      ) : null}
      {loading && !data && <Spin />}
      {data && !notice && (
        <Space direction="vertical">
          <span>{t.none}</span>
          {data.abilities.price && caseVersion !== undefined && (
            <Button
              loading={busy}
              data-testid="fees-preview"
              onClick={() => void run(async () => setPreview(await apiGet<PricingPreview>(`${base}/pricing`)))}
            >
              {t.price}
            </Button>
          )}
        </Space>
      )}
      {notice && (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t.notice}>
              <Space wrap>
                <span data-testid="fees-docno">{notice.docNo ?? '—'}</span>
                <Tag color={notice.status === 'paid' ? 'green' : 'orange'} data-testid="fees-status">
                  {t.status[notice.status]}
                </Tag>
                {notice.docNo && (
                  <Button
                    size="small"
                    icon={<PrinterOutlined />}
                    href={`${base}/notice.pdf`}
                    target="_blank"
                    rel="noopener"
                    data-testid="fees-notice-pdf"
                  >
                    {t.pdf}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t.total}>
              <span data-testid="fees-total">{t.totalLine(yuan(notice.totalFen), yuan(notice.paidFen))}</span>
            </Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={notice.fees}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t.fee,
                render: (_, f) => (
                  <>
                    {f.name}
                    <div className="tb-case-fees__sub">
                      {t.financeCode} {f.financeCode}
                      {f.quantity === null ? '' : ` · ${t.quantity} ${f.quantity}${f.unit ?? ''}`}
                    </div>
                  </>
                ),
              },
              {
                title: t.amount,
                align: 'right',
                render: (_, f) => (
                  <>
                    {yuan(f.amountFen)}
                    {f.reductionFen > 0 && (
                      <div className="tb-case-fees__sub">
                        {t.reduction} {yuan(f.reductionFen)}
                      </div>
                    )}
                  </>
                ),
              },
              { title: t.modeTitle, render: (_, f) => t.mode[f.paymentMode] },
              {
                title: '',
                render: (_, f) => <Tag color={f.paid ? 'green' : 'default'}>{f.paid ? t.paid : t.unpaid}</Tag>,
              },
            ]}
          />
          {payAgain && (
            <Alert type="info" showIcon style={{ marginTop: 8 }} title={t.payAgain} data-testid="fees-pay-again" />
          )}
          <Space wrap style={{ marginTop: 8 }}>
            {data?.abilities.collect &&
              modesDue
                .filter((m) => m !== 'bank')
                .map((m) => (
                  <Button
                    key={m}
                    type="primary"
                    loading={busy}
                    data-testid={`fees-collect-${m}`}
                    onClick={() => void run(() => apiPost(`${base}/payments`, { mode: m }))}
                  >
                    {t.collect(t.mode[m] ?? m)}
                  </Button>
                ))}
            {data?.abilities.payOnline && (
              <Button
                loading={busy}
                data-testid="fees-pay-online"
                onClick={() =>
                  void run(async () => {
                    const o = await apiPost<{ payUrl: string }>(`${base}/bank-order`, {});
                    window.open(o.payUrl, '_blank', 'noopener');
                  })
                }
              >
                {t.payOnline}
              </Button>
            )}
          </Space>
        </>
      )}
      {data && data.payments.length > 0 && (
        <>
          <h3 className="tb-case-fees__subtitle">{t.payments}</h3>
          <p className="tb-case-fees__hint">{t.immutable}</p>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.payments}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowKeys: data.payments.map((p) => p.id),
              showExpandColumn: false,
              expandedRowRender: (p) => (
                <Space size="small" wrap>
                  <Button
                    size="small"
                    icon={<PrinterOutlined />}
                    href={`/api/fee-payments/${p.id}/receipt.pdf`}
                    target="_blank"
                    rel="noopener"
                    data-testid="fees-receipt"
                  >
                    {t.receipt}
                  </Button>
                  {data.abilities.adjust && p.status === 'paid' && p.paymentMode !== 'bank' && (
                    <Button size="small" onClick={() => setAdjust({ paymentId: p.id, kind: 'void' })}>
                      {t.requestVoid}
                    </Button>
                  )}
                  {data.abilities.adjust && p.status === 'paid' && (
                    <Button size="small" onClick={() => setAdjust({ paymentId: p.id, kind: 'refund' })}>
                      {t.requestRefund}
                    </Button>
                  )}
                </Space>
              ),
            }}
            columns={[
              {
                title: t.modeTitle,
                render: (_, p) => (
                  <>
                    {t.mode[p.paymentMode] ?? p.paymentMode}
                    <div className="tb-case-fees__sub">{t.time(p.paidAt)}</div>
                  </>
                ),
              },
              { title: t.amount, align: 'right', render: (_, p) => yuan(p.amountFen) },
              {
                title: t.recordedBy,
                render: (_, p) => (
                  <>
                    {p.recordedBy}
                    {(p.receiptNo ?? p.bankTxnId) && (
                      <div className="tb-case-fees__sub">
                        {t.receiptNo} {p.receiptNo ?? p.bankTxnId}
                      </div>
                    )}
                  </>
                ),
              },
              {
                title: '',
                render: (_, p) => (
                  <Tag color={p.status === 'paid' ? 'green' : 'default'} data-testid="fees-payment-status">
                    {t.paymentStatus[p.status]}
                  </Tag>
                ),
              },
            ]}
          />
        </>
      )}
      {data && data.approvals.length > 0 && (
        <>
          <h3 className="tb-case-fees__subtitle">{t.approvals}</h3>
          <ul>
            {data.approvals.map((a) => (
              <li key={a.id}>
                {t.approvalKind[a.kind]} · {t.approvalStatus[a.status]} · {a.reason}（{a.requestedBy}）
              </li>
            ))}
          </ul>
        </>
      )}
      <Modal
        open={preview !== null}
        title={t.preview}
        okText={t.confirm}
        cancelText={t.cancel}
        okButtonProps={{ disabled: !preview || preview.problems.length > 0, loading: busy }}
        onCancel={() => setPreview(null)}
        onOk={() =>
          void run(async () => {
            await apiPost(`${base}/pricing`, { version: caseVersion, reductions: [] });
            setPreview(null);
          })
        }
      >
        {preview && (
          <>
            {preview.problems.length > 0 && (
              <Alert type="warning" title={`${t.problems}${preview.problems.map((p) => p.field).join('、')}`} />
            )}
            <ul>
              {preview.fees.map((f) => (
                <li key={f.feeKey}>
                  {t.previewLine(
                    f.name,
                    f.quantity === null ? null : `${f.quantity}${f.unit ?? ''}`,
                    yuan(f.standardFen),
                  )}
                </li>
              ))}
            </ul>
            <strong data-testid="fees-preview-total">{t.totalDue(yuan(preview.totalFen))}</strong>
          </>
        )}
      </Modal>
      <Modal
        open={adjust !== null}
        title={adjust?.kind === 'void' ? t.requestVoid : t.requestRefund}
        okText={t.submit}
        cancelText={t.cancel}
        okButtonProps={{ disabled: reason.trim().length < 2, loading: busy }}
        onCancel={() => setAdjust(null)}
        onOk={() =>
          void run(async () => {
            if (!adjust) return;
            await apiPost(`/api/fee-payments/${adjust.paymentId}/adjustments`, { kind: adjust.kind, reason });
            setAdjust(null);
            setReason('');
          })
        }
      >
        <p>{t.reasonPrompt}</p>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} />
      </Modal>
    </section>
  );
}
