import { Alert, App, Button, Collapse, Input, Space, Spin, Switch, Tag } from 'antd';
import { useState } from 'react';
import { ApiError, apiDelete, apiPut } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { ErrorAlert } from '../../workbench/account/error-alert';
import type { MessagingDictionary } from './i18n';

type Rendered = { subject: string; body: string };

/** One row of GET /api/notification-templates (server: modules/messaging/notification-service.ts). */
type Template = {
  topic: string;
  channel: 'sms' | 'email';
  future: boolean;
  enabled: boolean;
  subjectZh: string;
  subjectEn: string;
  bodyZh: string;
  bodyEn: string;
  customised: boolean;
  version: number | null;
  updatedAt: string | null;
  preview: { zh: Rendered; en: Rendered };
};

type List = { canEdit: boolean; items: Template[] };

const problemsOf = (err: unknown): string[] =>
  err instanceof ApiError && Array.isArray(err.details)
    ? (err.details as Array<{ field?: string; problem?: string }>).map((d) => `${d.field ?? ''}: ${d.problem ?? ''}`)
    : [];

function Editor({
  t,
  item,
  canEdit,
  onSaved,
}: {
  t: MessagingDictionary;
  item: Template;
  canEdit: boolean;
  onSaved: (next: List) => void;
}) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState(item);
  const [problem, setProblem] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const path = `/api/notification-templates/${item.topic}/${item.channel}`;
  const run = async (action: () => Promise<List>) => {
    setSaving(true);
    setProblem([]);
    try {
      const next = await action();
      onSaved(next);
      void message.success(t.templates.saved);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) void message.warning(t.templates.conflict);
      const lines = problemsOf(err);
      setProblem(lines.length ? lines : [err instanceof Error ? err.message : String(err)]);
    } finally {
      setSaving(false);
    }
  };
  const field = (key: 'subjectZh' | 'subjectEn' | 'bodyZh' | 'bodyEn', label: string, rows: number) => (
    <label className="tb-msg-field">
      <span>{label}</span>
      <Input.TextArea
        value={draft[key]}
        readOnly={!canEdit}
        autoSize={{ minRows: rows, maxRows: 12 }}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        data-testid={`template-${key}`}
      />
    </label>
  );
  return (
    <div className="tb-msg-editor" data-testid="template-editor">
      <label className="tb-msg-inline">
        <Switch
          checked={draft.enabled}
          disabled={!canEdit}
          onChange={(enabled) => setDraft({ ...draft, enabled })}
          data-testid="template-enabled"
        />
        <span>{t.templates.enabled}</span>
      </label>
      {item.channel === 'email' && field('subjectZh', t.templates.subjectZh, 1)}
      {field('bodyZh', t.templates.bodyZh, item.channel === 'sms' ? 2 : 5)}
      {item.channel === 'email' && field('subjectEn', t.templates.subjectEn, 1)}
      {field('bodyEn', t.templates.bodyEn, item.channel === 'sms' ? 2 : 5)}
      <div className="tb-msg-preview">
        <strong>{t.templates.preview}</strong>
        {(['zh', 'en'] as const).map((l) => (
          <pre key={l}>
            {item.preview[l].subject ? `${item.preview[l].subject}\n\n` : ''}
            {item.preview[l].body}
          </pre>
        ))}
      </div>
      {problem.length > 0 && <Alert type="error" showIcon role="alert" title={problem.join('；')} />}
      {canEdit && (
        <Space>
          <Button
            type="primary"
            loading={saving}
            data-testid="template-save"
            onClick={() =>
              void run(() =>
                apiPut<List>(path, {
                  enabled: draft.enabled,
                  subjectZh: draft.subjectZh,
                  subjectEn: draft.subjectEn,
                  bodyZh: draft.bodyZh,
                  bodyEn: draft.bodyEn,
                  version: item.version,
                }),
              )
            }
          >
            {t.templates.save}
          </Button>
          {item.customised && item.version !== null && (
            <Button
              disabled={saving}
              onClick={() => void run(() => apiDelete<List>(`${path}?version=${item.version}`))}
            >
              {t.templates.reset}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}

/** SMS and e-mail wording per event, Chinese and English, each with a preview. */
export function Templates({ t }: { t: MessagingDictionary }) {
  const loaded = useLoad<List>('/api/notification-templates');
  const [saved, setSaved] = useState<List | null>(null);
  const list = saved ?? loaded.data;
  if (loaded.error) return <ErrorAlert error={loaded.error} onReload={loaded.reload} />;
  if (!list) return <Spin />;
  return (
    <div data-testid="notification-templates">
      <Alert
        type="info"
        showIcon
        title={list.canEdit ? t.templates.hint : t.templates.readOnly}
        className="tb-msg-gap"
      />
      <Collapse
        items={list.items.map((item) => ({
          key: `${item.topic}/${item.channel}${item.version ?? ''}`,
          label: (
            <span data-testid="template-row" data-topic={item.topic} data-channel={item.channel}>
              {t.events[item.topic] ?? item.topic} · {t.channel[item.channel]}{' '}
              {!item.enabled && <Tag>{t.templates.disabled}</Tag>}
              {item.customised && <Tag color="blue">{t.templates.customised}</Tag>}
              {item.future && <Tag>{t.templates.future}</Tag>}
            </span>
          ),
          children: <Editor t={t} item={item} canEdit={list.canEdit} onSaved={setSaved} />,
        }))}
      />
    </div>
  );
}
