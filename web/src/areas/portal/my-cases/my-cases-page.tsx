import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { CaseSummary, Draft, Notification, Page } from '../../../api/cases';
import { useLoad } from '../../../api/use-load';
import { CaseList } from './case-list';
import { DraftList } from './draft-list';
import { useCasesT } from './i18n';
import { MessageList } from './message-list';
import { PersonOnly } from './person-only';
import './my-cases.css';

const tabs = ['cases', 'drafts', 'messages'] as const;
type Tab = (typeof tabs)[number];
const isTab = (s: string | null): s is Tab => tabs.includes(s as Tab);

const count = (n: number | undefined) => (n ? ` (${n})` : '');

function MyCases() {
  const t = useCasesT();
  const m = t.my;
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'cases';
  const page = Math.max(1, Number(params.get('page')) || 1);
  // The server lists open cases by default; closed ones (办结, 撤回, 不予受理 …) are view=done.
  const view = params.get('view') === 'done' ? 'done' : 'all';
  const cases = useLoad<Page<CaseSummary>>(`/api/my/cases?view=${view}&page=${page}`);
  const drafts = useLoad<{ items: Draft[] }>('/api/case-drafts');
  const messages = useLoad<{ items: Notification[] }>('/api/my/notifications');

  const go = (next: Tab, nextPage = 1, nextView = view) => {
    const p: Record<string, string> = {};
    if (next !== 'cases') p.tab = next;
    if (next === 'cases' && nextView === 'done') p.view = 'done';
    if (nextPage > 1) p.page = String(nextPage);
    setParams(p, { replace: true });
  };

  return (
    <div className="tbm-page" data-testid="my-cases-page">
      <h1 className="tb-page-title">{m.title}</h1>
      <Tabs
        activeKey={tab}
        onChange={(k) => go(k as Tab)}
        items={[
          {
            key: 'cases',
            label: <span data-testid="tab-cases">{m.tabs.cases}</span>,
            children: (
              <CaseList
                cases={cases}
                done={view === 'done'}
                onView={(done) => go('cases', 1, done ? 'done' : 'all')}
                onPage={(n) => go('cases', n)}
              />
            ),
          },
          {
            key: 'drafts',
            label: <span data-testid="tab-drafts">{m.tabs.drafts + count(drafts.data?.items.length)}</span>,
            children: <DraftList drafts={drafts} />,
          },
          {
            key: 'messages',
            label: <span data-testid="tab-messages">{m.tabs.messages + count(messages.data?.items.length)}</span>,
            children: <MessageList messages={messages} />,
          },
        ]}
      />
    </div>
  );
}

/** /portal/my/cases — 我的办件, 草稿 and 消息 of the logged-in applicant. */
export function MyCasesPage() {
  return (
    <PersonOnly>
      <MyCases />
    </PersonOnly>
  );
}
