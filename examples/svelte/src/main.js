import { mount } from 'svelte';
// Registers <news-card>, <news-article>, <news-trending> and <news-list> before Svelte renders
// them: Svelte sets `feed` as a property only on an element that has one.
import 'news-widgets';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
