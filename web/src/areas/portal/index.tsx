import { Route, Routes } from 'react-router';
import { NotFound } from '../../shell/page-states';
import { UnderConstruction } from '../../shell/under-construction';

/** Entry of the portal area (网上办事大厅, public); its pages are added as routes here. */
export default function PortalArea() {
  return (
    <Routes>
      <Route index element={<UnderConstruction area="portal" />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
