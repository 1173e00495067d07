import { Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { internalArticlePath, type InternalArticle } from '../../../api/content';
import { useLoad } from '../../../api/use-load';
import { ArticleBody, OwnershipLine } from '../../../components/content/article-body';
import { day, useContentT } from '../../../components/content/i18n';
import { ErrorAlert } from '../account/error-alert';

/** One internal article, for staff of its centre or of the whole city (R-WEB-5). */
export default function InternalArticlePage() {
  const t = useContentT();
  const { id = '' } = useParams();
  const { data, error, reload } = useLoad<InternalArticle>(internalArticlePath(id));
  return (
    <article className="tb-staff-page tb-staff-panel tb-article" data-testid="internal-article">
      <Link to="/workbench/internal" className="tbp-back" data-testid="article-back">
        ← {t.internal.back}
      </Link>
      <ErrorAlert error={error} onReload={reload} />
      {!data ? (
        !error && <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <h1 className="tb-article__title" data-testid="article-title">
            {data.title}
          </h1>
          <p className="tb-article__meta">
            {data.centreName} · {t.channels[data.channel]}
            {data.audience && ` · ${t.internal.audience[data.audience]}`} · {t.publishedOn(day(data.publishedAt))}
          </p>
          <ArticleBody body={data.body} />
          <OwnershipLine owner={data.ownerName} updatedAt={data.updatedAt} />
        </>
      )}
    </article>
  );
}
