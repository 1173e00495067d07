import { Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n';
import type { AreaKey } from './areas';

/** An honest placeholder: names what the area will hold and offers nothing that pretends to work. */
export function UnderConstruction({ area, homeLink = true }: { area: AreaKey; homeLink?: boolean }) {
  const t = useT();
  const info = t.areas[area];
  return (
    <section className="tb-construction" data-testid="under-construction" aria-labelledby={`tb-area-${area}`}>
      <h1 id={`tb-area-${area}`} className="tb-page-title">
        {info.name}
      </h1>
      <Result
        status="info"
        title={t.construction.title}
        subTitle={
          <>
            <p className="tb-construction__lead">{t.construction.subTitle(info.name)}</p>
            <ul className="tb-feature-list" aria-label={t.construction.featuresLabel}>
              {info.features.map((feature) => (
                <li key={feature}>{feature}</li>
              ))}
            </ul>
          </>
        }
        extra={
          homeLink && (
            <Link to="/" className="tb-button-link">
              {t.construction.backHome}
            </Link>
          )
        }
      />
    </section>
  );
}
