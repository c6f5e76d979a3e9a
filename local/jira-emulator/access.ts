import type { AccountAccess, SiteProject } from './site-data';

/** Who is calling: a site user, or the app itself when `accountId` is undefined (asApp). */
export class Access {
  constructor(readonly accountId: string | undefined) {}

  get isApp(): boolean {
    return this.accountId === undefined;
  }

  canBrowse(project: SiteProject): boolean {
    return this.isApp || grants(project.browseAccountIds, this.accountId);
  }

  /** Editing needs browsing too: Jira hides a project's issues from users who cannot browse it. */
  canEdit(project: SiteProject): boolean {
    return this.isApp || (this.canBrowse(project) && grants(project.editAccountIds, this.accountId));
  }
}

function grants(access: AccountAccess, accountId: string | undefined): boolean {
  return access === 'everyone' || (accountId !== undefined && access.includes(accountId));
}
