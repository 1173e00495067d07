/** POST /api/agent/residents answer. */
export type Resident = {
  id: string;
  name: string;
  idNumberMasked: string;
  mobileMasked: string | null;
  registered: boolean;
};

/** The resident an authorisation is being recorded for (chosen from the list: registration unknown). */
export type ChosenResident = Omit<Resident, 'registered'> & { registered?: boolean };

/** GET /api/agent/authorisations rows. */
export type Authorisation = {
  id: string;
  personId: string;
  personName: string;
  idNumberMasked: string;
  mobileMasked: string | null;
  agentId: string;
  agentName: string;
  actedBy: string;
  allItems: boolean;
  itemCodes: string[];
  validUntil: string;
  formFileSha256: string;
  status: 'valid' | 'expired' | 'revoked';
  revokeReason: string | null;
  createdAt: string;
  version: number;
};

/** data-* attributes for antd props objects (okButtonProps …), which JSX would otherwise reject. */
export function testId(id: string): Record<string, string> {
  return { 'data-testid': id };
}
