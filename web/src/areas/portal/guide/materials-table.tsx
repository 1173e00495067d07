import { DownloadOutlined } from '@ant-design/icons';
import { fileUrl } from '../catalogue/labels';
import type { Material } from '../catalogue/types';
import { usePortalT } from '../i18n';

const requirementClass = {
  required: 'tbp-req--required',
  optional: 'tbp-req--optional',
  tolerable: 'tbp-req--tolerable',
};

/**
 * 申请材料: a real table on wide screens, one card per material on a phone (CSS only). Without
 * `downloads` (the hall's kiosk) the forms column is left out.
 */
export function MaterialsTable({ materials, downloads = true }: { materials: Material[]; downloads?: boolean }) {
  const t = usePortalT();
  const g = t.guide;
  if (materials.length === 0) return <p>{g.noMaterials}</p>;
  const hasTolerable = materials.some((m) => m.requirement === 'tolerable');
  return (
    <>
      <table className="tbp-table tbp-table--materials" data-testid="guide-materials">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{g.materialName}</th>
            <th scope="col">{g.requirement}</th>
            <th scope="col">{g.originals}</th>
            <th scope="col">{g.copies}</th>
            <th scope="col">{g.notes}</th>
            {downloads && <th scope="col">{g.forms}</th>}
          </tr>
        </thead>
        <tbody>
          {materials.map((m, i) => (
            <tr key={m.key} data-testid={`guide-material-${m.key}`}>
              <td className="tbp-table__no">{i + 1}</td>
              <th scope="row" className="tbp-table__name">
                {m.name}
              </th>
              <td data-label={g.requirement} className="tbp-cell--inline">
                <span className={`tbp-req ${requirementClass[m.requirement]}`}>
                  {t.labels.requirement[m.requirement]}
                </span>
              </td>
              <td data-label={g.originals} className="tbp-cell--inline">
                {g.copiesCount(m.originals)}
              </td>
              <td data-label={g.copies} className="tbp-cell--inline">
                {g.copiesCount(m.copies)}
              </td>
              <td data-label={g.notes} className={m.notes ? undefined : 'tbp-cell--empty'}>
                {m.notes || '—'}
              </td>
              {downloads && (
                <td
                  data-label={g.forms}
                  className={m.formTemplate || m.sampleText ? 'tbp-table__files' : 'tbp-table__files tbp-cell--empty'}
                >
                  {m.formTemplate && (
                    <a
                      href={fileUrl(m.formTemplate)}
                      download={m.formTemplate.filename}
                      data-testid={`download-form-${m.key}`}
                    >
                      <DownloadOutlined aria-hidden /> {g.blankForm}
                    </a>
                  )}
                  {m.sampleText && (
                    <a
                      href={fileUrl(m.sampleText)}
                      download={m.sampleText.filename}
                      data-testid={`download-sample-${m.key}`}
                    >
                      <DownloadOutlined aria-hidden /> {g.sample}
                    </a>
                  )}
                  {!m.formTemplate && !m.sampleText && '—'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {hasTolerable && <p className="tbp-note">{g.tolerableNote}</p>}
    </>
  );
}
