import { Form, Input, type FormInstance } from 'antd';
import { normalizeCode, residentIdProblem } from '../../portal/account/id-checks';
import { useStaffT } from '../account/i18n';

export type ApplicantValues = { name: string; idNumber: string; mobile?: string };

/** 申请人: the walk-in's name, resident ID (checked digit by digit, as the server does) and mobile. */
export function ApplicantFields({ form }: { form: FormInstance<ApplicantValues> }) {
  const t = useStaffT();
  const a = t.intake.applicant;
  return (
    <Form<ApplicantValues>
      form={form}
      layout="vertical"
      name="intake-applicant"
      className="tbc-applicant-form"
      requiredMark="optional"
    >
      <Form.Item
        name="name"
        label={a.name}
        rules={[{ required: true, whitespace: true, message: a.nameRequired }, { max: 50 }]}
      >
        <Input autoComplete="off" maxLength={50} data-testid="intake-name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={a.idNumber}
        normalize={(v: string) => normalizeCode(v ?? '')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if (!value) throw new Error(a.idRequired);
              const problem = residentIdProblem(value);
              if (problem) throw new Error(a.idProblem[problem]);
            },
          },
        ]}
      >
        <Input autoComplete="off" maxLength={18} className="tbc-mono" data-testid="intake-id-number" />
      </Form.Item>
      <Form.Item name="mobile" label={a.mobile} rules={[{ pattern: /^1[3-9]\d{9}$/, message: a.mobileProblem }]}>
        <Input autoComplete="off" maxLength={11} inputMode="numeric" data-testid="intake-mobile" />
      </Form.Item>
    </Form>
  );
}
