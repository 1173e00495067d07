import { CheckCircleFilled, ExclamationCircleFilled, MinusCircleOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { CaseDetail, CaseMaterial } from '../../../api/cases';
import { useStaffT } from '../account/i18n';
import { dateTime, fileSize } from './format';

export type MaterialCheck = {
  key: string;
  name: string;
  requirement: 'required' | 'optional' | 'tolerable';
  /** received: a current file; faulty: returned for correction; tolerated: 容缺; missing: nothing yet. */
  state: 'received' | 'faulty' | 'tolerated' | 'missing';
  files: CaseMaterial[];
};

/** The item's material list against what the case holds: what a clerk checks at the window. */
export function checkMaterials(d: CaseDetail): MaterialCheck[] {
  const listed = d.requiredMaterials.map((m) => {
    const files = d.materials.filter((f) => f.materialKey === m.key);
    const current = files.filter((f) => f.state !== 'superseded');
    const state: MaterialCheck['state'] = current.some((f) => f.state === 'received')
      ? 'received'
      : current.some((f) => f.state === 'faulty')
        ? 'faulty'
        : d.tolerated.includes(m.key)
          ? 'tolerated'
          : 'missing';
    return { key: m.key, name: m.name, requirement: m.requirement, state, files };
  });
  const unlisted = d.materials
    .filter((f) => !d.requiredMaterials.some((m) => m.key === f.materialKey))
    .map((f) => ({
      key: f.materialKey,
      name: f.name,
      requirement: 'optional' as const,
      state: 'received' as const,
      files: [f],
    }));
  return [...listed, ...unlisted];
}

/** Required materials that are neither in nor tolerated. */
export const missingRequired = (checks: MaterialCheck[]) =>
  checks.filter((m) => m.requirement === 'required' && (m.state === 'missing' || m.state === 'faulty'));

const stateIcon = {
  received: <CheckCircleFilled className="tbc-ok" aria-hidden />,
  faulty: <ExclamationCircleFilled className="tbc-bad" aria-hidden />,
  tolerated: <ExclamationCircleFilled className="tbc-warn" aria-hidden />,
  missing: <MinusCircleOutlined className="tbc-muted" aria-hidden />,
};

export function MaterialsPanel({ detail: d }: { detail: CaseDetail }) {
  const c = useStaffT().cases;
  const m = c.materials;
  const checks = checkMaterials(d);
  const missing = missingRequired(checks);
  return (
    <section className="tb-staff-panel" aria-labelledby="tbc-materials-title" data-testid="case-materials">
      <h2 id="tbc-materials-title">
        {c.sections.materials}
        <span className={missing.length ? 'tbc-summary tbc-bad' : 'tbc-summary tbc-ok'} data-testid="materials-summary">
          {missing.length ? m.missingCount(missing.length) : m.complete}
        </span>
      </h2>
      <ul className="tbc-checklist">
        {checks.map((x) => (
          <li
            key={x.key}
            className={`tbc-check tbc-check--${x.state} tbc-check--${x.requirement}`}
            data-testid="material-check"
            data-key={x.key}
            data-state={x.state}
          >
            <div className="tbc-check__head">
              {stateIcon[x.state]}
              <span className="tbc-check__name">{x.name}</span>
              <Tag bordered={false} className="tbc-inline-tag">
                {m.requirement[x.requirement]}
              </Tag>
              <span className={`tbc-check__state tbc-check__state--${x.state}`}>{m.state[x.state]}</span>
            </div>
            {x.files.length > 0 && (
              <ul className="tbc-files">
                {x.files.map((f) => (
                  <li key={f.id} className={f.state === 'superseded' ? 'tbc-file tbc-file--old' : 'tbc-file'}>
                    <PaperClipOutlined aria-hidden />
                    <a href={f.downloadUrl} download={f.fileName} data-testid="material-download">
                      {f.fileName}
                    </a>
                    <span className="tbc-muted">
                      {fileSize(f.sizeBytes)} · {dateTime(f.uploadedAt)}
                    </span>
                    {f.state !== 'received' && <Tag className="tbc-inline-tag">{m.fileState[f.state]}</Tag>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
