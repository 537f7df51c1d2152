/** Unit tests run outside the browser: the fake browser's i18n answers from the message table, in Chinese, as the extension's _locales do. */
import { fakeBrowser } from 'wxt/testing';
import { messageFromTable } from '../helpers/i18n-table';

fakeBrowser.i18n.getMessage = messageFromTable;
