import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { useSession } from '../../../session/session';
import { PageLoading } from '../../../shell/page-states';
import { LoadError } from '../catalogue/load-error';
import type { Guide } from '../catalogue/types';
import { useLoad } from '../../../api/use-load';
import { useLocalName } from '../../../i18n/local-name';
import { usePortalT } from '../i18n';
import { useDepartmentNames } from './department-names';
import { GuideView } from './guide-view';

/** 办事指南 of an item's current version (/portal/items/:itemId) or of a given one (/portal/versions/:versionId). */
export function GuidePage() {
  const t = usePortalT();
  const g = t.guide;
  const named = useLocalName();
  const { itemId, versionId } = useParams();
  const { person } = useSession();
  const path = versionId ? `/api/catalogue/versions/${versionId}` : `/api/catalogue/items/${itemId ?? ''}`;
  const { data: guide, error, loading, reload } = useLoad<Guide>(path);
  const names = useDepartmentNames(guide?.definition.joint ? { name: guide.centreName } : null);

  if (error) {
    const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
    return missing ? (
      <Result
        status="404"
        title={<h1 className="tb-result-title">{g.notFound}</h1>}
        extra={
          <Link to="/portal" className="tb-button-link">
            {g.backToCatalogue}
          </Link>
        }
      />
    ) : (
      <LoadError error={error} onRetry={reload} />
    );
  }
  if (loading || !guide) return <PageLoading />;
  const d = guide.definition;
  const applyPath = `/portal/items/${guide.itemId}/apply`;

  return (
    <article className="tbp-guide" data-testid="guide" aria-labelledby="tbp-guide-title">
      <Link to="/portal" className="tbp-back tbp-no-print">
        ← {g.backToCatalogue}
      </Link>
      {versionId && (
        <Alert
          className="tbp-no-print"
          type="info"
          showIcon
          title={g.oldVersion}
          action={<Link to={`/portal/items/${guide.itemId}`}>{g.current}</Link>}
        />
      )}
      <header className="tbp-guide__header">
        <p className="tbp-guide__kind">{g.title}</p>
        <h1 id="tbp-guide-title" className="tbp-guide__title">
          {named(d.name, d.nameEn)}
        </h1>
        <p className="tbp-guide__meta">
          <span data-testid="guide-department">{named(guide.departmentName, guide.departmentNameEn)}</span>
          <span>{named(guide.centreName, guide.centreNameEn)}</span>
          <span data-testid="guide-version">{g.version(guide.versionNo, t.common.date(guide.publishedAt))}</span>
        </p>
        <p className="tbp-guide__tags">
          {d.joint && <Tag color="purple">{t.search.joint}</Tag>}
          {d.onlineApplication && <Tag color="green">{t.search.online}</Tag>}
          <Tag>{t.labels.caseType[d.caseType]}</Tag>
        </p>
        <div className="tbp-guide__actions tbp-no-print">
          {d.onlineApplication ? (
            <Link
              to={person ? applyPath : `/portal/login?next=${encodeURIComponent(applyPath)}`}
              className="tb-button-link"
              aria-describedby={person ? undefined : 'tbp-apply-login'}
              data-testid="apply-online"
            >
              {g.apply}
            </Link>
          ) : (
            <span className="tbp-offline">{g.applyOffline}</span>
          )}
          <Button size="large" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="guide-print">
            {g.print}
          </Button>
          {/* 公众参与 (R-WEB-4): the question goes to the window that handles this item. */}
          <Link
            to={`/portal/participation?tab=consult&centreId=${guide.centreId}&itemId=${guide.itemId}`}
            className="tb-button-link tbp-guide__ask"
            data-testid="guide-ask"
          >
            {g.ask}
          </Link>
          {d.onlineApplication && !person && (
            <span id="tbp-apply-login" className="tbp-offline">
              {g.applyLogin}
            </span>
          )}
        </div>
      </header>
      <GuideView
        definition={d}
        departmentName={named(guide.departmentName, guide.departmentNameEn)}
        centreName={named(guide.centreName, guide.centreNameEn)}
        departmentNames={names}
      />
    </article>
  );
}
