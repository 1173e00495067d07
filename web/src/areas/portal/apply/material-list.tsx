import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, SwapOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress } from 'antd';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { uploadFile } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import type { PortalCasesDictionary } from '../../../i18n/portal-cases-zh';
import { fileUrl } from '../catalogue/labels';
import type { FileRef, Requirement } from '../catalogue/types';
import { fileSize } from '../my-cases/format';
import { useCasesT } from '../my-cases/i18n';
import './apply.css';

/** A material as the guide lists it. */
export type ListedMaterial = {
  key: string;
  name: string;
  requirement: Requirement;
  notes?: string;
  formTemplate?: FileRef | null;
};

/** A file the server holds for this application; its upload id goes into the MaterialRef. */
export type AttachedFile = { materialKey: string; uploadId: string; fileName: string; sizeBytes: number };

type Running = { id: number; materialKey: string; fileName: string; percent: number; replaces: string | null };

const MAX_BYTES = 10 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;
let nextRun = 1;

/** Why an upload failed, with the file's name, in the user's language. */
function uploadProblem(err: unknown, name: string, t: PortalCasesDictionary['materials']): string {
  if (!(err instanceof ApiError)) return t.failed(name, String(err));
  if (err.code === 'file.too_large' || err.code === 'request.too_large') return t.tooLarge(name);
  if (err.code === 'file.type_not_allowed') return t.wrongType(name);
  if (err.status === 0) return t.network(name);
  return t.failed(name, err.message);
}

/**
 * The item's materials, each with its files: a file goes up as soon as it is chosen, with its own
 * progress bar (island connections are slow), and can be replaced or removed. Several files per
 * material are fine (an ID card's two sides). Controlled: `value` is what the server holds.
 */
export function MaterialList({
  materials,
  value,
  onChange,
  onBusyChange,
  marked = [],
  markLabel,
  disabled,
  testId = 'material-list',
}: {
  materials: ListedMaterial[];
  value: AttachedFile[];
  onChange: (next: AttachedFile[]) => void;
  onBusyChange?: (busy: boolean) => void;
  /** Keys to mark (missing at submission, or asked for by a supplement notice). */
  marked?: string[];
  markLabel?: string;
  disabled?: boolean;
  testId?: string;
}) {
  const t = useCasesT().materials;
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const replacing = useRef<string | null>(null);
  const latest = useRef(value);
  latest.current = value;
  const [running, setRunning] = useState<Running[]>([]);
  const [problems, setProblems] = useState<Record<string, string[]>>({});

  useEffect(() => onBusyChange?.(running.length > 0), [running.length, onBusyChange]);

  const addProblem = (key: string, text: string) => setProblems((p) => ({ ...p, [key]: [...(p[key] ?? []), text] }));

  async function send(materialKey: string, file: File, replaces: string | null) {
    const run: Running = { id: nextRun++, materialKey, fileName: file.name, percent: 0, replaces };
    setRunning((r) => [...r, run]);
    try {
      const up = await uploadFile(file, (f) =>
        setRunning((r) => r.map((x) => (x.id === run.id ? { ...x, percent: Math.floor(f * 100) } : x))),
      );
      const added: AttachedFile = { materialKey, uploadId: up.uploadId, fileName: up.name, sizeBytes: up.sizeBytes };
      const current = latest.current;
      const next =
        replaces && current.some((f) => f.uploadId === replaces)
          ? current.map((f) => (f.uploadId === replaces ? added : f))
          : [...current, added];
      latest.current = next;
      onChange(next);
    } catch (err) {
      addProblem(materialKey, uploadProblem(err, file.name, t));
    } finally {
      setRunning((r) => r.filter((x) => x.id !== run.id));
    }
  }

  function choose(materialKey: string, event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const replaces = replacing.current;
    replacing.current = null;
    setProblems((p) => ({ ...p, [materialKey]: [] }));
    // A replacement takes one file; extra files chosen with it are added beside it.
    files.forEach((file, i) => {
      if (file.size > MAX_BYTES) return addProblem(materialKey, t.tooLarge(file.name));
      if (file.type ? !TYPES.includes(file.type) : !EXTENSIONS.test(file.name))
        return addProblem(materialKey, t.wrongType(file.name));
      void send(materialKey, file, i === 0 ? replaces : null);
    });
  }

  function pick(materialKey: string, replaces: string | null) {
    replacing.current = replaces;
    inputs.current.get(materialKey)?.click();
  }

  return (
    <ul className="tba-materials" data-testid={testId}>
      {materials.map((m) => {
        const files = value.filter((f) => f.materialKey === m.key);
        const busy = running.filter((r) => r.materialKey === m.key);
        const isMarked = marked.includes(m.key);
        const own = problems[m.key] ?? [];
        return (
          <li
            key={m.key}
            className={`tba-material${isMarked ? ' tba-material--marked' : ''}`}
            data-testid="material"
            data-key={m.key}
            data-requirement={m.requirement}
            data-count={files.length}
          >
            <div className="tba-material__head">
              <span className="tba-material__name">{m.name}</span>
              <span className={`tba-req tba-req--${m.requirement}`}>{t.requirement[m.requirement]}</span>
              {isMarked && (
                <span className="tba-material__mark" data-testid="material-marked">
                  {markLabel ?? t.missingMark}
                </span>
              )}
            </div>
            {m.requirement === 'tolerable' && !m.notes && !isMarked && (
              <p className="tba-material__note">{t.tolerableHint}</p>
            )}
            {m.notes && <p className="tba-material__note">{m.notes}</p>}
            {m.formTemplate && (
              <a className="tba-material__template" href={fileUrl(m.formTemplate)} download={m.formTemplate.filename}>
                <DownloadOutlined aria-hidden /> {t.template}
              </a>
            )}
            {(files.length > 0 || busy.length > 0) && (
              <ul className="tba-files">
                {files.map((f) => (
                  <li key={f.uploadId} className="tba-file" data-testid="material-file">
                    <PaperClipOutlined aria-hidden className="tba-file__icon" />
                    <span className="tba-file__name">{f.fileName}</span>
                    <span className="tba-file__size">{fileSize(f.sizeBytes)}</span>
                    <span className="tba-file__actions">
                      <Button
                        type="link"
                        size="small"
                        icon={<SwapOutlined />}
                        disabled={disabled}
                        aria-label={t.replaceFile(f.fileName)}
                        onClick={() => pick(m.key, f.uploadId)}
                        data-testid="material-replace"
                      >
                        {t.replace}
                      </Button>
                      <Button
                        type="link"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        disabled={disabled}
                        aria-label={t.removeFile(f.fileName)}
                        onClick={() => onChange(latest.current.filter((x) => x.uploadId !== f.uploadId))}
                        data-testid="material-remove"
                      >
                        {t.remove}
                      </Button>
                    </span>
                  </li>
                ))}
                {busy.map((r) => (
                  <li key={r.id} className="tba-file tba-file--busy" role="status" data-testid="material-uploading">
                    <span className="tba-file__name">{t.uploading(r.fileName)}</span>
                    <Progress percent={r.percent} size="small" status="active" className="tba-file__progress" />
                  </li>
                ))}
              </ul>
            )}
            {own.map((p) => (
              <Alert key={p} type="error" showIcon title={p} className="tba-material__problem" role="alert" />
            ))}
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
              icon={<UploadOutlined />}
              className="tba-material__upload"
              disabled={disabled}
              onClick={() => pick(m.key, null)}
              aria-label={t.uploadFor(m.name)}
              data-testid={`material-upload-${m.key}`}
            >
              {files.length ? t.uploadMore : t.upload}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
