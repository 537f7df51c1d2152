/** The seed documents rendered as gov.cn-style pages: fixtures for `npm start` and the browser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One seed page: where it is served and the 信息公开 data a real site would show around it. */
export interface SeedPage {
  file: string;
  host: string;
  path: string;
  column: string;
  title: string;
  docNumber: string;
  issuer: string;
  date: string;
}

/** The seed pages and the gov.cn addresses they are served under. */
export const SEED_PAGES: SeedPage[] = [
  { file: '000_21f209fcecdf1eea.txt', host: 'www.gxzf.gov.cn', path: '/zfwj/dwbfwj/t000.shtml', column: '政策文件', title: '广西全面对接粤港澳大湾区实施方案（2019—2021年）', docNumber: '', issuer: '中共广西壮族自治区委员会办公厅 广西壮族自治区人民政府办公厅', date: '2019-05-20' },
  { file: '001_bb67659fea9c5737.txt', host: 'www.gxzf.gov.cn', path: '/zfwj/zzqrmzfbgtwj_34828/t001.shtml', column: '政策文件', title: '广西壮族自治区人民政府办公厅关于印发广西对接长江经济带发展实施方案（2022—2025年）的通知', docNumber: '桂政办发〔2022〕78号', issuer: '广西壮族自治区人民政府办公厅', date: '2022-11-30' },
  { file: '002_80ea5c0fcdab43de.txt', host: 'www.gxzf.gov.cn', path: '/zfwj/zzqrmzfwj_34845/t002.shtml', column: '政策文件', title: '广西壮族自治区人民政府关于印发北部湾城市群发展规划广西实施方案的通知', docNumber: '桂政发〔2018〕2号', issuer: '广西壮族自治区人民政府', date: '2018-01-05' },
  { file: '003_034c74d6c895f59c.txt', host: 'www.gxzf.gov.cn', path: '/zfwj/zzqrmzfwj_34845/t003.shtml', column: '政策文件', title: '广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区建设实施方案的通知', docNumber: '桂政发〔2020〕3号', issuer: '广西壮族自治区人民政府', date: '2020-01-22' },
  { file: '004_a806a04815bf19c4.txt', host: 'www.gxzf.gov.cn', path: '/gxyw/t004.shtml', column: '深度解析', title: '推动区域协调发展', docNumber: '', issuer: '', date: '2023-12-05' },
];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escape text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESC[c]);
}

/** Render one seed as a gov.cn page: meta tags, the 信息公开 table, paragraphs inside div#zoom. */
export function renderSeedPage(page: SeedPage, seedsDir: string): string {
  const text = readFileSync(join(seedsDir, page.file), 'utf8');
  const paragraphs = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => `<p style="text-indent:2em;font-family:仿宋">${escapeHtml(l)}</p>`)
    .join('\n');
  const row = (a: string, b: string, c: string, d: string) =>
    `<tr><td><b>${a}</b></td><td>${escapeHtml(b)}</td><td><b>${c}</b></td><td>${escapeHtml(d)}</td></tr>`;
  const infoTable = page.docNumber || page.issuer
    ? `<table class="people-desc"><tbody>${row('发文单位：', page.issuer, '成文日期：', page.date)}${row('文　　号：', page.docNumber, '有 效 性：', '有效')}<tr><td><b>标　　题：</b></td><td colspan="3">${escapeHtml(page.title)}</td></tr></tbody></table>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="广西壮族自治区人民政府门户网站">
<meta name="SiteDomain" content="www.gxzf.gov.cn">
<meta name="ColumnName" content="${escapeHtml(page.column)}">
<meta name="ArticleTitle" content="${escapeHtml(page.title)}">
<meta name="PubDate" content="${page.date} 09:30">
<meta name="ContentSource" content="${escapeHtml(page.issuer || '广西日报')}">
<title>${escapeHtml(page.title)}_广西壮族自治区人民政府门户网站</title>
<style>body{font-family:"Noto Serif CJK SC",serif;max-width:900px;margin:0 auto;line-height:1.9;color:#222} .header{background:#b40000;color:#fff;padding:12px 20px;font-size:20px} table.people-desc{width:100%;border:1px solid #ccc;margin:16px 0;font-size:14px} h1{text-align:center;font-size:24px}</style>
</head><body>
<div class="header">广西壮族自治区人民政府门户网站</div>
<div class="crumb">首页 &gt; ${escapeHtml(page.column)}</div>
${infoTable}
<h1 class="article-title">${escapeHtml(page.title)}</h1>
<div id="zoom" class="article-con">
${paragraphs}
</div>
<div class="footer">主办：广西壮族自治区人民政府办公厅</div>
</body></html>`;
}
