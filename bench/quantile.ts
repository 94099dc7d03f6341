/** The `share` quantile (0 to 1) of `sorted` (ascending), by nearest rank; NaN when it is empty. */
export function quantile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}
