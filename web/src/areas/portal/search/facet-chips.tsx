import { useState } from 'react';
import type { Facet } from '../catalogue/types';
import { useLocalName } from '../../../i18n/local-name';
import { usePortalT } from '../i18n';

type Props = {
  id: string;
  title: string;
  facets: Facet[];
  value: string;
  onChange: (value: string) => void;
  /** How many to show before “更多”. */
  initial?: number;
};

/** One-choice filter as a row of toggle buttons with counts; choosing the chosen one again clears it. */
export function FacetChips({ id, title, facets, value, onChange, initial = 8 }: Props) {
  const t = usePortalT();
  const named = useLocalName();
  const [open, setOpen] = useState(false);
  const chosenHidden = facets.findIndex((f) => f.name === value) >= initial;
  const shown = open || chosenHidden ? facets : facets.slice(0, initial);
  return (
    <section className="tbp-facet" aria-labelledby={`tbp-facet-${id}`}>
      <h2 id={`tbp-facet-${id}`} className="tbp-facet__title">
        {title}
      </h2>
      <ul className="tbp-chips">
        {shown.map((f) => (
          <li key={f.name}>
            <button
              type="button"
              className={f.name === value ? 'tbp-chip tbp-chip--on' : 'tbp-chip'}
              aria-pressed={f.name === value}
              data-testid={`facet-${id}`}
              data-value={f.name}
              onClick={() => onChange(f.name === value ? '' : f.name)}
            >
              {named(f.name, f.nameEn)}
              <span className="tbp-chip__count">{f.count}</span>
            </button>
          </li>
        ))}
        {facets.length > initial && !chosenHidden && (
          <li>
            <button
              type="button"
              className="tbp-chip tbp-chip--more"
              onClick={() => setOpen(!open)}
              aria-expanded={open}
            >
              {open ? t.search.less : t.search.more}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
