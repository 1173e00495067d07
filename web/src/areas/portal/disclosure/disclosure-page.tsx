import { Empty, Pagination, Skeleton, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import {
  publicArticlesPath,
  publicChannels,
  type ArticleListItem,
  type PublicChannel,
  type PublicPage,
} from '../../../api/content';
import { useLoad } from '../../../api/use-load';
import { ExternalLink } from '../../../components/content/article-body';
import { day, useContentT } from '../../../components/content/i18n';
import { ContentLoadError } from './load-error';
import './disclosure.css';

const PAGE_SIZE = 10;
const CENTRE = /^\d{6,12}$/;

/** Channel, page and (for a county's site) centre from the address, nonsense falling back to the defaults. */
export function readDisclosureParams(p: URLSearchParams) {
  const asked = p.get('channel') as PublicChannel | null;
  const channel = asked && publicChannels.includes(asked) ? asked : 'centre_intro';
  const page = Math.max(1, Math.min(10_000, Number.parseInt(p.get('page') ?? '1', 10) || 1));
  const code = p.get('centre') ?? '';
  return { channel, page, centre: CENTRE.test(code) ? code : undefined };
}

function ArticleLine({ a, centre }: { a: ArticleListItem; centre: string | undefined }) {
  const t = useContentT();
  const meta = (
    <span className="tbp-disc__meta">
      {a.ownerName} · {t.publishedOn(day(a.publishedAt))}
    </span>
  );
  return (
    <li className="tbp-disc__item" data-testid="disclosure-item" data-id={a.id}>
      {a.url ? (
        <ExternalLink href={a.url} testId="disclosure-external">
          {a.title}
        </ExternalLink>
      ) : (
        <Link
          to={`/portal/disclosure/${a.id}${centre ? `?centre=${centre}` : ''}`}
          className="tbp-disc__title"
          data-testid="disclosure-link"
        >
          {a.title}
        </Link>
      )}
      {meta}
    </li>
  );
}

/** 信息公开 (/portal/disclosure, public, R-WEB-1): the centre's published pages, a tab per channel. */
export function DisclosurePage() {
  const t = useContentT();
  const [params, setParams] = useSearchParams();
  const { channel, page, centre } = readDisclosureParams(params);
  const { data, error, loading, reload } = useLoad<PublicPage>(
    publicArticlesPath({ channel, page, pageSize: PAGE_SIZE, ...(centre ? { centre } : {}) }),
  );
  const go = (next: { channel?: PublicChannel; page?: number }) => {
    const p = new URLSearchParams();
    p.set('channel', next.channel ?? channel);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    if (centre) p.set('centre', centre);
    setParams(p);
  };

  return (
    <div className="tbp-disc" data-testid="disclosure-page" data-channel={channel}>
      <section className="tbp-hero" aria-labelledby="tbp-disc-title">
        <h1 id="tbp-disc-title" className="tbp-hero__title">
          {t.portal.title}
          {data && <span className="tbp-disc__centre"> · {data.centre.name}</span>}
        </h1>
        <p className="tbp-hero__lead">{t.portal.lead}</p>
      </section>
      <div className="tbp-card">
        <Tabs
          activeKey={channel}
          onChange={(key) => go({ channel: key as PublicChannel })}
          items={publicChannels.map((c) => ({
            key: c,
            label: <span data-testid={`disclosure-tab-${c}`}>{t.channels[c]}</span>,
          }))}
        />
        {error ? (
          <ContentLoadError error={error} onRetry={reload} />
        ) : !data || loading ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : data.items.length === 0 ? (
          <Empty description={t.portal.empty} data-testid="disclosure-empty" />
        ) : (
          <>
            <ul className="tbp-disc__list">
              {data.items.map((a) => (
                <ArticleLine key={a.id} a={a} centre={centre} />
              ))}
            </ul>
            <Pagination
              className="tbp-pagination"
              current={data.page}
              pageSize={PAGE_SIZE}
              total={data.total}
              hideOnSinglePage
              showSizeChanger={false}
              showTotal={(n) => t.total(n)}
              onChange={(p) => go({ page: p })}
            />
          </>
        )}
      </div>
    </div>
  );
}
