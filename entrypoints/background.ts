/** The background: each concern in its own module under background/; one message listener for all (background/messages.ts). */
import { analysisRoutes, warmEngine } from '@/background/analysis';
import { setupMessages } from '@/background/messages';
import { shareRoutes } from '@/background/share';
import { setupSidebar } from '@/background/sidebar';
import { setupSites } from '@/background/sites';
import { setupUiInjection, uiInjectionRoutes } from '@/background/ui-injection';
export default defineBackground(() => {
  const sidebar = setupSidebar();
  const sites = setupSites();
  setupUiInjection();
  setupMessages([...sidebar, ...sites, ...uiInjectionRoutes(warmEngine), ...shareRoutes(), ...analysisRoutes()]);
});
