/** Marks when the reader's own code starts to run, before its modules are evaluated (read by `npm run bench`). */
performance.mark('policylens:reader-start');
