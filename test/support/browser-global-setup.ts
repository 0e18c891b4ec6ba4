/**
 * Once per run, for the browser tests: their own fresh database and Redis key space (the pages they drive list
 * what is in the database — the open calls, an organisation's applications — and must not be crowded by the rounds
 * and cases the other suites create at the same time), and the web app built into dist/web when it is missing or
 * older than its sources (the tests drive the built app, as production serves it).
 */
import { prepareStores } from './global-setup';
import { ensureWebBuild } from './web-build';

export default async function browserGlobalSetup(): Promise<void> {
  await prepareStores('browser');
  ensureWebBuild((line) => process.stdout.write(`${line}\n`));
}
