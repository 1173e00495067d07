import { RightOutlined } from '@ant-design/icons';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useLoad } from '../../../api/use-load';
import { useT } from '../../../i18n';
import { limitText } from '../../portal/catalogue/labels';
import type { CataloguePage } from '../../portal/catalogue/types';
import { usePortalT } from '../../portal/i18n';
import { KioskPager, pageParam } from '../pager';
import { KioskScreen } from '../screen';
import { KioskEmpty, KioskError, KioskLoading } from '../states';
import { useLocalName } from '../../../i18n/local-name';

/** As many as a portrait screen shows without scrolling. */
const PAGE_SIZE = 8;

type Props = { kind: 'department' | 'theme'; name: string };

/** The published items of one department or topic, a page at a time, each opening its guide. */
export function ItemList({ kind, name }: Props) {
  const t = useT().kiosk.guide;
  const named = useLocalName();
  const pt = usePortalT();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params);
  const query = new URLSearchParams({
    [kind]: name,
    limit: String(PAGE_SIZE),
    offset: String((page - 1) * PAGE_SIZE),
  });
  const { data, error, loading, reload } = useLoad<CataloguePage>(`/api/catalogue?${query.toString()}`);
  const turn = (next: number) => {
    const p = new URLSearchParams(params);
    p.set('page', String(next));
    setParams(p);
  };

  return (
    <KioskScreen
      title={name}
      lead={data ? t.total(data.total) : undefined}
      back={{ to: kind === 'theme' ? '/kiosk/guide?by=theme' : '/kiosk/guide', label: t.back }}
      testId="kiosk-items"
    >
      {error ? (
        <KioskError error={error} onRetry={reload} />
      ) : !data ? (
        <KioskLoading />
      ) : data.items.length === 0 ? (
        <KioskEmpty text={t.empty} />
      ) : (
        <ol className="tbk-items" aria-busy={loading}>
          {data.items.map((item) => (
            <li key={item.itemId}>
              <Link
                to={`/kiosk/guide/items/${item.itemId}`}
                state={{ from: `${location.pathname}${location.search}` }}
                className="tbk-item"
                data-testid="kiosk-item"
                data-item-id={item.itemId}
              >
                <span className="tbk-item__words">
                  <span className="tbk-item__name">{named(item.name, item.nameEn)}</span>
                  <span className="tbk-item__meta">
                    {named(item.departmentName, item.departmentNameEn)} ·{' '}
                    {t.promised(limitText(pt, item.promisedLimit))}
                  </span>
                </span>
                <RightOutlined className="tbk-item__go" aria-hidden />
              </Link>
            </li>
          ))}
        </ol>
      )}
      {data && <KioskPager page={page} pages={Math.ceil(data.total / PAGE_SIZE)} onChange={turn} />}
    </KioskScreen>
  );
}
