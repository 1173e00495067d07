import { PostHeading } from '../home/post-heading';
import { useStaffT } from '../account/i18n';
import { FollowUpList } from './follow-up-list';

/**
 * 差评整改 (R-NEW-1): the ratings of this window's (or department's) cases; a poor one is answered
 * on its case page, where the rating and the supervisor's notes are beside the case.
 */
export default function EvaluationsPage() {
  const t = useStaffT().evaluation.list;
  return (
    <section className="tb-staff-page" data-testid="evaluations-page">
      <PostHeading />
      <div className="tb-staff-panel">
        <h2 className="tb-staff-panel__title">{t.title}</h2>
        <p className="tb-staff-lead">{t.hint}</p>
        <FollowUpList defaultFilter="open" />
      </div>
    </section>
  );
}
