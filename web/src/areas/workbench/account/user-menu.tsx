import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { useLang } from '../../../i18n';
import { useSession } from '../../../session/session';
import { accountPaths, loginPath } from './gate';
import { postTitle, roleLabel, useStaffT } from './i18n';
import './staff.css';

/** The header's staff menu: who is logged in, as which post, and the account actions. */
export default function StaffUserMenu() {
  const t = useStaffT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const { staff, logout } = useSession();
  const navigate = useNavigate();
  if (!staff) return null;

  const post = staff.acting ? postTitle(staff.acting, lang) : t.menu.noPost;

  async function leave(everywhere: boolean) {
    // Leave the page first: its gate would otherwise send the login page a `next` for the old post.
    void navigate(loginPath, { replace: true });
    try {
      await logout(everywhere);
    } finally {
      void message.success(t.menu.loggedOut);
    }
  }

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <span data-testid="user-menu-post">
          {t.menu.acting}
          {post}
        </span>
      ),
    },
    { type: 'divider' },
    ...(staff.roles.length > 1
      ? [{ key: 'post', label: <span data-testid="user-menu-switch-post">{t.menu.switchPost}</span> }]
      : []),
    { key: 'password', label: <span data-testid="user-menu-change-password">{t.menu.changePassword}</span> },
    { type: 'divider' },
    { key: 'logout', label: <span data-testid="user-menu-logout">{t.menu.logout}</span> },
    {
      key: 'everywhere',
      danger: true,
      label: <span data-testid="user-menu-logout-everywhere">{t.menu.logoutEverywhere}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'post') void navigate(accountPaths.post);
    else if (key === 'password') void navigate(accountPaths.password);
    else if (key === 'logout') void leave(false);
    else if (key === 'everywhere') void leave(true);
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button ghost className="tb-user-menu" data-testid="user-menu">
        <UserOutlined aria-hidden />
        <span className="tb-user-menu__name" data-testid="user-menu-name">
          {staff.name}
        </span>
        {staff.acting && (
          <span className="tb-user-menu__post" data-testid="user-menu-acting">
            {roleLabel(staff.acting.role, lang)}
          </span>
        )}
        <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
