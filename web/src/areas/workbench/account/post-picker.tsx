import { App } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { apiPost } from '../../../api/client';
import { useLang } from '../../../i18n';
import { useSession } from '../../../session/session';
import type { Me, RoleBinding } from '../../../session/types';
import { ErrorAlert } from './error-alert';
import { homePathFor, safeNext } from './gate';
import { roleLabel, useStaffT } from './i18n';

/** 选择岗位: one card per post (role bound to a centre, department or window). */
export default function PostPicker() {
  const t = useStaffT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const { staff, accept } = useSession();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (!staff) return null;

  async function choose(post: RoleBinding) {
    setBusy(post.id);
    setError(null);
    try {
      const me = await apiPost<Me>('/api/auth/acting-role', { roleId: post.id });
      const switching = staff?.acting !== null;
      accept(me);
      if (switching) void message.success(t.post.switched);
      // After a switch, the page asked for may belong to the old post: start at the new post's home.
      void navigate(next && !switching ? next : homePathFor(post.role), { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="tb-staff-page" aria-labelledby="tb-post-title">
      <div>
        <h1 id="tb-post-title" className="tb-page-title">
          {t.post.title}
        </h1>
        <p className="tb-staff-lead">{t.post.lead}</p>
      </div>
      <ErrorAlert error={error} />
      <ul className="tb-card-grid" data-testid="post-picker">
        {staff.roles.map((post) => {
          const current = staff.acting?.id === post.id;
          return (
            <li key={post.id}>
              <button
                type="button"
                className={current ? 'tb-post-card tb-post-card--current' : 'tb-post-card'}
                data-testid="post-option"
                data-role={post.role}
                data-centre={post.centreName}
                aria-busy={busy === post.id}
                aria-current={current ? 'true' : undefined}
                disabled={busy !== null}
                onClick={() => void choose(post)}
              >
                <span className="tb-post-card__role">{roleLabel(post.role, lang)}</span>
                <dl>
                  <dt>{t.post.centre}</dt>
                  <dd>{post.centreName}</dd>
                  {post.departmentName && (
                    <>
                      <dt>{t.post.department}</dt>
                      <dd>{post.departmentName}</dd>
                    </>
                  )}
                  {post.windowName && (
                    <>
                      <dt>{t.post.window}</dt>
                      <dd>{post.windowName}</dd>
                    </>
                  )}
                </dl>
                <span className="tb-post-card__cta">{current ? t.post.current : t.post.choose}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
