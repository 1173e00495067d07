import { Route, Routes } from 'react-router';
import { NotFound } from '../../shell/page-states';
import { UnderConstruction } from '../../shell/under-construction';

/** Entry of the supervision area (监察中心, centre supervisors); its pages are added as routes here. */
export default function SupervisionArea() {
  return (
    <Routes>
      <Route index element={<UnderConstruction area="supervision" />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
