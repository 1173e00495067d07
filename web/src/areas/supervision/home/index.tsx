import { Empty, Spin, Table } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../workbench/account/error-alert';
import { useStaffT } from '../../workbench/account/i18n';
import { useLoad } from '../../../api/use-load';
import { useLang, useT } from '../../../i18n';
import { PostHeading } from '../../workbench/home/post-heading';
import { useMessagingT } from '../messaging/i18n';
import { useJointT } from '../../../components/joint-case/i18n';
import { useContentT } from '../../../components/content/i18n';
import type { WindowView } from '../../workbench/home/window-card';
import { SupervisionMessagesLink } from '../../workbench/participation/messages-link';

type CentreGroup = { centreId: string; centreName: string; windows: WindowView[] };

/** Windows grouped by centre, in the order the server lists them (the centre tree's order). */
function byCentre(windows: WindowView[]): CentreGroup[] {
  const groups = new Map<string, CentreGroup>();
  for (const w of windows) {
    let group = groups.get(w.centreId);
    if (!group) {
      group = { centreId: w.centreId, centreName: w.centreName, windows: [] };
      groups.set(w.centreId, group);
    }
    group.windows.push(w);
  }
  return [...groups.values()];
}

/** 监察中心 home: every window of the supervisor's centre and the centres below it. */
export default function SupervisorHome() {
  const t = useStaffT();
  const { notices } = useT();
  const messaging = useMessagingT();
  const joint = useJointT();
  const content = useContentT();
  const { lang } = useLang();
  const windows = useLoad<WindowView[]>('/api/me/windows');
  const groups = byCentre(windows.data ?? []);

  return (
    <section className="tb-staff-page" data-testid="supervision-home">
      <PostHeading />
      <ErrorAlert error={windows.error} onReload={windows.reload} />
      {windows.loading && <Spin />}
      {windows.data && (
        <p className="tb-staff-summary">
          <span data-testid="window-count" data-count={windows.data.length}>
            {t.supervision.summary(windows.data.length, groups.length)}
          </span>
          <span className="tb-staff-actions">
            <Link to="/supervision/items" data-testid="link-items">
              {t.home.publishItems}
            </Link>
            <Link to="/supervision/calendar" data-testid="link-calendar">
              {t.calendar.link}
            </Link>
            <Link to="/supervision/notice-templates" data-testid="link-notice-templates">
              {notices.templates.link}
            </Link>
            <Link to="/supervision/messaging" data-testid="link-messaging">
              {messaging.title}
            </Link>
            <Link to="/workbench/joint/settings" data-testid="link-joint-settings">
              {joint.settingsLink}
            </Link>
            <Link to="/supervision/fees" data-testid="link-fees">
              {lang === 'en' ? 'Fees: statistics, receipt books, bank statements' : '收费统计、票据与对账'}
            </Link>
            <Link to="/supervision/cases" data-testid="link-supervision-cases">
              {t.urges.windows.link}
            </Link>
            <Link to="/supervision/evaluations" data-testid="link-evaluations">
              {t.evaluation.supervision.link}
            </Link>
            <Link to="/supervision/exchange" data-testid="link-exchange">
              {lang === 'en' ? 'Data exchange: export cases, import old cases' : '数据交换：办件导出与历史办件导入'}
            </Link>
            <SupervisionMessagesLink />
            <Link to="/supervision/website" data-testid="link-website">
              {content.manage.link}
            </Link>
            <Link to="/workbench/internal" data-testid="link-internal">
              {content.internal.link}
            </Link>
          </span>
        </p>
      )}
      {windows.data?.length === 0 && (
        <div className="tb-staff-panel">
          <Empty description={t.empty.windows} />
        </div>
      )}
      {groups.map((group) => (
        <section
          key={group.centreId}
          className="tb-staff-panel"
          data-testid="centre-group"
          data-centre={group.centreName}
          aria-labelledby={`tb-centre-${group.centreId}`}
        >
          <h2 id={`tb-centre-${group.centreId}`}>
            {group.centreName}
            <span className="tb-staff-count"> · {t.supervision.centreWindows(group.windows.length)}</span>
          </h2>
          <Table<WindowView>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={group.windows}
            columns={[
              { title: t.home.number, dataIndex: 'number', width: 100 },
              { title: t.home.windowName, dataIndex: 'name' },
              { title: t.home.department, dataIndex: 'departmentName' },
              { title: t.home.floor, dataIndex: 'floor', width: 100, render: (f: number) => t.home.floorValue(f) },
            ]}
          />
        </section>
      ))}
    </section>
  );
}
