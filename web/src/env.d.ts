/** profielkit's version, from package.json (web/vite.config.ts defines it). */
declare const __PROFIELKIT_VERSION__: string;
