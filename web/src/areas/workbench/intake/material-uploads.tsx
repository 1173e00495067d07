import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Tag } from 'antd';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { uploadFile } from '../../../api/cases';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { maxUploadBytes, scanTypes } from '../account/upload';

export type ListedMaterial = { key: string; name: string; requirement: 'required' | 'optional' | 'tolerable' };

/** A file the server holds for this submission (its upload id goes into the MaterialRef). */
export type UploadedMaterial = { materialKey: string; uploadId: string; fileName: string; sizeBytes: number };

type Running = { id: number; materialKey: string; fileName: string; percent: number };

let nextRun = 1;

/**
 * The item's materials, each with its scans: a Form control whose value is the uploaded files.
 * A file goes up as soon as it is chosen, with its own progress bar (island connections are slow);
 * several files per material are fine (a licence front and back).
 */
export function MaterialUploads({
  materials,
  value = [],
  onChange,
  onBusyChange,
  highlight = [],
}: {
  materials: ListedMaterial[];
  value?: UploadedMaterial[];
  onChange?: (next: UploadedMaterial[]) => void;
  onBusyChange?: (busy: boolean) => void;
  /** Keys to mark (e.g. the ones a supplement notice asked for). */
  highlight?: string[];
}) {
  const t = useStaffT();
  const u = t.intake.uploads;
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const latest = useRef(value);
  latest.current = value;
  const [running, setRunning] = useState<Running[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => onBusyChange?.(running.length > 0), [running.length, onBusyChange]);

  async function send(materialKey: string, file: File) {
    const run: Running = { id: nextRun++, materialKey, fileName: file.name, percent: 0 };
    setRunning((r) => [...r, run]);
    try {
      const up = await uploadFile(file, (f) =>
        setRunning((r) => r.map((x) => (x.id === run.id ? { ...x, percent: Math.round(f * 100) } : x))),
      );
      const next = [
        ...latest.current,
        { materialKey, uploadId: up.uploadId, fileName: up.name, sizeBytes: up.sizeBytes },
      ];
      latest.current = next;
      onChange?.(next);
    } catch (err) {
      setError(err);
    } finally {
      setRunning((r) => r.filter((x) => x.id !== run.id));
    }
  }

  function choose(materialKey: string, event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setProblem(null);
    setError(null);
    for (const file of files) {
      if (file.size > maxUploadBytes) {
        setProblem(u.tooLarge(file.name));
        continue;
      }
      if (file.type && !scanTypes.includes(file.type)) {
        setProblem(u.wrongType(file.name));
        continue;
      }
      void send(materialKey, file);
    }
  }

  return (
    <div className="tbc-uploads" data-testid="material-uploads">
      <ul className="tbc-checklist">
        {materials.map((m) => {
          const files = value.filter((f) => f.materialKey === m.key);
          const busy = running.filter((r) => r.materialKey === m.key);
          const marked = highlight.includes(m.key);
          return (
            <li
              key={m.key}
              className={`tbc-check ${marked ? 'tbc-check--marked' : ''}`}
              data-testid="material-upload"
              data-key={m.key}
              data-count={files.length}
            >
              <div className="tbc-check__head">
                <span className="tbc-check__name">{m.name}</span>
                <Tag bordered={false} className="tbc-inline-tag">
                  {t.cases.materials.requirement[m.requirement]}
                </Tag>
                <input
                  ref={(el) => {
                    if (el) inputs.current.set(m.key, el);
                    else inputs.current.delete(m.key);
                  }}
                  type="file"
                  multiple
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  className="tb-visually-hidden"
                  tabIndex={-1}
                  aria-hidden
                  data-testid={`material-input-${m.key}`}
                  onChange={(e) => choose(m.key, e)}
                />
                <Button
                  size="small"
                  icon={<UploadOutlined />}
                  className="tbc-check__button"
                  onClick={() => inputs.current.get(m.key)?.click()}
                  aria-label={u.chooseFor(m.name)}
                >
                  {files.length ? u.addMore : u.choose}
                </Button>
              </div>
              {(files.length > 0 || busy.length > 0) && (
                <ul className="tbc-files">
                  {files.map((f) => (
                    <li key={f.uploadId} className="tbc-file" data-testid="material-uploaded">
                      <PaperClipOutlined aria-hidden />
                      <span>{f.fileName}</span>
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={u.remove(f.fileName)}
                        onClick={() => onChange?.(value.filter((x) => x.uploadId !== f.uploadId))}
                      />
                    </li>
                  ))}
                  {busy.map((r) => (
                    <li key={r.id} className="tbc-file" role="status" data-testid="material-uploading">
                      <span>{u.uploading(r.fileName)}</span>
                      <Progress percent={r.percent} size="small" status="active" className="tbc-progress" />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {problem && <Alert type="error" showIcon title={problem} />}
      <ErrorAlert error={error} />
    </div>
  );
}
