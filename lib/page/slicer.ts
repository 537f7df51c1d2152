/** Cooperative time slicing: long page work runs in slices of a few milliseconds so the page stays responsive. */

/** Decides when a slice is used up and how to give the event loop a turn. */
export interface Slicer {
  /** Whether the current slice has used its budget. */
  shouldYield(): boolean;
  /** Give the event loop a turn, then start a new slice. */
  pause(): Promise<void>;
}

/** Name of the performance measures that record each slice (read by the browser tests and the benchmark). */
export const SLICE_MEASURE = 'policylens:slice';

/** A slicer with slices of `budgetMs` (the page's input and rendering run between slices); each slice is recorded as a performance measure. */
export function timeSlicer(budgetMs = 8): Slicer & { end(): void; wait<T>(work: Promise<T>): Promise<T> } {
  let sliceStart = performance.now();
  const record = () => performance.measure(SLICE_MEASURE, { start: sliceStart, end: performance.now() });
  return {
    shouldYield: () => performance.now() - sliceStart > budgetMs,
    pause: () =>
      new Promise<void>((resolve) => {
        record();
        setTimeout(() => {
          sliceStart = performance.now();
          resolve();
        }, 0);
      }),
    /** Record the last slice. */
    end: record,
    /** Wait for `work` done elsewhere (the background): the slice ends now, a new one starts when it is done. */
    wait: async <T>(work: Promise<T>): Promise<T> => {
      record();
      try {
        return await work;
      } finally {
        sliceStart = performance.now();
      }
    },
  };
}

/** Run a stepwise computation to its end in one go. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** Run a stepwise computation in time slices: between steps, give the page a turn when the slice is used up. */
export async function runStepsSliced<T>(steps: Generator<void, T, void>, slicer: Slicer): Promise<T> {
  let r = steps.next();
  while (!r.done) {
    if (slicer.shouldYield()) await slicer.pause();
    r = steps.next();
  }
  return r.value;
}
