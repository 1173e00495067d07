import { pricingLines } from '../catalogue/labels';
import type { FeeItem } from '../catalogue/types';
import { usePortalT } from '../i18n';

/** 收费: every fee with its legal basis and standard (Art. 58–59); 免费 when there is none. */
export function FeesTable({ fees }: { fees: FeeItem[] }) {
  const t = usePortalT();
  const g = t.guide;
  if (fees.length === 0) {
    return (
      <p className="tbp-free" data-testid="guide-free">
        <strong>{g.free}</strong> {g.freeNote}
      </p>
    );
  }
  return (
    <table className="tbp-table tbp-table--fees" data-testid="guide-fees">
      <thead>
        <tr>
          <th scope="col">{g.feeName}</th>
          <th scope="col">{g.feeAmount}</th>
          <th scope="col">{g.feeStandard}</th>
          <th scope="col">{g.feeBasis}</th>
          <th scope="col">{g.feeMode}</th>
        </tr>
      </thead>
      <tbody>
        {fees.map((f) => (
          <tr key={f.key} data-testid={`guide-fee-${f.key}`}>
            <th scope="row" className="tbp-table__name">
              {f.name}
            </th>
            <td data-label={g.feeAmount} className="tbp-fee-amount">
              {pricingLines(t, f.pricing).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </td>
            <td data-label={g.feeStandard}>{f.standard}</td>
            <td data-label={g.feeBasis}>{f.legalBasis}</td>
            <td data-label={g.feeMode}>{t.labels.paymentMode[f.paymentMode]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
