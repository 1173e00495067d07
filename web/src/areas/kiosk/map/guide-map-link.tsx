import { EnvironmentOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../i18n';
import type { Guide } from '../../portal/catalogue/types';
import { useHall, windowOfGuide } from './hall';
import './map.css';

/**
 * 在地图上查看 under an item's window on the kiosk: opens 窗口分布 with the item's window lit,
 * when the item is handled in this hall and its window is found there for certain (else nothing:
 * a county item shown at the city hall has its window in another building).
 */
export function GuideMapLink({ guide }: { guide: Guide }) {
  const t = useT().kiosk.map;
  const { pathname } = useLocation();
  const { hall } = useHall();
  const found =
    hall && hall.centre.name === guide.centreName
      ? windowOfGuide(hall.windows, {
          departmentName: guide.departmentName,
          windowText: guide.definition.office.window,
        })
      : null;
  if (!found) return null;
  return (
    <Link
      to={`/kiosk/map?window=${encodeURIComponent(found.id)}`}
      state={{ from: pathname }}
      className="tbk-map-link"
      data-testid="kiosk-guide-map"
      data-window={found.number}
    >
      <EnvironmentOutlined aria-hidden /> {t.showOnMap}
    </Link>
  );
}
