import { Tag } from 'antd';
import { Link } from 'react-router';
import { limitText } from '../catalogue/labels';
import type { CatalogueEntry } from '../catalogue/types';
import { useLocalName } from '../../../i18n/local-name';
import { usePortalT } from '../i18n';

export function ResultList({ items }: { items: CatalogueEntry[] }) {
  const t = usePortalT();
  const named = useLocalName();
  return (
    <ol className="tbp-results" data-testid="catalogue-results">
      {items.map((item) => (
        <li key={item.itemId} className="tbp-result" data-testid="catalogue-result" data-item-id={item.itemId}>
          <div className="tbp-result__head">
            <Link
              to={`/portal/items/${item.itemId}`}
              className="tbp-result__name"
              data-testid="catalogue-result-link"
              data-item-id={item.itemId}
            >
              {named(item.name, item.nameEn)}
            </Link>
            <span className="tbp-result__tags">
              {item.joint && (
                <Tag color="purple" data-testid="tag-joint">
                  {t.search.joint}
                </Tag>
              )}
              {item.onlineApplication && (
                <Tag color="green" data-testid="tag-online">
                  {t.search.online}
                </Tag>
              )}
            </span>
          </div>
          <div className="tbp-result__meta">
            <span>{named(item.departmentName, item.departmentNameEn)}</span>
            <span>{t.labels.level[item.handlingLevel] ?? item.handlingLevel}</span>
            <span className="tbp-result__code">{item.basicCode}</span>
          </div>
          <div className="tbp-result__limits" data-testid="result-limits">
            {t.search.limits(limitText(t, item.legalLimit), limitText(t, item.promisedLimit))}
          </div>
        </li>
      ))}
    </ol>
  );
}
