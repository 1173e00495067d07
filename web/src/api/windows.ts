/** A window as GET /api/me/windows and GET /api/org/centres/:id/windows (public) return it (server: modules/org/views.ts). */
export type WindowView = {
  id: string;
  centreId: string;
  centreName: string;
  departmentId: string;
  departmentName: string;
  number: string;
  name: string;
  /** Where it stands in the hall: a floor and a spot on a 0–1000 × 0–1000 plan. */
  floor: number;
  posX: number;
  posY: number;
  telephone: string | null;
  version: number;
};
