import type { NoticeTemplate, NoticeType } from './model.js';

/**
 * The templates every centre starts with, worded as the Administrative Licensing Law requires
 * (Art. 32, 38, 42, 44, 45). A centre's supervisors adapt them; issued documents keep the version
 * they were made with.
 */
export const defaultTemplates: Record<NoticeType, NoticeTemplate> = {
  intake_receipt: {
    title: '收件回执',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）于{{case.submittedAt}}提交的“{{case.itemName}}”申请材料已收到，清单如下：',
      },
      {
        kind: 'table',
        each: 'materials',
        columns: [
          { header: '材料名称', value: '{{item.name}}' },
          { header: '文件', value: '{{item.fileName}}' },
        ],
      },
      {
        kind: 'fields',
        items: [
          ['办件编号', '{{case.caseNo}}'],
          ['查询密码', '{{case.queryCode}}'],
        ],
      },
      {
        kind: 'paragraph',
        text: '本回执仅证明收到上述材料，不表示已受理。可凭办件编号和查询密码在网站或大厅触摸屏查询办理进度。',
      },
    ],
  },
  acceptance_notice: {
    title: '受理通知书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）于{{case.submittedAt}}提出的“{{case.itemName}}”申请，经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。',
      },
      {
        kind: 'fields',
        items: [
          ['办件编号', '{{case.caseNo}}'],
          ['查询密码', '{{case.queryCode}}'],
          ['受理日期', '{{case.acceptedAt}}'],
          ['承诺办结时限', '{{case.promisedLimit}}（预计{{case.promisedDeadline}}前办结）'],
          ['法定办结时限', '{{case.legalLimit}}（{{case.legalDeadline}}前）'],
        ],
      },
      {
        kind: 'list',
        each: 'tolerated',
        item: '容缺受理：请于{{supplement.due}}前补交“{{item.name}}”，逾期未补交的，本受理决定将予撤销。',
      },
    ],
  },
  non_acceptance_decision: {
    title: '不予受理决定书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）于{{case.submittedAt}}提出的“{{case.itemName}}”申请（办件编号{{case.caseNo}}），经审查，决定不予受理。理由如下：',
      },
      { kind: 'paragraph', text: '{{rejection.reasons}}' },
      { kind: 'paragraph', text: '该申请事项依法应当向{{rejection.competentOrgan}}提出。' },
      { kind: 'paragraph', text: '{{remedies}}' },
    ],
  },
  supplement_notice: {
    title: '补正材料通知书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）于{{case.submittedAt}}提出的“{{case.itemName}}”申请（办件编号{{case.caseNo}}），申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知需要补正的全部内容：',
      },
      {
        kind: 'table',
        each: 'supplementItems',
        columns: [
          { header: '材料', value: '{{item.material}}' },
          { header: '需补正的内容', value: '{{item.problem}}' },
        ],
      },
      { kind: 'paragraph', text: '{{supplement.note}}' },
      { kind: 'paragraph', text: '请于{{supplement.due}}前补正。逾期未补正的，视为撤回申请。' },
    ],
  },
  special_procedure_notice: {
    title: '特别程序告知书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）申请的“{{case.itemName}}”（办件编号{{case.caseNo}}）需要进行{{special.kind}}，预计需要{{special.expectedDays}}日。理由：{{special.reason}}。',
      },
      {
        kind: 'paragraph',
        text: '根据《中华人民共和国行政许可法》第四十五条的规定，上述所需时间不计算在行政许可期限内。',
      },
    ],
  },
  extension_notice: {
    title: '延期通知书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）申请的“{{case.itemName}}”（办件编号{{case.caseNo}}），因{{extension.reason}}，不能在法定期限内作出决定。经本机关负责人批准，根据《中华人民共和国行政许可法》第四十二条的规定，办理期限延长{{extension.days}}个工作日，至{{case.legalDeadline}}。',
      },
    ],
  },
  grant_decision: {
    title: '准予行政许可决定书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）于{{case.submittedAt}}提出的“{{case.itemName}}”申请（办件编号{{case.caseNo}}），经审查，符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款的规定，决定准予行政许可。',
      },
      { kind: 'paragraph', text: '{{decision.reasons}}' },
      {
        kind: 'fields',
        items: [
          ['许可证件', '{{certificate.type}}'],
          ['有效期至', '{{decision.validUntil}}'],
        ],
      },
      { kind: 'paragraph', text: '许可证件将于本决定作出之日起十日内颁发、送达。' },
    ],
  },
  denial_decision: {
    title: '不予行政许可决定书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）于{{case.submittedAt}}提出的“{{case.itemName}}”申请（办件编号{{case.caseNo}}），经审查，决定不予行政许可。理由如下：',
      },
      { kind: 'paragraph', text: '{{decision.reasons}}' },
      {
        kind: 'table',
        each: 'opinions',
        columns: [
          { header: '环节', value: '{{item.step}}' },
          { header: '意见', value: '{{item.opinion}}' },
        ],
      },
      { kind: 'paragraph', text: '{{remedies}}' },
    ],
  },
  certificate: {
    title: '{{certificate.type}}',
    addressee: '',
    blocks: [
      {
        kind: 'fields',
        items: [
          ['证号', '{{certificate.no}}'],
          ['持证人', '{{applicant.name}}'],
          ['许可事项', '{{case.itemName}}'],
          ['有效期至', '{{decision.validUntil}}'],
          ['发证机关', '{{department.name}}'],
          ['验证码', '{{certificate.verificationCode}}'],
        ],
      },
      { kind: 'paragraph', text: '扫描二维码或登录{{certificate.verificationUrl}}可核验本证真伪及有效状态。' },
    ],
  },
  joint_start_notice: {
    title: '联办件启动通知书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）申请的“{{case.itemName}}”（办件编号{{case.caseNo}}）已于{{case.acceptedAt}}受理，经联合踏勘、联合会审，现正式启动联合办理。下列部门将并联办理各自事项：',
      },
      {
        kind: 'table',
        each: 'departments',
        columns: [
          { header: '部门', value: '{{item.name}}' },
          { header: '职责', value: '{{item.role}}' },
          { header: '会审意见', value: '{{item.opinion}}' },
        ],
      },
      {
        kind: 'paragraph',
        text: '依照《中华人民共和国行政许可法》第四十二条，联合办理的期限为{{case.legalLimit}}，至{{case.legalDeadline}}止；经本级人民政府负责人批准可以延长十五日。',
      },
    ],
  },
  joint_completion_notice: {
    title: '联办件办结通知书',
    addressee: '{{applicant.name}}：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）申请的“{{case.itemName}}”（办件编号{{case.caseNo}}）联合办理已办结，各部门决定如下：',
      },
      {
        kind: 'table',
        each: 'departments',
        columns: [
          { header: '部门', value: '{{item.name}}' },
          { header: '决定', value: '{{item.status}}' },
          { header: '理由', value: '{{item.opinion}}' },
        ],
      },
      { kind: 'paragraph', text: '请凭本通知书到主办窗口领取相关证照和决定书。{{remedies}}' },
    ],
  },
};
