import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitesSection, type SitesSectionProps } from '../../components/SitesSection';
import { freshRoot, settle } from '../helpers/dom-root';

let win: Window & typeof globalThis;
let root: HTMLElement;

beforeEach(() => {
  ({ win, root } = freshRoot());
});
afterEach(() => render(null, root));

const message = () => root.querySelector('[data-testid="sites-message"]')?.textContent ?? null;

/** Type into the address field and submit the form (what the 授权此网站 button does), as one event. */
async function submit(text: string) {
  const input = root.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new win.Event('input'));
  await settle();
  root.querySelector('form')!.dispatchEvent(new win.Event('submit', { cancelable: true }));
}

function props(over: Partial<SitesSectionProps> = {}): SitesSectionProps {
  return { sites: [], builtin: ['*://*.gov.cn/*'], request: async () => true, remove: () => {}, ...over };
}

describe('SitesSection (其他网站)', () => {
  it('asks the browser for the typed site in the same event as the submit, and says when it was granted', async () => {
    const asked: string[] = [];
    let grant!: (v: boolean) => void;
    render(h(SitesSection, props({ request: (p) => (asked.push(p), new Promise((r) => (grant = r))) })), root);
    expect(root.querySelector('[data-testid="sites-empty"]')?.textContent).toBe('还没有添加其他网站。');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('授权此网站');
    await submit('https://www.pkulaw.com/fl/1.html');
    // No await between the submit and the request: the browser only shows its prompt during the reader's gesture.
    expect(asked).toEqual(['*://www.pkulaw.com/*']);
    await settle();
    expect(message()).toBe('请在浏览器的提示中允许访问 www.pkulaw.com…');
    grant(true);
    await settle();
    expect(message()).toBe('已添加 www.pkulaw.com：打开或刷新该网站的页面即可使用。');
    expect(root.querySelector('input')!.value).toBe('');
  });

  it('says so when the reader declines', async () => {
    render(h(SitesSection, props({ request: async () => false })), root);
    await submit('www.pkulaw.com');
    await settle();
    expect(message()).toBe('未获授权，没有添加 www.pkulaw.com。');
  });

  it('never asks for an invalid address, a gov.cn host, or a site already added', async () => {
    const asked: string[] = [];
    render(h(SitesSection, props({ sites: ['*://www.pkulaw.com/*'], request: async (p) => (asked.push(p), true) })), root);
    await submit('ftp://files.example.org');
    await settle();
    expect(message()).toBe('“ftp://files.example.org”不是有效的网站地址，请输入如 www.pkulaw.com 的域名或以 http(s):// 开头的网址。');
    await submit('www.ndrc.gov.cn');
    await settle();
    expect(message()).toBe('www.ndrc.gov.cn 属于 *.gov.cn，已默认支持，无需添加。');
    await submit('http://www.pkulaw.com/');
    await settle();
    expect(message()).toBe('www.pkulaw.com 已在列表中。');
    expect(asked).toEqual([]);
  });

  it('lists the added sites by host, each with a remove button', async () => {
    const removed: string[] = [];
    render(h(SitesSection, props({ sites: ['*://*.pkulaw.com/*', '*://www.example.org/*'], remove: (p) => removed.push(p) })), root);
    const items = [...root.querySelectorAll('[data-testid="sites"] > li')];
    expect(items.map((li) => li.firstChild?.textContent)).toEqual(['*.pkulaw.com', 'www.example.org']);
    const button = items[1].querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('移除网站 www.example.org（撤销访问权限）');
    button.dispatchEvent(new win.Event('click'));
    expect(removed).toEqual(['*://www.example.org/*']);
  });
});
