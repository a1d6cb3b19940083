import { defineConfig } from 'vite';
import { siteViteConfig } from './src/site/vite-config.ts';

export default defineConfig(siteViteConfig({ slidesDir: 'slides' }));
