import type { AppConfig } from '../config.js';
import type { Db } from '../db/client.js';
import type { PasswordManager } from '../plugins/app/passwords.js';
import type { Repositories } from '../plugins/app/repositories.js';
import type { SubmissionChecker } from './check-pool.js';

/** What services are built with: passed in explicitly, so a service never reaches for the HTTP layer. */
export interface ServiceDeps {
  db: Db;
  repos: Repositories;
  config: AppConfig;
  checker: SubmissionChecker;
  passwords: PasswordManager;
}
