import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PostHeading } from '../../workbench/home/post-heading';
import { Deliveries } from './deliveries';
import { useMessagingT } from './i18n';
import { Templates } from './templates';
import './messaging.css';

const tabs = ['deliveries', 'dead', 'templates'] as const;
type TabKey = (typeof tabs)[number];

/**
 * 通知与短信 (supervision): the outbox page — what was sent, or in the demo would have been —,
 * the dead letters to send again, and the SMS and e-mail templates per case event.
 *
 * Supervisors rather than the system administrator: the rows are about cases (who was told what),
 * which supervisors already read within their centres and the administrator by design does not;
 * a dead letter is usually fixed by someone who can phone the applicant.
 */
export default function MessagingPage() {
  const t = useMessagingT();
  const [params, setParams] = useSearchParams();
  const current = (tabs as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TabKey)
    : 'deliveries';
  return (
    <section className="tb-staff-page tb-msg" data-testid="supervision-messaging">
      <PostHeading />
      <h1 className="tb-page-title">{t.title}</h1>
      <p className="tb-msg-muted">{t.intro}</p>
      <Tabs
        activeKey={current}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'deliveries', label: t.tabs.deliveries, children: <Deliveries t={t} deadOnly={false} /> },
          { key: 'dead', label: t.tabs.dead, children: <Deliveries t={t} deadOnly /> },
          { key: 'templates', label: t.tabs.templates, children: <Templates t={t} /> },
        ]}
      />
    </section>
  );
}
