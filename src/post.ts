/**
 * The action's `post:` step: runs after the job's steps, also when the job failed or was cancelled,
 * and removes whatever the command left (the clean-up list is saved as action state each time it
 * changes: src/tools/cleanup.ts). Nothing to do after a run that cleaned up after itself.
 */
import * as core from '@actions/core';
import { describeAction, perform, type CleanupAction } from './tools/cleanup.js';

async function main(): Promise<void> {
  const saved = core.getState('cleanup');
  if (!saved) return;
  let actions: CleanupAction[];
  try {
    actions = JSON.parse(saved) as CleanupAction[];
  } catch {
    core.warning('post: the saved cleanup list is not readable; nothing removed');
    return;
  }
  for (const action of actions) {
    const problem = await perform(action);
    core.info(problem ? `post: not removed: ${problem}` : `post: removed ${describeAction(action)}`);
  }
}

await main();
