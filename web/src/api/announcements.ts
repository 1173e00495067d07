/** One row of GET /api/announcements (public): a granted licence as the law has it published (R-LAW-7). */
export type Announcement = {
  certificateNo: string;
  certificateType: string;
  holderName: string;
  itemName: string;
  issuer: string;
  decidedOn: string;
  validUntil: string | null;
};

export type AnnouncementPage = { total: number; page: number; pageSize: number; items: Announcement[] };
