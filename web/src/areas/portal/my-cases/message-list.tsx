import { BellOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import { Link } from 'react-router';
import type { Notification } from '../../../api/cases';
import type { Loaded } from '../../../api/use-load';
import { LoadError } from '../catalogue/load-error';
import { dateTime } from './format';
import { useCasesT } from './i18n';
import { ListLoading } from './list-loading';

/** 消息: what happened to my cases (accepted, supplement asked, decided …), newest first. */
export function MessageList({ messages }: { messages: Loaded<{ items: Notification[] }> }) {
  const t = useCasesT();
  const m = t.my;
  if (messages.error) return <LoadError error={messages.error} onRetry={messages.reload} />;
  if (!messages.data) return <ListLoading />;
  if (messages.data.items.length === 0)
    return <Empty description={`${m.messagesEmpty} ${m.messagesHint}`} data-testid="messages-empty" />;
  return (
    <ul className="tbm-messages" data-testid="messages">
      {messages.data.items.map((n) => (
        <li key={n.id} className="tbm-message" data-testid="message" data-event={n.event}>
          <BellOutlined className="tbm-message__icon" aria-hidden />
          <span className="tbm-message__body">
            {n.caseId ? (
              <Link to={`/portal/my/cases/${n.caseId}`} className="tbm-message__title">
                {n.title}
              </Link>
            ) : (
              <span className="tbm-message__title">{n.title}</span>
            )}
            <span className="tbm-message__meta">
              {n.caseNo} · {dateTime(n.at)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
