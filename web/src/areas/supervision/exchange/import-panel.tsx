import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { importLegacyCases, type ImportProblem, type ImportResult } from '../../../api/exchange';
import { useLang } from '../../../i18n';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useExchangeT } from './i18n';

/**
 * 导入历史办件: pick the old system's CSV, see the dry run's report (row, column, problem), then
 * import it for real — all rows or, with any bad row, none.
 */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const x = useExchangeT();
  const t = x.import;
  const { lang } = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (f: File, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const r = await importLegacyCases(f, dryRun);
      if (dryRun) setReport(r);
      else {
        setResult(r);
        setReport(null);
        setFile(null);
        onImported();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const pick = (f: File) => {
    setFile(f);
    setReport(null);
    setResult(null);
    void run(f, true);
  };

  return (
    <section className="tb-staff-panel" aria-labelledby="tbx-import-title" data-testid="exchange-import">
      <h2 id="tbx-import-title">{t.title}</h2>
      <p className="tb-staff-lead">{t.hint}</p>
      <Space wrap style={{ marginBottom: 12 }}>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(f) => {
            pick(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy && !report} data-testid="exchange-import-pick">
            {report ? t.again : t.pick}
          </Button>
        </Upload>
        {file && <span data-testid="exchange-import-file">{file.name}</span>}
      </Space>
      <ErrorAlert error={error} onReload={file ? () => void run(file, report === null) : undefined} />
      {report && (
        <div data-testid="exchange-import-report">
          <p>{t.summary(report.total, report.valid, report.existing)}</p>
          {report.problems.length > 0 ? (
            <>
              <Alert type="error" showIcon message={t.problems(report.problems.length)} style={{ marginBottom: 8 }} />
              <Table<ImportProblem>
                rowKey={(p) => `${p.row}-${p.field}-${p.code}`}
                size="small"
                dataSource={report.problems}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                scroll={{ x: 'max-content' }}
                data-testid="exchange-import-problems"
                columns={[
                  { title: t.row, dataIndex: 'row', width: 70 },
                  { title: t.field, dataIndex: 'field', render: (f: string) => x.fields[f] ?? f },
                  {
                    title: t.problem,
                    key: 'message',
                    render: (_: unknown, p: ImportProblem) => (lang === 'zh' ? p.message : p.messageEn),
                  },
                ]}
              />
            </>
          ) : (
            <Space wrap>
              <Alert type="success" showIcon message={t.clean} />
              <Button
                type="primary"
                loading={busy}
                onClick={() => file && void run(file, false)}
                data-testid="exchange-import-confirm"
              >
                {t.confirm}
              </Button>
            </Space>
          )}
        </div>
      )}
      {result && (
        <Alert
          type="success"
          showIcon
          message={t.done(result.created, result.existing)}
          data-testid="exchange-import-done"
        />
      )}
    </section>
  );
}
