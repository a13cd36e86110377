import '../../shared/zod';
import { render } from 'preact';
import { initI18n } from '../../shared/i18n';
import { loadSettings } from '../../shared/storage';
import { targetTab } from './actions';
import { Popup } from './Popup';
import '@/components/notes/share.css';
import './style.css';

async function main() {
  const loaded = await loadSettings();
  await initI18n(loaded.settings.uiLanguage);
  const tab = await targetTab().catch(() => null);
  const root = document.getElementById('app');
  if (root) render(<Popup initial={loaded} tab={tab} />, root);
}

void main();
