import { Input, InputNumber, Select } from 'antd';
import type { Material, Requirement } from '../../../portal/catalogue/types';
import { usePortalT } from '../../../portal/i18n';
import { Field, RowActions } from './fields';
import { FileSlot } from './file-slot';

type Props = {
  m: Material;
  index: number;
  count: number;
  itemId: string | null;
  readOnly: boolean;
  /** Applied to the row as it is when the change lands (an upload may finish after other edits). */
  onPatch: (patch: Partial<Material>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One material: name, requirement, counts, notes, blank form and sample. */
export function MaterialRow({ m, index, count, itemId, readOnly, onPatch, onMove, onRemove }: Props) {
  const t = usePortalT();
  const s = t.editor.subNames;
  const p = `materials.${index}`;
  const requirements = (['required', 'optional', 'tolerable'] as const).map((r) => ({
    value: r,
    label: t.labels.requirement[r],
  }));
  return (
    <li className="tbi-row" data-testid="material-row" data-key={m.key}>
      <div className="tbi-row__head">
        <span className="tbi-row__no">{index + 1}</span>
        <span className="tbi-row__key" title={t.editor.keyLabel}>
          {m.key}
        </span>
        {!readOnly && (
          <RowActions index={index} count={count} onMove={onMove} onRemove={onRemove} testPrefix="material" />
        )}
      </div>
      <div className="tbi-row__grid tbi-row__grid--material">
        <Field label={s.name} path={`${p}.name`} required>
          <Input
            value={m.name}
            maxLength={200}
            onChange={(e) => onPatch({ name: e.target.value })}
            data-testid="material-name"
          />
        </Field>
        <Field label={s.requirement} path={`${p}.requirement`} required>
          <Select
            value={m.requirement}
            options={requirements}
            onChange={(v: Requirement) => onPatch({ requirement: v })}
            data-testid="material-requirement"
          />
        </Field>
        <Field label={s.originals} path={`${p}.originals`}>
          <InputNumber
            value={m.originals}
            min={0}
            max={20}
            precision={0}
            onChange={(v) => onPatch({ originals: v ?? 0 })}
            data-testid="material-originals"
          />
        </Field>
        <Field label={s.copies} path={`${p}.copies`}>
          <InputNumber
            value={m.copies}
            min={0}
            max={20}
            precision={0}
            onChange={(v) => onPatch({ copies: v ?? 0 })}
            data-testid="material-copies"
          />
        </Field>
      </div>
      <div className="tbi-row__grid tbi-row__grid--extra">
        <Field label={s.notes} path={`${p}.notes`}>
          <Input.TextArea
            value={m.notes}
            maxLength={1000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => onPatch({ notes: e.target.value })}
            data-testid="material-notes"
          />
        </Field>
        <FileSlot
          label={s.formTemplate}
          itemId={itemId}
          value={m.formTemplate}
          disabled={readOnly}
          onChange={(f) => onPatch({ formTemplate: f })}
          testId="material-form-template"
        />
        <FileSlot
          label={s.sampleText}
          itemId={itemId}
          value={m.sampleText}
          disabled={readOnly}
          onChange={(f) => onPatch({ sampleText: f })}
          testId="material-sample-text"
        />
      </div>
    </li>
  );
}
