import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress } from 'antd';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { maxUploadBytes, scanTypes, uploadScan } from '../account/upload';

/**
 * A Form control whose value is the sha256 of the uploaded scan. The file is sent as soon as it
 * is chosen, with a progress bar; the record that uses it only carries the hash.
 */
export function ScanUpload({ value, onChange }: { value?: string; onChange?: (sha256: string | undefined) => void }) {
  const t = useStaffT();
  const input = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => () => running.current?.abort(), []);
  // The form was reset: forget the file shown.
  useEffect(() => {
    if (!value) setName(null);
  }, [value]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    setError(null);
    if (file.size > maxUploadBytes) return setProblem(t.agent.fileTooLarge);
    if (file.type && !scanTypes.includes(file.type)) return setProblem(t.agent.fileWrongType);
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setProgress(0);
    onChange?.(undefined);
    try {
      const stored = await uploadScan(file, setProgress, controller.signal);
      setName(file.name);
      onChange?.(stored.sha256);
    } catch (err) {
      if (!controller.signal.aborted) setError(err);
    } finally {
      if (running.current === controller) setProgress(null);
    }
  }

  return (
    <div className="tb-scan-upload">
      <input
        ref={input}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        className="tb-visually-hidden"
        tabIndex={-1}
        aria-hidden
        data-testid="auth-file-input"
        onChange={(e) => void choose(e)}
      />
      <Button
        icon={<UploadOutlined />}
        onClick={() => input.current?.click()}
        disabled={progress !== null}
        data-testid="auth-file-button"
      >
        {t.agent.chooseFile}
      </Button>
      {progress !== null && (
        <div role="status" data-testid="auth-upload-progress">
          <span className="tb-visually-hidden">{t.agent.uploading}</span>
          <Progress percent={progress} size="small" status="active" />
        </div>
      )}
      {value && name && progress === null && (
        <p className="tb-scan-upload__done" data-testid="auth-upload-done" data-sha256={value}>
          <PaperClipOutlined aria-hidden /> {t.agent.uploaded(name)}
        </p>
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
      <ErrorAlert error={error} />
    </div>
  );
}
