import { Route, Routes } from 'react-router';
import { NotFound } from '../../shell/page-states';
import { LoginPage } from './account/login-page';
import { AnnouncementsPage } from './announcements/announcements-page';
import { ApplyPage, DraftPage } from './apply/apply-page';
import { DisclosureArticlePage } from './disclosure/article-page';
import { DisclosurePage } from './disclosure/disclosure-page';
import { MePage } from './account/me-page';
import { RegisterPage } from './account/register-page';
import { GuidePage } from './guide/guide-page';
import { PortalLayout } from './layout';
import { CaseDetailPage } from './my-cases/case-detail-page';
import { MyCasesPage } from './my-cases/my-cases-page';
import { SearchPage } from './search/search-page';
import { StatusPage } from './status/status-page';
import { ParticipationPage } from './participation/participation-page';
import './portal.css';

/**
 * Entry of the portal area (网上办事大厅, public): catalogue and guides, applicant accounts, online
 * application, 我的办件 and the public 办件查询.
 */
export default function PortalArea() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<SearchPage />} />
        <Route path="items/:itemId" element={<GuidePage />} />
        <Route path="versions/:versionId" element={<GuidePage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="me" element={<MePage />} />
        <Route path="items/:itemId/apply" element={<ApplyPage />} />
        <Route path="drafts/:draftId" element={<DraftPage />} />
        <Route path="my/cases" element={<MyCasesPage />} />
        <Route path="my/cases/:id" element={<CaseDetailPage />} />
        <Route path="status" element={<StatusPage />} />
        <Route path="announcements" element={<AnnouncementsPage />} />
        <Route path="disclosure" element={<DisclosurePage />} />
        <Route path="disclosure/:id" element={<DisclosureArticlePage />} />
        <Route path="participation" element={<ParticipationPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
