import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PublicStatus } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { useSession } from '../../../session/session';
import { errorText } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { useCasesT } from '../my-cases/i18n';
import { StatusFacts } from './status-facts';
import { StatusTimeline } from './status-timeline';
import { usePublicLookup } from './use-public-lookup';
import '../apply/apply.css';
import '../my-cases/my-cases.css';

type Values = { caseNo: string; queryCode: string };

function StatusResult({ s }: { s: PublicStatus }) {
  const t = useCasesT();
  const { person } = useSession();
  return (
    <section className="tbm-section" aria-labelledby="tbs-result-title" data-testid="status-result">
      <h2 id="tbs-result-title" className="tb-visually-hidden">
        {t.lookup.result}
      </h2>
      <StatusFacts s={s} />
      <StatusTimeline history={s.history} />
      <p className="tbm-note">
        {t.lookup.mine} {person && <Link to="/portal/my/cases">{t.nav.myCases}</Link>}
      </p>
    </section>
  );
}

/**
 * 办件查询 (R-WEB-2, R-KIO-3): anyone with the case number and query code sees where a case is,
 * without logging in. Receipts link here with ?caseNo=&queryCode=; the hall's kiosk has its own
 * touch page (/kiosk/status) showing the same answer.
 */
export function StatusPage() {
  const t = useCasesT();
  const l = t.lookup;
  const pt = usePortalT();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const lookup = usePublicLookup();
  const { state } = lookup;
  const look = (v: Values) => lookup.look(v.caseNo.trim(), v.queryCode.trim());

  const fromUrl = { caseNo: params.get('caseNo') ?? '', queryCode: params.get('queryCode') ?? '' };
  useEffect(() => {
    if (!fromUrl.caseNo) return;
    form.setFieldsValue(fromUrl);
    if (fromUrl.queryCode) void form.validateFields().then(look, () => undefined);
    // The address is the input: a receipt's link or the kiosk's fills the form and looks up at once.
  }, [fromUrl.caseNo, fromUrl.queryCode]);

  const e = state.error;
  const problem = e instanceof ApiError && e.status === 429 ? l.tooMany : e ? errorText(e, pt) : null;

  return (
    <div className="tbm-page" data-testid="status-page">
      <div>
        <h1 className="tb-page-title">{l.title}</h1>
        <p className="tbs-lead">{l.lead}</p>
      </div>
      <section className="tbm-section">
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void look(v)}
          requiredMark={false}
          data-testid="status-form"
        >
          <Form.Item
            name="caseNo"
            label={l.caseNo}
            rules={[
              { required: true, whitespace: true, message: l.caseNoRequired },
              { min: 6, max: 50, message: l.caseNoLength, transform: (v: string) => v?.trim() },
            ]}
          >
            <Input
              size="large"
              autoComplete="off"
              spellCheck={false}
              placeholder={l.caseNoPlaceholder}
              maxLength={50}
              data-testid="status-case-no-input"
            />
          </Form.Item>
          <Form.Item
            name="queryCode"
            label={l.queryCode}
            rules={[
              { required: true, whitespace: true, message: l.queryCodeRequired },
              { min: 4, max: 16, message: l.queryCodeLength, transform: (v: string) => v?.trim() },
            ]}
          >
            <Input
              size="large"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={16}
              data-testid="status-query-code-input"
            />
          </Form.Item>
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            block
            icon={<SearchOutlined />}
            loading={state.loading}
            data-testid="status-submit"
          >
            {state.loading ? l.querying : l.submit}
          </Button>
        </Form>
      </section>
      <div aria-live="polite">
        {problem && (
          <Alert type="error" showIcon role="alert" title={l.failed} description={problem} data-testid="status-error" />
        )}
        {state.result && <StatusResult s={state.result} />}
      </div>
    </div>
  );
}
