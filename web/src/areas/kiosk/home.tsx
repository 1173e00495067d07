import { EnvironmentOutlined, FileSearchOutlined, NotificationOutlined, ReadOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { KioskDisclosureTiles } from './disclosure/tiles';

type Tile = { key: 'guide' | 'status' | 'announcements' | 'map'; to: string; Icon: ComponentType };

const tiles: Tile[] = [
  { key: 'guide', to: '/kiosk/guide', Icon: ReadOutlined },
  { key: 'status', to: '/kiosk/status', Icon: FileSearchOutlined },
  { key: 'announcements', to: '/kiosk/announcements', Icon: NotificationOutlined },
  { key: 'map', to: '/kiosk/map', Icon: EnvironmentOutlined },
];

/** The kiosk's start screen: four large tiles, one per service. */
export function KioskHome() {
  const t = useT().kiosk.home;
  const text = { guide: t.guideText, status: t.statusText, announcements: t.announcementsText, map: t.mapText };
  return (
    <section className="tbk-home" data-testid="kiosk-home-screen" aria-labelledby="tbk-home-title">
      <h1 id="tbk-home-title" className="tbk-screen__title">
        {t.title}
      </h1>
      <ul className="tbk-tiles">
        {tiles.map(({ key, to, Icon }) => (
          <li key={key}>
            <Link to={to} className="tbk-tile" data-testid={`kiosk-tile-${key}`}>
              <span className="tbk-tile__icon" aria-hidden>
                <Icon />
              </span>
              <span className="tbk-tile__words">
                <span className="tbk-tile__title">{t[key]}</span>
                <span className="tbk-tile__text">{text[key]}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <KioskDisclosureTiles />
    </section>
  );
}
