/** URL paths of the site, before the deployment base is added. Every page lives under its language. */
export function localePath(lang: string, slug = ''): string {
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/** Prefixes a site path with the deployment base ("/" or a sub-path such as "/client-exit/"). */
export function withBase(path: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}
