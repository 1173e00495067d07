import { Result, Skeleton } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { publicArticlePath, type Article } from '../../../api/content';
import { useLoad } from '../../../api/use-load';
import { ArticleBody, ExternalLink, OwnershipLine } from '../../../components/content/article-body';
import { day, useContentT } from '../../../components/content/i18n';
import { ContentLoadError } from './load-error';
import './disclosure.css';

/** One published page (/portal/disclosure/:id): its text and who keeps it current (R-WEB-6). */
export function DisclosureArticlePage() {
  const t = useContentT();
  const { id = '' } = useParams();
  const centre = useSearchParams()[0].get('centre');
  const { data, error, reload } = useLoad<Article>(publicArticlePath(id));
  const back = (channel?: string) => {
    const p = new URLSearchParams();
    if (channel) p.set('channel', channel);
    if (centre && /^\d{6,12}$/.test(centre)) p.set('centre', centre);
    const q = p.toString();
    return `/portal/disclosure${q ? `?${q}` : ''}`;
  };

  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return (
      <Result
        status="404"
        title={<h1 className="tb-result-title">{t.portal.notFound}</h1>}
        extra={
          <Link to={back()} data-testid="article-back">
            {t.portal.back}
          </Link>
        }
        data-testid="article-not-found"
      />
    );

  return (
    <article className="tbp-disc tbp-card tb-article" data-testid="disclosure-article">
      <Link to={back(data?.channel)} className="tbp-back" data-testid="article-back">
        ← {data ? t.channels[data.channel] : t.portal.back}
      </Link>
      {error ? (
        <ContentLoadError error={error} onRetry={reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <h1 className="tb-article__title" data-testid="article-title">
            {data.title}
          </h1>
          <p className="tb-article__meta">
            {data.centreName} · {t.channels[data.channel]} · {t.publishedOn(day(data.publishedAt))}
          </p>
          {data.url && (
            <p>
              <ExternalLink href={data.url} testId="article-url">
                {data.url}
              </ExternalLink>
            </p>
          )}
          <ArticleBody body={data.body} />
          <OwnershipLine owner={data.ownerName} updatedAt={data.updatedAt} />
        </>
      )}
    </article>
  );
}
