/**
 * A count with its noun in the right number: "1 milestone", "3 milestones", "2 boxes".
 * `many` is for nouns that do not just take an "s"; the count keeps its thousands apart.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
