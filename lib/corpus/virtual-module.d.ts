/** The corpus index the build generates from seeds/ (see corpusIndexPlugin in wxt.config.ts). */
declare module 'virtual:policylens-corpus' {
  const index: import('./index-schema').CorpusIndex;
  export default index;
}
