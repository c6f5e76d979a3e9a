/** The Jira site the app is "installed" on, as Forge names it in contexts. */
export interface SiteIdentity {
  cloudId: string;
  siteUrl: string;
}

export const DEFAULT_SITE: SiteIdentity = {
  cloudId: '00000000-1111-4222-8333-444444444444',
  siteUrl: 'http://localhost:4570/jira',
};

export const installContextOf = (site: SiteIdentity): string => `ari:cloud:jira::site/${site.cloudId}`;
