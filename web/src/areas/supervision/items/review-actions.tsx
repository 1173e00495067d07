import { Button, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { usePortalT } from '../../portal/i18n';

type Props = {
  busy: boolean;
  onPublish: () => void;
  onReturn: (note: string) => Promise<boolean>;
};

/** 发布 (with a confirmation) and 退回 (with a note to the window, at least 2 characters). */
export function ReviewActions({ busy, onPublish, onReturn }: Props) {
  const t = usePortalT();
  const r = t.review;
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const ok = note.trim().length >= 2;
  return (
    <div className="tbi-editor__actions">
      <Button danger disabled={busy} onClick={() => setOpen(true)} data-testid="review-return">
        {r.return}
      </Button>
      <Popconfirm
        title={r.publishConfirm}
        okText={t.common.confirm}
        cancelText={t.common.cancel}
        okButtonProps={{ 'data-testid': 'review-publish-confirm' }}
        onConfirm={onPublish}
        disabled={busy}
      >
        <Button type="primary" loading={busy} data-testid="review-publish">
          {r.publish}
        </Button>
      </Popconfirm>
      <Modal
        open={open}
        title={r.returnTitle}
        okText={r.return}
        cancelText={t.common.cancel}
        okButtonProps={{ danger: true, disabled: !ok, loading: busy, 'data-testid': 'review-return-confirm' }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          void onReturn(note.trim()).then((done) => {
            if (done) {
              setOpen(false);
              setNote('');
            }
          })
        }
      >
        <label htmlFor="tbi-return-note" className="tbi-label">
          {r.returnNote}
        </label>
        <Input.TextArea
          id="tbi-return-note"
          value={note}
          maxLength={500}
          showCount
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={r.returnHint}
          onChange={(e) => setNote(e.target.value)}
          data-testid="review-return-note"
        />
      </Modal>
    </div>
  );
}
