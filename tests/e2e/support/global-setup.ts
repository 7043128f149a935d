import { mkdirSync } from 'node:fs';
import { missingBrowsers, SCREENSHOTS } from './browsers';

export default function setup(): void {
  const problems = missingBrowsers();
  if (problems.length) throw new Error(`e2e cannot run:\n- ${problems.join('\n- ')}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
}
