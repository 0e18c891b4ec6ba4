/**
 * True while the browser hydrates a page the server rendered (main.tsx): a component's first render must then be the
 * server's, so what only the browser knows (this tab's unsaved changes, the address's fragment) is read after it.
 */
export const hydration = { active: false };
