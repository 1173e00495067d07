import { ArrowLeftOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n';
import { keysOf, type Field } from './code-format';

type Props = {
  field: Field;
  /** The field's name, to label the keys for a screen reader. */
  label: string;
  onKey: (key: string) => void;
  onBackspace: () => void;
  onClear: () => void;
};

/**
 * The on-screen keypad: a kiosk has no keyboard. Digits only for the case number, a phone-style
 * 3 × 4 pad; digits and capitals for the query code, only the characters a code can contain.
 */
export function Keypad({ field, label, onKey, onBackspace, onClear }: Props) {
  const t = useT().kiosk.status;
  return (
    <div
      className={`tbk-keypad tbk-keypad--${field}`}
      role="group"
      aria-label={t.keypad(label)}
      data-testid="kiosk-keypad"
    >
      <div className="tbk-keypad__keys">
        {keysOf[field].map((key) => (
          <button
            key={key}
            type="button"
            className="tbk-key"
            data-testid="kiosk-key"
            data-key={key}
            onClick={() => onKey(key)}
          >
            {key}
          </button>
        ))}
      </div>
      <div className="tbk-keypad__edit">
        <button type="button" className="tbk-key tbk-key--edit" onClick={onClear} data-testid="kiosk-key-clear">
          <CloseCircleOutlined aria-hidden /> {t.clear}
        </button>
        <button type="button" className="tbk-key tbk-key--edit" onClick={onBackspace} data-testid="kiosk-key-backspace">
          <ArrowLeftOutlined aria-hidden /> {t.backspace}
        </button>
      </div>
    </div>
  );
}
