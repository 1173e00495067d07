import { Route, Routes } from 'react-router';
import { NotFound } from '../../shell/page-states';
import { LoginPage } from './account/login-page';
import { MePage } from './account/me-page';
import { RegisterPage } from './account/register-page';
import { GuidePage } from './guide/guide-page';
import { PortalLayout } from './layout';
import { SearchPage } from './search/search-page';
import './portal.css';

/** Entry of the portal area (网上办事大厅, public): catalogue and guides, applicant accounts. */
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
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
