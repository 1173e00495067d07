import { useStaffT } from '../account/i18n';
import type { WindowView } from '../../../api/windows';

export type { WindowView };

export function WindowCard({ window: w, showCentre = true }: { window: WindowView; showCentre?: boolean }) {
  const t = useStaffT();
  return (
    <article className="tb-window-card" data-testid="window-card" data-window-number={w.number}>
      <h3 className="tb-window-card__title">
        <span className="tb-window-card__number" aria-label={t.home.number}>
          {w.number}
        </span>
        <span>{w.name}</span>
      </h3>
      <dl>
        <dt>{t.home.department}</dt>
        <dd>{w.departmentName}</dd>
        {showCentre && (
          <>
            <dt>{t.home.centre}</dt>
            <dd>{w.centreName}</dd>
          </>
        )}
        <dt>{t.home.floor}</dt>
        <dd>{t.home.floorValue(w.floor)}</dd>
        {w.telephone && (
          <>
            <dt>{t.home.telephone}</dt>
            <dd>{w.telephone}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
