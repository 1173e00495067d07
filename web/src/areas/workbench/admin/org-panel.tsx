import { Empty, Spin, Tree } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { ErrorAlert } from '../account/error-alert';
import { useActing } from '../account/gate';
import { useStaffT } from '../account/i18n';
import { useLoad } from '../../../api/use-load';
import { CentreDetailPanel } from './centre-detail';
import { centreTree, type Centre, type TreeNode } from './org-types';

/** The roots, and every centre above the chosen one. */
function openAtStart(centres: Centre[], selected: string): string[] {
  const byId = new Map(centres.map((c) => [c.id, c]));
  const keys = centres.filter((c) => c.parentId === null).map((c) => c.id);
  for (let c = byId.get(selected); c?.parentId; c = byId.get(c.parentId)) keys.push(c.parentId);
  return keys;
}

type AntNode = { key: string; title: ReactNode; children: AntNode[] };

/** 组织机构: the centre tree on the left, the chosen centre on the right. */
export function OrgPanel() {
  const t = useStaffT();
  const { acting } = useActing();
  const centres = useLoad<Centre[]>('/api/org/centres');
  const [selected, setSelected] = useState<string>(acting.centreId);
  // Shown at once after it is added, while the tree reloads.
  const [created, setCreated] = useState<Centre | null>(null);

  const treeData = useMemo(() => {
    const toAnt = (node: TreeNode): AntNode => ({
      key: node.key,
      title: (
        <span data-testid="centre-node" data-centre={node.centre.name} title={t.admin.level[node.centre.level]}>
          {node.centre.name}
        </span>
      ),
      children: node.children.map(toAnt),
    });
    return centreTree(centres.data ?? []).map(toAnt);
  }, [centres.data, t]);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  // Counties show at first; townships open with their county or when one of them is chosen.
  const openKeys = expanded ?? openAtStart(centres.data ?? [], selected);
  const centre = centres.data?.find((c) => c.id === selected) ?? (created?.id === selected ? created : null);

  return (
    <div className="tb-admin-org">
      <nav className="tb-staff-panel" aria-labelledby="tb-centres-title">
        <h2 id="tb-centres-title">{t.admin.centres}</h2>
        <ErrorAlert error={centres.error} onReload={centres.reload} />
        {centres.loading && !centres.data && <Spin />}
        {centres.data && (
          <Tree
            data-testid="centre-tree"
            treeData={treeData}
            expandedKeys={openKeys}
            onExpand={(keys) => setExpanded(keys.map(String))}
            blockNode
            selectedKeys={[selected]}
            onSelect={(keys) => {
              const key = keys[0];
              if (typeof key === 'string') setSelected(key);
            }}
          />
        )}
      </nav>
      {centre ? (
        <CentreDetailPanel
          key={centre.id}
          centre={centre}
          onCentreCreated={(c) => {
            setCreated(c);
            setSelected(c.id);
            if (c.parentId) setExpanded([...new Set([...openKeys, c.parentId])]);
            centres.reload();
          }}
        />
      ) : (
        <div className="tb-staff-panel">
          <Empty description={t.empty.centre} />
        </div>
      )}
    </div>
  );
}
