import { CheckCircleFilled, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Select, Spin } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { newIdempotencyKey, registerIntake, type CaseDetail } from '../../../api/cases';
import { useLoad } from '../../../api/use-load';
import type { Guide } from '../../portal/catalogue/types';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import { PostHeading } from '../home/post-heading';

import { limitText } from '../cases/format';
import { PrintSheet, usePrint, type PrintKind } from '../cases/print-sheet';
import { ApplicantFields, type ApplicantValues } from './applicant-fields';
import {
  ApplicationBody,
  collectForm,
  materialRefs,
  missingRequired,
  showFormProblems,
  type ApplicationDraft,
} from './application-body';
import '../cases/cases.css';

/** An item this window may take in: its own, or (at a township) one decided higher up (R-ORG-5). */
type IntakeItem = { id: string; name: string; centreName: string; publishedVersionId: string };

const emptyDraft: ApplicationDraft = { uploads: [], busy: false };

/** 收件登记 (R-APP-4): the window registers a walk-in application and hands over the receipt. */
export default function IntakePage() {
  const t = useStaffT();
  const x = t.intake;
  const navigate = useNavigate();
  const intake = useLoad<{ items: IntakeItem[] }>('/api/intake/items');
  const items = { ...intake, data: intake.data?.items };
  const [itemId, setItemId] = useState<string | null>(null);
  const guide = useLoad<Guide>(itemId ? `/api/catalogue/items/${itemId}` : null);
  const [applicant] = Form.useForm<ApplicantValues>();
  const [form] = Form.useForm();
  const [draft, setDraft] = useState<ApplicationDraft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<CaseDetail | null>(null);
  // One key per attempt: kept when the network fails (the retry is the same attempt), dropped
  // once the server has answered or the clerk changes what is being registered.
  const attempt = useRef<string | null>(null);
  const [printing, setPrinting] = useState<PrintKind | null>(null);
  usePrint(
    printing,
    useCallback(() => setPrinting(null), []),
  );

  const published = (items.data ?? []).filter((i) => i.publishedVersionId);
  const g = itemId && guide.data?.itemId === itemId ? guide.data : undefined;

  function changed() {
    attempt.current = null;
  }

  function reset() {
    setDone(null);
    setItemId(null);
    setDraft(emptyDraft);
    setError(null);
    applicant.resetFields();
    form.resetFields();
    attempt.current = null;
  }

  async function register() {
    if (!g) return;
    setError(null);
    const [who, formData] = await Promise.all([applicant.validateFields().catch(() => null), collectForm(g, form)]);
    if (!who || !formData) return;
    if (draft.busy) return setError(new ApiError(0, 'upload.pending', x.uploads.wait));
    attempt.current ??= newIdempotencyKey();
    setBusy(true);
    try {
      const created = await registerIntake(
        {
          itemId: g.itemId,
          applicant: { name: who.name.trim(), idNumber: who.idNumber, ...(who.mobile ? { mobile: who.mobile } : {}) },
          formData,
          materials: materialRefs(draft.uploads),
        },
        attempt.current,
      );
      attempt.current = null;
      setDone(created);
      window.scrollTo({ top: 0 });
    } catch (err) {
      if (!(err instanceof ApiError) || (err.status > 0 && err.status < 500)) attempt.current = null;
      if (!showFormProblems(err, form, g, x.formCode)) setError(err);
      else setError(new ApiError(400, 'case.invalid_form', x.fixForm));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <section className="tb-staff-page" data-testid="intake-page">
        <PostHeading />
        <div className="tb-staff-panel tbc-done" data-testid="intake-done" data-case-id={done.id}>
          <CheckCircleFilled className="tbc-done__icon" aria-hidden />
          <h2>{x.doneTitle}</h2>
          <dl className="tbc-done__facts">
            <dt>{t.cases.print.caseNo}</dt>
            <dd className="tbc-mono" data-testid="intake-case-no">
              {done.caseNo}
            </dd>
            <dt>{t.cases.print.queryCode}</dt>
            <dd className="tbc-mono" data-testid="intake-query-code">
              {done.queryCode}
            </dd>
            <dt>{t.cases.print.item}</dt>
            <dd>{done.itemName}</dd>
            <dt>{t.cases.print.applicant}</dt>
            <dd>{done.applicantName}</dd>
          </dl>
          <p className="tbc-muted">{x.doneHint}</p>
          <div className="tb-staff-actions">
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              onClick={() => setPrinting('receipt')}
              data-testid="intake-print"
            >
              {t.cases.print.receiptButton}
            </Button>
            <Button onClick={() => void navigate(`/workbench/cases/${done.id}`)} data-testid="intake-open-case">
              {x.openCase}
            </Button>
            <Button onClick={reset} data-testid="intake-next">
              {x.next}
            </Button>
          </div>
        </div>
        <PrintSheet detail={done} kind="receipt" />
      </section>
    );
  }

  const missing = g ? missingRequired(g, draft.uploads) : [];
  return (
    <section className="tb-staff-page tbc-intake" data-testid="intake-page">
      <PostHeading />
      <section className="tb-staff-panel" aria-labelledby="tbc-intake-item">
        <h2 id="tbc-intake-item">{x.title}</h2>
        <p className="tb-staff-lead">{x.lead}</p>
        <ErrorAlert error={items.error} onReload={items.reload} />
        {items.data && published.length === 0 ? (
          <Empty description={x.noItems} />
        ) : (
          <Select<string>
            className="tbc-intake__item"
            showSearch={{ optionFilterProp: 'label' }}
            loading={items.loading}
            value={itemId ?? undefined}
            placeholder={x.pickItem}
            aria-label={x.pickItem}
            options={published.map((i) => ({ value: i.id, label: `${i.name}（${i.centreName}）` }))}
            onChange={(id) => {
              setItemId(id);
              setDraft(emptyDraft);
              form.resetFields();
              changed();
            }}
            data-testid="intake-item"
          />
        )}
        {g && (
          <p className="tbc-muted tbc-gap-top" data-testid="intake-item-facts">
            {x.itemFacts(
              g.departmentName,
              limitText(g.definition.promisedLimit, t.cases),
              limitText(g.definition.legalLimit, t.cases),
            )}
          </p>
        )}
        <ErrorAlert error={guide.error} onReload={guide.reload} />
      </section>
      {itemId && !g && guide.loading && <Spin />}
      {g && (
        <Form.Provider onFormChange={changed}>
          <section className="tb-staff-panel" aria-labelledby="tbc-intake-applicant">
            <h2 id="tbc-intake-applicant">{x.applicantTitle}</h2>
            <ApplicantFields form={applicant} />
          </section>
          <ApplicationBody
            guide={g}
            form={form}
            name="intake"
            draft={draft}
            onDraft={(next) => {
              if (next.uploads !== draft.uploads) changed();
              setDraft(next);
            }}
          />
          <div className="tb-staff-panel tbc-submit-bar">
            {missing.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="intake-missing"
                title={x.missing(missing.length)}
                description={`${missing.map((m) => m.name).join('、')}。${x.missingHint}`}
              />
            )}
            <ErrorAlert error={error} />
            <Button
              type="primary"
              size="large"
              loading={busy}
              disabled={draft.busy}
              onClick={() => void register()}
              data-testid="intake-submit"
            >
              {x.submit}
            </Button>
          </div>
        </Form.Provider>
      )}
    </section>
  );
}
