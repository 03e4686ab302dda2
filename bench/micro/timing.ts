// Timing helpers for the in-browser micro benchmarks.

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN

/** Median time of `runs` runs of `fn`, in ms. */
export function time(fn: () => unknown, runs: number): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return median(samples)
}

/** Mean time of `fn` over at least `budgetMs` of runs: a few-millisecond figure needs many runs to be steady. */
export function averageOver(fn: () => unknown, budgetMs: number): number {
  fn()
  let runs = 0
  const t0 = performance.now()
  while (performance.now() - t0 < budgetMs || runs < 5) {
    fn()
    runs++
  }
  return (performance.now() - t0) / runs
}
