import { Tag } from 'antd';
import { usePortalT } from '../../portal/i18n';
import type { ItemStatus } from './types';

const colour: Record<ItemStatus, string> = { draft: 'default', in_review: 'gold', published: 'green' };

/** 草稿 / 待审核 / 已发布, plus 已退回 when a supervisor sent it back and 线上有发布版本 for a draft of a live item. */
export function StatusTags({
  item,
}: {
  item: { status: ItemStatus; reviewNote: string | null; publishedVersionId: string | null };
}) {
  const t = usePortalT();
  return (
    <span className="tbi-status" data-testid="item-status" data-status={item.status}>
      <Tag color={colour[item.status]}>{t.labels.status[item.status]}</Tag>
      {item.status === 'draft' && item.reviewNote && <Tag color="red">{t.editor.returned}</Tag>}
      {item.status !== 'published' && item.publishedVersionId && <Tag color="blue">{t.editor.hasPublished}</Tag>}
    </span>
  );
}
