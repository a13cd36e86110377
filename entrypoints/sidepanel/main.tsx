import '../../shared/zod';
import { render } from 'preact';
import { Sidebar } from '../../components/sidebar/Sidebar';
import datasetJson from '../../data/generated/dataset.json';
import type { Dataset } from '../../data/schema';
import { initI18n } from '../../shared/i18n';
import { loadSettings } from '../../shared/storage';
import { useSidebar } from './runtime';
import './style.css';

const dataset = datasetJson as unknown as Dataset;

function App() {
  return <Sidebar {...useSidebar(dataset)} />;
}

async function main() {
  const loaded = await loadSettings().catch(() => null);
  await initI18n(loaded?.settings.uiLanguage ?? 'auto');
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

void main();
