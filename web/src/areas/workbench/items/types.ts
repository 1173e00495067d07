import type { ItemDefinition } from '../../portal/catalogue/types';

/** Shapes of the staff item routes (server: modules/catalogue/views.ts and routes.ts). */
export type ItemStatus = 'draft' | 'in_review' | 'published';

export type ItemSummary = {
  id: string;
  name: string;
  status: ItemStatus;
  centreName: string;
  departmentName: string;
  windowName: string;
  publishedVersionId: string | null;
  reviewNote: string | null;
  updatedAt: string;
  version: number;
};

export type ItemDetail = Omit<ItemSummary, 'centreName' | 'departmentName' | 'windowName'> & {
  centreId: string;
  departmentId: string;
  windowId: string;
  definition: ItemDefinition;
};

export type HistoryEntry = {
  versionId: string;
  versionNo: number;
  publishedAt: string;
  publishedBy: string | null;
  submittedBy: string | null;
  changedFields: string[];
  current: boolean;
};
