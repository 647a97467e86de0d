import { useState } from 'react';
import { readPersistent, writePersistent } from '../../../ui/persistent-state';

/**
 * How much of the board a screen shows: comfortable cards for reading up close, compact
 * ones for a projector or a laptop in a workshop, or the whole board shrunk to fit.
 */
export const DENSITIES = [
  { id: 'comfortable', label: 'Comfortable' },
  { id: 'compact', label: 'Compact' },
  { id: 'fit', label: 'Fit the whole board' },
] as const;

export type Density = (typeof DENSITIES)[number]['id'];

const KEY = 'partner-horizons:density';
const decode = (raw: string) => DENSITIES.find((d) => d.id === raw)?.id;

/** The density chosen on this device; every board opens with it. */
export function useDensity() {
  const [density, setDensity] = useState<Density>(
    () => readPersistent(KEY, decode) ?? 'comfortable',
  );
  const choose = (next: Density) => {
    setDensity(next);
    writePersistent(KEY, next);
  };
  return [density, choose] as const;
}

/** The facilitator's choice of density, at the end of the filter bar. */
export function DensitySwitch({
  density,
  onDensity,
}: {
  density: Density;
  onDensity: (density: Density) => void;
}) {
  return (
    <label className="density-switch">
      <span className="visually-hidden">Density</span>
      <select
        className="select"
        value={density}
        title="How much of the board the screen shows"
        onChange={(e) => onDensity(decode(e.target.value) ?? 'comfortable')}
      >
        {DENSITIES.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </select>
    </label>
  );
}
