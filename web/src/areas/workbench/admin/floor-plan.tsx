import { useStaffT } from '../account/i18n';

export type Marker = { key: string; number: string; name: string; posX: number; posY: number; isNew?: boolean };

const clamp = (n: number) => Math.min(1000, Math.max(0, Number.isFinite(n) ? n : 0));

/** A square hall (0–1000 on both axes) with a marker per window, as the kiosk's map will place them. */
export function FloorPlan({ floor, markers }: { floor: number; markers: Marker[] }) {
  const t = useStaffT();
  return (
    <figure className="tb-floor-plan-figure" data-testid="floor-plan" data-floor={floor}>
      <div className="tb-floor-plan" role="img" aria-label={t.admin.floorPlanLabel(floor)}>
        {markers.map((m) => (
          <span
            key={m.key}
            className={m.isNew ? 'tb-floor-plan__marker tb-floor-plan__marker--new' : 'tb-floor-plan__marker'}
            style={{ left: `${clamp(m.posX) / 10}%`, top: `${clamp(m.posY) / 10}%` }}
            title={`${m.number} ${m.name}`}
            data-testid={m.isNew ? 'floor-plan-new-marker' : 'floor-plan-marker'}
          >
            {m.isNew && !m.number ? t.admin.newMarker : m.number}
          </span>
        ))}
      </div>
      <figcaption className="tb-floor-plan__caption">{t.admin.floorPlanLabel(floor)}</figcaption>
    </figure>
  );
}
