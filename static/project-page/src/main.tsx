import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ProjectPage } from './project-page';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <ProjectPage />
  </StrictMode>,
);
