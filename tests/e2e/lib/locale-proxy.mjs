// The locale proxy lives with the Playground launcher (scripts/lib), shared by the local run and the e2e harness.
export { rewriteLocale, startLocaleProxy } from '../../../scripts/lib/locale-proxy.mjs';
