import { Alert, App, Button, Form, Input } from 'antd';
import { JsonSchemaForm } from '../../../../components/json-schema-form';
import type { ItemDefinition } from '../../../portal/catalogue/types';
import { usePortalT } from '../../../portal/i18n';
import { ProblemText } from './fields';
import type { FormTexts } from './use-item-editor';

type Props = {
  d: ItemDefinition;
  texts: FormTexts;
  setTexts: (t: FormTexts) => void;
  jsonErrors: { schema: string | null; ui: string | null };
  readOnly: boolean;
};

/**
 * 网上申请表: the form's JSON Schema and display hints as text, with a live preview. Text that is not
 * valid JSON is reported and the preview keeps showing the last valid form.
 */
export function FormTab({ d, texts, setTexts, jsonErrors, readOnly }: Props) {
  const t = usePortalT();
  const e = t.editor;
  const { message } = App.useApp();
  const [preview] = Form.useForm();

  const check = () =>
    preview.validateFields().then(
      () => void message.success(e.checkOk),
      () => undefined,
    );

  return (
    <div className="tbi-form-tab">
      <div className="tbi-form-tab__editor">
        <ProblemText path="formSchema" />
        <ProblemText path="formSchema.type" />
        <label className="tbi-label" htmlFor="tbi-form-schema">
          {e.schemaLabel}
        </label>
        <Input.TextArea
          id="tbi-form-schema"
          className="tbi-json"
          value={texts.schema}
          readOnly={readOnly}
          spellCheck={false}
          autoSize={{ minRows: 16, maxRows: 32 }}
          status={jsonErrors.schema ? 'error' : undefined}
          onChange={(ev) => setTexts({ ...texts, schema: ev.target.value })}
          data-testid="form-schema-json"
        />
        {jsonErrors.schema && (
          <Alert type="error" showIcon title={e.invalidJson(jsonErrors.schema)} data-testid="form-schema-error" />
        )}
        <label className="tbi-label" htmlFor="tbi-form-ui">
          {e.uiLabel}
        </label>
        <Input.TextArea
          id="tbi-form-ui"
          className="tbi-json"
          value={texts.ui}
          readOnly={readOnly}
          spellCheck={false}
          autoSize={{ minRows: 4, maxRows: 16 }}
          status={jsonErrors.ui ? 'error' : undefined}
          onChange={(ev) => setTexts({ ...texts, ui: ev.target.value })}
          data-testid="form-ui-json"
        />
        {jsonErrors.ui && (
          <Alert type="error" showIcon title={e.invalidJson(jsonErrors.ui)} data-testid="form-ui-error" />
        )}
      </div>
      <section className="tbi-form-tab__preview" aria-labelledby="tbi-preview-title" data-testid="form-preview">
        <div className="tbi-form-tab__preview-head">
          <h3 id="tbi-preview-title">{e.preview}</h3>
          <Button size="small" onClick={() => void check()} data-testid="form-preview-check">
            {e.check}
          </Button>
        </div>
        <JsonSchemaForm schema={d.formSchema} ui={d.formUi} form={preview} name="preview" />
      </section>
    </div>
  );
}
