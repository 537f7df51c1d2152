import { describe, expect, it } from 'vitest';
import { cleanText, spanToOriginal, toOriginal, viewsDiffer } from '../../lib/policy/clean-text';

describe('cleanText', () => {
  it('drops the print header an e-document system puts on each page', () => {
    const c = cleanText('\n\n电子公文打印版\t\n打印单位\t\n打印人\t\n年 月 日\t\n\n# 广西壮族自治区 人民政府文件\n\n桂政发〔2020〕3号\n');
    expect(c.display).toBe('广西壮族自治区人民政府文件\n桂政发〔2020〕3号');
  });

  it('removes markdown residue: heading marks and bold marks', () => {
    const c = cleanText('#### **四、保障措施**\n\n——**坚持改革创新**。把改革创新贯穿于全过程。');
    expect(c.display).toBe('四、保障措施\n——坚持改革创新。把改革创新贯穿于全过程。');
  });

  it('joins a page break inside a sentence and inside a marker, but not after a heading or a sentence end', () => {
    const text = '14. 建设农产品基地。借助大湾区大市场，打造面向大湾区的特色农产品主要集散地。（责任\n\n单位：自治区农业农村厅，各有关设区市人民政府）\n\n15. 借力壮大本土企业。';
    expect(cleanText(text).display).toBe('14.建设农产品基地。借助大湾区大市场，打造面向大湾区的特色农产品主要集散地。（责任单位：自治区农业农村厅，各有关设区市人民政府）\n15.借力壮大本土企业。');
    expect(cleanText('一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导').display).toBe('一、总体要求\n以习近平新时代中国特色社会主义思想为指导');
    expect(cleanText('请认真贯彻落实，加快推进各项工作。\n\n（责任单位：自治区商务厅）').display).toContain('。\n（责任单位');
  });

  it('removes blanks next to Chinese text and keeps those between two ASCII words', () => {
    expect(cleanText('2019 年 5 月 20 日').display).toBe('2019年5月20日');
    expect(cleanText('广西北部湾经济区 6 市人民政府').display).toBe('广西北部湾经济区6市人民政府');
    expect(cleanText('CEPA test 先行').display).toBe('CEPA test先行');
  });

  it('normalizes full-width digits and half-width brackets for matching only', () => {
    const c = cleanText('１．推进(三)建设:完成');
    expect(c.text).toBe('1．推进（三）建设：完成');
    expect(c.display).toBe('１．推进(三)建设:完成');
    expect(c.text.length).toBe(c.display.length);
  });

  it('maps every clean offset back to the original character', () => {
    const original = '  **一、** 总体\n\n\n要求 2020 年\n';
    const c = cleanText(original);
    for (let i = 0; i < c.display.length; i++) {
      const o = toOriginal(c, i);
      if (c.display[i] !== '\n') expect(original[o]).toBe(c.display[i]);
    }
    const at = c.display.indexOf('2020年');
    const span = spanToOriginal(c, at, at + 5);
    expect(original.slice(span.start, span.end)).toBe('2020 年');
  });

  it('is empty for empty or odd input', () => {
    expect(cleanText('').text).toBe('');
    expect(cleanText(undefined as unknown as string).text).toBe('');
    expect(spanToOriginal(cleanText(''), 0, 3)).toEqual({ start: 0, end: 0 });
  });
});

describe('viewsDiffer', () => {
  it('tells the spans where the match view writes a character otherwise from those where both views read the same', () => {
    const c = cleanText('交通运输厅(铁建办)、２０２５年前完成');
    const at = (w: string) => c.display.indexOf(w);
    expect(viewsDiffer(c, 0, at('('))).toBe(false);
    expect(viewsDiffer(c, 0, at('(') + 1)).toBe(true);
    expect(viewsDiffer(c, at('、'), at('２'))).toBe(false);
    expect(viewsDiffer(c, at('２'), c.text.length)).toBe(true);
    expect(viewsDiffer(c, at('年'), c.text.length)).toBe(false);
    expect(viewsDiffer(cleanText('自治区商务厅'), 0, 6)).toBe(false);
  });
});
