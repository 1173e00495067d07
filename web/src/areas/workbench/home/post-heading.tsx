import type { ReactNode } from 'react';
import { useLang } from '../../../i18n';
import { useActing } from '../account/gate';
import { postTitle, useStaffT } from '../account/i18n';

/** Every staff page opens by naming the post it acts for ("窗口经办人 · … · 中心"). */
export function PostHeading({ windowName, children }: { windowName?: string | undefined; children?: ReactNode }) {
  const t = useStaffT();
  const { lang } = useLang();
  const { staff, acting } = useActing();
  return (
    <div className="tb-staff-heading">
      <div>
        <h1 className="tb-page-title" data-testid="acting-post">
          {postTitle(acting, lang, windowName)}
        </h1>
        <span className="tb-staff-heading__user" data-testid="acting-user">
          {t.home.userLine(staff.name, staff.username)}
        </span>
      </div>
      {children}
    </div>
  );
}
