/**
 * The joint-cases part of the one error catalogue (issue 7), spread into `errorCatalogue` in
 * errors.ts (which stays within its line limit).
 */
export const jointErrors = {
  'joint.version_conflict': {
    status: 409,
    zh: '联办件已被其他窗口更新，请刷新后重试',
    en: 'The joint case was changed by another window; reload and try again',
  },
  'joint.lead_only': { status: 403, zh: '此操作仅限主办窗口办理', en: 'Only the lead window may do this' },
  'joint.not_your_sub_case': {
    status: 403,
    zh: '只能办理本部门的联办子件',
    en: 'You may act only on your own department’s sub-case',
  },
  'joint.invalid_stage': {
    status: 409,
    zh: '联办件当前所处阶段不能办理此操作',
    en: 'The joint case is not at a stage where this is possible',
  },
  'joint.sub_case_closed': {
    status: 409,
    zh: '该协办子件当前状态不能办理此操作',
    en: 'The sub-case is not in a state where this is possible',
  },
  'joint.sub_cases_pending': {
    status: 409,
    zh: '尚有协办部门未作出决定，不能出具联办件办结通知书',
    en: 'Some co-handling departments have not decided yet',
  },
  'joint.decision_waits': {
    status: 409,
    zh: '联办件尚未办结，主办窗口须待各协办部门作出决定并出具联办件办结通知书后，方可作出许可决定',
    en: 'The joint case is still running: the lead case is decided after the joint completion notice',
  },
  'joint.meeting_required': {
    status: 409,
    zh: '须先召开联合会审并记录结论，方可正式启动',
    en: 'Record the joint review meeting before the formal start',
  },
  'joint.inspection_staff': {
    status: 400,
    zh: '联合踏勘应当指派两名以上工作人员进行（《行政许可法》第三十四条）',
    en: 'A joint site inspection needs at least two staff (Art. 34)',
  },
  'joint.cannot_remove_lead': { status: 409, zh: '不能移除主办窗口', en: 'The lead window cannot be removed' },
  'joint.window_is_lead': {
    status: 409,
    zh: '该窗口属于主办部门，不能作为协办窗口',
    en: 'This window belongs to the lead department',
  },
  'joint.window_already_added': {
    status: 409,
    zh: '该窗口（部门）已在本联办件的协办之列',
    en: 'This window’s department already takes part in the joint case',
  },
  'joint.window_not_in_case': {
    status: 404,
    zh: '该窗口不在本联办件的协办之列',
    en: 'This window does not take part in the joint case',
  },
  'joint.window_unknown': { status: 400, zh: '窗口不存在', en: 'No such window' },
  'joint.extension_exists': {
    status: 409,
    zh: '联办件只能延长一次（十五个工作日）',
    en: 'A joint case may be extended once only (15 working days)',
  },
  'joint.deem_not_allowed': {
    status: 409,
    zh: '该协办窗口未逾期，或本中心未设置逾期视为同意',
    en: 'This co-window is not overdue, or the centre does not deem silence as agreement',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
