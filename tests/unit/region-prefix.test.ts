import { describe, expect, it } from 'vitest';
import { detectRegionPrefix } from '../../lib/policy/region-prefix';

const filler = (n: number) => '为进一步做好有关工作，现将有关事项通知如下。'.repeat(n);

describe('detectRegionPrefix', () => {
  it('finds the issuer in the first lines, even when a lower level is named first', () => {
    expect(detectRegionPrefix('南宁市人民政府文件\n自治区人民政府关于印发某某方案的通知')).toBe('自治区');
    expect(detectRegionPrefix('广西壮族自治区人民政府办公厅\n桂政办发〔2022〕78号')).toBe('自治区');
  });

  it('finds a sign written across a line break or spaces further down the head', () => {
    expect(detectRegionPrefix(`${filler(20)}\n湖南省人民政府\n关于印发某某方案的通知`)).toBe('省');
    expect(detectRegionPrefix(`${filler(20)}\n南宁市 人民政府 文件`)).toBe('市');
  });

  it('prefers a higher level found anywhere in the head to a lower one found first', () => {
    expect(detectRegionPrefix(`某县人民政府关于转发的通知\n${filler(20)}\n自治区党委办公厅`)).toBe('自治区');
  });

  it('ignores signs inside 《…》 and signs past the head', () => {
    expect(detectRegionPrefix('转发《湖北省人民政府关于某某的请示》的通知')).toBeNull();
    expect(detectRegionPrefix(`${filler(150)}省人民政府关于印发某某方案的通知`)).toBeNull();
  });
});
