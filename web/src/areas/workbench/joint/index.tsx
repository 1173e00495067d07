import { Route, Routes } from 'react-router';
import { NotFound } from '../../../shell/page-states';
import { RoleGate } from '../account/gate';
import JointCasePage from './joint-case-page';
import JointListPage from './joint-list-page';
import JointSettingsPage from './joint-settings-page';

/**
 * 联办件 (/workbench/joint/*): the joint cases this window or department leads or helps in, and
 * one joint case. A co-window is no party to the lead case itself, so it works here. A supervisor
 * sets whether silence past a co-window's limit counts as agreement (settings).
 */
export default function JointArea() {
  return (
    <Routes>
      <Route element={<RoleGate roles={['window_clerk', 'approver', 'department_head']} />}>
        <Route index element={<JointListPage />} />
        <Route path=":caseId" element={<JointCasePage />} />
      </Route>
      <Route element={<RoleGate roles={['supervisor']} />}>
        <Route path="settings" element={<JointSettingsPage />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
