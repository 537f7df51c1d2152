import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  hasAddressee, hasSignature, headLines, nonPolicyTitle, ownDocNumber, titleCandidates, titleForm, urlHints,
} from '../../lib/page/doc-signals';

const seed = (name: string) => readFileSync(`seeds/${name}`, 'utf8');

describe('titleForm', () => {
  it('recognizes 关于…的X titles as strong, with the 文种', () => {
    expect(titleForm('国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见')).toEqual({ genre: '意见', strong: true });
    expect(titleForm('国务院办公厅关于印发“无废城市”建设 试点工作方案的通知')).toEqual({ genre: '通知', strong: true });
    expect(titleForm('国务院关于河北雄安新区总体规划（2018—2035年）的批复')).toEqual({ genre: '批复', strong: true });
    expect(titleForm('国务院办公厅对十届全国人大四次会议第7240号建议的答复')).toEqual({ genre: '答复', strong: true });
    expect(titleForm('关于印发广西对接长江经济带发展实施方案的通知（桂政办发〔2022〕78号）')?.strong).toBe(true);
  });

  it('recognizes regulation names without 关于 as weak', () => {
    expect(titleForm('专利代理条例')).toEqual({ genre: '条例', strong: false });
    expect(titleForm('广西全面对接粤港澳大湾区实施方案 (2019-2021 年)')).toEqual({ genre: '方案', strong: false });
  });

  it('rejects quoted titles, news headlines and empty input', () => {
    expect(titleForm('一图读懂《关于加强管理的通知》')).toBeNull();
    expect(titleForm('李克强主持召开国务院常务会议')).toBeNull();
    expect(titleForm('')).toBeNull();
    expect(titleForm(null)).toBeNull();
  });
});

describe('nonPolicyTitle', () => {
  it.each([
    ['《关于推进政务新媒体健康有序发展的意见》解读', 'interpretation'],
    ['市场监管总局有关负责人就《意见》答记者问', 'interpretation'],
    ['一图读懂2019年政府工作报告', 'interpretation'],
    ['关于2019年度自治区级优秀科技成果拟推荐名单的公示', 'list'],
    ['关于公布第二批国家级示范区名单的通知', 'list'],
    ['广西壮族自治区发展和改革委员会2019年部门预算公开', 'other'],
    ['国务院办公厅关于调整国家教材委员会组成人员的通知', 'other'],
    ['自治区人民政府关于张三等同志任免职务的通知', 'other'],
    ['国务院关于2018年度国家科学技术奖励的决定', 'other'],
    ['国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报', 'other'],
  ])('%s → %s', (title, kind) => {
    expect(nonPolicyTitle(title)?.kind).toBe(kind);
  });

  it.each([
    '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见',
    '国务院办公厅关于做好政策解读工作的通知',
    '国务院关于深化预算管理制度改革的决定',
    '国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知',
  ])('does not veto the policy title %s', (title) => {
    expect(nonPolicyTitle(title)).toBeNull();
  });
});

describe('ownDocNumber', () => {
  it('finds the 文号 on its own line or right after the title', () => {
    expect(ownDocNumber(seed('002_80ea5c0fcdab43de.txt'))).toBe('桂政发〔2018〕2号');
    expect(ownDocNumber(seed('003_034c74d6c895f59c.txt'))).toBe('桂政发〔2020〕3号');
    expect(ownDocNumber(seed('001_bb67659fea9c5737.txt'))).toBe('桂政办发〔2022〕78号');
    expect(ownDocNumber('中华人民共和国国务院令\n第706号\n《专利代理条例》已经…')).toBe('中华人民共和国国务院令第706号');
    expect(ownDocNumber('发文字号：国办发明电〔2018〕15号')).toBe('国办发明电〔2018〕15号');
  });

  it('ignores 文号 merely cited in the text', () => {
    expect(ownDocNumber(seed('000_21f209fcecdf1eea.txt'))).toBeNull();
    expect(ownDocNumber('新华社北京电 会议要求落实《国务院关于促进就业的若干意见》（国发〔2018〕39号）。')).toBeNull();
  });
});

describe('text layout signals', () => {
  it('drops print headers and markdown residue from the first lines', () => {
    expect(headLines(seed('003_034c74d6c895f59c.txt'), 3)).toEqual(['广西壮族自治区 人民政府文件', '桂政发〔2020〕3号', '广西壮族自治区人民政府关于印发 中国（广西）自由贸易试验区 建设实施方案的通知']);
  });

  it('offers wrapped title lines joined, and the 关于…的通知 part of a run-on line', () => {
    expect(titleCandidates('国务院关于在市场监管领域全面推行\n部门联合监管的意见\n国发〔2019〕5号')).toContain('国务院关于在市场监管领域全面推行部门联合监管的意见');
    expect(titleCandidates(seed('001_bb67659fea9c5737.txt')).some((t) => titleForm(t)?.strong)).toBe(true);
  });

  it('finds 主送 lines and signature blocks', () => {
    expect(hasAddressee(seed('000_21f209fcecdf1eea.txt'))).toBe(true);
    expect(hasAddressee('王超斌委员：\n您提出的提案收悉。')).toBe(true);
    expect(hasAddressee(seed('004_a806a04815bf19c4.txt'))).toBe(false);
    expect(hasSignature(seed('000_21f209fcecdf1eea.txt'))).toBe(true);
    expect(hasSignature('国务院办公厅\n二〇〇四年一月十六日')).toBe(true);
    expect(hasSignature('总理　　李克强\n2018年11月6日')).toBe(true);
    expect(hasSignature('会议强调\n2019年5月20日')).toBe(false);
  });

  it('stays linear on adversarial input (100k unmatched brackets, 关于, colons)', () => {
    for (const unit of ['（', '关于', '〔', '：', '年', ' \n']) {
      const text = unit.repeat(100000);
      const t0 = performance.now();
      ownDocNumber(text);
      titleCandidates(text);
      hasAddressee(text);
      hasSignature(text);
      titleForm(text);
      nonPolicyTitle(text);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});

describe('urlHints', () => {
  it('reads gov.cn hosts, search pages and interpretation / news columns', () => {
    expect(urlHints('http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm')).toEqual({ govHost: true, search: false, interpretation: false, news: false });
    expect(urlHints('http://sousuo.gov.cn/s.htm?q=意见').search).toBe(true);
    expect(urlHints('http://www.gov.cn/zhengce/2019-02/15/content_1.htm?searchword=x').search).toBe(true);
    expect(urlHints('http://www.gov.cn/zhengce/jiedu/2019-02/15/content_1.htm').interpretation).toBe(true);
    expect(urlHints('http://www.gxzf.gov.cn/gzdt/2019/1.shtml').news).toBe(true);
    expect(urlHints('https://example.com/gov.cn/').govHost).toBe(false);
  });

  it('never throws on malformed or missing URLs', () => {
    expect(urlHints('not a url')).toEqual({ govHost: false, search: false, interpretation: false, news: false });
    expect(urlHints(undefined).govHost).toBe(false);
  });
});
