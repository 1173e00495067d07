import { FrownFilled, FrownOutlined, MehOutlined, SmileFilled, SmileOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { EvaluationLevel } from '../../api/evaluations';
import { levelsBestFirst, useEvaluationLabels } from './labels';
import './evaluation.css';

/** A face for each level, beside its words (never instead of them: the words are what is read out). */
export const levelFaces: Record<EvaluationLevel, ReactNode> = {
  5: <SmileFilled aria-hidden />,
  4: <SmileOutlined aria-hidden />,
  3: <MehOutlined aria-hidden />,
  2: <FrownOutlined aria-hidden />,
  1: <FrownFilled aria-hidden />,
};

type Props = {
  /** The question, read out as the group's name. */
  legend: string;
  value: EvaluationLevel | null;
  onChange: (level: EvaluationLevel) => void;
  disabled?: boolean;
  /** 'kiosk' draws the choices for a finger on a standing screen. */
  size?: 'normal' | 'kiosk';
  testId?: string;
};

/**
 * The five levels of 好差评 as one radio group, best first. Native radios (hidden behind a large
 * face-and-words box) so that a screen reader, a keyboard and the arrow keys work as usual, and the
 * whole box is the target: elderly users on small phones and the kiosk's finger need no precision.
 */
export function LevelPicker({
  legend,
  value,
  onChange,
  disabled,
  size = 'normal',
  testId = 'evaluation-levels',
}: Props) {
  const words = useEvaluationLabels();
  return (
    <fieldset className={`tb-eval-levels tb-eval-levels--${size}`} data-testid={testId} disabled={disabled}>
      <legend className="tb-eval-legend">{legend}</legend>
      <div className="tb-eval-levels__choices">
        {levelsBestFirst.map((level) => (
          <label key={level} className="tb-eval-choice" data-testid="evaluation-level" data-level={level}>
            <input
              type="radio"
              name={testId}
              className="tb-eval-choice__input"
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <span className={`tb-eval-choice__box tb-eval-choice__box--${level}`}>
              <span className="tb-eval-choice__face">{levelFaces[level]}</span>
              <span className="tb-eval-choice__label">{words.levels[level]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
