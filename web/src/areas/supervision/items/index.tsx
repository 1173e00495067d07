import { Route, Routes } from 'react-router';
import { NotFound } from '../../../shell/page-states';
import { usePortalT } from '../../portal/i18n';
import { StaffGate } from '../../workbench/items/staff-gate';
import { ReviewPage } from './review-page';
import { ReviewQueue } from './review-queue';
import '../../portal/portal.css';
import '../../workbench/items/items.css';

/** 事项审核发布 (/supervision/items/*): items windows submitted, reviewed and published by a supervisor. */
export default function SupervisionItems() {
  const t = usePortalT();
  return (
    <StaffGate role="supervisor" wrongPost={t.review.needSupervisor}>
      <Routes>
        <Route index element={<ReviewQueue />} />
        <Route path=":id" element={<ReviewPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </StaffGate>
  );
}
