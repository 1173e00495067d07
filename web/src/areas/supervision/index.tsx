import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../shell/page-states';
import { RoleGate, StaffGate } from '../workbench/account/gate';

const SupervisorHome = lazy(() => import('./home'));
const AuditPage = lazy(() => import('./audit'));
const CalendarPage = lazy(() => import('./calendar'));
const NoticeTemplatesPage = lazy(() => import('./notice-templates'));
const MessagingPage = lazy(() => import('./messaging'));
const FeesPage = lazy(() => import('./fees'));
const EvaluationsPage = lazy(() => import('./evaluations'));
const CasesPage = lazy(() => import('./cases'));
const ExchangePage = lazy(() => import('./exchange'));
const ParticipationPage = lazy(() => import('./participation'));
const WebsiteManagePage = lazy(() => import('../workbench/content/manage-page'));
// 事项审核发布 (item review and publication), built with the catalogue editor; it checks the post itself.
const SupervisionItems = lazy(() => import('./items'));

/**
 * Entry of the supervision area (监察中心). Staff log in through the workbench's login page;
 * StaffGate sends them there and back.
 */
export default function SupervisionArea() {
  return (
    <Routes>
      <Route element={<StaffGate />}>
        <Route element={<RoleGate roles={['supervisor']} />}>
          <Route index element={<SupervisorHome />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="notice-templates" element={<NoticeTemplatesPage />} />
          <Route path="messaging" element={<MessagingPage />} />
          <Route path="fees" element={<FeesPage />} />
          <Route path="evaluations" element={<EvaluationsPage />} />
          <Route path="cases" element={<CasesPage />} />
          <Route path="exchange" element={<ExchangePage />} />
          <Route path="participation" element={<ParticipationPage />} />
          <Route path="website" element={<WebsiteManagePage />} />
        </Route>
        <Route element={<RoleGate roles={['audit_admin']} />}>
          <Route path="audit" element={<AuditPage />} />
        </Route>
        <Route path="items/*" element={<SupervisionItems />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
