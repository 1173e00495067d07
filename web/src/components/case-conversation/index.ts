export { CaseConversation } from './case-conversation';
export type { CaseMessage } from './api';
