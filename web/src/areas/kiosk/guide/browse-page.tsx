import { useSearchParams } from 'react-router';
import { useLoad } from '../../../api/use-load';
import { useT } from '../../../i18n';
import type { Facet, Facets } from '../../portal/catalogue/types';
import { KioskScreen } from '../screen';
import { KioskEmpty, KioskError, KioskLoading } from '../states';
import { ItemList } from './item-list';
import './guide.css';
import { useLocalName } from '../../../i18n/local-name';

type By = 'department' | 'theme';

function FacetTiles({ by, facets }: { by: By; facets: Facet[] }) {
  const t = useT().kiosk.guide;
  const named = useLocalName();
  const [, setParams] = useSearchParams();
  if (facets.length === 0) return <KioskEmpty text={t.noItems} />;
  return (
    <ul className="tbk-facets" data-testid="kiosk-facets">
      {facets.map((f) => (
        <li key={f.name}>
          <button
            type="button"
            className="tbk-facet"
            data-testid={`kiosk-${by}`}
            data-value={f.name}
            onClick={() => setParams(by === 'theme' ? { by, theme: f.name } : { department: f.name })}
          >
            <span className="tbk-facet__name">{named(f.name, f.nameEn)}</span>
            <span className="tbk-facet__count">{t.count(f.count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * 办事指南 (R-KIO-1): the published catalogue, browsed by department or by topic (life event), read
 * from the same public API as the website, so the kiosk is never out of step with it.
 */
export function BrowsePage() {
  const t = useT().kiosk.guide;
  const [params, setParams] = useSearchParams();
  const by: By = params.get('by') === 'theme' ? 'theme' : 'department';
  const department = params.get('department');
  const theme = params.get('theme');
  const facets = useLoad<Facets>(department || theme ? null : '/api/catalogue/facets');

  if (department) return <ItemList kind="department" name={department} />;
  if (theme) return <ItemList kind="theme" name={theme} />;

  const choice = (value: By, label: string) => (
    <button
      type="button"
      className={value === by ? 'tbk-switch__option tbk-switch__option--on' : 'tbk-switch__option'}
      aria-pressed={value === by}
      data-testid={`kiosk-by-${value}`}
      onClick={() => setParams(value === 'theme' ? { by: value } : {}, { replace: true })}
    >
      {label}
    </button>
  );

  return (
    <KioskScreen title={t.title} lead={t.lead} testId="kiosk-guide-browse">
      <div className="tbk-switch" role="group" aria-label={t.browseLabel}>
        {choice('department', t.byDepartment)}
        {choice('theme', t.byTheme)}
      </div>
      {facets.error ? (
        <KioskError error={facets.error} onRetry={facets.reload} />
      ) : !facets.data ? (
        <KioskLoading />
      ) : (
        <FacetTiles by={by} facets={by === 'theme' ? facets.data.themes : facets.data.departments} />
      )}
    </KioskScreen>
  );
}
