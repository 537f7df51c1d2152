import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storeErrorText } from '../../lib/i18n/store-error-text';
import { MESSAGES } from '../../lib/i18n/messages';
import { toStoreError } from '../../lib/store/result';
import { messageFromTable } from '../helpers/i18n-table';

afterEach(() => {
  fakeBrowser.i18n.getMessage = messageFromTable;
});

describe('what the reader is told when the store refuses a change', () => {
  it('a full disk is said in the UI language: the Chinese UI shows the store message, the English UI its English text', () => {
    const quota = toStoreError({ name: 'QuotaExceededError' });
    expect(storeErrorText(quota)).toBe(quota.message);
    expect(MESSAGES.storeQuota.zh).toBe(quota.message);
    fakeBrowser.i18n.getMessage = ((key: keyof typeof MESSAGES) => MESSAGES[key]?.en ?? '') as typeof fakeBrowser.i18n.getMessage;
    expect(storeErrorText(quota)).toBe(MESSAGES.storeQuota.en);
  });

  it('other errors keep the store message', () => {
    expect(storeErrorText({ code: 'invalid', message: '批注内容过长，没有保存。' })).toBe('批注内容过长，没有保存。');
    expect(storeErrorText({ message: '操作失败' })).toBe('操作失败');
  });
});
