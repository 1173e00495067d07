import { Link } from 'react-router';
import { useT } from '../i18n';
import { areaIcon, areaKeys, areaPath } from './areas';

export function HomePage() {
  const t = useT();
  return (
    <div className="tb-home">
      <section className="tb-home__intro" aria-labelledby="tb-home-heading">
        <h1 id="tb-home-heading">{t.home.heading}</h1>
        <p>{t.home.intro}</p>
      </section>
      <section aria-labelledby="tb-areas-heading">
        <h2 id="tb-areas-heading" className="tb-home__areas-heading">
          {t.home.areasHeading}
        </h2>
        <ul className="tb-area-cards">
          {areaKeys.map((key) => {
            const Icon = areaIcon[key];
            const info = t.areas[key];
            return (
              <li key={key}>
                <Link to={areaPath[key]} className="tb-area-card" data-testid={`area-card-${key}`}>
                  <span className="tb-area-card__icon" aria-hidden="true">
                    <Icon />
                  </span>
                  <span className="tb-area-card__title">{info.name}</span>
                  <span className="tb-area-card__audience">
                    {t.home.audienceLabel}
                    {info.audience}
                  </span>
                  <span className="tb-area-card__summary">{info.summary}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
