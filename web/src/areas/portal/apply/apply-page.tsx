import { Result } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaseDetail, Draft } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { PageLoading } from '../../../shell/page-states';
import { LoadError } from '../catalogue/load-error';
import type { Guide } from '../catalogue/types';
import { usePortalT } from '../i18n';
import { useCasesT } from '../my-cases/i18n';
import { PersonOnly } from '../my-cases/person-only';
import { ApplicationForm } from './application-form';
import { SubmittedResult } from './submitted-result';
import './apply.css';

function Missing({ title }: { title: string }) {
  const pt = usePortalT();
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{title}</h1>}
      extra={
        <Link to="/portal" className="tb-button-link">
          {pt.guide.backToCatalogue}
        </Link>
      }
    />
  );
}

const notFound = (err: unknown) => err instanceof ApiError && (err.status === 404 || err.status === 400);

/** The page around the form: which item, where it is decided, the way back; then the result. */
function ApplyView({
  guide,
  draft,
  back,
  onDraftSaved,
  onSubmitted,
}: {
  guide: Guide;
  draft?: Draft;
  back: { to: string; label: string };
  onDraftSaved?: (d: Draft) => void;
  onSubmitted?: () => void;
}) {
  const t = useCasesT();
  const [done, setDone] = useState<CaseDetail | null>(null);
  if (done) {
    return (
      <div className="tba-page">
        <SubmittedResult detail={done} />
      </div>
    );
  }
  return (
    <div className="tba-page" data-testid="apply-page">
      <header className="tba-page__head">
        <Link to={back.to} className="tbp-back">
          ← {back.label}
        </Link>
        <p className="tba-page__kind">{t.apply.title}</p>
        <h1 data-testid="apply-item-name">{guide.definition.name}</h1>
        <p className="tba-page__meta">
          {guide.departmentName} · {guide.centreName}
        </p>
      </header>
      <ApplicationForm
        itemId={guide.itemId}
        guide={guide}
        {...(draft ? { draftId: draft.id, draft } : {})}
        onSubmitted={(c) => {
          setDone(c);
          onSubmitted?.();
        }}
        {...(onDraftSaved ? { onDraftSaved } : {})}
      />
    </div>
  );
}

/** /portal/items/:itemId/apply — a new application; ?draft= once its draft is saved. */
function NewApplication() {
  const t = useCasesT();
  const pt = usePortalT();
  const { itemId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const draftId = params.get('draft');
  // The draft named at arrival is loaded; a draft this page creates only goes into the address.
  const [startDraft] = useState(draftId);
  const guide = useLoad<Guide>(`/api/catalogue/items/${itemId}`);
  const draft = useLoad<Draft>(startDraft ? `/api/case-drafts/${startDraft}` : null);
  if (guide.error)
    return notFound(guide.error) ? (
      <Missing title={pt.guide.notFound} />
    ) : (
      <LoadError error={guide.error} onRetry={guide.reload} />
    );
  if (draft.error)
    return notFound(draft.error) ? (
      <Missing title={t.apply.draftNotFound} />
    ) : (
      <LoadError error={draft.error} onRetry={draft.reload} />
    );
  if (!guide.data || (startDraft && !draft.data)) return <PageLoading />;
  return (
    <ApplyView
      guide={guide.data}
      {...(draft.data ? { draft: draft.data } : {})}
      back={{ to: `/portal/items/${itemId}`, label: t.apply.back }}
      onDraftSaved={(d) => {
        if (params.get('draft') !== d.id) setParams({ draft: d.id }, { replace: true });
      }}
      // The submission took the draft with it; the address no longer names it.
      onSubmitted={() => setParams({}, { replace: true })}
    />
  );
}

/** /portal/drafts/:draftId — resumes a saved draft. */
function ResumedDraft() {
  const t = useCasesT();
  const pt = usePortalT();
  const { draftId = '' } = useParams();
  const draft = useLoad<Draft>(`/api/case-drafts/${draftId}`);
  const guide = useLoad<Guide>(draft.data ? `/api/catalogue/items/${draft.data.itemId}` : null);
  if (draft.error)
    return notFound(draft.error) ? (
      <Missing title={t.apply.draftNotFound} />
    ) : (
      <LoadError error={draft.error} onRetry={draft.reload} />
    );
  if (guide.error)
    return notFound(guide.error) ? (
      <Missing title={pt.guide.notFound} />
    ) : (
      <LoadError error={guide.error} onRetry={guide.reload} />
    );
  if (!draft.data || !guide.data) return <PageLoading />;
  return (
    <ApplyView
      key={draftId}
      guide={guide.data}
      draft={draft.data}
      back={{ to: '/portal/my/cases?tab=drafts', label: t.apply.backToDrafts }}
    />
  );
}

export function ApplyPage() {
  return (
    <PersonOnly>
      <NewApplication />
    </PersonOnly>
  );
}

export function DraftPage() {
  return (
    <PersonOnly>
      <ResumedDraft />
    </PersonOnly>
  );
}
