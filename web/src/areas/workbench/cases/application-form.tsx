// A minimal application form for the agent's page, until the portal's ApplicationForm
// (web/src/areas/portal/apply/application-form.tsx) exists; same props, so it can be swapped in.
import { Alert, Button, Form, Spin } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { newIdempotencyKey, submitApplication, type CaseDetail } from '../../../api/cases';
import { useLoad } from '../../../api/use-load';
import type { Guide } from '../../portal/catalogue/types';
import { ErrorAlert } from '../account/error-alert';
import { useStaffT } from '../account/i18n';
import {
  ApplicationBody,
  collectForm,
  materialRefs,
  missingRequired,
  showFormProblems,
  type ApplicationDraft,
} from '../intake/application-body';

export type ApplicationFormProps = {
  itemId: string;
  forPersonId?: string;
  draftId?: string;
  onSubmitted: (detail: CaseDetail) => void;
};

export function ApplicationForm({ itemId, forPersonId, draftId, onSubmitted }: ApplicationFormProps) {
  const t = useStaffT();
  const x = t.intake;
  const guide = useLoad<Guide>(`/api/catalogue/items/${itemId}`);
  const [form] = Form.useForm();
  const [draft, setDraft] = useState<ApplicationDraft>({ uploads: [], busy: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attempt = useRef<string | null>(null);

  if (!guide.data) return guide.loading ? <Spin /> : <ErrorAlert error={guide.error} onReload={guide.reload} />;
  const g = guide.data;
  if (!g.definition.onlineApplication) return <Alert type="warning" showIcon title={t.cases.apply.notOnline} />;

  async function submit() {
    setError(null);
    const formData = await collectForm(g, form);
    if (!formData || draft.busy) return;
    attempt.current ??= newIdempotencyKey();
    setBusy(true);
    try {
      const created = await submitApplication(
        {
          itemId,
          formData,
          materials: materialRefs(draft.uploads),
          ...(draftId ? { draftId } : {}),
          ...(forPersonId ? { forPersonId } : {}),
        },
        attempt.current,
      );
      attempt.current = null;
      onSubmitted(created);
    } catch (err) {
      if (!(err instanceof ApiError) || (err.status > 0 && err.status < 500)) attempt.current = null;
      if (!showFormProblems(err, form, g, x.formCode)) setError(err);
      else setError(new ApiError(400, 'case.invalid_form', x.fixForm));
    } finally {
      setBusy(false);
    }
  }

  const missing = missingRequired(g, draft.uploads);
  return (
    <Form.Provider
      onFormChange={() => {
        attempt.current = null;
      }}
    >
      <ApplicationBody
        guide={g}
        form={form}
        name="apply"
        draft={draft}
        onDraft={(next) => {
          if (next.uploads !== draft.uploads) attempt.current = null;
          setDraft(next);
        }}
      />
      <div className="tb-staff-panel tbc-submit-bar">
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t.cases.apply.missing(missing.length)}
            description={missing.map((m) => m.name).join('、')}
          />
        )}
        <ErrorAlert error={error} />
        <Button
          type="primary"
          size="large"
          loading={busy}
          disabled={draft.busy}
          onClick={() => void submit()}
          data-testid="apply-submit"
        >
          {t.cases.apply.submit}
        </Button>
      </div>
    </Form.Provider>
  );
}
