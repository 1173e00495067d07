import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Result, Spin, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, getCsrfToken } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { langTag, useLang, useT } from '../../../i18n';
import './verify.css';

/** GET /api/verify/certificates/:code (public). */
type CertificateCheck = {
  certificateNo: string;
  certificateType: string;
  holderName: string;
  itemName: string;
  issuer: string;
  validFrom: string;
  validUntil: string | null;
  docNo: string;
  status: 'valid' | 'expired' | 'revoked';
  authentic: boolean;
};

/** POST /api/verify/documents (public). */
type DocumentCheck = { authentic: boolean; sm3: string; docNo?: string; title?: string; issuedAt?: string };

const CODE = /^[0-9A-Za-z]{6,20}$/;

function CodeForm({ initial }: { initial: string }) {
  const t = useT().notices.verify;
  const navigate = useNavigate();
  return (
    <Form<{ code: string }>
      layout="vertical"
      className="tbv-form"
      initialValues={{ code: initial }}
      onFinish={({ code }) => void navigate(`/verify/${encodeURIComponent(code.trim().toUpperCase())}`)}
      data-testid="verify-form"
    >
      <Form.Item
        name="code"
        label={t.code}
        rules={[{ required: true, pattern: CODE, transform: (v: string) => v.trim(), message: t.codeInvalid }]}
      >
        <Input
          size="large"
          placeholder={t.codePlaceholder}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          data-testid="verify-code"
        />
      </Form.Item>
      <Button type="primary" size="large" htmlType="submit" block data-testid="verify-submit">
        {t.check}
      </Button>
    </Form>
  );
}

function CertificateResult({ code }: { code: string }) {
  const t = useT().notices.verify;
  const { data, error, loading } = useLoad<CertificateCheck>(`/api/verify/certificates/${encodeURIComponent(code)}`);

  if (loading) return <Spin size="large" className="tbv-spin" />;
  if (error) {
    const api = error instanceof ApiError ? error : null;
    if (api && api.status === 429)
      return <Alert type="warning" showIcon title={t.rateLimited} data-testid="verify-rate" />;
    if (api && (api.status === 404 || api.status === 400))
      return (
        <Result
          status="warning"
          className="tbv-notfound"
          title={<h2 className="tbv-result-title">{t.notFound}</h2>}
          subTitle={t.notFoundHint}
          data-testid="verify-not-found"
        />
      );
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : ''} />;
  }
  if (!data) return null;

  const good = data.status === 'valid' && data.authentic;
  return (
    <section
      className={`tbv-card ${good ? 'tbv-card--good' : 'tbv-card--bad'}`}
      data-testid="verify-result"
      data-status={data.status}
      data-authentic={String(data.authentic)}
    >
      <div className={`tbv-badge tbv-badge--${data.status}`} data-testid="verify-status" aria-label={t.statusLabel}>
        {data.status === 'valid' ? <CheckCircleFilled /> : <CloseCircleFilled />}
        <span>{t.status[data.status]}</span>
      </div>
      <p
        className={`tbv-authentic ${data.authentic ? 'tbv-authentic--ok' : 'tbv-authentic--bad'}`}
        data-testid="verify-authentic"
      >
        <SafetyCertificateOutlined /> {t.authenticity}：{data.authentic ? t.authentic : t.notAuthentic}
      </p>
      {!data.authentic && <Alert type="error" showIcon title={t.notAuthenticHint} />}
      <Descriptions column={1} size="small" bordered className="tbv-fields">
        <Descriptions.Item label={t.fields.certificateNo}>
          <span data-testid="verify-certificate-no">{data.certificateNo}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t.fields.certificateType}>{data.certificateType}</Descriptions.Item>
        <Descriptions.Item label={t.fields.holderName}>{data.holderName}</Descriptions.Item>
        <Descriptions.Item label={t.fields.itemName}>{data.itemName}</Descriptions.Item>
        <Descriptions.Item label={t.fields.issuer}>{data.issuer}</Descriptions.Item>
        <Descriptions.Item label={t.fields.validFrom}>{data.validFrom}</Descriptions.Item>
        <Descriptions.Item label={t.fields.validUntil}>{data.validUntil ?? t.longTerm}</Descriptions.Item>
        <Descriptions.Item label={t.fields.docNo}>{data.docNo}</Descriptions.Item>
      </Descriptions>
    </section>
  );
}

async function checkDocument(file: File, lang: ReturnType<typeof useLang>['lang']): Promise<DocumentCheck> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': langTag(lang) };
  const token = getCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  const res = await fetch('/api/verify/documents', { method: 'POST', body: form, headers, credentials: 'same-origin' });
  const body = (await res.json().catch(() => null)) as
    (DocumentCheck & { error?: { code: string; message: string } }) | null;
  if (!res.ok || !body)
    throw new ApiError(
      res.status,
      body?.error?.code ?? 'response.unexpected',
      body?.error?.message ?? String(res.status),
    );
  return body;
}

function DocumentCheckPanel() {
  const n = useT().notices;
  const t = n.verify;
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DocumentCheck | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      if (file.type && file.type !== 'application/pdf' && !file.name.toLowerCase().endsWith('.pdf'))
        throw new Error(t.pdfOnly);
      setResult(await checkDocument(file, lang));
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 429
          ? t.rateLimited
          : err instanceof Error
            ? err.message
            : String(err),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="tbv-section" data-testid="verify-document" aria-labelledby="tbv-doc-title">
      <h2 id="tbv-doc-title" className="tbv-h2">
        {t.documentTitle}
      </h2>
      <p className="tbv-lead">{t.documentLead}</p>
      <Upload
        accept="application/pdf,.pdf"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          void run(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} size="large" loading={busy} data-testid="verify-document-choose">
          {t.choose}
        </Button>
      </Upload>
      {error && <Alert type="error" showIcon title={error} className="tbv-doc-result" />}
      {result && (
        <div className="tbv-doc-result" data-testid="verify-document-result" data-authentic={String(result.authentic)}>
          <Alert
            type={result.authentic ? 'success' : 'error'}
            showIcon
            title={result.authentic ? t.documentAuthentic : t.documentNotAuthentic}
          />
          <Descriptions column={1} size="small" className="tbv-fields">
            {result.title && <Descriptions.Item label={t.docTitle}>{result.title}</Descriptions.Item>}
            {result.docNo && <Descriptions.Item label={t.docNo}>{result.docNo}</Descriptions.Item>}
            {result.issuedAt && <Descriptions.Item label={t.issuedAt}>{n.dateTime(result.issuedAt)}</Descriptions.Item>}
            <Descriptions.Item label={t.sm3}>
              <code className="tbv-hash">{result.sm3}</code>
            </Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </section>
  );
}

/**
 * 证照核验 (/verify/:code, public; certificates' QR codes open it): the certificate's status and
 * authenticity in large type for a phone, a box to type another code, and a PDF notice check.
 */
export default function VerifyPage() {
  const t = useT().notices.verify;
  const code = (useParams().code ?? '').trim().toUpperCase();
  return (
    <div className="tbv" data-testid="verify-page">
      <h1 className="tbv-title">{t.title}</h1>
      {code ? <CertificateResult key={code} code={code} /> : <p className="tbv-lead">{t.lead}</p>}
      <section className="tbv-section">
        <CodeForm key={code} initial={code} />
      </section>
      <DocumentCheckPanel />
    </div>
  );
}
