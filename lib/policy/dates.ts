/** Dates as written in Chinese documents and page metadata → ISO YYYY-MM-DD. */

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
const DATE_PATTERN = /(\d{4})\s*(?:年|-|\/|\.|－)\s*(\d{1,2})\s*(?:月|-|\/|\.|－)\s*(\d{1,2})/;

/** ISO date of the first date in `s` ("2019 年 5 月 20 日", "2020-02-13 15:04", "2022-11-30-10:00:00", "2019/5/20"), or null. */
export function isoDate(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const ascii = (FULL_WIDTH_DIGIT.test(s) ? s.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : s).slice(0, 200);
  const m = DATE_PATTERN.exec(ascii);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
