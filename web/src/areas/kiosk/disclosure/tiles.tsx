import { ContactsOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { useContentT } from '../../../components/content/i18n';
import './disclosure.css';

type Tile = { key: 'rules' | 'staff' | 'contacts'; Icon: ComponentType };
const tiles: Tile[] = [
  { key: 'rules', Icon: ProfileOutlined },
  { key: 'staff', Icon: TeamOutlined },
  { key: 'contacts', Icon: ContactsOutlined },
];

/** 政务公开 on the kiosk's home (R-KIO-2): 办事规则, 人员公示, 联系我们, a row of smaller tiles. */
export function KioskDisclosureTiles() {
  const t = useContentT().kiosk;
  return (
    <ul className="tbk-disc-tiles">
      {tiles.map(({ key, Icon }) => (
        <li key={key}>
          <Link to={`/kiosk/disclosure/${key}`} className="tbk-disc-tile" data-testid={`kiosk-tile-${key}`}>
            <span className="tbk-disc-tile__icon" aria-hidden>
              <Icon />
            </span>
            <span className="tbk-disc-tile__title">{t[key]}</span>
            <span className="tbk-disc-tile__text">{t[`${key}Text`]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
