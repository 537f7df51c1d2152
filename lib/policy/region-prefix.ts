/** The region prefix of a document (自治区, 省, 市…), guessed from the level of the government that issued it, as its head names it. */

/** Signs, in a document's head, of the level of the government that issued it (自治区 before the 区 it contains). */
const ISSUER_SIGNS: [string, string[]][] = [
  ['自治区', ['自治区人民政府关于', '自治区人民政府办公厅', '自治区人民政府文件', '自治区党委办公厅', '桂政发〔', '桂政办发〔', '桂发〔', '桂办发〔']],
  ['省', ['省人民政府关于', '省人民政府办公厅', '省人民政府文件', '省委办公厅']],
  ['市', ['市人民政府关于', '市人民政府办公室关于', '市人民政府办公厅关于', '市人民政府文件']],
  ['县', ['县人民政府关于', '县人民政府办公室关于', '县人民政府文件']],
  ['区', ['区人民政府关于', '区人民政府办公室关于', '区人民政府文件']],
];
const HEAD_LENGTH = 3000;
/** A document names its issuer in its first lines: its signs are looked for there first, as written (a sign found there is found once blanks are removed too). */
const FIRST_LINES = 300;

/** Words every sign holds one of: a head is searched for these only, and the signs are compared where they occur. */
const ANCHORS = ['人民政府', '委办公厅', '桂'];
/** The signs by the first of ANCHORS they hold, with their level (index in ISSUER_SIGNS) and the anchor's offset in them. */
const SIGNS_BY_ANCHOR = ANCHORS.map((anchor, a) =>
  ISSUER_SIGNS.flatMap(([, signs], level) =>
    signs.filter((sign) => ANCHORS.findIndex((w) => sign.includes(w)) === a).map((sign) => ({ sign, level, offset: sign.indexOf(anchor) })),
  ),
);

/** Guess the region prefix of a document from its text ('自治区' for Guangxi regional docs…). */
export function detectRegionPrefix(text: string): string | null {
  if (typeof text !== 'string') return null;
  const top = issuerLevel(text.slice(0, FIRST_LINES), ISSUER_SIGNS.length);
  const before = top === 0 ? -1 : issuerLevel(text.slice(0, HEAD_LENGTH).replace(/[ \t\n\r\u3000\u00a0]+/g, ''), top < 0 ? ISSUER_SIGNS.length : top);
  const level = before >= 0 ? before : top;
  return level >= 0 ? ISSUER_SIGNS[level][0] : null;
}

/** The first level (index in ISSUER_SIGNS, below `levels`) one of whose signs occurs in `head` outside 《…》, or -1. */
function issuerLevel(head: string, levels: number): number {
  let found = levels;
  ANCHORS.forEach((anchor, a) => {
    for (let p = head.indexOf(anchor); p >= 0 && found > 0; p = head.indexOf(anchor, p + 1)) {
      for (const { sign, level, offset } of SIGNS_BY_ANCHOR[a]) {
        const at = p - offset;
        if (level < found && at >= 0 && head.startsWith(sign, at) && isUnquoted(head, at)) found = level;
      }
    }
  });
  return found < levels ? found : -1;
}

/** Whether offset `at` of `text` lies outside 《…》 (a cited title such as 《湖北省人民政府关于…的请示》 says nothing of the issuer). */
function isUnquoted(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) <= text.lastIndexOf('》', at);
}
