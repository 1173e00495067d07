import { useState } from 'react';
import type { StaffMessage } from '../../../api/participation';
import { useParticipationT } from '../../portal/participation/texts';
import { useActing } from '../account/gate';
import { PostHeading } from '../home/post-heading';
import { MessageDialog } from './message-dialog';
import { MessageList } from './message-list';
import '../../portal/participation/participation.css';

/** The list and its dialog, for a page of its own or the administrator's tab. */
export function MessagesPanel({ supervision = false }: { supervision?: boolean }) {
  const t = useParticipationT().staff;
  const { acting } = useActing();
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState<StaffMessage | null>(null);
  const hint = supervision ? t.supervisionHint : acting.role === 'system_admin' ? t.adminHint : t.hint;
  return (
    <div className="tb-staff-panel" data-testid="participation-inbox">
      <h2 className="tb-staff-panel__title">{t.title}</h2>
      <p className="tb-staff-lead">{hint}</p>
      <MessageList round={round} showCentre={supervision} onOpen={setOpen} />
      {open && <MessageDialog id={open.id} onClose={() => setOpen(null)} onChanged={() => setRound((n) => n + 1)} />}
    </div>
  );
}

/**
 * 留言办理 (R-WEB-4, R-OPS-5): a window's (or department's) consultations, each answered in a
 * dialog. The supervision area shows the same list for everything in reach, with its own moves;
 * the system administrator has the problem reports as a tab of /workbench/admin.
 */
export default function ParticipationPage({ supervision = false }: { supervision?: boolean }) {
  return (
    <section className="tb-staff-page">
      <PostHeading />
      <MessagesPanel supervision={supervision} />
    </section>
  );
}
