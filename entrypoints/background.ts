/** The background: each concern in its own module under background/. */
import { setupAnalysis } from '@/background/analysis';
import { setupShare } from '@/background/share';
import { setupSidebar } from '@/background/sidebar';
import { setupSites } from '@/background/sites';
import { setupUiInjection } from '@/background/ui-injection';
export default defineBackground(() => {
  setupSidebar();
  setupSites();
  setupUiInjection();
  setupShare();
  setupAnalysis();
});
