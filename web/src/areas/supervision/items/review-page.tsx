import { Alert, App, Button, Result } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, apiPost } from '../../../api/client';
import { PageLoading } from '../../../shell/page-states';
import { errorText, LoadError } from '../../portal/catalogue/load-error';
import type { Guide, ItemDefinition } from '../../portal/catalogue/types';
import { useLoad } from '../../../api/use-load';
import { useDepartmentNames } from '../../portal/guide/department-names';
import { GuideView } from '../../portal/guide/guide-view';
import { usePortalT } from '../../portal/i18n';
import { HistoryTable } from '../../workbench/items/editor/history-table';
import { fieldName } from '../../workbench/items/editor/problems';
import { StatusTags } from '../../workbench/items/status-tags';
import type { ItemDetail, ItemSummary } from '../../workbench/items/types';
import { ReviewActions } from './review-actions';

/** Top-level fields whose content differs, as the server counts them for the history. */
function changedFields(before: ItemDefinition, after: ItemDefinition): string[] {
  return (Object.keys(after) as (keyof ItemDefinition)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
}

/** One item in review: the draft exactly as the guide will show it, what changed, publish or return. */
export function ReviewPage() {
  const t = usePortalT();
  const r = t.review;
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const item = useLoad<ItemDetail>(`/api/items/${id}`);
  const list = useLoad<ItemSummary[]>('/api/items');
  const live = useLoad<Guide>(
    item.data?.publishedVersionId ? `/api/catalogue/versions/${item.data.publishedVersionId}` : null,
  );
  const names = useDepartmentNames(item.data ? { id: item.data.centreId } : null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<'published' | 'returned' | null>(null);
  const [historyRound, setHistoryRound] = useState(0);

  if (item.error) return <LoadError error={item.error} onRetry={item.reload} />;
  const detail = item.data;
  if (!detail) return <PageLoading />;
  const summary = list.data?.find((i) => i.id === detail.id);
  const d = detail.definition;
  const changes = live.data ? changedFields(live.data.definition, d) : null;

  const act = async (path: 'publish' | 'return', body: object): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await apiPost<ItemDetail>(`/api/items/${detail.id}/${path}`, { version: detail.version, ...body });
      void message.success(path === 'publish' ? r.published : r.returned);
      setDone(path === 'publish' ? 'published' : 'returned');
      setHistoryRound((n) => n + 1);
      item.reload();
      return true;
    } catch (err) {
      setProblem(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const conflict = problem instanceof ApiError && problem.code === 'resource.version_conflict';

  return (
    <div className="tbi-page tbi-review" data-testid="review-page">
      <Link to="/supervision/items" className="tbi-back">
        ← {r.backToQueue}
      </Link>
      <div className="tbi-editor__bar">
        <div className="tbi-editor__title">
          <h1 className="tb-page-title" data-testid="review-title">
            {d.name}
          </h1>
          <StatusTags item={detail} />
        </div>
        {detail.status === 'in_review' && !done && (
          <ReviewActions
            busy={busy}
            onPublish={() => void act('publish', {})}
            onReturn={(note) => act('return', { note })}
          />
        )}
      </div>

      {done === 'published' && (
        <Result
          status="success"
          title={r.published}
          data-testid="review-published"
          extra={[
            <a
              key="public"
              href={`/portal/items/${detail.id}`}
              target="_blank"
              rel="noreferrer"
              data-testid="review-public-link"
            >
              {t.editor.viewPublic}
            </a>,
            <Link key="queue" to="/supervision/items">
              {r.backToQueue}
            </Link>,
          ]}
        />
      )}
      {done === 'returned' && <Alert type="success" showIcon title={r.returned} className="tbi-alert" />}
      {!done && detail.status !== 'in_review' && (
        <Alert type="info" showIcon title={r.notInReview} className="tbi-alert" />
      )}
      {problem ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="tbi-alert"
          title={conflict ? t.editor.conflict : errorText(problem, t)}
          action={
            conflict && (
              <Button size="small" onClick={item.reload}>
                {t.common.reload}
              </Button>
            )
          }
        />
      ) : null}

      <Alert
        type="info"
        className="tbi-alert"
        data-testid="review-changes"
        title={
          changes === null
            ? detail.publishedVersionId
              ? t.common.loading
              : r.firstVersion
            : `${r.changedSince}${changes.map((f) => fieldName(f, t)).join(t.common.separator) || t.common.none}`
        }
      />

      <section className="tbi-review__draft" aria-labelledby="tbi-review-draft">
        <h2 id="tbi-review-draft" className="tbi-review__draft-title">
          {r.draftView}
        </h2>
        <GuideView
          definition={d}
          departmentName={summary?.departmentName ?? ''}
          centreName={summary?.centreName ?? ''}
          departmentNames={names}
        />
      </section>

      <h2 className="tbi-subhead">{t.editor.tabs.history}</h2>
      <HistoryTable key={historyRound} itemId={detail.id} />
    </div>
  );
}
