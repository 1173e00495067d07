import { DeleteOutlined, PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Progress } from 'antd';
import { useRef, useState } from 'react';
import { uploadFile } from '../../api/cases';
import { ApiError } from '../../api/client';
import { MAX_ATTACHMENTS, MAX_CHARS, MAX_FILE_BYTES } from './api';
import type { ConversationDictionary } from './i18n';
import { ReadyReplies } from './ready-replies';

type Pending = { key: string; name: string; progress: number; uploadId: string | null; problem: string | null };

type Props = {
  t: ConversationDictionary;
  staff: boolean;
  send: (text: string, uploadIds: string[]) => Promise<void>;
};

const errorText = (err: unknown, fallback: string) => (err instanceof ApiError ? err.message : fallback);

/** Text, files uploaded as soon as they are picked (with progress, for slow island links), ready replies for officers. */
export function Composer({ t, staff, send }: Props) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<Pending[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const update = (key: string, patch: Partial<Pending>) =>
    setFiles((fs) => fs.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  const pick = (list: FileList | null) => {
    if (!list) return;
    setProblem(null);
    const room = MAX_ATTACHMENTS - files.length;
    if (list.length > room) setProblem(t.tooMany(MAX_ATTACHMENTS));
    for (const file of [...list].slice(0, Math.max(0, room))) {
      const key = `${file.name}-${file.size}-${Math.random()}`;
      const tooBig = file.size > MAX_FILE_BYTES;
      setFiles((fs) => [
        ...fs,
        { key, name: file.name, progress: 0, uploadId: null, problem: tooBig ? t.tooBig : null },
      ]);
      if (tooBig) continue;
      uploadFile(file, (p) => update(key, { progress: Math.round(p * 100) })).then(
        (u) => update(key, { uploadId: u.uploadId, progress: 100 }),
        (err: unknown) => update(key, { problem: errorText(err, t.uploadFailed) }),
      );
    }
    if (input.current) input.current.value = '';
  };

  const uploading = files.some((f) => !f.uploadId && !f.problem);
  const ready = files.filter((f) => f.uploadId).map((f) => f.uploadId!);
  const canSend = !sending && !uploading && (text.trim().length > 0 || ready.length > 0) && text.length <= MAX_CHARS;

  const submit = async () => {
    if (!canSend) return;
    setSending(true);
    setProblem(null);
    try {
      await send(text, ready);
      setText('');
      setFiles([]);
    } catch (err) {
      setProblem(errorText(err, t.uploadFailed));
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="tb-conv__composer">
      {problem && <Alert type="error" showIcon role="alert" title={problem} data-testid="conversation-problem" />}
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
        placeholder={t.placeholder}
        aria-label={t.placeholder}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={MAX_CHARS}
        showCount={{ formatter: ({ count }) => t.counter(count, MAX_CHARS) }}
        data-testid="conversation-input"
      />
      {files.length > 0 && (
        <ul className="tb-conv__pending" data-testid="conversation-pending">
          {files.map((f) => (
            <li key={f.key} data-testid="conversation-pending-file" data-done={f.uploadId ? 'true' : 'false'}>
              <span className="tb-conv__file-name">{f.name}</span>
              {f.problem ? (
                <span className="tb-conv__file-problem" role="alert">
                  {f.problem}
                </span>
              ) : (
                <Progress percent={f.progress} size="small" status={f.uploadId ? 'success' : 'active'} />
              )}
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={`${t.remove} ${f.name}`}
                onClick={() => setFiles((fs) => fs.filter((x) => x.key !== f.key))}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="tb-conv__actions">
        <input
          ref={input}
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png"
          className="tb-visually-hidden"
          onChange={(e) => pick(e.target.files)}
          data-testid="conversation-file-input"
          aria-label={t.attach}
          tabIndex={-1}
        />
        <Button
          icon={<PaperClipOutlined />}
          onClick={() => input.current?.click()}
          disabled={files.length >= MAX_ATTACHMENTS}
          data-testid="conversation-attach"
        >
          {t.attach}
        </Button>
        {staff && <ReadyReplies t={t} text={text} onPick={(r) => setText((cur) => (cur ? `${cur}\n${r}` : r))} />}
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={sending}
          disabled={!canSend}
          onClick={() => void submit()}
          data-testid="conversation-send"
        >
          {sending ? t.sending : t.send}
        </Button>
      </div>
    </div>
  );
}
