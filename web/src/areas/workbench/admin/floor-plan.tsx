import { FloorPlan as HallFloorPlan } from '../../../components/floor-plan';
import { useStaffT } from '../account/i18n';

export type Marker = { key: string; number: string; name: string; posX: number; posY: number; isNew?: boolean };

/** The hall's plan with a marker per window, as the kiosk's 窗口分布 places them. */
export function FloorPlan({ floor, markers }: { floor: number; markers: Marker[] }) {
  const t = useStaffT();
  return (
    <HallFloorPlan
      floor={floor}
      label={t.admin.floorPlanLabel(floor)}
      caption
      markers={markers.map((m) => ({
        key: m.key,
        text: m.isNew && !m.number ? t.admin.newMarker : m.number,
        title: `${m.number} ${m.name}`,
        posX: m.posX,
        posY: m.posY,
        tone: m.isNew ? 'new' : undefined,
        testId: m.isNew ? 'floor-plan-new-marker' : 'floor-plan-marker',
      }))}
    />
  );
}
