import { describe, expect, it } from 'vitest';
import { detectLeadRule, leadIndex } from '../../lib/policy/lead-rule';
import { isRegionalUnit } from '../../lib/policy/units';

describe('detectLeadRule', () => {
  it('reads the first-listed rule in its several wordings', () => {
    for (const [text, quote] of [
      ['（责任单位：A、B。排在首位的为牵头单位，下同）', '排在首位的为牵头单位，下同'],
      ['（工业和信息化部、科技部负责。列第一位者为牵头单位，下同）', '列第一位者为牵头单位，下同'],
      ['（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）', '排在第一位的部门为牵头部门，下同'],
    ]) {
      expect(detectLeadRule(text)).toMatchObject({ rule: 'first-listed', source: 'document', quote });
    }
  });

  it('reads the first-regional rule wherever it is stated, even near the end', () => {
    const text = '（责任单位：广西北部湾经济区6市人民政府，自治区北部湾办）\n……\n自治区发展改革委负责牵头加强沟通。责任单位中排名第一的区直单位为自治区牵头单位。各牵头单位要落实专人负责。';
    expect(detectLeadRule(text)).toMatchObject({ rule: 'first-regional', source: 'document', quote: '责任单位中排名第一的区直单位为自治区牵头单位' });
  });

  it('falls back to the first-listed convention when nothing is stated', () => {
    expect(detectLeadRule('各牵头单位要切实发挥牵头抓总作用。')).toMatchObject({ rule: 'first-listed', source: 'convention', quote: null });
  });
});

describe('leadIndex', () => {
  it('first-listed takes the first; first-regional the first 自治区 unit, else the first', () => {
    const lead = (names: string[], rule: 'first-listed' | 'first-regional') => leadIndex(names.length, rule, (k) => isRegionalUnit(names[k]));
    expect(lead(['南宁市人民政府', '自治区商务厅'], 'first-listed')).toBe(0);
    expect(lead(['广西北部湾经济区6市人民政府', '自治区北部湾办'], 'first-regional')).toBe(1);
    expect(lead(['北海市人民政府', '钦州市人民政府'], 'first-regional')).toBe(0);
    expect(lead([], 'first-regional')).toBe(-1);
  });
});
