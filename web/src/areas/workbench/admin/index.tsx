import { Tabs } from 'antd';
import AuditPage from '../../supervision/audit';
import { useActing } from '../account/gate';
import { useStaffT } from '../account/i18n';
import { PostHeading } from '../home/post-heading';
import { OrgPanel } from './org-panel';
import { StaffPanel } from './staff-panel';
import { MessagesPanel } from '../participation';
import { useParticipationT } from '../../portal/participation/texts';

/** /workbench/admin: each of the three administrators sees only their own work (三权分立). */
export default function AdminPage() {
  const t = useStaffT();
  const { acting } = useActing();
  const feedbackT = useParticipationT().feedback;

  return (
    <div className="tb-staff-page" data-testid="admin-page" data-role={acting.role}>
      <PostHeading />
      {acting.role === 'system_admin' && (
        <Tabs
          data-testid="admin-tabs"
          items={[
            { key: 'org', label: <span data-testid="admin-tab-org">{t.admin.tabOrg}</span>, children: <OrgPanel /> },
            {
              key: 'staff',
              label: <span data-testid="admin-tab-staff">{t.admin.tabStaff}</span>,
              children: <StaffPanel mode="system" />,
            },
            // 问题反馈 (R-OPS-5): what users report from inside the system.
            {
              key: 'feedback',
              label: <span data-testid="admin-tab-feedback">{feedbackT.title}</span>,
              children: <MessagesPanel />,
            },
          ]}
        />
      )}
      {acting.role === 'security_admin' && <StaffPanel mode="security" />}
      {acting.role === 'audit_admin' && <AuditPage embedded />}
    </div>
  );
}
