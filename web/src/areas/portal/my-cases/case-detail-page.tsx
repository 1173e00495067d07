import { App, Result } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { CaseConversation } from '../../../components/case-conversation';
import { CaseFeesPanel } from '../../../components/case-fees';
import { CaseNotices } from '../../../components/case-notices';
import { JointCasePanel } from '../../../components/joint-case';
import { useLoad } from '../../../api/use-load';
import { useLocalName } from '../../../i18n/local-name';
import { PageLoading } from '../../../shell/page-states';
import { LoadError } from '../catalogue/load-error';
import { CaseFacts, DecisionSection } from './case-facts';
import { CaseHistory } from './case-history';
import { CaseMaterials, CaseSteps } from './case-materials';
import { EvaluationPanel } from './evaluation-panel';
import { useCasesT, useStatusText } from './i18n';
import { PersonOnly } from './person-only';
import { StatusTag } from './status-tag';
import { SupplementPanel } from './supplement-panel';
import { WithdrawButton } from './withdraw-button';
import '../apply/apply.css';
import './my-cases.css';

function CaseView() {
  const t = useCasesT();
  const x = t.detail;
  const status = useStatusText();
  const named = useLocalName();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const loaded = useLoad<CaseDetail>(`/api/cases/${id}`);
  // What an action answered, until the next load: the case as it is now, without a second request.
  const [moved, setMoved] = useState<CaseDetail | null>(null);
  // A joint case's new stage issues a notice: the notice list is reloaded then too.
  const [jointStage, setJointStage] = useState('');
  useEffect(() => setMoved(null), [loaded.data]);

  if (loaded.error && !loaded.data) {
    const missing = loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 400);
    return missing ? (
      <Result
        status="404"
        title={<h1 className="tb-result-title">{x.notFound}</h1>}
        subTitle={x.notFoundHint}
        extra={
          <Link to="/portal/my/cases" className="tb-button-link">
            {x.back}
          </Link>
        }
      />
    ) : (
      <LoadError error={loaded.error} onRetry={loaded.reload} />
    );
  }
  const c = moved ?? loaded.data;
  if (!c) return <PageLoading />;

  const conflict = () => {
    void message.warning(x.conflict);
    loaded.reload();
  };
  const done = (text: string) => (next: CaseDetail) => {
    void message.success(text);
    setMoved(next);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };
  const can = (a: CaseDetail['allowedActions'][number]) => c.allowedActions.includes(a);

  return (
    <article className="tbm-page" data-testid="case-detail" aria-busy={loaded.loading}>
      <Link to="/portal/my/cases" className="tbp-back">
        ← {x.back}
      </Link>
      <header className="tbm-section tbm-head">
        <div className="tbm-head__title">
          <h1 data-testid="case-item-name">{named(c.itemName, c.itemNameEn)}</h1>
          <StatusTag status={c.status} />
        </div>
        <p className="tbm-head__hint" data-testid="case-status-hint">
          {status.hint(c.status)}
        </p>
        <dl className="tba-codes tbm-codes">
          <div className="tba-code">
            <dt>{x.caseNo}</dt>
            <dd data-testid="case-no">{c.caseNo}</dd>
          </div>
          <div className="tba-code">
            <dt>{x.queryCode}</dt>
            <dd data-testid="case-query-code">{c.queryCode}</dd>
          </div>
        </dl>
      </header>
      {can('supplement') && <SupplementPanel detail={c} onDone={done(t.supplement.done)} onConflict={conflict} />}
      <CaseFacts detail={c} />
      <DecisionSection detail={c} />
      <EvaluationPanel key={`evaluation-${c.version}`} caseId={c.id} status={c.status} />
      <CaseSteps detail={c} />
      <JointCasePanel caseId={c.id} caseVersion={c.version} className="tbm-section" onStageChange={setJointStage} />
      <CaseNotices key={`${c.version}-${jointStage}`} caseId={c.id} className="tbm-section" />
      <CaseFeesPanel key={`fees-${c.version}`} caseId={c.id} caseVersion={c.version} className="tbm-section" />
      <CaseConversation caseId={c.id} className="tbm-section" />
      <CaseMaterials detail={c} />
      <CaseHistory detail={c} />
      {can('withdraw') && (
        <div className="tbm-withdraw">
          <WithdrawButton detail={c} onDone={done(t.withdraw.done)} onConflict={conflict} />
        </div>
      )}
    </article>
  );
}

/** /portal/my/cases/:id — one of my cases: where it is, what was done, what I can do now. */
export function CaseDetailPage() {
  return (
    <PersonOnly>
      <CaseView />
    </PersonOnly>
  );
}
