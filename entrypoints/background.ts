/** The background: each concern in its own module under background/; one message listener for all (background/messages.ts). */
import { analysisRoutes, warmAnalysis } from '@/background/analysis';
import { setupMessages } from '@/background/messages';
import { notesRelayRoutes } from '@/background/notes-relay';
import { setupContentSettings } from '@/background/settings';
import { shareRoutes } from '@/background/share';
import { setupSidebar } from '@/background/sidebar';
import { setupSites } from '@/background/sites';
import { setupUiInjection, uiInjectionRoutes } from '@/background/ui-injection';
export default defineBackground(() => {
  const sidebar = setupSidebar();
  const sites = setupSites();
  setupUiInjection();
  const settings = setupContentSettings();
  setupMessages([
    ...sidebar,
    ...sites,
    ...settings,
    ...uiInjectionRoutes(warmAnalysis),
    ...shareRoutes(),
    ...analysisRoutes(),
    ...notesRelayRoutes(),
  ]);
});
