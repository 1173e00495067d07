import { FileOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Spin, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import type { CaseMessage, ReadState } from './api';
import { Composer } from './composer';
import { type ConversationDictionary, useConversationT } from './i18n';
import { useConversation, type LiveStatus } from './use-conversation';
import './case-conversation.css';

const other = (side: CaseMessage['side']) => (side === 'applicant' ? 'office' : 'applicant');

function Message({ m, readState, t }: { m: CaseMessage; readState: ReadState; t: ConversationDictionary }) {
  const read = readState[other(m.side)] >= m.seq;
  return (
    <li
      className={`tb-conv__msg tb-conv__msg--${m.side}${m.mine ? ' tb-conv__msg--mine' : ''}`}
      data-testid="conversation-message"
      data-seq={m.seq}
      data-mine={m.mine ? 'true' : 'false'}
      data-side={m.side}
    >
      <div className="tb-conv__meta">
        <strong>{m.mine ? t.you : m.author.name}</strong>
        <span className="tb-conv__party">{t.party[m.author.party] ?? t.side[m.side]}</span>
        <time dateTime={m.at}>{t.time(m.at)}</time>
      </div>
      {/* Text as text: React escapes it; line breaks are kept by CSS. Never rendered as markup. */}
      {m.text && (
        <p className="tb-conv__text" data-testid="conversation-text">
          {m.text}
        </p>
      )}
      {m.attachments.length > 0 && (
        <ul className="tb-conv__files">
          {m.attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download={a.name} data-testid="conversation-attachment">
                <FileOutlined /> {a.name}
              </a>{' '}
              <span className="tb-conv__muted">{t.size(a.sizeBytes)}</span>
            </li>
          ))}
        </ul>
      )}
      {m.mine && (
        <span
          className={`tb-conv__receipt${read ? ' tb-conv__receipt--read' : ''}`}
          data-testid="conversation-receipt"
          data-read={read ? 'true' : 'false'}
        >
          {read ? t.read : t.unread}
        </span>
      )}
    </li>
  );
}

function LiveTag({ live, t }: { live: LiveStatus; t: ConversationDictionary }) {
  return (
    <Tag
      color={live === 'live' ? 'green' : 'orange'}
      data-testid="conversation-live"
      data-status={live}
      role="status"
      aria-live="polite"
    >
      {live === 'live' ? t.live : t.reconnecting}
    </Tag>
  );
}

/**
 * 在线沟通: the conversation between the applicant's side and the officers of one case, live.
 * Drop it into any case page: `<CaseConversation caseId={id} />`. Supervisors in reach see it
 * read-only; officers get ready replies.
 */
export function CaseConversation({ caseId, className }: { caseId: string; className?: string }) {
  const t = useConversationT();
  const c = useConversation(caseId);
  const list = useRef<HTMLOListElement>(null);
  const count = c.messages.length;

  // Keep the newest message in view as messages arrive.
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <section
      className={`tb-conv ${className ?? ''}`}
      data-testid="case-conversation"
      aria-labelledby={`tb-conv-${caseId}`}
    >
      <div className="tb-conv__head">
        <h2 id={`tb-conv-${caseId}`} className="tb-conv__title">
          {t.title}
        </h2>
        {!c.loading && !c.error && <LiveTag live={c.live} t={t} />}
      </div>
      <p className="tb-conv__muted">
        {c.me && !c.me.canPost ? t.supervisorHint : c.me?.side === 'office' ? t.officeHint : t.hint}
      </p>
      {Boolean(c.error) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={c.error instanceof Error ? c.error.message : t.loadError}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={c.reload}>
              {t.retry}
            </Button>
          }
        />
      )}
      {c.loading && <Spin />}
      {!c.loading && !c.error && (
        <>
          {c.hasOlder && (
            <Button type="link" onClick={() => void c.loadOlder()}>
              {t.older}
            </Button>
          )}
          {count === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />
          ) : (
            <ol className="tb-conv__list" ref={list} role="log" aria-live="polite" data-testid="conversation-list">
              {c.messages.map((m) => (
                <Message key={m.seq} m={m} readState={c.readState} t={t} />
              ))}
            </ol>
          )}
          {c.me?.canPost && <Composer t={t} staff={c.me.side === 'office'} send={c.send} />}
        </>
      )}
    </section>
  );
}
