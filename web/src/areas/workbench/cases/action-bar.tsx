import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import type { CaseAction, CaseDetail, TransitionInput } from '../../../api/cases';
import { useStaffT } from '../account/i18n';
import { ActionDialog } from './action-dialog';
import { actionOrder, actionSpecs, primaryActions } from './action-specs';
import type { PrintKind } from './print-sheet';

/** The moves `allowedActions` offers this post now, and the two print views. */
export function ActionBar({
  detail,
  act,
  onPrint,
}: {
  detail: CaseDetail;
  act: (input: TransitionInput) => Promise<CaseDetail | null>;
  onPrint: (kind: PrintKind) => void;
}) {
  const t = useStaffT().cases;
  const [open, setOpen] = useState<CaseAction | null>(null);
  const actions = actionOrder.filter((a) => detail.allowedActions.includes(a));
  return (
    <div className="tb-staff-panel tbc-actions" role="toolbar" aria-label={t.actionsLabel} data-testid="case-actions">
      <div className="tbc-actions__moves">
        {actions.length === 0 && detail.heldActions.length === 0 && (
          <span className="tbc-muted" data-testid="no-actions">
            {t.noActions}
          </span>
        )}
        {actions.map((a) => (
          <Button
            key={a}
            type={primaryActions.has(a) ? 'primary' : 'default'}
            danger={actionSpecs[a].danger ?? false}
            onClick={() => setOpen(a)}
            data-testid={`action-${a}`}
          >
            {t.action[a]}
          </Button>
        ))}
        {detail.heldActions.map((h) => (
          // Shown disabled with its reason in words, not only in a tooltip: the officer learns what
          // the move waits for without trying it (the server refuses it with the same code).
          <span key={h.action} className="tbc-actions__held" data-testid={`held-${h.action}`}>
            <Button disabled>{t.action[h.action]}</Button>
            <span className="tbc-muted">{t.held[h.code] ?? t.held.other}</span>
          </span>
        ))}
      </div>
      <div className="tbc-actions__print">
        <Button icon={<PrinterOutlined />} onClick={() => onPrint('receipt')} data-testid="print-receipt">
          {t.print.receiptButton}
        </Button>
        {detail.clock.acceptedAt && (
          <Button icon={<PrinterOutlined />} onClick={() => onPrint('acceptance')} data-testid="print-acceptance">
            {t.print.acceptanceButton}
          </Button>
        )}
      </div>
      <ActionDialog action={open} detail={detail} act={act} onClose={() => setOpen(null)} />
    </div>
  );
}
