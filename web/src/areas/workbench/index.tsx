import { Route, Routes } from 'react-router';
import { NotFound } from '../../shell/page-states';
import { UnderConstruction } from '../../shell/under-construction';

/** Entry of the workbench area (窗口工作台, window staff); its pages are added as routes here. */
export default function WorkbenchArea() {
  return (
    <Routes>
      <Route index element={<UnderConstruction area="workbench" />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
