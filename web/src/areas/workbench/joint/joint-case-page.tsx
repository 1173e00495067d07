import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { JointCasePanel } from '../../../components/joint-case';
import { useJointT } from '../../../components/joint-case/i18n';

/** One joint case for a lead or co-window: stages, departments, and this post's moves. */
export default function JointCasePage() {
  const t = useJointT();
  const { caseId = '' } = useParams();
  return (
    <section>
      <Link to="/workbench/joint">
        <ArrowLeftOutlined /> {t.title}
      </Link>
      <JointCasePanel caseId={caseId} className="tb-staff-panel" />
    </section>
  );
}
