import './floor-plan.css';

/** One window on the plan: where it stands (0–1000 each way) and what its marker says. */
export type FloorPlanMarker = {
  key: string;
  /** What the marker shows: the window's number. */
  text: string;
  /** The window in full, for the tooltip or the marker's accessible name. */
  title: string;
  posX: number;
  posY: number;
  /** `new`: the window being added; `selected`: the window the reader is looking for. */
  tone?: 'new' | 'selected';
  testId: string;
  number?: string;
};

type Props = {
  floor: number;
  /** Names the plan ("1 楼平面示意图"); shown under it too with `caption`. */
  label: string;
  markers: FloorPlanMarker[];
  caption?: boolean;
  /** `touch`: the kiosk's large plan with finger-sized markers kept inside the hall's walls. */
  size?: 'compact' | 'touch';
  /** Makes the markers buttons: a tap selects a window. */
  onSelect?: (key: string) => void;
  testId?: string;
};

const clamp = (n: number) => Math.min(1000, Math.max(0, Number.isFinite(n) ? n : 0));

const markerClass = (tone: FloorPlanMarker['tone']) =>
  tone ? `tb-floor-plan__marker tb-floor-plan__marker--${tone}` : 'tb-floor-plan__marker';

/**
 * A square hall (0–1000 on both axes) with a marker per window: the administrator's preview of
 * where a window will stand, and the kiosk's 窗口分布, where each marker is tapped.
 */
export function FloorPlan({
  floor,
  label,
  markers,
  caption,
  size = 'compact',
  onSelect,
  testId = 'floor-plan',
}: Props) {
  const place = (m: FloorPlanMarker) => ({ left: `${clamp(m.posX) / 10}%`, top: `${clamp(m.posY) / 10}%` });
  return (
    <figure className={`tb-floor-plan-figure tb-floor-plan-figure--${size}`} data-testid={testId} data-floor={floor}>
      {onSelect ? (
        <div className="tb-floor-plan" role="group" aria-label={label}>
          <div className="tb-floor-plan__area">
            {markers.map((m) => (
              <button
                key={m.key}
                type="button"
                className={markerClass(m.tone)}
                style={place(m)}
                aria-label={m.title}
                aria-pressed={m.tone === 'selected'}
                data-testid={m.testId}
                data-number={m.number}
                onClick={() => onSelect(m.key)}
              >
                {m.text}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <div className="tb-floor-plan" role="img" aria-label={label}>
          <div className="tb-floor-plan__area">
            {markers.map((m) => (
              <span
                key={m.key}
                className={markerClass(m.tone)}
                style={place(m)}
                title={m.title}
                data-testid={m.testId}
                data-number={m.number}
              >
                {m.text}
              </span>
            ))}
          </div>
        </div>
      )}
      {caption && <figcaption className="tb-floor-plan__caption">{label}</figcaption>}
    </figure>
  );
}
