import { DeleteOutlined, MessageOutlined } from '@ant-design/icons';
import { App, Button, Divider, Popover, Space } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { addReadyReply, type ReadyReply, removeReadyReply } from './api';
import type { ConversationDictionary } from './i18n';

type Props = { t: ConversationDictionary; text: string; onPick: (text: string) => void };

/** 常用语: the officer's own and the window's shared replies, plus suggestions; pick one to insert it. */
export function ReadyReplies({ t, text, onPick }: Props) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const loaded = useLoad<{ items: ReadyReply[]; builtIn: string[] }>(open ? '/api/ready-replies' : null);
  const pick = (r: string) => {
    onPick(r);
    setOpen(false);
  };
  const save = async (shared: boolean) => {
    try {
      await addReadyReply(text.trim(), shared);
      void message.success(t.replySaved);
      loaded.reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const remove = async (r: ReadyReply) => {
    try {
      await removeReadyReply(r);
      loaded.reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const items = loaded.data?.items ?? [];
  const content = (
    <div className="tb-conv__replies" data-testid="ready-replies-list">
      {items.length === 0 && <p className="tb-conv__muted">{t.noReplies}</p>}
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <button type="button" className="tb-conv__reply" onClick={() => pick(r.text)} data-testid="ready-reply">
              {r.text}
            </button>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t.deleteReply}
              onClick={() => void remove(r)}
            />
          </li>
        ))}
      </ul>
      <Divider plain>{t.builtIn}</Divider>
      <ul>
        {(loaded.data?.builtIn ?? []).map((r) => (
          <li key={r}>
            <button type="button" className="tb-conv__reply" onClick={() => pick(r)} data-testid="ready-reply-builtin">
              {r}
            </button>
          </li>
        ))}
      </ul>
      {text.trim() && text.length <= 500 && (
        <Space wrap>
          <Button size="small" onClick={() => void save(false)}>
            {t.saveReply}
          </Button>
          <Button size="small" onClick={() => void save(true)}>
            {t.saveShared}
          </Button>
        </Space>
      )}
    </div>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" content={content} title={t.readyReplies}>
      <Button icon={<MessageOutlined />} data-testid="ready-replies">
        {t.readyReplies}
      </Button>
    </Popover>
  );
}
