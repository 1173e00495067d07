import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { deleteDraft, type Draft } from '../../../api/cases';
import type { Loaded } from '../../../api/use-load';
import { errorText, LoadError } from '../catalogue/load-error';
import { usePortalT } from '../i18n';
import { dateTime } from './format';
import { useCasesT } from './i18n';
import { ListLoading } from './list-loading';

/** 草稿: applications saved half-way, to continue or throw away. */
export function DraftList({ drafts }: { drafts: Loaded<{ items: Draft[] }> }) {
  const t = useCasesT();
  const pt = usePortalT();
  const m = t.my;
  const { message } = App.useApp();
  const [deleting, setDeleting] = useState<string | null>(null);
  if (drafts.error) return <LoadError error={drafts.error} onRetry={drafts.reload} />;
  if (!drafts.data) return <ListLoading />;
  if (drafts.data.items.length === 0) return <Empty description={m.draftsEmpty} data-testid="drafts-empty" />;

  const remove = async (id: string) => {
    setDeleting(id);
    try {
      await deleteDraft(id);
      void message.success(m.deleted);
      drafts.reload();
    } catch (err) {
      void message.error(errorText(err, pt));
    } finally {
      setDeleting(null);
    }
  };

  return (
    <ul className="tbm-cards" data-testid="drafts">
      {drafts.data.items.map((d) => (
        <li key={d.id} className="tbm-card tbm-card--plain" data-testid="draft" data-draft-id={d.id}>
          <span className="tbm-card__head">
            <span className="tbm-card__title">{d.itemName}</span>
          </span>
          <span className="tbm-card__line">{m.draftUpdated(dateTime(d.updatedAt))}</span>
          <span className="tbm-card__line">{m.draftFiles(d.materials.length)}</span>
          <span className="tbm-card__actions">
            <Link to={`/portal/drafts/${d.id}`} className="tb-button-link" data-testid="draft-continue">
              <EditOutlined aria-hidden />
              &nbsp;{m.continue}
            </Link>
            <Popconfirm
              title={m.deleteConfirm}
              okText={pt.common.remove}
              cancelText={pt.common.cancel}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove(d.id)}
            >
              <Button danger icon={<DeleteOutlined />} loading={deleting === d.id} data-testid="draft-delete">
                {m.deleteDraft}
              </Button>
            </Popconfirm>
          </span>
        </li>
      ))}
    </ul>
  );
}
