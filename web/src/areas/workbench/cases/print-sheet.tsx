import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { CaseDetail } from '../../../api/cases';
import { staffZh } from '../../../i18n/staff-zh';
import { chineseDate, dateTime, limitText } from './format';
import { checkMaterials } from './materials-panel';

export type PrintKind = 'receipt' | 'acceptance';

/** While set, the body prints only the sheet (see cases.css, @media print). */
const PRINTING_CLASS = 'tbc-printing';

/**
 * Prints `kind` with the browser's dialog. The class is set before and removed after, so that
 * Ctrl+P elsewhere on the page still prints the page itself.
 */
export function usePrint(kind: PrintKind | null, done: () => void) {
  useEffect(() => {
    if (!kind) return;
    document.body.classList.add(PRINTING_CLASS);
    const finish = () => {
      document.body.classList.remove(PRINTING_CLASS);
      done();
    };
    window.addEventListener('afterprint', finish, { once: true });
    // After this render has put the sheet in the page.
    const timer = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', finish);
      document.body.classList.remove(PRINTING_CLASS);
    };
  }, [kind, done]);
}

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td data-testid={testId}>{value}</td>
    </tr>
  );
}

/**
 * The sheet handed over the counter: 收件回执 (what was received, and that acceptance is decided
 * within five working days, Art. 32) or a 受理通知书-style page. The numbered notices with a doc_no
 * are issued elsewhere; nothing here invents a number.
 */
export function PrintSheet({ detail: d, kind }: { detail: CaseDetail; kind: PrintKind }) {
  // Printed documents are in Chinese whatever language the screen is in.
  const t = staffZh.cases;
  const p = t.print;
  const checks = checkMaterials(d);
  const received = checks.filter((m) => m.state === 'received');
  const missing = checks.filter((m) => m.requirement === 'required' && m.state !== 'received');
  const intake = d.events.find((e) => e.action === 'intake' || e.action === 'submit');
  const centre = d.intakeCentreName ?? d.centreName;
  const tolerated = d.requiredMaterials.filter((m) => d.tolerated.includes(m.key));

  const sheet = (
    <div className="tbc-print-root" data-testid="print-sheet" data-kind={kind}>
      <article className="tbc-sheet" lang="zh-CN">
        <p className="tbc-sheet__centre">{centre}</p>
        <h1 className="tbc-sheet__title">{kind === 'receipt' ? p.receiptTitle : p.acceptanceTitle}</h1>
        {kind === 'acceptance' && (
          <>
            <p className="tbc-sheet__to">{p.to(d.applicantName)}</p>
            <p className="tbc-sheet__para">{p.acceptanceBody(chineseDate(d.submittedAt), d.itemName)}</p>
            {tolerated.length > 0 && (
              <p className="tbc-sheet__para">
                {p.toleratedBody(tolerated.map((m) => m.name).join('、'), chineseDate(d.clock.toleranceDue))}
              </p>
            )}
          </>
        )}
        <table className="tbc-sheet__table">
          <tbody>
            <Row label={p.caseNo} value={d.caseNo} testId="print-case-no" />
            <Row label={p.queryCode} value={d.queryCode} testId="print-query-code" />
            <Row label={p.item} value={d.itemName} />
            <Row label={p.department} value={d.departmentName} />
            {kind === 'receipt' && <Row label={p.applicant} value={d.applicantName} />}
            {kind === 'receipt' && <Row label={p.receivedAt} value={dateTime(d.submittedAt)} />}
            {kind === 'receipt' && <Row label={p.channel} value={t.channel[d.channel]} />}
            {kind === 'acceptance' && <Row label={p.acceptedAt} value={chineseDate(d.clock.acceptedAt)} />}
            <Row label={p.promisedLimit} value={limitText(d.clock.promisedLimit, t)} />
            {kind === 'acceptance' && d.clock.promisedDeadline && (
              <Row label={p.promisedDeadline} value={chineseDate(d.clock.promisedDeadline)} />
            )}
            <Row label={p.legalLimit} value={limitText(d.clock.legalLimit, t)} />
          </tbody>
        </table>
        {kind === 'receipt' && (
          <>
            <h2 className="tbc-sheet__h2">{p.receivedMaterials}</h2>
            <table className="tbc-sheet__list">
              <thead>
                <tr>
                  <th>{p.no}</th>
                  <th>{p.materialName}</th>
                  <th>{p.files}</th>
                </tr>
              </thead>
              <tbody>
                {received.length === 0 && (
                  <tr>
                    <td colSpan={3}>{p.noneReceived}</td>
                  </tr>
                )}
                {received.map((m, i) => (
                  <tr key={m.key}>
                    <td>{i + 1}</td>
                    <td>{m.name}</td>
                    <td>{m.files.filter((f) => f.state !== 'superseded').length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {missing.length > 0 && (
              <p className="tbc-sheet__para">{p.missing(missing.map((m) => m.name).join('、'))}</p>
            )}
            <p className="tbc-sheet__para">{p.receiptNote}</p>
          </>
        )}
        <p className="tbc-sheet__para">{p.lookup}</p>
        <div className="tbc-sheet__sign">
          {kind === 'receipt' ? (
            <>
              <span>{p.clerk(intake?.actorName ?? '')}</span>
              <span>{p.applicantSign}</span>
            </>
          ) : (
            <span className="tbc-sheet__seal">{p.seal(d.departmentName)}</span>
          )}
        </div>
        <p className="tbc-sheet__date">{chineseDate(kind === 'acceptance' ? d.clock.acceptedAt : d.submittedAt)}</p>
      </article>
    </div>
  );
  return createPortal(sheet, document.body);
}
