/** Readability's reader-able gate imported on its own, so that the content script does not bundle Readability itself. */
declare module '@mozilla/readability/Readability-readerable.js' {
  import { isProbablyReaderable } from '@mozilla/readability';
  export default isProbablyReaderable;
}
