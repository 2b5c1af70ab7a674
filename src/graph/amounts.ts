import { InputError } from './input-error.js';
import type { EntityRecord } from './entity.js';

/** A sum of amounts, with the amounts that count in it. */
export interface AmountSum {
  total: number;
  unit: string | null;
  amounts: EntityRecord[];
}

/**
 * Adds up amounts of one unit. Amounts in euro and in per cent are never added together: the caller
 * gets an input error naming the argument that chose them.
 */
export function sumAmounts(amounts: readonly EntityRecord[], argument: string): AmountSum {
  const units = new Set(amounts.map((amount) => String(amount.properties.eenheid)));
  if (units.size > 1) {
    throw new InputError(
      argument,
      `de gekozen bedragen hebben verschillende eenheden (${[...units].sort().join(' en ')}); kies soorten van één eenheid`,
    );
  }
  // Summed in whole cents, so that many decimal amounts add up without drift.
  const cents = amounts.reduce((sum, amount) => sum + Math.round(Number(amount.properties.waarde) * 100), 0);
  return { total: cents / 100, unit: units.size === 1 ? [...units][0]! : null, amounts: [...amounts] };
}
