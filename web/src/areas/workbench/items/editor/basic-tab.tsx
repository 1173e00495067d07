import { Alert, Checkbox, Input, Radio, Select, Switch } from 'antd';
import type { Facets, Level } from '../../../portal/catalogue/types';
import { useLoad } from '../../../../api/use-load';
import { usePortalT } from '../../../portal/i18n';
import { Field } from './fields';
import type { TabProps } from './tab-props';

const levels: Level[] = ['city', 'county', 'township'];

/** 基本信息: names, codes, levels, case type, audience, themes, keywords, certificate, office. */
export function BasicTab({ d, update }: TabProps) {
  const t = usePortalT();
  const f = t.editor.fieldNames;
  const s = t.editor.subNames;
  const themes = useLoad<Facets>('/api/catalogue/facets').data?.themes ?? [];
  const levelOptions = levels.map((l) => ({ value: l, label: t.labels.level[l] }));
  const office = (key: keyof typeof d.office, value: string) =>
    update((x) => ({ ...x, office: { ...x.office, [key]: value } }));

  return (
    <div className="tbi-grid">
      <Field label={f.name} path="name" required>
        <Input
          value={d.name}
          maxLength={100}
          onChange={(e) => update((x) => ({ ...x, name: e.target.value }))}
          data-testid="basic-name"
        />
      </Field>
      <Field label={f.nameEn} path="nameEn">
        <Input value={d.nameEn} maxLength={200} onChange={(e) => update((x) => ({ ...x, nameEn: e.target.value }))} />
      </Field>
      <Field label={f.basicCode} path="basicCode" required extra="≤ 10">
        <Input
          value={d.basicCode}
          maxLength={10}
          onChange={(e) => update((x) => ({ ...x, basicCode: e.target.value }))}
          data-testid="basic-code"
        />
      </Field>
      <Field label={f.implementationCode} path="implementationCode" required extra="≤ 24">
        <Input
          value={d.implementationCode}
          maxLength={24}
          onChange={(e) => update((x) => ({ ...x, implementationCode: e.target.value }))}
          data-testid="basic-implementation-code"
        />
      </Field>
      <Field label={f.handlingLevel} path="handlingLevel" required>
        <Select
          value={d.handlingLevel}
          options={levelOptions}
          onChange={(v: Level) =>
            update((x) => ({
              ...x,
              handlingLevel: v,
              intakeLevels: x.intakeLevels.includes(v) ? x.intakeLevels : [...x.intakeLevels, v],
            }))
          }
        />
      </Field>
      <Field label={f.intakeLevels} path="intakeLevels" required>
        <Checkbox.Group
          value={d.intakeLevels}
          options={levelOptions}
          onChange={(v) => update((x) => ({ ...x, intakeLevels: levels.filter((l) => v.includes(l)) }))}
        />
      </Field>
      <Field label={f.caseType} path="caseType" required>
        <Radio.Group
          value={d.caseType}
          onChange={(e) => update((x) => ({ ...x, caseType: e.target.value as typeof x.caseType }))}
          options={(['promised', 'on_the_spot'] as const).map((c) => ({ value: c, label: t.labels.caseType[c] }))}
        />
      </Field>
      <Field label={f.audience} path="audience" required>
        <Checkbox.Group
          value={d.audience}
          options={(['person', 'enterprise'] as const).map((a) => ({ value: a, label: t.labels.audience[a] }))}
          onChange={(v) => update((x) => ({ ...x, audience: v }))}
        />
      </Field>
      <Field label={f.onlineApplication} path="onlineApplication" extra={t.editor.onlineHint}>
        <Switch checked={d.onlineApplication} onChange={(on) => update((x) => ({ ...x, onlineApplication: on }))} />
      </Field>
      <Field label={f.themes} path="themes" extra={t.editor.themesHint}>
        <Select
          mode="tags"
          value={d.themes}
          options={themes.map((th) => ({ value: th.name, label: th.name }))}
          onChange={(v: string[]) => update((x) => ({ ...x, themes: v.map((s2) => s2.trim()).filter(Boolean) }))}
          data-testid="basic-themes"
        />
      </Field>
      <Field label={f.keywords} path="keywords" extra={t.editor.keywordsHint}>
        <Select
          mode="tags"
          value={d.keywords}
          open={false}
          suffixIcon={null}
          onChange={(v: string[]) => update((x) => ({ ...x, keywords: v.map((s2) => s2.trim()).filter(Boolean) }))}
        />
      </Field>
      <Field label={f.certificate} path="certificate">
        <div className="tbi-inline">
          <Switch
            checked={d.certificate !== null}
            onChange={(on) => update((x) => ({ ...x, certificate: on ? { type: '', validity: '' } : null }))}
          />
          <span>{t.editor.certificateIssued}</span>
        </div>
      </Field>
      {d.certificate && (
        <>
          <Field label={s.type} path="certificate.type">
            <Input
              value={d.certificate.type}
              maxLength={100}
              onChange={(e) =>
                update((x) => ({ ...x, certificate: { validity: '', ...x.certificate, type: e.target.value } }))
              }
              data-testid="basic-certificate-type"
            />
          </Field>
          <Field label={s.validity} path="certificate.validity">
            <Input
              value={d.certificate.validity}
              maxLength={100}
              onChange={(e) =>
                update((x) => ({ ...x, certificate: { type: '', ...x.certificate, validity: e.target.value } }))
              }
            />
          </Field>
        </>
      )}
      {d.joint && <Alert className="tbi-wide" type="info" showIcon title={t.editor.jointKept} />}
      <h3 className="tbi-wide tbi-subhead">{f.office}</h3>
      <Field label={s.address} path="office.address" required>
        <Input value={d.office.address} maxLength={200} onChange={(e) => office('address', e.target.value)} />
      </Field>
      <Field label={s.window} path="office.window" required>
        <Input value={d.office.window} maxLength={100} onChange={(e) => office('window', e.target.value)} />
      </Field>
      <Field label={s.hours} path="office.hours" required>
        <Input value={d.office.hours} maxLength={200} onChange={(e) => office('hours', e.target.value)} />
      </Field>
      <Field label={s.telephone} path="office.telephone" required>
        <Input value={d.office.telephone} maxLength={40} onChange={(e) => office('telephone', e.target.value)} />
      </Field>
    </div>
  );
}
