/** The browser tests compute the texts a reader should see with t(): in Node it reads the message table, in Chinese, as the extension does. */
import { messageFromTable } from '../helpers/i18n-table';

(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage: messageFromTable } };
