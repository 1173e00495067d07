import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Form, Tooltip } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { usePortalT } from '../../../portal/i18n';
import type { Problem } from './problems';

export const ProblemsContext = createContext<Problem[]>([]);

/** The problem reported for exactly this path, if any. */
export function useProblemAt(path: string): string | undefined {
  return useContext(ProblemsContext).find((p) => p.path === path)?.message;
}

type FieldProps = { label: ReactNode; path: string; required?: boolean; extra?: ReactNode; children: ReactNode };

/** A labelled control that shows the server's or the editor's problem for its path beneath it. */
export function Field({ label, path, required, extra, children }: FieldProps) {
  const problem = useProblemAt(path);
  return (
    <Form.Item
      label={label}
      required={required}
      validateStatus={problem ? 'error' : undefined}
      help={problem}
      extra={extra}
      data-path={path}
    >
      {children}
    </Form.Item>
  );
}

type RowActionsProps = {
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  testPrefix: string;
};

/** Up, down and delete for one row of a repeated list. */
export function RowActions({ index, count, onMove, onRemove, testPrefix }: RowActionsProps) {
  const t = usePortalT();
  return (
    <span className="tbi-row-actions">
      <Tooltip title={t.common.moveUp}>
        <Button
          icon={<ArrowUpOutlined />}
          aria-label={t.common.moveUp}
          disabled={index === 0}
          onClick={() => onMove(-1)}
          data-testid={`${testPrefix}-up`}
        />
      </Tooltip>
      <Tooltip title={t.common.moveDown}>
        <Button
          icon={<ArrowDownOutlined />}
          aria-label={t.common.moveDown}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          data-testid={`${testPrefix}-down`}
        />
      </Tooltip>
      <Tooltip title={t.common.remove}>
        <Button
          danger
          icon={<DeleteOutlined />}
          aria-label={t.common.remove}
          onClick={onRemove}
          data-testid={`${testPrefix}-remove`}
        />
      </Tooltip>
    </span>
  );
}

/** A list-level problem (`conditions`: too few, `intakeLevels` …) shown where the list is. */
export function ProblemText({ path }: { path: string }) {
  const problem = useProblemAt(path);
  return problem ? (
    <div className="tbi-problem-text" role="alert">
      {problem}
    </div>
  ) : null;
}
