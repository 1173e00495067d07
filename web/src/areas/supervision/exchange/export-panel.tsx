import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { downloadCases } from '../../../api/exchange';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useExchangeT } from './i18n';

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const monthStart = () => `${chinaToday().slice(0, 8)}01`;
const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/** 导出办件: the CSV for a range of received dates, its bytes counted while it streams in. */
export function ExportPanel() {
  const t = useExchangeT().export;
  const [from, setFrom] = useState(monthStart());
  const [to, setTo] = useState(chinaToday());
  const [received, setReceived] = useState<number | null>(null);
  const [done, setDone] = useState<{ bytes: number; count: number | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    setError(null);
    setDone(null);
    setReceived(0);
    abort.current = new AbortController();
    try {
      setDone(await downloadCases(from, to, setReceived, abort.current.signal));
    } catch (err) {
      if (!(err instanceof DOMException && err.name === 'AbortError')) setError(err);
    } finally {
      setReceived(null);
      abort.current = null;
    }
  };

  return (
    <section className="tb-staff-panel" aria-labelledby="tbx-export-title" data-testid="exchange-export">
      <h2 id="tbx-export-title">{t.title}</h2>
      <p className="tb-staff-lead">{t.hint}</p>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          allowClear={false}
          aria-label={t.period}
          placeholder={[from, to]}
          onChange={(_, s) => {
            if (s[0] && s[1]) {
              setFrom(s[0]);
              setTo(s[1]);
            }
          }}
          data-testid="exchange-export-range"
        />
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={received !== null}
          onClick={() => void start()}
          data-testid="exchange-export-start"
        >
          {t.start}
        </Button>
        <Button href={`/api/exchange/cases/export.xlsx?from=${from}&to=${to}`} data-testid="exchange-export-xlsx">
          {t.xlsx}
        </Button>
        {received !== null && <Button onClick={() => abort.current?.abort()}>{t.cancel}</Button>}
      </Space>
      {received !== null && (
        <Typography.Paragraph data-testid="exchange-export-progress" aria-live="polite">
          {t.running(kb(received))}
        </Typography.Paragraph>
      )}
      {done && (
        <Alert
          type="success"
          showIcon
          message={t.done(done.count, kb(done.bytes))}
          data-testid="exchange-export-done"
        />
      )}
      <ErrorAlert error={error} onReload={() => void start()} />
    </section>
  );
}
