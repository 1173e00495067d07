import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { apiGet } from '../../../api/client';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useStaffT } from '../../workbench/account/i18n';
import type { VerifyResult } from './types';

/** 校验审计链: walks the whole HMAC-SM3 chain on the server and names the first broken record. */
export function VerifyChain() {
  const t = useStaffT();
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await apiGet<VerifyResult>('/api/audit/verify'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="tb-audit-verify">
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={busy}
        onClick={() => void verify()}
        data-testid="audit-verify"
      >
        {t.audit.verify}
      </Button>
      {result && (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          role="status"
          data-testid="audit-verify-result"
          data-ok={result.ok}
          data-records={result.records}
          data-broken-seq={result.brokenAtSeq ?? ''}
          title={
            result.ok ? t.audit.verifyOk(result.records) : t.audit.verifyBroken(result.brokenAtSeq, result.records)
          }
          description={
            !result.ok && result.reason
              ? `${t.audit.verifyReason}${t.audit.verifyReasons[result.reason] ?? result.reason}`
              : undefined
          }
        />
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
