export { JointCasePanel } from './joint-case-panel';
export type { JointCase } from './api';
