import { Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import {
  CONTENT_LIMITS,
  createArticle,
  internalChannels,
  isInternal,
  ownerUnitsPath,
  publicChannels,
  updateArticle,
  type Audience,
  type Channel,
  type EditorArticle,
  type OwnerKind,
  type OwnerUnits,
} from '../../../api/content';
import { useLoad } from '../../../api/use-load';
import { useContentT } from '../../../components/content/i18n';
import { ErrorAlert } from '../account/error-alert';

type Values = { channel: Channel; title: string; body: string; url: string; audience: Audience; owner: string };

/** "centre", "department:<id>" or "window:<id>": one Select value per unit. */
const ownerValue = (a: Pick<EditorArticle, 'ownerKind' | 'ownerDepartmentId' | 'ownerWindowId'>) =>
  a.ownerKind === 'centre' ? 'centre' : `${a.ownerKind}:${a.ownerDepartmentId ?? a.ownerWindowId ?? ''}`;
const ownerOf = (v: string): { kind: OwnerKind; id: string | null } => {
  const [kind, id] = v.split(':') as [OwnerKind, string | undefined];
  return { kind, id: id ?? null };
};

type Props = {
  /** null: a new article. */
  article: EditorArticle | null;
  open: boolean;
  onClose: () => void;
  onSaved: (a: EditorArticle) => void;
};

/**
 * 新建 / 修改 an article. A manager names the unit that keeps it (R-WEB-6); a window's or a
 * department's staff write for their own unit, which the server decides.
 */
export function ArticleForm({ article, open, onClose, onSaved }: Props) {
  const t = useContentT();
  const m = t.manage;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const units = useLoad<OwnerUnits>(open ? ownerUnitsPath : null);
  const channel = Form.useWatch('channel', form);

  useEffect(() => {
    if (open) setError(null);
  }, [open]);
  // The form is rebuilt on every opening (destroyOnHidden), so these are what each opening shows.
  const initial: Values = article
    ? {
        channel: article.channel,
        title: article.title,
        body: article.body,
        url: article.url ?? '',
        audience: article.audience ?? 'centre',
        owner: ownerValue(article),
      }
    : { channel: 'notices', title: '', body: '', url: '', audience: 'centre', owner: 'centre' };

  const manager = units.data?.manager ?? false;
  const channelOptions = (list: Channel[]) =>
    // An article stays public or internal: editing offers the channels of its own kind only.
    list.map((c) => ({ value: c, label: t.channels[c] }));
  const groups = [
    { label: m.publicGroup, options: channelOptions(publicChannels) },
    { label: m.internalGroup, options: channelOptions(internalChannels) },
  ].filter((g) => !article || g.options.some((o) => isInternal(o.value) === isInternal(article.channel)));

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    const links = v.channel === 'links';
    const input = {
      channel: v.channel,
      title: v.title,
      body: v.body ?? '',
      url: links ? v.url.trim() : null,
      ...(isInternal(v.channel) ? { audience: v.audience } : {}),
      ...(manager ? { owner: ownerOf(v.owner) } : {}),
    };
    try {
      onSaved(
        article ? await updateArticle(article.id, { ...input, version: article.version }) : await createArticle(input),
      );
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={article ? `${m.edit} · ${article.title}` : m.create}
      okText={m.save}
      cancelText={m.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'article-save' }}
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        data-testid="article-form"
      >
        <Form.Item name="channel" label={m.field.channel} rules={[{ required: true, message: m.required }]}>
          <Select options={groups} data-testid="article-channel" />
        </Form.Item>
        <Form.Item
          name="title"
          label={m.field.title}
          rules={[{ required: true, whitespace: true, message: m.required }]}
        >
          <Input maxLength={CONTENT_LIMITS.titleChars} showCount data-testid="article-title-input" />
        </Form.Item>
        {channel === 'links' ? (
          <Form.Item
            name="url"
            label={m.field.url}
            extra={m.field.urlHint}
            rules={[{ required: true, pattern: /^https?:\/\/\S+$/, message: m.badUrl }]}
          >
            <Input maxLength={CONTENT_LIMITS.urlChars} inputMode="url" data-testid="article-url-input" />
          </Form.Item>
        ) : (
          <Form.Item
            name="body"
            label={m.field.body}
            extra={m.field.bodyHint}
            rules={[{ required: true, whitespace: true, message: m.required }]}
          >
            <Input.TextArea rows={10} maxLength={CONTENT_LIMITS.bodyChars} data-testid="article-body-input" />
          </Form.Item>
        )}
        {channel && isInternal(channel) && (
          <Form.Item name="audience" label={m.field.audience}>
            <Radio.Group
              options={(['centre', 'city'] as const).map((a) => ({ value: a, label: t.internal.audience[a] }))}
            />
          </Form.Item>
        )}
        {manager && units.data && (
          <Form.Item name="owner" label={m.field.owner}>
            <Select
              data-testid="article-owner"
              showSearch={{ optionFilterProp: 'label' }}
              options={[
                { value: 'centre', label: m.ownerCentre(units.data.centre.name) },
                {
                  label: m.windowsGroup,
                  options: units.data.windows.map((w) => ({
                    value: `window:${w.id}`,
                    label: m.ownerWindow(w.number, w.name),
                  })),
                },
                {
                  label: m.departmentsGroup,
                  options: units.data.departments.map((d) => ({ value: `department:${d.id}`, label: d.name })),
                },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
