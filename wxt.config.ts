import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'PolicyLens 政策透镜',
    description: '识别政府网站上的政策文件，标出任务、牵头单位和时限，并保存你的批注。',
    permissions: ['storage', 'sidePanel'],
  },
});
