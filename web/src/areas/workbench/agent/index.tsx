import { App, Button } from 'antd';
import { Link } from 'react-router';
import { useRef, useState } from 'react';
import { useStaffT } from '../account/i18n';
import { useLoad } from '../../../api/use-load';
import { PostHeading } from '../home/post-heading';
import { AuthorisationForm } from './authorisation-form';
import { AuthorisationList } from './authorisation-list';
import { ResidentForm } from './resident-form';
import type { Authorisation, ChosenResident } from './types';

/** 代办 (agent): record residents, their signed authorisations, and manage those authorisations. */
export default function AgentPage() {
  const t = useStaffT();
  const { message } = App.useApp();
  const list = useLoad<Authorisation[]>('/api/agent/authorisations');
  const [resident, setResident] = useState<ChosenResident | null>(null);
  const authSection = useRef<HTMLDivElement>(null);

  function choose(next: ChosenResident) {
    setResident(next);
    authSection.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  return (
    <div className="tb-staff-page" data-testid="agent-page">
      <PostHeading />
      <div className="tb-agent-links">
        <Link to="/workbench/cases/apply">
          <Button type="primary">{t.cases.apply.title}</Button>
        </Link>
        <Link to="/workbench/cases">
          <Button>{t.cases.queueTitle}</Button>
        </Link>
      </div>
      <div className="tb-agent-forms">
        <ResidentForm
          onRecorded={(r) => {
            void message.success(t.agent.residentRecorded);
            choose(r);
          }}
        />
        <div ref={authSection}>
          <AuthorisationForm
            resident={resident}
            onRecorded={() => {
              void message.success(t.agent.authRecorded);
              list.reload();
            }}
          />
        </div>
      </div>
      <AuthorisationList
        list={list}
        onChoose={(a) =>
          choose({ id: a.personId, name: a.personName, idNumberMasked: a.idNumberMasked, mobileMasked: a.mobileMasked })
        }
        onRevoked={() => {
          void message.success(t.agent.revoked);
          list.reload();
        }}
      />
    </div>
  );
}
