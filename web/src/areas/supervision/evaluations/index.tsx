import { Button, Modal } from 'antd';
import { useState } from 'react';
import type { EvaluationListItem } from '../../../api/evaluations';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useStaffT } from '../../workbench/account/i18n';
import { EvaluationPanel } from '../../workbench/cases/evaluation-panel';
import { FollowUpList } from '../../workbench/evaluations/follow-up-list';
import { useEvaluationSummary } from '../../workbench/evaluations/use-evaluations';
import { PostHeading } from '../../workbench/home/post-heading';
import { SummaryTable } from './summary-table';

/**
 * 好差评 (R-NEW-1, R-SUP-4): the ratings counted per window, and the follow-ups in reach. A
 * supervisor verifies an answer in a dialog holding the case page's own evaluation panel, so
 * closing and sending back live in one place.
 */
export default function SupervisionEvaluationsPage() {
  const t = useStaffT().evaluation.supervision;
  // Bumped after a close or a send-back: the counts and the list both change.
  const [round, setRound] = useState(0);
  const summary = useEvaluationSummary(round);
  const [open, setOpen] = useState<EvaluationListItem | null>(null);
  return (
    <section className="tb-staff-page" data-testid="supervision-evaluations">
      <PostHeading />
      <h1 className="tb-page-title">{t.title}</h1>
      <section className="tb-staff-panel" aria-labelledby="tbe-summary-title">
        <h2 id="tbe-summary-title">{t.summaryTitle}</h2>
        <p className="tb-staff-lead">{t.summaryHint}</p>
        <ErrorAlert error={summary.error} onReload={summary.reload} />
        <SummaryTable summary={summary.data} loading={summary.loading} />
      </section>
      <section className="tb-staff-panel" aria-labelledby="tbe-follow-ups-title">
        <h2 id="tbe-follow-ups-title">{t.followUpsTitle}</h2>
        <FollowUpList defaultFilter="answered" showCentre round={round} onOpen={setOpen} />
      </section>
      <Modal
        open={open !== null}
        title={open ? t.dialogTitle(open.caseNo) : ''}
        width={720}
        onCancel={() => setOpen(null)}
        footer={
          <Button onClick={() => setOpen(null)} data-testid="evaluation-dialog-close">
            {t.dialogClose}
          </Button>
        }
        destroyOnHidden
      >
        {open && (
          <EvaluationPanel caseId={open.caseId} className="tbe-dialog-panel" onChanged={() => setRound((n) => n + 1)} />
        )}
      </Modal>
    </section>
  );
}
