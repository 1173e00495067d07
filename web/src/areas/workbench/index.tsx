import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import type { RoleName } from '../../session/types';
import { NotFound } from '../../shell/page-states';
import { RequireStaff, RoleGate, StaffGate } from './account/gate';

// Each page group is its own chunk: a window clerk never downloads the administration screens.
const LoginPage = lazy(() => import('./login'));
const TotpPage = lazy(() => import('./account/totp-page'));
const PasswordPage = lazy(() => import('./account/password-page'));
const PostPicker = lazy(() => import('./account/post-picker'));
const WorkbenchHome = lazy(() => import('./home'));
const AgentPage = lazy(() => import('./agent'));
const AdminPage = lazy(() => import('./admin'));
const AuditPage = lazy(() => import('../supervision/audit'));
const ItemsArea = lazy(() => import('./items'));
const CasesArea = lazy(() => import('./cases'));
const JointArea = lazy(() => import('./joint'));
const IntakePage = lazy(() => import('./intake'));
const FeesPage = lazy(() => import('./fees'));
const EvaluationsPage = lazy(() => import('./evaluations'));
const UrgesPage = lazy(() => import('./urges'));
const ParticipationPage = lazy(() => import('./participation'));
const WebsiteManagePage = lazy(() => import('./content/manage-page'));
const InternalExchangePage = lazy(() => import('./content/internal-page'));
const InternalArticlePage = lazy(() => import('./content/internal-article-page'));

const adminRoles: RoleName[] = ['system_admin', 'security_admin', 'audit_admin'];
/** Who answers a poor rating: the case's window clerk or its department head (supervisors review elsewhere). */
const evaluationRoles: RoleName[] = ['window_clerk', 'department_head'];
/** Who replies to an urge: the case's window clerk, approver or department head (R-SUP-1). */
const urgeRoles: RoleName[] = ['window_clerk', 'approver', 'department_head'];
/** Who keeps website pages (R-WEB-6): a window's or department's staff, the centre's managers (R-SUP-5). */
const websiteRoles: RoleName[] = ['window_clerk', 'approver', 'department_head', 'supervisor', 'system_admin'];

/** Entry of the workbench area (窗口工作台): staff login, account steps, and each post's pages. */
export default function WorkbenchArea() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route
        path="account/totp"
        element={
          <RequireStaff>
            <TotpPage />
          </RequireStaff>
        }
      />
      <Route
        path="account/password"
        element={
          <RequireStaff>
            <PasswordPage />
          </RequireStaff>
        }
      />
      <Route
        path="account/post"
        element={
          <RequireStaff>
            <PostPicker />
          </RequireStaff>
        }
      />
      <Route element={<StaffGate />}>
        <Route index element={<WorkbenchHome />} />
        <Route element={<RoleGate roles={['agent']} />}>
          <Route path="agent" element={<AgentPage />} />
        </Route>
        <Route element={<RoleGate roles={adminRoles} />}>
          <Route path="admin" element={<AdminPage />} />
        </Route>
        <Route element={<RoleGate roles={['audit_admin']} />}>
          <Route path="admin/audit" element={<AuditPage />} />
        </Route>
        <Route path="items/*" element={<ItemsArea />} />
        <Route path="cases/*" element={<CasesArea />} />
        <Route path="joint/*" element={<JointArea />} />
        <Route path="fees" element={<FeesPage />} />
        <Route element={<RoleGate roles={['window_clerk']} />}>
          <Route path="intake" element={<IntakePage />} />
        </Route>
        <Route element={<RoleGate roles={evaluationRoles} />}>
          <Route path="evaluations" element={<EvaluationsPage />} />
        </Route>
        <Route element={<RoleGate roles={urgeRoles} />}>
          <Route path="urges" element={<UrgesPage />} />
        </Route>
        {/* 留言办理 (R-WEB-4): the window's messages; supervisors use /supervision/participation. */}
        <Route element={<RoleGate roles={urgeRoles} />}>
          <Route path="participation" element={<ParticipationPage />} />
        </Route>
        <Route element={<RoleGate roles={websiteRoles} />}>
          <Route path="website" element={<WebsiteManagePage />} />
        </Route>
        <Route path="internal" element={<InternalExchangePage />} />
        <Route path="internal/:id" element={<InternalArticlePage />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
