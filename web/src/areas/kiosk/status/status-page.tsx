import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n';
import { StatusFacts } from '../../portal/status/status-facts';
import { StatusTimeline } from '../../portal/status/status-timeline';
import { usePublicLookup } from '../../portal/status/use-public-lookup';
import { KioskScreen } from '../screen';
import { useErrorText } from '../states';
import { fromLink, lengthOf, type Field } from './code-format';
import { Keypad } from './keypad';
import { KioskVote } from './kiosk-vote';
import '../../portal/portal.css';
import './status.css';

type Values = Record<Field, string>;

const fields: Field[] = ['caseNo', 'queryCode'];
const blank: Values = { caseNo: '', queryCode: '' };
// The latest moves only, newest first: the answer, the vote and the button fit one portrait screen.
const KIOSK_MOVES = 8;

/**
 * 办件查询 on the kiosk (R-KIO-3): the case number and query code typed on the on-screen keypad,
 * answered by the same public look-up as the website. A receipt's QR code may open
 * /kiosk/status?caseNo=…&code=… (or queryCode=, as the portal's link has it): looked up at once.
 */
export function KioskStatusPage() {
  const t = useT().kiosk.status;
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState<Values>(blank);
  const [field, setField] = useState<Field>('caseNo');
  const [problem, setProblem] = useState<string | null>(null);
  const lookup = usePublicLookup();
  const { state } = lookup;
  const look = (v: Values) => lookup.look(v.caseNo, v.queryCode);

  const linkCaseNo = fromLink('caseNo', params.get('caseNo'));
  const linkCode = fromLink('queryCode', params.get('code') ?? params.get('queryCode'));
  useEffect(() => {
    if (!linkCaseNo) return;
    const v = { caseNo: linkCaseNo, queryCode: linkCode };
    setValues(v);
    setField('queryCode');
    if (linkCaseNo.length >= lengthOf.caseNo.min && linkCode.length >= lengthOf.queryCode.min) void look(v);
    // The address is the input: a receipt's QR code fills both fields and looks up at once.
  }, [linkCaseNo, linkCode]);

  const edit = (change: (value: string) => string) => {
    setProblem(null);
    lookup.clearError();
    setValues((v) => ({ ...v, [field]: change(v[field]).slice(0, lengthOf[field].max) }));
  };

  const submit = () => {
    const short = fields.find((f) => values[f].length < lengthOf[f].min);
    if (short) {
      setField(short);
      setProblem(short === 'caseNo' ? t.caseNoShort : t.codeShort);
      return;
    }
    setProblem(null);
    void look(values);
  };

  const again = () => {
    lookup.reset();
    setValues(blank);
    setField('caseNo');
    if (params.size > 0) setParams({}, { replace: true });
  };

  const label = (f: Field) => (f === 'caseNo' ? t.caseNo : t.queryCode);
  const message = problem ?? (state.error ? errorText(state.error) : null);

  return (
    <KioskScreen title={t.title} lead={state.result ? undefined : t.lead} testId="kiosk-status">
      {state.result ? (
        <section className="tbk-status-result" aria-labelledby="tbk-result-title" data-testid="status-result">
          <h2 id="tbk-result-title" className="tb-visually-hidden">
            {t.result}
          </h2>
          <StatusFacts s={state.result} />
          <StatusTimeline history={state.result.history} latest={KIOSK_MOVES} />
          <p className="tbk-status-note">{t.more}</p>
          <KioskVote
            key={state.result.caseNo}
            caseNo={values.caseNo}
            queryCode={values.queryCode}
            evaluation={state.result.evaluation}
          />
          <Button size="large" icon={<SearchOutlined />} onClick={again} data-testid="kiosk-status-again">
            {t.again}
          </Button>
        </section>
      ) : (
        <div className="tbk-status-entry">
          <div className="tbk-fields">
            {fields.map((f) => (
              <button
                key={f}
                type="button"
                className={f === field ? 'tbk-field tbk-field--on' : 'tbk-field'}
                aria-pressed={f === field}
                onClick={() => setField(f)}
                data-testid={`kiosk-field-${f}`}
              >
                <span className="tbk-field__label">{label(f)}</span>
                <span className="tbk-field__value" data-testid={`kiosk-value-${f}`}>
                  {values[f] || <span className="tbk-field__placeholder">{t.placeholder}</span>}
                </span>
              </button>
            ))}
          </div>
          <p className="tbk-status-hint">{field === 'caseNo' ? t.caseNoHint : t.codeHint}</p>
          {message && (
            <div className="tbk-status-error" role="alert" data-testid="kiosk-status-error">
              <strong>{t.failed}</strong>
              <span>{message}</span>
            </div>
          )}
          <Keypad
            field={field}
            label={label(field)}
            onKey={(key) => edit((v) => v + key)}
            onBackspace={() => edit((v) => v.slice(0, -1))}
            onClear={() => edit(() => '')}
          />
          <div className="tbk-status-actions">
            {field === 'caseNo' && (
              <Button size="large" onClick={() => setField('queryCode')} data-testid="kiosk-status-next">
                {t.next}
              </Button>
            )}
            <Button
              type="primary"
              size="large"
              icon={<SearchOutlined />}
              loading={state.loading}
              onClick={submit}
              data-testid="kiosk-status-submit"
            >
              {state.loading ? t.querying : t.submit}
            </Button>
          </div>
        </div>
      )}
    </KioskScreen>
  );
}
