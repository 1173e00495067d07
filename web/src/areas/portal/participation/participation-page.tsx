import { Select, Spin } from 'antd';
import { useSearchParams } from 'react-router';
import { contactsPath, type CentreContacts } from '../../../api/participation';
import { useLoad } from '../../../api/use-load';
import { LoadError } from '../catalogue/load-error';
import { ContactsPanel } from './contacts-panel';
import { LookupPanel } from './lookup-panel';
import { MessageForm } from './message-form';
import { PublishedList } from './published-list';
import { useParticipationT } from './texts';
import '../my-cases/my-cases.css';
import './participation.css';

type CentreOption = { id: string; parentId: string | null; name: string; nameEn: string | null };
const tabs = ['consult', 'complaint', 'mailbox', 'suggestion', 'published', 'lookup'] as const;
type Tab = (typeof tabs)[number];
const isTab = (s: string | null): s is Tab => tabs.includes(s as Tab);

/**
 * 公众参与 (R-WEB-4, seed 中心网站 4): 咨询, 投诉, 主任信箱, 建议, the published answers and the
 * look-up, with the centre's complaint telephone and window contacts beside them. The tab, centre
 * and (from an item's guide) the item are in the address, so a link opens the right form.
 */
export function ParticipationPage() {
  const t = useParticipationT();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = isTab(asked) ? asked : 'consult';
  const centres = useLoad<CentreOption[]>('/api/org/centres');
  const centreId =
    params.get('centreId') ?? centres.data?.find((c) => c.parentId === null)?.id ?? centres.data?.[0]?.id ?? null;
  const contacts = useLoad<CentreContacts>(centreId ? contactsPath(centreId) : null);
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v === null) next.delete(k);
      else next.set(k, v);
    setParams(next, { replace: true });
  };

  const body = (k: Tab) => {
    if (!centreId) return null;
    if (k === 'published') return <PublishedList centreId={centreId} />;
    if (k === 'lookup') return <LookupPanel initialNo={params.get('messageNo') ?? ''} />;
    return (
      <MessageForm
        key={`${k}-${centreId}`}
        kind={k}
        centreId={centreId}
        contacts={contacts.data}
        itemId={params.get('itemId')}
      />
    );
  };

  return (
    <div className="tbm-page tbq-page" data-testid="participation-page">
      <div>
        <h1 className="tb-page-title">{t.title}</h1>
        <p className="tbs-lead">{t.lead}</p>
      </div>
      {centres.error ? <LoadError error={centres.error} onRetry={centres.reload} /> : null}
      {centres.loading && <Spin />}
      {centres.data && centreId && (
        <label className="tbq-centre">
          <span>{t.centre}</span>
          <Select
            value={centreId}
            onChange={(v) => set({ centreId: v, itemId: null })}
            options={centres.data.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="participation-centre"
            showSearch={{ optionFilterProp: 'label' }}
          />
        </label>
      )}
      <div className="tbq-layout">
        <section className="tbm-section tbq-main">
          {/* Buttons that wrap rather than tabs that scroll: on a 360 px phone all six stay in sight. */}
          <div role="tablist" aria-label={t.title} className="tbq-tabs">
            {tabs.map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                id={`tbq-tab-${k}`}
                aria-selected={k === tab}
                aria-controls="tbq-panel"
                className={k === tab ? 'tbq-tab tbq-tab--on' : 'tbq-tab'}
                onClick={() => set({ tab: k })}
                data-testid={`participation-tab-${k}`}
              >
                {t.tabs[k]}
              </button>
            ))}
          </div>
          <div role="tabpanel" id="tbq-panel" aria-labelledby={`tbq-tab-${tab}`} className="tbq-panel">
            {body(tab)}
          </div>
        </section>
        <ContactsPanel state={contacts} />
      </div>
    </div>
  );
}
