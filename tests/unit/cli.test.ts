import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOVCN_DIR, ROOT } from '../helpers/html';

/** Run a command in the project root; resolves with its exit code and output (never rejects on a non-zero exit). */
function run(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const cli = (...args: string[]) => run('npx', ['tsx', 'scripts/analyze.ts', ...args]);

/** stderr minus npm's own configuration warnings. */
const ownErrors = (stderr: string) => stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));

describe.concurrent('analyze CLI', { timeout: 120000 }, () => {
  it('prints the contract JSON for a seed text, recognition first', async () => {
    const { code, stdout } = await cli('seeds/003_034c74d6c895f59c.txt', '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)[0]).toBe('recognition');
    expect(out.recognition).toMatchObject({ isPolicy: true, kind: 'policy' });
    expect(typeof out.recognition.confidence).toBe('number');
    expect(out.recognition.reasons.length).toBeGreaterThan(0);
    expect(out.meta).toHaveProperty('docNumber');
    for (const key of ['outline', 'tasks', 'units']) expect(Array.isArray(out[key])).toBe(true);
  });

  it('analyzes a real gov.cn page fragment with its URL', async () => {
    const { code, stdout } = await cli(join(GOVCN_DIR, '01.html'), '--url', 'http://www.gov.cn/zhengce/content/2019-02/15/content_5365945.htm');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.recognition).toMatchObject({ isPolicy: true, kind: 'policy' });
    expect(out.recognition.reasons).toContain('文号：国发〔2019〕5号');
  });

  it('gives a normal result, exit 0 and no tasks, for a page that is not a policy document', async () => {
    const { code, stdout } = await cli('tests/fixtures/pages/jiedu.html');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.recognition).toMatchObject({ isPolicy: false, kind: 'interpretation' });
    expect(out.tasks).toEqual([]);
  });

  it('prints a Markdown report with the 任务分工表', async () => {
    const { code, stdout } = await cli('seeds/003_034c74d6c895f59c.txt', '--format=md');
    expect(code).toBe(0);
    expect(stdout.startsWith('# ')).toBe(true);
    expect(stdout).toContain('## 任务分工表');
    expect(stdout).toContain('- **识别结果**：政策文件');
  });

  it('accepts --related and still prints valid JSON', async () => {
    const { code, stdout } = await cli('seeds/000_21f209fcecdf1eea.txt', '--related');
    expect(code).toBe(0);
    expect(Array.isArray(JSON.parse(stdout).tasks)).toBe(true);
  });

  it('`npm run --silent analyze` prints only the JSON on stdout', async () => {
    const r = await run('npm', ['run', '--silent', 'analyze', '--', 'seeds/004_a806a04815bf19c4.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).recognition.isPolicy).toBe(false);
  });

  it('reads a GB2312-encoded page (the charset it declares)', async () => {
    const { code, stdout } = await cli('tests/fixtures/pages/gbk-policy.html');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.recognition).toMatchObject({ isPolicy: true });
    expect(out.recognition.reasons).toContain('文号：某政发〔2020〕3号');
  });

  it.each([
    ['a missing file', ['/nonexistent']],
    ['no file at all', []],
    ['an unknown format', ['seeds/003_034c74d6c895f59c.txt', '--format', 'xml']],
  ])('exits 2 with one line on stderr for %s', async (_what, args) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(ownErrors(stderr)).toHaveLength(1);
  });

  it('exits 2 for an empty or a binary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
    writeFileSync(join(dir, 'empty.txt'), ' \n\n ');
    writeFileSync(join(dir, 'bin.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    for (const { code, stderr } of await Promise.all(['empty.txt', 'bin.html'].map((f) => cli(join(dir, f))))) {
      expect(code).toBe(2);
      expect(ownErrors(stderr)).toHaveLength(1);
    }
  });
});
