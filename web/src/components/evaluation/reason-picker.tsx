import { evaluationReasons, type EvaluationReason } from '../../api/evaluations';
import { useEvaluationLabels } from './labels';
import './evaluation.css';

type Props = {
  legend: string;
  value: EvaluationReason[];
  onChange: (reasons: EvaluationReason[]) => void;
  disabled?: boolean;
  size?: 'normal' | 'kiosk';
  /** The id of the message saying what is missing, read out with the group. */
  describedBy?: string;
  testId?: string;
};

/**
 * Why a rating is poor: native checkboxes, each drawn as a large toggle with a visible box and its
 * words, so that it works by touch alone (the kiosk has no keyboard) and reads out as a checkbox.
 */
export function ReasonPicker({
  legend,
  value,
  onChange,
  disabled,
  size = 'normal',
  describedBy,
  testId = 'evaluation-reasons',
}: Props) {
  const words = useEvaluationLabels();
  const toggle = (r: EvaluationReason, on: boolean) =>
    // Kept in the catalogue's order whatever order they were ticked in.
    onChange(evaluationReasons.filter((x) => (x === r ? on : value.includes(x))));
  return (
    <fieldset
      className={`tb-eval-reasons tb-eval-reasons--${size}`}
      data-testid={testId}
      disabled={disabled}
      aria-describedby={describedBy}
    >
      <legend className="tb-eval-legend">{legend}</legend>
      <div className="tb-eval-reasons__choices">
        {evaluationReasons.map((r) => (
          <label key={r} className="tb-eval-reason" data-testid="evaluation-reason" data-reason={r}>
            <input
              type="checkbox"
              className="tb-eval-reason__input"
              checked={value.includes(r)}
              onChange={(e) => toggle(r, e.target.checked)}
            />
            <span className="tb-eval-reason__box">
              <span className="tb-eval-reason__tick" aria-hidden />
              <span>{words.reasons[r]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
