import { Route, Routes } from 'react-router';
import { NotFound } from '../../../shell/page-states';
import { RoleGate } from '../account/gate';
import AgentApplyPage from './agent-apply-page';
import CasePage from './case-page';
import QueuePage from './queue-page';
import './cases.css';

/**
 * 办件 (/workbench/cases/*): the queue, one case, and an agent's application for a resident. A
 * supervisor reads the queue and cases of the centres in reach (R-SUP-1); the server offers them no moves.
 */
export default function CasesArea() {
  return (
    <Routes>
      <Route element={<RoleGate roles={['window_clerk', 'approver', 'department_head', 'agent', 'supervisor']} />}>
        <Route index element={<QueuePage />} />
        <Route path=":id" element={<CasePage />} />
      </Route>
      <Route element={<RoleGate roles={['agent']} />}>
        <Route path="apply" element={<AgentApplyPage />} />
        <Route path="apply/:itemId" element={<AgentApplyPage />} />
      </Route>
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
