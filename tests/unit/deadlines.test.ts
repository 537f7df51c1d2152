import { describe, expect, it } from 'vitest';
import { DeadlineIndex, findDeadlines } from '../../lib/policy/deadlines';

const found = (t: string) => findDeadlines(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('findDeadlines', () => {
  it('finds anchored dates: 到/至 a year, 年前, 年底前, month deadlines and ranges', () => {
    expect(found('争取到2021年打造2-3家企业。')).toEqual(['到2021年']);
    expect(found('2025年前建成。')).toEqual(['2025年前']);
    expect(found('2020年底前完成清理。')).toEqual(['2020年底前']);
    expect(found('2019年6月底前，研究建立指标体系。')).toEqual(['2019年6月底前']);
    expect(found('共同制定三年行动计划（2019-2021年）。')).toEqual(['2019-2021年']);
    expect(found('至2021年，重点建设27个集聚区。')).toEqual(['至2021年']);
    expect(found('年底前完成。')).toEqual(['年底前']);
  });

  it('finds target clauses: 力争… and 每年…', () => {
    expect(found('到2021年底，各设区市力争完成30家企业落户。')).toEqual(['到2021年底', '力争完成30家企业落户']);
    expect(found('在贫困县每年共同推进2-3个示范区项目。')).toEqual(['每年共同推进2-3个示范区项目']);
    expect(found('力争到2025年，基本建成。')).toEqual(['到2025年']);
  });

  it('takes 长期坚持 / 持续推进 only after a time-limit label, never from prose', () => {
    expect(found('（牵头单位：区发改局；完成时限：长期坚持）')).toEqual(['长期坚持']);
    expect(found('持续推进粤桂扶贫协作工作，长期坚持改革。')).toEqual([]);
  });

  it('ignores years without an anchor', () => {
    expect(found('2022年，中部地区生产总值达到26.7万亿元。2015年以来持续增长。在2000国家大地坐标系下。')).toEqual([]);
  });

  it('reads nothing outside the range, with or without an index of the whole text', () => {
    const t = '到2020年6月底前完成。年底前力争每年推进项目，完成时限：2021年底前。上半年启动，2019-2021年';
    const index = new DeadlineIndex(t);
    for (let from = 0; from <= t.length; from++) {
      for (let to = from; to <= t.length; to++) {
        const alone = findDeadlines(t.slice(from, to), 0, to - from).map((s) => ({ start: s.start + from, end: s.end + from }));
        expect(findDeadlines(t, from, to, index), `${from}–${to}`).toEqual(alone);
        expect(findDeadlines(t, from, to), `${from}–${to}`).toEqual(alone);
      }
    }
  });

  it('works on a range of a larger text and returns offsets in that text', () => {
    const t = '前文2020年底前。任务：到2021年完成。';
    const [s] = findDeadlines(t, 9, t.length);
    expect(t.slice(s.start, s.end)).toBe('到2021年');
  });
});
