import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Tag } from 'antd';
import type { InputRef } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef } from 'react';
import { useT } from '../../../i18n';
import {
  type Block,
  type BlockKind,
  blockKinds,
  listNames,
  type ListName,
  newBlock,
  type NoticeTemplate,
  type TemplateProblem,
} from './model';

type NoticesT = ReturnType<typeof useT>['notices'];

/** Where the field that has the caret is, so a field from the side list can go in there. */
export type FocusTarget = { el: HTMLInputElement | HTMLTextAreaElement; set: (value: string) => void };

export function problemText(t: NoticesT['templates'], p: TemplateProblem): string {
  const f = t.problem[p.code];
  return f ? f(p.name ?? '') : p.code;
}

/** `blocks.2.items.1.0` → 第 3 段 · 第 2 行 · 标签. */
export function describeField(t: NoticesT['templates'], field: string): string {
  const w = t.where;
  const parts = field.split('.');
  if (parts[0] === 'title') return w.title;
  if (parts[0] === 'addressee') return w.addressee;
  const out: string[] = [];
  if (parts[0] === 'blocks') out.push(w.block(Number(parts[1]) + 1));
  const rest = parts.slice(2);
  if (rest[0] === 'text') out.push(w.text);
  if (rest[0] === 'item') out.push(w.item);
  if (rest[0] === 'empty') out.push(w.empty);
  if (rest[0] === 'items') out.push(w.row(Number(rest[1]) + 1), rest[2] === '0' ? w.label : w.value);
  if (rest[0] === 'columns') out.push(w.column(Number(rest[1]) + 1), rest[2] === 'header' ? w.header : w.value);
  return out.join(' · ');
}

type FieldProps = {
  path: string;
  label?: string;
  value: string;
  onChange: (value: string) => void;
  problems: TemplateProblem[];
  onFocusField: (target: FocusTarget) => void;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
};

/** A text of the template, with the server's problems for exactly this path under it. */
function TextField({
  path,
  label,
  value,
  onChange,
  problems,
  onFocusField,
  multiline,
  maxLength,
  placeholder,
}: FieldProps) {
  const t = useT().notices.templates;
  const mine = problems.filter((p) => p.field === path);
  const inputRef = useRef<InputRef>(null);
  const areaRef = useRef<TextAreaRef>(null);
  const focus = () => {
    const el = multiline ? areaRef.current?.resizableTextArea?.textArea : inputRef.current?.input;
    if (el) onFocusField({ el, set: onChange });
  };
  const common = {
    value,
    maxLength: maxLength ?? 2000,
    placeholder,
    onFocus: focus,
    'data-path': path,
    'aria-invalid': mine.length > 0 || undefined,
  };
  return (
    <Form.Item
      label={label}
      validateStatus={mine.length ? 'error' : undefined}
      help={mine.length ? mine.map((p) => problemText(t, p)).join('；') : undefined}
      className="tb-nt-field"
    >
      {multiline ? (
        <Input.TextArea
          ref={areaRef}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(e) => onChange(e.target.value)}
          {...common}
        />
      ) : (
        <Input ref={inputRef} onChange={(e) => onChange(e.target.value)} {...common} />
      )}
    </Form.Item>
  );
}

type EditorProps = {
  value: NoticeTemplate;
  onChange: (update: (t: NoticeTemplate) => NoticeTemplate) => void;
  problems: TemplateProblem[];
  onFocusField: (target: FocusTarget) => void;
};

const setBlock = (tpl: NoticeTemplate, i: number, b: Block): NoticeTemplate => ({
  ...tpl,
  blocks: tpl.blocks.map((x, j) => (j === i ? b : x)),
});

/** Title, addressee and the body's blocks (paragraph / fields / list / table), each editable. */
export function TemplateEditor({ value, onChange, problems, onFocusField }: EditorProps) {
  const t = useT().notices.templates;
  const field = { problems, onFocusField };
  const listOptions = listNames.map((l) => ({ value: l, label: t.lists[l] ?? l }));

  const move = (i: number, d: -1 | 1) =>
    onChange((tpl) => {
      const blocks = [...tpl.blocks];
      const [b] = blocks.splice(i, 1);
      if (b) blocks.splice(i + d, 0, b);
      return { ...tpl, blocks };
    });
  const remove = (i: number) => onChange((tpl) => ({ ...tpl, blocks: tpl.blocks.filter((_, j) => j !== i) }));
  const update = (i: number, f: (b: Block) => Block) =>
    onChange((tpl) => {
      const b = tpl.blocks[i];
      return b ? setBlock(tpl, i, f(b)) : tpl;
    });

  const blockBody = (b: Block, i: number) => {
    const at = `blocks.${i}`;
    switch (b.kind) {
      case 'paragraph':
        return (
          <TextField
            {...field}
            path={`${at}.text`}
            value={b.text}
            multiline
            onChange={(text) => update(i, (x) => ({ ...x, text }) as Block)}
          />
        );
      case 'fields':
        return (
          <>
            {b.items.map(([label, v], j) => (
              <div className="tb-nt-row" key={j}>
                <TextField
                  {...field}
                  path={`${at}.items.${j}.0`}
                  placeholder={t.label}
                  maxLength={40}
                  value={label}
                  onChange={(s) =>
                    update(i, (x) =>
                      x.kind === 'fields' ? { ...x, items: x.items.map((r, k) => (k === j ? [s, r[1]] : r)) } : x,
                    )
                  }
                />
                <TextField
                  {...field}
                  path={`${at}.items.${j}.1`}
                  placeholder={t.value}
                  value={v}
                  onChange={(s) =>
                    update(i, (x) =>
                      x.kind === 'fields' ? { ...x, items: x.items.map((r, k) => (k === j ? [r[0], s] : r)) } : x,
                    )
                  }
                />
                <Button
                  aria-label={t.remove}
                  icon={<DeleteOutlined />}
                  onClick={() =>
                    update(i, (x) => (x.kind === 'fields' ? { ...x, items: x.items.filter((_, k) => k !== j) } : x))
                  }
                />
              </div>
            ))}
            <Button
              size="small"
              icon={<PlusOutlined />}
              disabled={b.items.length >= 30}
              onClick={() => update(i, (x) => (x.kind === 'fields' ? { ...x, items: [...x.items, ['', '']] } : x))}
            >
              {t.addRow}
            </Button>
          </>
        );
      case 'list':
        return (
          <>
            <Form.Item label={t.each} className="tb-nt-field">
              <Select<ListName>
                style={{ width: 200 }}
                value={b.each}
                options={listOptions}
                onChange={(each) => update(i, (x) => ({ ...x, each }) as Block)}
              />
            </Form.Item>
            <TextField
              {...field}
              path={`${at}.item`}
              label={t.item}
              value={b.item}
              onChange={(item) => update(i, (x) => ({ ...x, item }) as Block)}
            />
            <TextField
              {...field}
              path={`${at}.empty`}
              label={t.empty}
              value={b.empty ?? ''}
              onChange={(empty) =>
                update(i, (x) => {
                  if (x.kind !== 'list') return x;
                  const { empty: _old, ...rest } = x;
                  return empty ? { ...rest, empty } : rest;
                })
              }
            />
          </>
        );
      case 'table':
        return (
          <>
            <Form.Item label={t.each} className="tb-nt-field">
              <Select<ListName>
                style={{ width: 200 }}
                value={b.each}
                options={listOptions}
                onChange={(each) => update(i, (x) => ({ ...x, each }) as Block)}
              />
            </Form.Item>
            {b.columns.map((c, j) => (
              <div className="tb-nt-row" key={j}>
                <TextField
                  {...field}
                  path={`${at}.columns.${j}.header`}
                  placeholder={t.header}
                  maxLength={40}
                  value={c.header}
                  onChange={(header) =>
                    update(i, (x) =>
                      x.kind === 'table'
                        ? { ...x, columns: x.columns.map((col, k) => (k === j ? { ...col, header } : col)) }
                        : x,
                    )
                  }
                />
                <TextField
                  {...field}
                  path={`${at}.columns.${j}.value`}
                  placeholder={t.value}
                  value={c.value}
                  onChange={(value) =>
                    update(i, (x) =>
                      x.kind === 'table'
                        ? { ...x, columns: x.columns.map((col, k) => (k === j ? { ...col, value } : col)) }
                        : x,
                    )
                  }
                />
                <Button
                  aria-label={t.remove}
                  icon={<DeleteOutlined />}
                  disabled={b.columns.length <= 1}
                  onClick={() =>
                    update(i, (x) => (x.kind === 'table' ? { ...x, columns: x.columns.filter((_, k) => k !== j) } : x))
                  }
                />
              </div>
            ))}
            <Button
              size="small"
              icon={<PlusOutlined />}
              disabled={b.columns.length >= 8}
              onClick={() =>
                update(i, (x) =>
                  x.kind === 'table' ? { ...x, columns: [...x.columns, { header: '', value: '' }] } : x,
                )
              }
            >
              {t.addColumn}
            </Button>
          </>
        );
    }
  };

  return (
    <Form layout="vertical" component="div" className="tb-nt-editor">
      <TextField
        {...field}
        path="title"
        label={t.docTitle}
        maxLength={60}
        value={value.title}
        onChange={(title) => onChange((tpl) => ({ ...tpl, title }))}
      />
      <TextField
        {...field}
        path="addressee"
        label={t.addressee}
        maxLength={200}
        value={value.addressee}
        onChange={(addressee) => onChange((tpl) => ({ ...tpl, addressee }))}
      />
      <h3 className="tb-nt-h3">{t.blocks}</h3>
      {value.blocks.map((b, i) => {
        const bad = problems.some((p) => p.field.startsWith(`blocks.${i}.`));
        return (
          <div
            key={i}
            className={bad ? 'tb-nt-block tb-nt-block--bad' : 'tb-nt-block'}
            data-testid="template-block"
            data-kind={b.kind}
          >
            <div className="tb-nt-block__bar">
              <Tag color="blue">
                {i + 1} · {t.kinds[b.kind]}
              </Tag>
              <Space size={4}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t.up}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t.down}
                  disabled={i === value.blocks.length - 1}
                  onClick={() => move(i, 1)}
                />
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t.remove}
                  disabled={value.blocks.length <= 1}
                  onClick={() => remove(i)}
                />
              </Space>
            </div>
            {blockBody(b, i)}
          </div>
        );
      })}
      <Space wrap className="tb-nt-add">
        <span>{t.addBlock}：</span>
        {blockKinds.map((k: BlockKind) => (
          <Button
            key={k}
            size="small"
            icon={<PlusOutlined />}
            disabled={value.blocks.length >= 40}
            data-testid={`template-add-${k}`}
            onClick={() => onChange((tpl) => ({ ...tpl, blocks: [...tpl.blocks, newBlock(k)] }))}
          >
            {t.kinds[k]}
          </Button>
        ))}
      </Space>
    </Form>
  );
}
