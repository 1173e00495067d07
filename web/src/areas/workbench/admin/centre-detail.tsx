import { Button, Descriptions, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { useLoad } from '../../../api/use-load';
import type { WindowView } from '../home/window-card';
import { AddCentreDialog } from './add-centre-dialog';
import { AddDepartmentDialog } from './add-department-dialog';
import { FloorPlan } from './floor-plan';
import { childLevel, type Centre, type CentreDetail, type Department } from './org-types';
import { WindowDialog } from './window-dialog';

type Dialog = 'centre' | 'department' | 'window' | { edit: WindowView } | null;

/** One centre: its particulars, departments, windows and hall plan, and the forms that add to them. */
export function CentreDetailPanel({
  centre,
  onCentreCreated,
}: {
  centre: Centre;
  onCentreCreated: (c: Centre) => void;
}) {
  const t = useStaffT();
  const detail = useLoad<CentreDetail>(`/api/org/centres/${centre.id}`);
  const windows = useLoad<WindowView[]>(`/api/org/centres/${centre.id}/windows`);
  const [dialog, setDialog] = useState<Dialog>(null);
  const departments: Department[] = detail.data?.departments ?? [];
  const floors = [...new Set((windows.data ?? []).map((w) => w.floor))].sort((a, b) => a - b);
  const canAddChild = childLevel[centre.level] !== null;

  return (
    <section
      className="tb-staff-panel"
      aria-labelledby="tb-centre-title"
      data-testid="centre-detail"
      data-centre={centre.name}
    >
      <div className="tb-admin-section__bar">
        <h2 id="tb-centre-title" className="tb-staff-panel__title">
          {centre.name} <Tag color="blue">{t.admin.level[centre.level]}</Tag>
        </h2>
        <span className="tb-staff-actions">
          <Button
            onClick={() => setDialog('centre')}
            disabled={!canAddChild}
            title={canAddChild ? undefined : t.admin.noChildLevel}
            data-testid="add-centre-open"
          >
            {t.admin.addCentre}
          </Button>
          <Button onClick={() => setDialog('department')} data-testid="add-department-open">
            {t.admin.addDepartment}
          </Button>
          <Button
            type="primary"
            onClick={() => setDialog('window')}
            disabled={departments.length === 0}
            data-testid="add-window-open"
          >
            {t.admin.addWindow}
          </Button>
        </span>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: t.admin.divisionCode, children: centre.divisionCode },
          { key: 'en', label: t.admin.nameEn, children: centre.nameEn ?? '—' },
          { key: 'address', label: t.admin.address, children: centre.address ?? '—' },
          { key: 'tel', label: t.admin.telephone, children: centre.telephone ?? '—' },
          { key: 'prefix', label: t.admin.docPrefix, children: centre.docPrefix ?? '—' },
        ]}
      />

      <div className="tb-admin-section">
        <h3>{t.admin.departments}</h3>
        <ErrorAlert error={detail.error} onReload={detail.reload} />
        <Table<Department>
          rowKey="id"
          size="small"
          loading={detail.loading}
          dataSource={departments}
          pagination={false}
          data-testid="department-list"
          locale={{ emptyText: <Empty description={t.empty.departments} /> }}
          columns={[
            { title: t.admin.departmentName, dataIndex: 'name' },
            { title: t.admin.departmentCode, dataIndex: 'code', render: (c: string | null) => c ?? '—' },
            { title: t.admin.nameEn, dataIndex: 'nameEn', render: (n: string | null) => n ?? '—' },
          ]}
        />
      </div>

      <div className="tb-admin-section">
        <h3>{t.admin.windows}</h3>
        <ErrorAlert error={windows.error} onReload={windows.reload} />
        <Table<WindowView>
          rowKey="id"
          size="small"
          loading={windows.loading}
          dataSource={windows.data ?? []}
          pagination={false}
          data-testid="window-table"
          locale={{ emptyText: <Empty description={t.empty.centreWindows} /> }}
          columns={[
            { title: t.admin.windowNumber, dataIndex: 'number', width: 90 },
            { title: t.admin.windowName, dataIndex: 'name' },
            { title: t.admin.windowDepartment, dataIndex: 'departmentName' },
            { title: t.admin.floor, dataIndex: 'floor', width: 70 },
            { title: t.admin.position, width: 110, render: (_, w) => `${w.posX}, ${w.posY}` },
            {
              title: t.common.actions,
              width: 90,
              render: (_, w) => (
                <Button size="small" onClick={() => setDialog({ edit: w })} data-testid="window-edit">
                  {t.admin.edit}
                </Button>
              ),
            },
          ]}
        />
        {floors.length > 0 && (
          <div className="tb-floor-plans">
            {floors.map((f) => (
              <FloorPlan
                key={f}
                floor={f}
                markers={(windows.data ?? [])
                  .filter((w) => w.floor === f)
                  .map((w) => ({ key: w.id, number: w.number, name: w.name, posX: w.posX, posY: w.posY }))}
              />
            ))}
          </div>
        )}
      </div>

      <AddCentreDialog
        parent={dialog === 'centre' ? centre : null}
        onClose={() => setDialog(null)}
        onCreated={(c) => {
          setDialog(null);
          onCentreCreated(c);
        }}
      />
      <AddDepartmentDialog
        centre={dialog === 'department' ? centre : null}
        onClose={() => setDialog(null)}
        onCreated={() => {
          setDialog(null);
          detail.reload();
        }}
      />
      <WindowDialog
        key={typeof dialog === 'object' && dialog ? dialog.edit.id : 'new'}
        centre={centre}
        editing={typeof dialog === 'object' && dialog ? dialog.edit : null}
        departments={departments}
        windows={windows.data ?? []}
        open={dialog === 'window' || (typeof dialog === 'object' && dialog !== null)}
        onClose={() => setDialog(null)}
        onReload={windows.reload}
        onSaved={() => {
          setDialog(null);
          windows.reload();
        }}
      />
    </section>
  );
}
