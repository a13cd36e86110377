import '../../shared/zod';
import { render } from 'preact';
import { Sidebar } from '../../components/sidebar/Sidebar';
import datasetJson from '../../data/generated/dataset.json';
import type { Dataset } from '../../data/schema';
import { useSidebar } from './runtime';
import './style.css';

const dataset = datasetJson as unknown as Dataset;

function App() {
  return <Sidebar {...useSidebar(dataset)} />;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
