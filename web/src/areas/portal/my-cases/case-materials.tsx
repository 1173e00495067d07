import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { CaseDetail } from '../../../api/cases';
import { dateTime, fileSize } from './format';
import { useCasesT } from './i18n';

const stateColour = { received: 'green', faulty: 'orange', superseded: 'default' } as const;

/** 申报材料: every file on the case with its state, downloadable by the applicant. */
export function CaseMaterials({ detail: c }: { detail: CaseDetail }) {
  const x = useCasesT().detail;
  const tolerated = c.requiredMaterials.filter((m) => c.tolerated.includes(m.key));
  // In the guide's order, each material's newest file first.
  const order = (key: string) => c.requiredMaterials.findIndex((m) => m.key === key);
  const sorted = [...c.materials].sort(
    (a, b) => order(a.materialKey) - order(b.materialKey) || b.uploadedAt.localeCompare(a.uploadedAt),
  );
  return (
    <section className="tbm-section" aria-labelledby="tbm-materials-title" data-testid="case-materials">
      <h2 id="tbm-materials-title">{x.materials}</h2>
      {c.materials.length === 0 && tolerated.length === 0 ? (
        <p>{x.noMaterials}</p>
      ) : (
        <ul className="tbm-files">
          {sorted.map((m) => (
            <li
              key={m.id}
              className={`tbm-file tbm-file--${m.state}`}
              data-testid="case-material"
              data-key={m.materialKey}
            >
              <span className="tbm-file__name">
                {m.name}
                <Tag color={stateColour[m.state]} className="tbm-file__state">
                  {x.fileState[m.state]}
                </Tag>
              </span>
              <a
                href={m.downloadUrl}
                download={m.fileName}
                className="tbm-file__link"
                aria-label={x.downloadFile(m.fileName)}
                data-testid="case-material-download"
              >
                <PaperClipOutlined aria-hidden />
                <span className="tbm-file__file">{m.fileName}</span>
                <DownloadOutlined aria-hidden />
              </a>
              <span className="tbm-file__meta">
                {fileSize(m.sizeBytes)} · {dateTime(m.uploadedAt)}
              </span>
            </li>
          ))}
          {tolerated.map((m) => (
            <li key={m.key} className="tbm-file" data-testid="case-material-tolerated">
              <span className="tbm-file__name">
                {m.name}
                <Tag color="gold" className="tbm-file__state">
                  {x.tolerated}
                </Tag>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** 办理环节: the item's review steps and where the case is among them. */
export function CaseSteps({ detail: c }: { detail: CaseDetail }) {
  const t = useCasesT();
  const x = t.detail;
  if (c.steps.length === 0) return null;
  // 'green' rather than 'success', whose light text fails WCAG AA contrast (see shell.css).
  const colour = { pending: 'default', active: 'processing', done: 'green' } as const;
  return (
    <section className="tbm-section" aria-labelledby="tbm-steps-title" data-testid="case-steps">
      <h2 id="tbm-steps-title">{x.steps}</h2>
      <ol className="tbm-steps">
        {c.steps.map((s) => (
          <li
            key={`${s.seq}-${s.key}`}
            className={`tbm-step tbm-step--${s.status}`}
            data-testid="case-step"
            data-status={s.status}
          >
            <span className="tbm-step__name">{s.name}</span>
            <Tag color={colour[s.status]}>{x.stepStatus[s.status]}</Tag>
            <span className="tbm-step__meta">
              {s.completedAt
                ? `${x.stepDone} ${dateTime(s.completedAt)}`
                : `${x.stepLimit} ${t.limitUnit[s.limit.unit](s.limit.value)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
