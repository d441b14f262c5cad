import { createApp } from 'vue';
// Registers <news-card>, <news-article> and <news-trending>.
import 'news-widgets';
import App from './App.vue';

createApp(App).mount('#app');
