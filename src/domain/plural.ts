// One formatter for every count: toLocaleString('en-US') sets one up on each call, and a
// pick-up re-renders every column's and every ladder cell's count.
const counts = new Intl.NumberFormat('en-US');

/**
 * A count with its noun in the right number: "1 milestone", "3 milestones", "2 boxes".
 * `many` is for nouns that do not just take an "s"; the count keeps its thousands apart.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${counts.format(count)} ${count === 1 ? one : many}`;
}
