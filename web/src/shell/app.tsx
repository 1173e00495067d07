import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from './home';
import { ShellLayout } from './layout';
import { AreaBoundary, NotFound, PageLoading } from './page-states';
import { PreferencesProvider } from './preferences-provider';
import { SessionProvider } from '../session/session';

// One bundle per area: the public portal must never download the workbench's code.
const PortalArea = lazy(() => import('../areas/portal'));
const WorkbenchArea = lazy(() => import('../areas/workbench'));
const SupervisionArea = lazy(() => import('../areas/supervision'));
const KioskArea = lazy(() => import('../areas/kiosk'));
// 证照核验: certificates' QR codes open /verify/<code> (public, phone-first).
const VerifyPage = lazy(() => import('../areas/portal/verify/verify-page'));

export function App() {
  return (
    <PreferencesProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            {/* The kiosk is full-screen: no shell header or navigation. */}
            <Route
              path="kiosk/*"
              element={
                <AreaBoundary>
                  <Suspense fallback={<PageLoading />}>
                    <KioskArea />
                  </Suspense>
                </AreaBoundary>
              }
            />
            <Route element={<ShellLayout />}>
              <Route index element={<HomePage />} />
              <Route path="portal/*" element={<PortalArea />} />
              <Route path="workbench/*" element={<WorkbenchArea />} />
              <Route path="supervision/*" element={<SupervisionArea />} />
              <Route path="verify/:code?" element={<VerifyPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </PreferencesProvider>
  );
}
