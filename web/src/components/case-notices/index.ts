export { CaseNotices, type CaseNotice } from './case-notices';
