/** Progress of long work the reader waits on (an import, an export, reading the corpus): a bar and its words. */

/** Props: how many of how many steps are done, the words that say so, and a test id for the line. */
export interface ProgressLineProps {
  done: number;
  total: number;
  label: string;
  testId: string;
}

/** A count as readers write it: 10,000. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The line: `<progress>` (role progressbar, named by the words) and the words, e.g. 已导入 3,000 / 10,000 条. */
export function ProgressLine({ done, total, label, testId }: ProgressLineProps) {
  return (
    <p class="progress" data-testid={testId}>
      <progress value={Math.min(done, total)} max={Math.max(total, 1)} aria-label={label} /> <span>{label}</span>
    </p>
  );
}
