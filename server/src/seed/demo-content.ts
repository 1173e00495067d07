import type { AppContext } from '../platform/app-context.js';
import { centreHasArticles, insertArticle } from '../modules/content/store.js';
import type { Channel } from '../modules/content/model.js';
import { findCentreByCode, listWindows } from '../modules/org/service.js';
import { demoStaff } from './demo-accounts.js';

type DemoArticle = {
  channel: Channel;
  title: string;
  body?: string;
  url?: string;
  /** A window number of the city hall that keeps the page (R-WEB-6); otherwise the centre. */
  window?: string;
  audience?: 'centre' | 'city';
};

// The city centre's website as it stands on first start: the seed's own description of the centre,
// its rules, two windows' staff publicity, contacts, links to the government portals, and two
// internal notices — one for the centre, one for every centre of the city.
const articles: DemoArticle[] = [
  {
    channel: 'centre_intro',
    title: '舟山市行政审批服务中心简介',
    body: '舟山市行政审批服务中心是市政府设立的集中办理行政许可和公共服务事项的综合服务平台，市级各审批部门在中心设立办事窗口，实行“一站式”服务。\n\n中心建成市、县（区）、乡镇（街道）“三级联动”行政许可网上办理系统，是舟山市人民政府门户网站“网上办事”的子网站，包括许可审批、中心监管、中心网站和交互式触摸屏查询四个子系统，连接市、县、乡镇三级政府部门。\n\n系统坚持以公众为中心的理念，企业和基层代办员可以在网上远程申报行政许可事项，减少海岛群众办事多次奔波；申请人可以随时查询办理状态，与窗口经办人在线交流。',
  },
  {
    channel: 'organisation',
    title: '中心机构设置',
    body: '中心设综合处、业务协调处、督查处和信息管理科。\n\n综合处：负责中心日常行政、文件、会议和后勤保障工作。\n\n业务协调处：负责进驻窗口的业务指导、联办件协调和办事规则的制定与监督实施。\n\n督查处：负责办件时限、收费的电子监察，受理服务投诉，组织好差评回访。\n\n信息管理科：负责“三级联动”系统和中心网站的运行维护、数据备份和网络安全。',
  },
  {
    channel: 'rules',
    title: '中心办事规则',
    body: '一、首问负责制：首位接待的工作人员负责解答或引导，不得推诿。\n\n二、一次性告知制：申请材料不齐全或者不符合法定形式的，当场或者五日内一次性告知申请人需要补正的全部内容。\n\n三、限时办结制：按照承诺时限办结，时限按工作日计算，不含法定节假日。\n\n四、责任追究制：对违反上述规则的，按照有关规定追究责任。',
  },
  {
    channel: 'staff',
    title: '市场监督管理局窗口人员公示',
    window: '08',
    body: '窗口负责人：陈晓燕\n\n主要办理：食品经营许可、营业执照登记等事项。\n\n窗口电话：0580-2280108',
  },
  {
    channel: 'staff',
    title: '消防救援支队窗口人员公示',
    window: '11',
    body: '窗口负责人：王海波\n\n主要办理：公众聚集场所投入使用营业前消防安全检查等事项。\n\n窗口电话：0580-2280111',
  },
  {
    channel: 'contacts',
    title: '联系我们',
    body: '地址：浙江省舟山市定海区临城街道新城千岛路\n\n咨询电话：0580-2280000\n\n办公时间：周一至周五 上午 8:30—12:00，下午 13:30—17:30（法定节假日除外）',
  },
  {
    channel: 'notices',
    title: '关于“三级联动”网上办理系统正式运行的公告',
    body: '“三级联动”行政许可网上办理系统已正式运行。企业和群众可以通过中心网站在线申报行政许可事项、查询办理状态；乡镇（街道）、社区代办员可以代为网上申报。\n\n办事大厅触摸屏提供办事指南、办件查询和窗口分布图。',
  },
  { channel: 'links', title: '舟山市人民政府门户网站', url: 'https://www.zhoushan.gov.cn/' },
  { channel: 'links', title: '浙江政务服务网', url: 'https://www.zjzwfw.gov.cn/' },
  { channel: 'links', title: '中国政府网', url: 'https://www.gov.cn/' },
  {
    channel: 'internal_notices',
    title: '关于做好中心网站信息更新维护工作的通知',
    audience: 'centre',
    body: '各处室、各窗口：\n\n中心网站各栏目的信息更新和维护由对应处室和窗口负责。请各窗口及时更新本窗口的人员公示和办事规则，保持网站公布的信息全面、准确、及时。\n\n中心将每月检查一次各栏目的更新情况。',
  },
  {
    channel: 'meetings',
    title: '关于举办“三级联动”系统操作培训的通知',
    audience: 'city',
    body: '各县（区）行政服务中心：\n\n为做好“三级联动”系统的推广应用，定于下周三上午九点在市中心三楼会议室举办系统操作培训，请各中心派窗口工作人员和乡镇代办员参加。',
  },
];

/** The city centre's demo website (once: skipped when the centre has any article). */
export async function seedDemoContent(ctx: AppContext, authorStaffId: string): Promise<void> {
  const city = await findCentreByCode(ctx, '330900');
  if (!city || (await centreHasArticles(ctx.database.db, city.id))) return;
  const windows = await listWindows(ctx, { centreId: city.id });
  const now = new Date();
  const author = demoStaff.find((s) => s.username === 'supervisor')?.displayName ?? '中心管理人员';
  await ctx.database.db.transaction().execute(async (trx) => {
    for (const [i, a] of articles.entries()) {
      const window = a.window ? windows.find((w) => w.number === a.window) : undefined;
      await insertArticle(trx, {
        centre_id: city.id,
        channel: a.channel,
        audience: a.audience ?? null,
        title: a.title,
        body: a.body ?? '',
        url: a.url ?? null,
        owner_kind: window ? 'window' : 'centre',
        owner_department_id: null,
        owner_window_id: window?.id ?? null,
        status: 'published',
        // A minute apart, so the lists have a stable newest-first order.
        published_at: new Date(now.getTime() - i * 60_000),
        created_by_staff_id: authorStaffId,
        created_by_name: author,
        updated_by_staff_id: authorStaffId,
        updated_by_name: author,
      });
    }
  });
}
