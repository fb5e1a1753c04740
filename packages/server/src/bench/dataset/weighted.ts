import type { Prng } from '../../seed/prng.js';

/** Picks items with probability proportional to their weight (cumulative weights and a binary search). */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weightOf: (item: T) => number,
  ) {
    if (items.length === 0) throw new RangeError('nothing to pick from');
    let sum = 0;
    for (const item of items) {
      sum += weightOf(item);
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  pick(prng: Prng): T {
    const target = prng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low];
  }
}

/** A picker over [value, weight] pairs. */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): (prng: Prng) => T {
  const picker = new WeightedPicker(pairs, ([, weight]) => weight);
  return (prng) => picker.pick(prng)[0];
}
