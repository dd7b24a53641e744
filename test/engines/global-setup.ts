import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir } from '../support/site';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    engineSiteUrl: string;
  }
}

/**
 * Records, in the tab's sessionStorage, every problem a page reports: uncaught errors and rejections,
 * resources that fail to load, console.error and CSP violations. WebDriver classic has no console
 * events, so the same collector serves every engine. It is placed before the page's CSP <meta>, which
 * therefore does not apply to it; the page's own scripts stay under their policy.
 */
const collector = `<script>(()=>{const k='engine-test-problems';const note=(m)=>{try{const l=JSON.parse(sessionStorage.getItem(k)||'[]');l.push(location.pathname+': '+m);sessionStorage.setItem(k,JSON.stringify(l))}catch{}};addEventListener('error',(e)=>note(e.target instanceof Element?'failed to load '+(e.target.src||e.target.href):'error '+e.message),true);addEventListener('unhandledrejection',(e)=>note('unhandled rejection '+e.reason));document.addEventListener('securitypolicyviolation',(e)=>note('CSP violation: '+e.violatedDirective+' '+e.blockedURI));const error=console.error;console.error=(...a)=>{note('console.error '+a.join(' '));error.apply(console,a)}})()</script>`;

export const withCollector = (html: string) => html.replace(/<head>/, `<head>${collector}`);

/** Serves the built site (domain root) for the engine flows, each HTML page with the problem collector. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${distDir}/index.html`)) throw new Error(`${distDir} has no built site. Run "npm run build" first.`);
  const { url, server } = await serveStatic(distDir, 0, withCollector);
  project.provide('engineSiteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
