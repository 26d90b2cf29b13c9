import * as core from '@actions/core';
import type { CommandResult, Location, Reporter } from './reporter.js';

/** Reporter for the GitHub Action: annotations at file:line, masked secrets, outputs, job summary. */
export class ActionReporter implements Reporter {
  info(message: string): void {
    core.info(message);
  }
  warning(message: string, where?: Location): void {
    core.warning(message, where && { file: where.file, startLine: where.line });
  }
  error(message: string, where?: Location): void {
    core.error(message, where && { file: where.file, startLine: where.line });
  }
  secret(value: string): void {
    core.setSecret(value);
  }
  async finish(result: CommandResult): Promise<void> {
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (result.summary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(result.summary, true).write();
    }
  }
  fail(message: string): void {
    core.setFailed(message);
  }
}
