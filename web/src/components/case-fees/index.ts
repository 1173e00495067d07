export { CaseFeesPanel } from './case-fees';
