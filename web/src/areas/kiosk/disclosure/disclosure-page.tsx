import { Navigate, useParams, useSearchParams } from 'react-router';
import { publicArticlePath, publicArticlesPath, type Article, type PublicPage } from '../../../api/content';
import { useLoad } from '../../../api/use-load';
import { ArticleBody, OwnershipLine } from '../../../components/content/article-body';
import { useContentT } from '../../../components/content/i18n';
import { KioskPager, pageParam } from '../pager';
import { KIOSK_HOME, KioskScreen } from '../screen';
import { KioskEmpty, KioskError, KioskLoading } from '../states';
import { hallCode } from '../map/hall';
import './disclosure.css';

const kioskChannels = ['rules', 'staff', 'contacts'] as const;
type KioskChannel = (typeof kioskChannels)[number];

/**
 * 办事规则 / 人员公示 / 联系我们 on the kiosk (R-KIO-2): the website's own published pages of the
 * hall's centre (R-KIO-1: nothing kept on the kiosk), one page per screen in large type, turned
 * by the big 上一页 / 下一页 buttons.
 */
export function KioskDisclosurePage() {
  const { channel = '' } = useParams();
  if (!kioskChannels.includes(channel as KioskChannel)) return <Navigate to={KIOSK_HOME} replace />;
  return <DisclosureScreen channel={channel as KioskChannel} />;
}

function DisclosureScreen({ channel }: { channel: KioskChannel }) {
  const t = useContentT();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params);
  const centre = hallCode();
  const list = useLoad<PublicPage>(publicArticlesPath({ channel, page, pageSize: 1, ...(centre ? { centre } : {}) }));
  const first = list.data?.items[0];
  const article = useLoad<Article>(first ? publicArticlePath(first.id) : null);
  const error = list.error ?? article.error;
  const reload = () => (list.error ? list.reload() : article.reload());

  return (
    <KioskScreen title={t.kiosk[channel]} lead={list.data?.centre.name} testId={`kiosk-disclosure-${channel}`}>
      {error ? (
        <KioskError error={error} onRetry={reload} />
      ) : !list.data ? (
        <KioskLoading />
      ) : list.data.items.length === 0 ? (
        <KioskEmpty text={t.kiosk.empty} testId="kiosk-disclosure-empty" />
      ) : !article.data || article.data.id !== first?.id ? (
        <KioskLoading />
      ) : (
        <article className="tbk-article" data-testid="kiosk-article">
          <h2 className="tbk-article__title">{article.data.title}</h2>
          <ArticleBody body={article.data.body} className="tbk-article__body" />
          <OwnershipLine owner={article.data.ownerName} updatedAt={article.data.updatedAt} />
        </article>
      )}
      {list.data && (
        <KioskPager
          page={list.data.page}
          pages={list.data.total}
          onChange={(next) => setParams({ page: String(next) })}
        />
      )}
    </KioskScreen>
  );
}
