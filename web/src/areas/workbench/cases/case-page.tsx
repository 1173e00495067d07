import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseStatus } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { CaseConversation } from '../../../components/case-conversation';
import { CaseNotices } from '../../../components/case-notices';
import { JointCasePanel } from '../../../components/joint-case';
import { CaseFeesPanel } from '../../../components/case-fees';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { ActionBar } from './action-bar';
import { ApplicationPanel } from './application-panel';
import { CaseHeader } from './case-header';
import { DecisionPanel } from './decision-panel';
import { EvaluationPanel } from './evaluation-panel';
import { HistoryPanel } from './history-panel';
import { MaterialsPanel } from './materials-panel';
import { PrintSheet, usePrint, type PrintKind } from './print-sheet';
import { StepsPanel } from './steps-panel';
import { UrgePanel } from './urge-panel';
import { useCase } from './use-case';

/** The ends an applicant may rate (办结, 不予受理): the evaluation panel shows on these only. */
const rateable = new Set<CaseStatus>(['concluded', 'rejected']);

/** 办件详情: everything about one case, and the moves this post may make on it. */
export default function CasePage() {
  const t = useStaffT();
  const c = t.cases;
  const { id = '' } = useParams();
  const state = useCase(id);
  const [printing, setPrinting] = useState<PrintKind | null>(null);
  const [sheet, setSheet] = useState<PrintKind>('receipt');
  const donePrinting = useCallback(() => setPrinting(null), []);
  // A joint case's new stage issued a notice and may have freed the decision: reload both.
  const [jointStage, setJointStage] = useState('');
  const { reload } = state;
  const jointMoved = useCallback(
    (stage: string) => {
      setJointStage(stage);
      reload();
    },
    [reload],
  );
  usePrint(printing, donePrinting);

  const back = (
    <Link to="/workbench/cases" className="tbc-back" data-testid="back-to-queue">
      <ArrowLeftOutlined aria-hidden /> {c.back}
    </Link>
  );

  if (!state.detail) {
    if (state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400)) {
      return (
        <Result
          status="404"
          title={<h1 className="tb-result-title">{c.notFound}</h1>}
          subTitle={c.notFoundHint}
          extra={back}
          data-testid="case-not-found"
        />
      );
    }
    return (
      <section className="tb-staff-page">
        {back}
        {state.loading ? <Spin size="large" /> : <ErrorAlert error={state.error} onReload={state.reload} />}
      </section>
    );
  }

  const d = state.detail;
  return (
    <section className="tb-staff-page tbc-case" data-testid="case-page" data-case-no={d.caseNo}>
      {back}
      <CaseHeader detail={d} />
      <ActionBar
        detail={d}
        act={state.act}
        onPrint={(kind) => {
          setSheet(kind);
          setPrinting(kind);
        }}
      />
      <ErrorAlert error={state.error} onReload={state.reload} />
      <div className="tbc-columns">
        <div className="tbc-column">
          {/* Remounted when the status changes: an ended case can no longer be urged. */}
          <UrgePanel key={d.status} caseId={d.id} />
          <ApplicationPanel detail={d} />
          <MaterialsPanel detail={d} />
          <DecisionPanel detail={d} />
          {rateable.has(d.status) && <EvaluationPanel caseId={d.id} />}
        </div>
        <div className="tbc-column">
          {/* Remounted at each new version or joint stage: either may have issued a notice. */}
          <JointCasePanel caseId={d.id} caseVersion={d.version} className="tb-staff-panel" onStageChange={jointMoved} />
          <CaseNotices key={`${d.version}-${jointStage}`} caseId={d.id} className="tb-staff-panel" />
          <CaseFeesPanel
            key={`fees-${d.version}`}
            caseId={d.id}
            caseVersion={d.version}
            className="tb-staff-panel"
            onChange={state.reload}
          />
          <CaseConversation caseId={d.id} className="tb-staff-panel" />
          <StepsPanel detail={d} />
          <HistoryPanel detail={d} />
        </div>
      </div>
      <PrintSheet detail={d} kind={printing ?? sheet} />
    </section>
  );
}
