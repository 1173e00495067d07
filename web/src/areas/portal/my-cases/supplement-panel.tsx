import { Alert, Button, Input } from 'antd';
import { useRef, useState } from 'react';
import { transition, type CaseDetail } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { MaterialList, type AttachedFile } from '../apply/material-list';
import { errorText } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { supplementItems } from './case-history';
import { dateTime } from './format';
import { useCasesT } from './i18n';

/**
 * 补正材料: the one-time notice's list, an upload for each material it names, then the
 * supplement at the version the applicant saw.
 */
export function SupplementPanel({
  detail: c,
  onDone,
  onConflict,
}: {
  detail: CaseDetail;
  onDone: (next: CaseDetail) => void;
  onConflict: () => void;
}) {
  const t = useCasesT();
  const s = t.supplement;
  const pt = usePortalT();
  const notice = [...c.events].reverse().find((e) => e.action === 'request_supplement');
  const items = supplementItems(notice);
  const asked = [...new Set(items.flatMap((i) => (i.materialKey ? [i.materialKey] : [])))];
  const [all, setAll] = useState(asked.length === 0);
  const [files, setFiles] = useState<AttachedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);
  const name = (key: string) => c.requiredMaterials.find((m) => m.key === key)?.name ?? key;

  const listed = [
    ...c.requiredMaterials.filter((m) => asked.includes(m.key)),
    ...(all ? c.requiredMaterials.filter((m) => !asked.includes(m.key)) : []),
  ];

  async function send() {
    if (busy.current || uploading) return;
    if (files.length === 0) return setProblem(s.needFiles);
    busy.current = true;
    setSending(true);
    setProblem(null);
    try {
      const next = await transition(c.id, {
        action: 'supplement',
        version: c.version,
        materials: files.map((f) => ({ materialKey: f.materialKey, uploadId: f.uploadId })),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onDone(next);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) onConflict();
      else setProblem(errorText(err, pt));
    } finally {
      busy.current = false;
      setSending(false);
    }
  }

  return (
    <section className="tbm-section tbm-action" aria-labelledby="tbm-supplement-title" data-testid="supplement-panel">
      <h2 id="tbm-supplement-title">{s.title}</h2>
      <p>{s.lead}</p>
      {c.clock.supplementDue && (
        <Alert type="warning" showIcon title={s.due(dateTime(c.clock.supplementDue))} className="tbm-gap" />
      )}
      {items.length > 0 && (
        <ol className="tbm-asked" data-testid="supplement-asked">
          {items.map((i, n) => (
            <li key={n}>
              <strong>{i.materialKey ? name(i.materialKey) : t.detail.other}</strong>
              {i.problem && `：${i.problem}`}
            </li>
          ))}
        </ol>
      )}
      <MaterialList
        materials={listed}
        value={files}
        onChange={(next) => {
          setFiles(next);
          setProblem(null);
        }}
        onBusyChange={setUploading}
        marked={asked}
        markLabel={t.materials.requested}
        disabled={sending}
        testId="supplement-materials"
      />
      {!all && (
        <Button type="link" onClick={() => setAll(true)} className="tbm-more">
          {s.showAll}
        </Button>
      )}
      <label className="tbm-field">
        <span>{s.note}</span>
        <Input.TextArea
          value={note}
          maxLength={1000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          onChange={(e) => setNote(e.target.value)}
          data-testid="supplement-note"
        />
      </label>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="tbm-gap" />}
      <Button
        type="primary"
        size="large"
        block
        loading={sending}
        disabled={uploading}
        onClick={() => void send()}
        data-testid="supplement-submit"
      >
        {s.submit}
      </Button>
    </section>
  );
}
