import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { usePortalT } from '../../../portal/i18n';
import { ProblemText } from './fields';
import { moveItem, nextKey, removeAt } from './list-ops';
import { MaterialRow } from './material-row';
import type { TabProps } from './tab-props';

/** 申请材料: an ordered, editable list; files can be uploaded once the item has been saved. */
export function MaterialsTab({ d, update, itemId, readOnly }: TabProps & { itemId: string | null; readOnly: boolean }) {
  const t = usePortalT();
  const add = () =>
    update(
      (x) => ({
        ...x,
        materials: [
          ...x.materials,
          {
            key: nextKey(
              'material',
              x.materials.map((m) => m.key),
            ),
            name: '',
            requirement: 'required',
            originals: 1,
            copies: 0,
            formTemplate: null,
            sampleText: null,
            notes: '',
          },
        ],
      }),
      true,
    );
  return (
    <div>
      {!itemId && <p className="tbi-hint">{t.editor.saveFirst}</p>}
      <p className="tbi-hint">{t.editor.uploadHint}</p>
      <ProblemText path="materials" />
      {d.materials.length === 0 && <Empty description={t.guide.noMaterials} />}
      <ol className="tbi-rows" data-testid="material-rows">
        {d.materials.map((m, i) => (
          <MaterialRow
            key={m.key}
            m={m}
            index={i}
            count={d.materials.length}
            itemId={itemId}
            readOnly={readOnly}
            onPatch={(patch) =>
              update((x) => ({
                ...x,
                materials: x.materials.map((mm) => (mm.key === m.key ? { ...mm, ...patch } : mm)),
              }))
            }
            onMove={(delta) => update((x) => ({ ...x, materials: moveItem(x.materials, i, delta) }), true)}
            onRemove={() => update((x) => ({ ...x, materials: removeAt(x.materials, i) }), true)}
          />
        ))}
      </ol>
      {!readOnly && (
        <Button icon={<PlusOutlined />} onClick={add} data-testid="material-add">
          {t.editor.addMaterial}
        </Button>
      )}
    </div>
  );
}
