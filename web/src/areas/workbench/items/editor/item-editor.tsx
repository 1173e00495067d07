import { Alert, Badge, Button, ConfigProvider, Form, Popconfirm, Result, Tabs, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../../api/client';
import { PageLoading } from '../../../../shell/page-states';
import { errorText, LoadError } from '../../../portal/catalogue/load-error';
import { usePortalT } from '../../../portal/i18n';
import { StaffGate } from '../staff-gate';
import { StatusTags } from '../status-tags';
import { BasicTab } from './basic-tab';
import { BasisTab } from './basis-tab';
import { FeesTab } from './fees-tab';
import { ProblemsContext } from './fields';
import { FormTab } from './form-tab';
import { HistoryTable } from './history-table';
import { LimitsTab } from './limits-tab';
import { MaterialsTab } from './materials-tab';
import { problemLabel, tabOf, type TabKey } from './problems';
import { ProcessTab } from './process-tab';
import { useItemEditor } from './use-item-editor';

/** /workbench/items/new and /workbench/items/:id, for the clerk of the window that owns the item. */
export function ItemEditorPage() {
  const t = usePortalT();
  const { id } = useParams();
  return (
    <StaffGate role="window_clerk" wrongPost={t.editor.wrongPost}>
      <ItemEditor id={id} />
    </StaffGate>
  );
}

function ItemEditor({ id }: { id: string | undefined }) {
  const t = usePortalT();
  const e = t.editor;
  const ed = useItemEditor(id);
  const [tab, setTab] = useState<TabKey>('basic');
  const { dirty } = ed;

  // Unsaved edits are not lost to a closed tab or a reload without a warning.
  useEffect(() => {
    if (!dirty) return;
    const warn = (ev: BeforeUnloadEvent) => ev.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (ed.loadError) {
    const gone = ed.loadError instanceof ApiError && ed.loadError.status === 404;
    return gone ? (
      <Result status="404" title={<h1 className="tb-result-title">{t.guide.notFound}</h1>} />
    ) : (
      <LoadError error={ed.loadError} onRetry={ed.reload} />
    );
  }
  const d = ed.draft;
  if (!d) return <PageLoading />;

  const detail = ed.detail;
  const readOnly = detail?.status === 'in_review';
  const canSubmit = !readOnly && (dirty || !detail || detail.status === 'draft');
  const counts: Partial<Record<TabKey, number>> = {};
  for (const p of ed.problems) counts[tabOf(p.path)] = (counts[tabOf(p.path)] ?? 0) + 1;
  const label = (key: TabKey) => (
    <span data-testid={`tab-${key}`}>
      {e.tabs[key]}
      {counts[key] ? <Badge count={counts[key]} size="small" className="tbi-tab-badge" /> : null}
    </span>
  );
  const tabProps = { d, update: ed.update };
  const tabs: { key: TabKey; children: ReactNode }[] = [
    { key: 'basic', children: <BasicTab {...tabProps} /> },
    { key: 'basis', children: <BasisTab {...tabProps} /> },
    { key: 'materials', children: <MaterialsTab {...tabProps} itemId={detail?.id ?? null} readOnly={readOnly} /> },
    { key: 'process', children: <ProcessTab {...tabProps} readOnly={readOnly} /> },
    { key: 'limits', children: <LimitsTab {...tabProps} /> },
    { key: 'fees', children: <FeesTab {...tabProps} readOnly={readOnly} /> },
    {
      key: 'form',
      children: (
        <FormTab d={d} texts={ed.texts} setTexts={ed.setTexts} jsonErrors={ed.jsonErrors} readOnly={readOnly} />
      ),
    },
  ];
  if (detail) {
    // History is read-only anyway; outside the editing lock its tags and links keep their colours.
    const history = (
      <ConfigProvider componentDisabled={false}>
        <HistoryTable itemId={detail.id} />
      </ConfigProvider>
    );
    tabs.push({ key: 'history', children: history });
  }

  return (
    <div className="tbi-page tbi-editor">
      <Link to="/workbench/items" className="tbi-back">
        ← {e.listTitle}
      </Link>
      <div className="tbi-editor__bar">
        <div className="tbi-editor__title">
          <h1 className="tb-page-title" data-testid="item-title">
            {d.name || detail?.name || e.newTitle}
          </h1>
          {detail && <StatusTags item={detail} />}
          {dirty && detail && (
            <Tag color="orange" data-testid="item-dirty">
              {e.dirty}
            </Tag>
          )}
        </div>
        <div className="tbi-editor__actions">
          <Button
            onClick={() => void ed.save()}
            loading={ed.busy === 'save'}
            disabled={readOnly || ed.busy !== null || (!dirty && !!detail)}
            data-testid="item-save"
          >
            {e.save}
          </Button>
          <Popconfirm
            title={e.submitConfirm}
            okText={t.common.confirm}
            cancelText={t.common.cancel}
            okButtonProps={{ 'data-testid': 'item-submit-confirm' }}
            onConfirm={() => void ed.submit()}
            disabled={!canSubmit || ed.busy !== null}
          >
            <Button
              type="primary"
              loading={ed.busy === 'submit'}
              disabled={!canSubmit || ed.busy !== null}
              data-testid="item-submit"
            >
              {e.submit}
            </Button>
          </Popconfirm>
        </div>
      </div>

      {readOnly && <Alert type="info" showIcon title={e.inReview} className="tbi-alert" data-testid="item-in-review" />}
      {detail?.status === 'draft' && detail.reviewNote && (
        <Alert
          type="warning"
          showIcon
          className="tbi-alert"
          title={e.returnedAlert}
          description={`${e.returnNote}${t.common.colon}${detail.reviewNote}`}
          data-testid="item-returned"
        />
      )}
      {ed.conflict && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="tbi-alert"
          title={e.conflict}
          data-testid="item-conflict"
          action={
            <Button size="small" onClick={ed.reload} data-testid="item-conflict-reload">
              {t.common.reload}
            </Button>
          }
        />
      )}
      {ed.actionError ? (
        <Alert type="error" showIcon role="alert" className="tbi-alert" title={errorText(ed.actionError, t)} />
      ) : null}
      {ed.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="tbi-alert"
          data-testid="item-problems"
          title={e.problemsTitle}
          description={
            <ul className="tbi-problems">
              {ed.problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <button type="button" className="tbi-problems__link" onClick={() => setTab(tabOf(p.path))}>
                    {problemLabel(p.path, t)}
                  </button>
                  {t.common.colon}
                  {p.message}
                </li>
              ))}
            </ul>
          }
        />
      )}

      <ProblemsContext.Provider value={ed.problems}>
        <Form layout="vertical" component="div" disabled={readOnly} className="tbi-form">
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as TabKey)}
            items={tabs.map((tb) => ({ key: tb.key, label: label(tb.key), children: tb.children }))}
            data-testid="item-tabs"
          />
        </Form>
      </ProblemsContext.Provider>
    </div>
  );
}
