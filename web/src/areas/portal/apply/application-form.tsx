import { Alert, Button, Form } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  createDraft,
  getDraft,
  newIdempotencyKey,
  saveDraft,
  submitApplication,
  type ApplicationInput,
  type CaseDetail,
  type Draft,
} from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { cleanFormValues, JsonSchemaForm, readFormSchema } from '../../../components/json-schema-form';
import { useSession } from '../../../session/session';
import { PageLoading } from '../../../shell/page-states';
import { errorText, LoadError } from '../catalogue/load-error';
import type { Guide } from '../catalogue/types';
import { usePortalT } from '../i18n';
import { timeOnly } from '../my-cases/format';
import { useCasesT } from '../my-cases/i18n';
import { MaterialList, type AttachedFile } from './material-list';
import { expiredUploadIds, mayRetrySame, missingMaterialKeys, placeFormProblems } from './server-problems';
import './apply.css';

export type ApplicationFormProps = {
  itemId: string;
  /** An agent applying for a resident they hold an authorisation for (workbench). */
  forPersonId?: string;
  /** The draft to resume; read when the form mounts (its own later saves keep the same form). */
  draftId?: string;
  /** The draft when the page has loaded it already (saves a second request). */
  draft?: Draft;
  /** The item's guide when the page has loaded it already. */
  guide?: Guide;
  onSubmitted: (detail: CaseDetail) => void;
  /** After each 保存草稿; the first one creates the draft (the portal puts its id in the address). */
  onDraftSaved?: (draft: Draft) => void;
};

type DraftSource = { draft: Draft | null; error: unknown; loading: boolean; generation: number };

/** The draft this form opened with, loaded once, and again on demand after a version conflict. */
function useDraftSource(draftId: string | undefined, preloaded: Draft | undefined) {
  const [startId] = useState(draftId);
  const have = preloaded && preloaded.id === startId ? preloaded : null;
  const [state, setState] = useState<DraftSource>({
    draft: have,
    error: null,
    loading: !!startId && !have,
    generation: 0,
  });
  const load = useCallback((id: string) => {
    setState((s) => ({ ...s, loading: true, error: null }));
    getDraft(id).then(
      (draft) => setState((s) => ({ draft, error: null, loading: false, generation: s.generation + 1 })),
      (error: unknown) => setState((s) => ({ ...s, error, loading: false })),
    );
  }, []);
  const needsLoad = !!startId && !have;
  useEffect(() => {
    if (needsLoad && startId) load(startId);
  }, [needsLoad, startId, load]);
  return { ...state, reload: load };
}

/**
 * 网上申报: the item's online form and its materials, 保存草稿 and 提交申请. Used by the portal
 * for applicants and by the workbench for agents (`forPersonId`).
 */
export function ApplicationForm(props: ApplicationFormProps) {
  const t = useCasesT();
  const loaded = useLoad<Guide>(props.guide ? null : `/api/catalogue/items/${props.itemId}`);
  const guide = props.guide ? { data: props.guide, error: null, reload: loaded.reload } : loaded;
  const source = useDraftSource(props.draftId, props.draft);

  if (guide.error) return <LoadError error={guide.error} onRetry={guide.reload} />;
  if (source.error) {
    if (source.error instanceof ApiError && source.error.status === 404)
      return <Alert type="warning" showIcon title={t.apply.draftNotFound} data-testid="draft-not-found" />;
    return <LoadError error={source.error} onRetry={() => props.draftId && source.reload(props.draftId)} />;
  }
  if (!guide.data || source.loading) return <PageLoading />;
  if (!guide.data.definition.onlineApplication)
    return <Alert type="warning" showIcon title={t.apply.notOnline} data-testid="apply-not-online" />;
  return (
    <ApplicationEditor
      key={`${source.draft?.id ?? 'new'}:${source.generation}`}
      {...props}
      guide={guide.data}
      draft={source.draft}
      onReloadDraft={source.reload}
    />
  );
}

type EditorProps = Omit<ApplicationFormProps, 'draft' | 'draftId' | 'guide'> & {
  guide: Guide;
  draft: Draft | null;
  onReloadDraft: (id: string) => void;
};

function ApplicationEditor({
  itemId,
  forPersonId,
  guide,
  draft,
  onSubmitted,
  onDraftSaved,
  onReloadDraft,
}: EditorProps) {
  const t = useCasesT();
  const a = t.apply;
  const pt = usePortalT();
  const { person } = useSession();
  const d = guide.definition;
  const reading = useMemo(() => readFormSchema(d.formSchema, d.formUi), [d]);
  const fields = reading.ok ? reading.fields : [];
  const [form] = Form.useForm();
  const initialValues = useMemo(() => draft?.formData, [draft]);
  const [files, setFiles] = useState<AttachedFile[]>(() =>
    (draft?.materials ?? []).map((m) => ({
      materialKey: m.materialKey,
      uploadId: m.uploadId,
      fileName: m.fileName,
      sizeBytes: m.sizeBytes,
    })),
  );
  const [uploading, setUploading] = useState(false);
  const [saved, setSaved] = useState(draft ? { id: draft.id, version: draft.version, at: draft.updatedAt } : null);
  const [saving, setSaving] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [marked, setMarked] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  // Set synchronously: a double click reaches the handler twice before React re-renders.
  const busy = useRef(false);
  // One idempotency key per attempt: kept while the same request is retried, new when it changes.
  const attempt = useRef<{ key: string; body: string } | null>(null);

  const materials = d.materials.map((m) => ({
    key: m.key,
    name: m.name,
    requirement: m.requirement,
    notes: m.notes,
    formTemplate: m.formTemplate ?? null,
  }));
  const required = d.materials.filter((m) => m.requirement === 'required');
  const missing = required.filter((m) => !files.some((f) => f.materialKey === m.key));
  const refs = files.map((f) => ({ materialKey: f.materialKey, uploadId: f.uploadId }));
  const enterprise = person?.enterprises.find((e) => e.id === person.actingEnterpriseId);

  async function save() {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    setProblem(null);
    const formData = cleanFormValues(fields, form.getFieldsValue() as Record<string, unknown>);
    try {
      const next = saved
        ? await saveDraft(saved.id, { formData, materials: refs, version: saved.version })
        : await createDraft({ itemId, formData, materials: refs, ...(forPersonId ? { forPersonId } : {}) });
      setSaved({ id: next.id, version: next.version, at: next.updatedAt });
      onDraftSaved?.(next);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (!dropExpired(err)) setProblem(errorText(err, pt));
    } finally {
      busy.current = false;
      setSaving(false);
    }
  }

  /** Takes out uploads the server no longer has and marks their materials; true when there were some. */
  function dropExpired(err: unknown): boolean {
    const gone = expiredUploadIds(err);
    if (!gone.length) return false;
    setMarked(files.filter((f) => gone.includes(f.uploadId)).map((f) => f.materialKey));
    setFiles((now) => now.filter((f) => !gone.includes(f.uploadId)));
    setProblem(a.uploadsExpired);
    return true;
  }

  async function submit() {
    if (busy.current || uploading) return;
    busy.current = true;
    setProblem(null);
    try {
      let formData: Record<string, unknown> | null = null;
      try {
        formData = cleanFormValues(fields, (await form.validateFields()) as Record<string, unknown>);
      } catch {
        const first = form.getFieldsError().find((f) => f.errors.length);
        if (first) form.scrollToField(first.name, { block: 'center' });
      }
      setMarked(missing.map((m) => m.key));
      if (!formData || missing.length || !reading.ok) {
        if (!formData) setProblem(a.fixForm);
        return;
      }
      const body: ApplicationInput = {
        itemId,
        formData,
        materials: refs,
        ...(saved ? { draftId: saved.id } : {}),
        ...(forPersonId ? { forPersonId } : {}),
      };
      const json = JSON.stringify(body);
      if (attempt.current?.body !== json) attempt.current = { key: newIdempotencyKey(), body: json };
      setSubmitting(true);
      const created = await submitApplication(body, attempt.current.key);
      attempt.current = null;
      onSubmitted(created);
    } catch (err) {
      if (!mayRetrySame(err)) attempt.current = null;
      const names = fields.map((f) => f.name);
      if (placeFormProblems(err, form, names, a.formCode) > 0) setProblem(a.fixForm);
      else if (missingMaterialKeys(err).length) setMarked(missingMaterialKeys(err));
      else if (dropExpired(err)) return;
      else if (err instanceof ApiError && err.status === 0) setProblem(a.retryHint);
      else setProblem(errorText(err, pt));
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }

  const locked = submitting || saving;
  return (
    <div className="tba-apply" data-testid="application-form">
      {!forPersonId && person && (
        <p className="tba-identity" data-testid="apply-identity">
          {enterprise ? a.asEnterprise(enterprise.name) : a.asPerson(person.name)}{' '}
          <Link to="/portal/me">{a.switchIdentity}</Link>
        </p>
      )}
      <section className="tba-section" aria-labelledby="tba-form-title">
        <h2 id="tba-form-title" className="tba-section__title">
          <span className="tba-step" aria-hidden>
            1
          </span>
          {a.formTitle}
        </h2>
        <p className="tba-hint">{a.formHint}</p>
        <JsonSchemaForm
          schema={d.formSchema}
          ui={d.formUi}
          form={form}
          name="apply"
          disabled={locked}
          initialValues={initialValues}
        />
      </section>
      <section className="tba-section" aria-labelledby="tba-materials-title">
        <h2 id="tba-materials-title" className="tba-section__title">
          <span className="tba-step" aria-hidden>
            2
          </span>
          {a.materialsTitle}
        </h2>
        <p className="tba-hint">{a.materialsHint}</p>
        {required.length > 0 && (
          <p className="tba-count" data-testid="materials-count">
            {t.materials.progress(required.length - missing.length, required.length)}
          </p>
        )}
        <MaterialList
          materials={materials}
          value={files}
          onChange={(next) => {
            setFiles(next);
            setMarked((m) => m.filter((k) => !next.some((f) => f.materialKey === k)));
          }}
          onBusyChange={setUploading}
          marked={marked}
          disabled={locked}
        />
      </section>
      <section className="tba-section tba-submit" aria-labelledby="tba-submit-title">
        <h2 id="tba-submit-title" className="tba-section__title">
          <span className="tba-step" aria-hidden>
            3
          </span>
          {a.submitTitle}
        </h2>
        {conflict && saved && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={a.draftConflict}
            data-testid="draft-conflict"
            action={
              <Button size="small" onClick={() => onReloadDraft(saved.id)}>
                {a.reloadDraft}
              </Button>
            }
          />
        )}
        {marked.length > 0 && missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={a.missing(missing.length)}
            description={missing.map((m) => m.name).join(pt.common.separator)}
            data-testid="apply-missing"
          />
        )}
        {problem && <Alert type="error" showIcon role="alert" title={problem} data-testid="apply-problem" />}
        <p className="tba-hint">{a.declaration}</p>
        <p className="tba-saved" role="status" data-testid="draft-status">
          {saving ? a.saving : saved ? a.savedAt(timeOnly(saved.at)) : a.notSaved}
        </p>
        <div className="tba-actions">
          <Button
            size="large"
            onClick={() => void save()}
            disabled={submitting}
            loading={saving}
            data-testid="apply-save"
          >
            {a.saveDraft}
          </Button>
          <Button
            type="primary"
            size="large"
            onClick={() => void submit()}
            loading={submitting}
            disabled={uploading || saving}
            data-testid="apply-submit"
          >
            {submitting ? a.submitting : a.submit}
          </Button>
        </div>
        {uploading && <p className="tba-hint">{a.waitUploads}</p>}
      </section>
    </div>
  );
}
