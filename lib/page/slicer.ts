/** Cooperative time slicing: long page work runs in slices of a few milliseconds so the page stays responsive. */

/** Decides when a slice is used up and how to give the event loop a turn. */
export interface Slicer {
  /** Whether the current slice has used its budget. */
  shouldYield(): boolean;
  /** Give the event loop a turn, then start a new slice. */
  pause(): Promise<void>;
}

/** A slicer with slices of `budgetMs` (the page's input and rendering run between slices). */
export function timeSlicer(budgetMs = 8): Slicer {
  let sliceStart = performance.now();
  return {
    shouldYield: () => performance.now() - sliceStart > budgetMs,
    pause: () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          sliceStart = performance.now();
          resolve();
        }, 0);
      }),
  };
}
