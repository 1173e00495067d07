import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Tooltip } from 'antd';
import { useRef, useState } from 'react';
import { useSession } from '../../../../session/session';
import { errorText } from '../../../portal/catalogue/load-error';
import type { FileRef } from '../../../portal/catalogue/types';
import { usePortalT } from '../../../portal/i18n';
import { FORM_FILE_ACCEPT, formFileProblem, uploadFormFile } from './upload-request';

type Props = {
  label: string;
  /** null for an item never saved: files belong to an item, so it must exist first. */
  itemId: string | null;
  value: FileRef | null | undefined;
  onChange: (file: FileRef | null) => void;
  testId: string;
  disabled?: boolean;
};

/** 空白表格 / 示范文本 of one material: current file, upload with a progress bar, remove. */
export function FileSlot({ label, itemId, value, onChange, testId, disabled }: Props) {
  const t = usePortalT();
  const e = t.editor;
  const { me } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (file: File) => {
    const local = formFileProblem(file);
    if (local) return setProblem(local === 'too_large' ? e.tooLarge : e.wrongType);
    if (!itemId) return;
    setProblem(null);
    setPercent(0);
    try {
      onChange(await uploadFormFile(itemId, file, me?.csrfToken ?? null, setPercent));
    } catch (err) {
      setProblem(errorText(err, t));
    } finally {
      setPercent(null);
    }
  };

  const button = (
    <Button
      size="small"
      icon={<UploadOutlined />}
      disabled={disabled || !itemId || percent !== null}
      onClick={() => input.current?.click()}
      data-testid={`${testId}-upload`}
    >
      {value ? e.replace : e.upload}
    </Button>
  );

  return (
    <div className="tbi-file" data-testid={testId}>
      <span className="tbi-file__label">{label}</span>
      {value && (
        <span className="tbi-file__name" data-testid={`${testId}-name`}>
          <PaperClipOutlined aria-hidden /> {value.filename}
        </span>
      )}
      <span className="tbi-file__actions">
        {itemId ? button : <Tooltip title={e.saveFirst}>{<span tabIndex={0}>{button}</span>}</Tooltip>}
        {value && (
          <Button
            size="small"
            type="link"
            danger
            disabled={disabled}
            onClick={() => onChange(null)}
            data-testid={`${testId}-clear`}
          >
            {e.clearFile}
          </Button>
        )}
      </span>
      <input
        ref={input}
        type="file"
        className="tbi-file__input"
        accept={FORM_FILE_ACCEPT}
        data-testid={`${testId}-input`}
        onChange={(ev) => {
          const file = ev.target.files?.[0];
          ev.target.value = '';
          if (file) void upload(file);
        }}
      />
      {percent !== null && <Progress percent={percent} size="small" data-testid={`${testId}-progress`} />}
      {problem && (
        <div className="tbi-problem-text" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
