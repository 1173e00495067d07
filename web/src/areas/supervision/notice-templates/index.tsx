import { Alert, App, Button, Empty, Input, Select, Space, Spin, Tag, Tooltip } from 'antd';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, apiPut, getCsrfToken } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { langTag, useLang, useT } from '../../../i18n';
import { useActing } from '../../workbench/account/gate';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { PostHeading } from '../../workbench/home/post-heading';
import {
  isProblemList,
  listFields,
  listNames,
  type NoticeTemplate,
  type NoticeType,
  noticeTypes,
  scalarFields,
  type TemplateProblem,
  type TemplateView,
  templatePath,
} from './model';
import { describeField, type FocusTarget, problemText, TemplateEditor } from './template-editor';
import './notice-templates.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** POST …/preview answers a PDF (or a JSON error): fetched raw, shown through a blob URL. */
async function fetchPreview(path: string, body: unknown, lang: ReturnType<typeof useLang>['lang']): Promise<Blob> {
  const headers: Record<string, string> = {
    accept: 'application/pdf, application/json',
    'content-type': 'application/json',
    'accept-language': langTag(lang),
  };
  const token = getCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  const res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  if (res.ok) return res.blob();
  const data = (await res.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: unknown };
  } | null;
  throw new ApiError(
    res.status,
    data?.error?.code ?? 'response.unexpected',
    data?.error?.message ?? String(res.status),
    data?.error?.details ?? null,
  );
}

/** The side list: every scalar field, and the per-item fields of each list, click to insert. */
function FieldList({ onPick }: { onPick: (token: string) => void }) {
  const t = useT().notices.templates;
  const chip = (token: string, label: string) => (
    <Tooltip key={token} title={label}>
      <Tag
        className="tb-nt-chip"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onPick(token)}
        data-testid="template-field"
      >
        {token}
      </Tag>
    </Tooltip>
  );
  return (
    <aside className="tb-staff-panel tb-nt-side" aria-labelledby="tb-nt-fields">
      <h2 id="tb-nt-fields" className="tb-staff-panel__title">
        {t.fieldsTitle}
      </h2>
      <p className="tb-nt-hint">{t.fieldsHint}</p>
      <div className="tb-nt-chips">{scalarFields.map((f) => chip(`{{${f}}}`, t.scalarLabels[f] ?? f))}</div>
      {listNames.map((l) => (
        <div key={l}>
          <h3 className="tb-nt-h3">{t.loopTitle(t.lists[l] ?? l)}</h3>
          <div className="tb-nt-chips">
            {(listFields[l] as readonly string[]).map((f) => chip(`{{item.${f}}}`, t.itemLabels[f] ?? f))}
          </div>
        </div>
      ))}
    </aside>
  );
}

function TemplateWorkspace({
  centreId,
  type,
  view,
  onSaved,
}: {
  centreId: string;
  type: NoticeType;
  view: TemplateView;
  onSaved: () => void;
}) {
  const n = useT().notices;
  const t = n.templates;
  const { lang } = useLang();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<NoticeTemplate>(view.template);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'preview' | null>(null);
  const [caseId, setCaseId] = useState('');
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const focus = useRef<FocusTarget | null>(null);

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.code === 'notice.template_invalid' && isProblemList(err.details)) {
      setProblems(err.details);
      setError(null);
    } else {
      setProblems([]);
      setError(err);
    }
  };

  const save = async () => {
    setBusy('save');
    setError(null);
    try {
      const saved = await apiPut<TemplateView>(templatePath(centreId, type), {
        template: draft,
        version: view.version,
      });
      setProblems([]);
      void message.success(t.saved(saved.version));
      onSaved();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const preview = async () => {
    // Opened now, while the click still counts, so that no pop-up blocker stops it.
    const win = window.open('', '_blank');
    setBusy('preview');
    setError(null);
    try {
      const blob = await fetchPreview(
        `${templatePath(centreId, type)}/preview`,
        { template: draft, caseId: caseId.trim() },
        lang,
      );
      setProblems([]);
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      const url = URL.createObjectURL(blob);
      setPreviewUrl(url);
      if (win) {
        win.location.href = url;
        void message.success(t.previewOpened);
      }
    } catch (err) {
      win?.close();
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const insert = (token: string) => {
    const f = focus.current;
    if (f && document.body.contains(f.el)) {
      const v = f.el.value;
      const start = f.el.selectionStart ?? v.length;
      const end = f.el.selectionEnd ?? start;
      f.set(v.slice(0, start) + token + v.slice(end));
      const caret = start + token.length;
      requestAnimationFrame(() => {
        f.el.focus();
        f.el.setSelectionRange(caret, caret);
      });
      return;
    }
    void navigator.clipboard?.writeText(token).then(
      () => message.info(t.copied(token)),
      () => undefined,
    );
  };

  const caseOk = UUID.test(caseId.trim());
  return (
    <div className="tb-nt-layout">
      <section className="tb-staff-panel tb-nt-main" data-testid="template-editor" data-version={view.version}>
        <p className="tb-nt-version">
          <Tag color={view.isDefault ? 'default' : 'gold'} data-testid="template-version">
            {t.version(view.version)}
          </Tag>
        </p>
        <ErrorAlert error={error} onReload={onSaved} />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="template-problems"
            title={t.invalid}
            description={
              <ul className="tb-staff-problems">
                {problems.map((p, i) => (
                  <li key={i}>
                    {describeField(t, p.field)}：{problemText(t, p)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <TemplateEditor
          value={draft}
          onChange={(f) => setDraft(f)}
          problems={problems}
          onFocusField={(target) => (focus.current = target)}
        />
        <div className="tb-nt-actions">
          <Button
            type="primary"
            loading={busy === 'save'}
            disabled={busy !== null}
            onClick={() => void save()}
            data-testid="template-save"
          >
            {t.save}
          </Button>
          <Button
            disabled={busy !== null}
            onClick={() => {
              setDraft(view.template);
              setProblems([]);
              setError(null);
            }}
          >
            {t.reset}
          </Button>
        </div>
        <div className="tb-nt-preview">
          <h3 className="tb-nt-h3">{t.preview}</h3>
          <Space.Compact className="tb-nt-preview__row">
            <Input
              value={caseId}
              onChange={(e) => setCaseId(e.target.value)}
              placeholder={t.previewCasePlaceholder}
              aria-label={t.previewCase}
              status={caseId && !caseOk ? 'error' : undefined}
              data-testid="template-preview-case"
            />
            <Button
              loading={busy === 'preview'}
              disabled={!caseOk || busy !== null}
              onClick={() => void preview()}
              data-testid="template-preview"
            >
              {t.preview}
            </Button>
          </Space.Compact>
          {caseId && !caseOk && <p className="tb-nt-problem">{t.previewCaseInvalid}</p>}
          {previewUrl && (
            <p>
              <a href={previewUrl} target="_blank" rel="noopener" data-testid="template-preview-link">
                {t.previewBlocked}
              </a>
            </p>
          )}
        </div>
        <div className="tb-nt-history" data-testid="template-history">
          <h3 className="tb-nt-h3">{t.history}</h3>
          {view.history.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.historyEmpty} />
          ) : (
            <ol className="tb-nt-history__list">
              {[...view.history]
                .sort((a, b) => b.version - a.version)
                .map((h) => (
                  <li key={h.version}>{t.historyLine(h.version, n.dateTime(h.createdAt), h.createdBy)}</li>
                ))}
            </ol>
          )}
        </div>
      </section>
      <FieldList onPick={insert} />
    </div>
  );
}

/**
 * 文书模板 (/supervision/notice-templates): the acting supervisor's centre's template of each
 * notice type, edited as blocks, saved as a new version, previewed with a real case.
 */
export default function NoticeTemplatesPage() {
  const n = useT().notices;
  const t = n.templates;
  const { acting } = useActing();
  const [params, setParams] = useSearchParams();
  const raw = params.get('type');
  const type: NoticeType = (noticeTypes as readonly string[]).includes(raw ?? '')
    ? (raw as NoticeType)
    : 'acceptance_notice';
  const { data, error, loading, reload } = useLoad<TemplateView>(templatePath(acting.centreId, type));

  return (
    <section className="tb-staff-page" data-testid="notice-templates">
      <PostHeading />
      <h1 className="tb-nt-title">{t.title}</h1>
      <p className="tb-nt-hint">{t.lead}</p>
      <div className="tb-nt-bar">
        <label htmlFor="tb-nt-type">{t.type}</label>
        <Select<NoticeType>
          id="tb-nt-type"
          style={{ minWidth: 240 }}
          value={type}
          onChange={(v) => setParams({ type: v })}
          options={noticeTypes.map((k) => ({ value: k, label: n.types[k] ?? k }))}
          data-testid="template-type"
        />
      </div>
      <ErrorAlert error={error} onReload={reload} />
      {loading && !data && <Spin />}
      {data && data.type === type && (
        <TemplateWorkspace
          key={`${type}:${data.version}`}
          centreId={acting.centreId}
          type={type}
          view={data}
          onSaved={reload}
        />
      )}
    </section>
  );
}
