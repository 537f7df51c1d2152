// Makes sure Debian's Chromium, its Chinese locale and the CJK font are present before the browser tests; installs them when it can.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).includes('Noto');
  } catch {
    return false;
  }
};
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasFont()) missing.push('fonts-noto-cjk');
// The extension's UI follows the browser's language; Debian ships Chromium's zh-CN locale in chromium-l10n.
if (chromium === '/usr/bin/chromium' && !existsSync('/usr/lib/chromium/locales/zh-CN.pak')) missing.push('chromium-l10n');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`浏览器测试需要 Debian 软件包：${missing.join(' ')}（未找到，且无法自动安装）。请运行：sudo apt-get install -y ${missing.join(' ')}`);
  console.error(`The browser tests need the Debian packages: ${missing.join(' ')}. Install them, or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log(`Installing Debian packages for the browser tests: ${missing.join(' ')} (apt-get)…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
console.log('Installed.');
