import { usePersistentChoice } from '../../../ui/persistent-state';

/**
 * How much of the board a screen shows: comfortable cards for reading up close, compact
 * ones for a projector or a laptop in a workshop, or the whole board shrunk to fit.
 */
export const DENSITIES = [
  { id: 'comfortable', label: 'Comfortable' },
  { id: 'compact', label: 'Compact' },
  { id: 'fit', label: 'Whole board' },
] as const;

export type Density = (typeof DENSITIES)[number]['id'];

const IDS = DENSITIES.map((d) => d.id);

/** The density chosen on this device; every board opens with it. */
export const useDensity = () =>
  usePersistentChoice<Density>('partner-horizons:density', IDS, 'comfortable');

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
        onChange={(e) => onDensity(IDS.find((id) => id === e.target.value) ?? 'comfortable')}
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
