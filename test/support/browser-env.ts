/**
 * The browser tests run on stores of their own (a `…_browser` database and Redis prefix, made by
 * browser-global-setup.ts): read by env.ts, which Jest loads after this file.
 */
process.env.TEST_STORES = 'browser';
